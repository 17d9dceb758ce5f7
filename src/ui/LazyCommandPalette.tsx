/**
 * The command palette, whose code comes when the page is idle or at the first Ctrl+K, not with the first
 * screen. Opened before it arrives, a stand-in with the same search field takes the keys typed meanwhile,
 * and the palette starts from them (an Enter there runs the first match): nothing typed right after Ctrl+K is lost.
 */
import { useLingui } from '@lingui/react';
import { Suspense, useEffect, useId, useRef, useState } from 'react';
import type { CommandPaletteProps, TypedEarly } from './CommandPalette';
import { lazyPart } from './lazyPart';
import { PALETTE_DIALOG_CLASS, PALETTE_TEXT, PaletteSearch } from './paletteText';

const Palette = lazyPart<CommandPaletteProps>(() => import('./CommandPalette').then((m) => m.CommandPalette));

/** What was typed into the stand-in (and whether Enter was pressed), handed to the palette once. */
let typedEarly: TypedEarly = { query: '', enter: false };
const takeTypedEarly = (): TypedEarly => {
  const typed = typedEarly;
  typedEarly = { query: '', enter: false };
  return typed;
};

function PaletteStandIn({ onClose }: { onClose: () => void }) {
  const id = useId();
  const { i18n } = useLingui();
  const dialog = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState('');
  // No close on unmount: a removed dialog leaves the top layer by itself, and a close event then would shut the palette that replaces it.
  useEffect(() => dialog.current?.showModal(), []);
  return (
    <dialog
      ref={dialog}
      aria-label={i18n._(PALETTE_TEXT.name)}
      onClose={() => dialog.current?.isConnected && onClose()}
      className={PALETTE_DIALOG_CLASS}
    >
      <PaletteSearch
        id={`${id}-q`}
        aria-expanded="false"
        autoFocus
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          typedEarly = { query: e.target.value, enter: false };
        }}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          typedEarly = { ...typedEarly, enter: true };
        }}
      />
    </dialog>
  );
}

export function LazyCommandPalette(props: Omit<CommandPaletteProps, 'takeTypedEarly'>) {
  // Mounted from the first opening on (it keeps its dialog element between openings).
  const [used, setUsed] = useState(false);
  if (props.open && !used) setUsed(true);
  if (!used) return null;
  return (
    <Suspense fallback={props.open ? <PaletteStandIn onClose={props.onClose} /> : null}>
      <Palette {...props} takeTypedEarly={takeTypedEarly} />
    </Suspense>
  );
}
