import { Button } from '../ui/Button';
import { Kbd, MOD_KEY } from '../ui/Kbd';
import { MonitorIcon, MoonIcon, SearchIcon, SunIcon } from '../ui/icons';
import type { ThemeControl } from './useTheme';

const THEME_TEXT = { system: 'System theme', light: 'Light theme', dark: 'Dark theme' } as const;
const NEXT_TEXT = { system: 'light', light: 'dark', dark: 'system' } as const;

export function Header({ theme, onOpenPalette }: { theme: ThemeControl; onOpenPalette: () => void }) {
  const Icon = theme.preference === 'system' ? MonitorIcon : theme.preference === 'light' ? SunIcon : MoonIcon;
  return (
    <header className="flex h-11 shrink-0 items-center gap-3 border-b border-line bg-surface px-3">
      <div className="flex items-center gap-2">
        <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width={20} height={20} />
        <span className="text-sm font-semibold text-fg">STS Workbench</span>
        <span className="hidden text-xs text-muted md:inline">AWS Security Token Service, hands on</span>
      </div>
      <button
        type="button"
        onClick={onOpenPalette}
        aria-keyshortcuts="Control+K Meta+K"
        className="ml-auto flex h-7 w-64 items-center gap-2 rounded border border-line-strong bg-surface-2 px-2 text-xs text-muted hover:text-fg"
      >
        <SearchIcon />
        <span className="flex-1 text-left">Switch operation…</span>
        <Kbd>{MOD_KEY}</Kbd>
        <Kbd>K</Kbd>
      </button>
      <Button
        variant="ghost"
        size="md"
        icon
        onClick={theme.cycle}
        aria-label={`${THEME_TEXT[theme.preference]} (switch to ${NEXT_TEXT[theme.preference]})`}
        title={`${THEME_TEXT[theme.preference]} — click for ${NEXT_TEXT[theme.preference]}`}
      >
        <Icon size={16} />
      </Button>
    </header>
  );
}
