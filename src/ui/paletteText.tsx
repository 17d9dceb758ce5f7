/** What the palette and its stand-in (shown while the palette's code loads) share: their words, frame and search field. */
import { useLingui } from '@lingui/react';
import type { InputHTMLAttributes, Ref } from 'react';
import type { Message } from '../kernel/message';
import { SearchIcon } from './icons';

export const PALETTE_TEXT = {
  name: /*i18n*/ { id: 'command.palette.name', message: 'Switch operation' },
  search: /*i18n*/ { id: 'palette.search', message: 'Search operations' },
  placeholder: /*i18n*/ { id: 'palette.placeholder', message: 'Switch to an operation, a tool or a lab…' },
} as const satisfies Record<string, Message>;

export const PALETTE_DIALOG_CLASS = 'fixed inset-x-0 top-[12vh] mx-auto w-[min(560px,92vw)] rounded-lg border border-line bg-surface p-0 text-fg shadow-2xl backdrop:bg-black/40';

/** The search row: a labelled combobox (`id` names it); the caller adds what its list needs. */
export function PaletteSearch({ id, inputRef, ...input }: { id: string; inputRef?: Ref<HTMLInputElement> } & InputHTMLAttributes<HTMLInputElement>) {
  const { i18n } = useLingui();
  return (
    <div className="flex items-center gap-2 border-b border-line px-3">
      <SearchIcon className="text-muted" />
      <label htmlFor={id} className="sr-only">
        {i18n._(PALETTE_TEXT.search)}
      </label>
      <input ref={inputRef} id={id} role="combobox" autoComplete="off" spellCheck={false} className="h-10 flex-1 bg-transparent text-sm outline-none" placeholder={i18n._(PALETTE_TEXT.placeholder)} {...input} />
    </div>
  );
}
