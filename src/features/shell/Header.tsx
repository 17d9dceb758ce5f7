import { useLingui } from '@lingui/react';
import type { RefObject } from 'react';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { Button } from '../../ui/Button';
import { Kbd, KeyboardHint, MOD_KEY } from '../../ui/Kbd';
import { CloseIcon, MenuIcon, MonitorIcon, MoonIcon, PresenterIcon, SearchIcon, SunIcon } from '../../ui/icons';
import type { PresenterControl } from './usePresenter';
import type { ThemeControl } from './useTheme';

const THEME_TEXT = {
  system: /*i18n*/ { id: 'header.theme.system', message: 'System theme (switch to light)' },
  light: /*i18n*/ { id: 'header.theme.light', message: 'Light theme (switch to dark)' },
  dark: /*i18n*/ { id: 'header.theme.dark', message: 'Dark theme (switch to system)' },
} as const;

export interface MenuControl {
  open: boolean;
  toggle: () => void;
  buttonRef: RefObject<HTMLButtonElement | null>;
  /** The id of the menu (the sidebar) the button opens. */
  controls: string;
}

/** The bar that never scrolls away: the menu (narrow screens), the palette, presenter mode, the theme and the language. */
export function Header({ theme, presenter, menu, onOpenPalette }: { theme: ThemeControl; presenter: PresenterControl; menu: MenuControl; onOpenPalette: () => void }) {
  const { i18n } = useLingui();
  const Icon = theme.preference === 'system' ? MonitorIcon : theme.preference === 'light' ? SunIcon : MoonIcon;
  return (
    <header className="sticky top-0 z-30 flex h-11 shrink-0 items-center gap-2 border-b border-line bg-surface px-2 sm:gap-3 sm:px-3">
      <Button
        ref={menu.buttonRef}
        variant="ghost"
        size="md"
        icon
        className="lg:hidden"
        aria-label={i18n._({ id: 'header.menu', message: 'Menu' })}
        aria-expanded={menu.open}
        aria-controls={menu.controls}
        onClick={menu.toggle}
      >
        {menu.open ? <CloseIcon size={16} /> : <MenuIcon size={16} />}
      </Button>
      <div className="flex min-w-0 items-center gap-2">
        <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width={20} height={20} />
        <span className="truncate text-sm font-semibold text-fg" translate="no">STS Workbench</span>
        <span className="hidden text-xs text-muted xl:inline">{i18n._({ id: 'header.tagline', message: 'AWS Security Token Service, hands on' })}</span>
      </div>
      <button
        type="button"
        onClick={onOpenPalette}
        aria-keyshortcuts="Control+K Meta+K"
        className="ml-auto flex h-7.5 shrink-0 items-center gap-2 rounded border border-line-strong bg-surface-2 px-2 text-xs text-muted hover:text-fg sm:w-64"
      >
        <SearchIcon />
        {/* The words stay for screen readers on narrow screens, where only the magnifier shows. */}
        <span className="sr-only flex-1 text-left sm:not-sr-only">{i18n._({ id: 'header.switchOperation', message: 'Switch operation…' })}</span>
        <KeyboardHint>
          <span className="hidden gap-1 sm:flex">
            <Kbd>{MOD_KEY}</Kbd>
            <Kbd>K</Kbd>
          </span>
        </KeyboardHint>
      </button>
      <Button
        variant="ghost"
        size="md"
        icon
        onClick={presenter.toggle}
        aria-pressed={presenter.on}
        aria-label={i18n._({ id: 'header.presenter', message: 'Presenter mode' })}
        title={
          presenter.on
            ? i18n._({ id: 'header.presenter.on', message: 'Presenter mode is on: larger type for a room — click for normal size' })
            : i18n._({ id: 'header.presenter.off', message: 'Presenter mode: larger type for a room' })
        }
        className={presenter.on ? 'bg-accent-soft text-accent' : undefined}
      >
        <PresenterIcon size={16} />
      </Button>
      <Button
        variant="ghost"
        size="md"
        icon
        onClick={theme.cycle}
        aria-label={i18n._(THEME_TEXT[theme.preference])}
        title={i18n._(THEME_TEXT[theme.preference])}
      >
        <Icon size={16} />
      </Button>
      <LanguageSwitch />
    </header>
  );
}
