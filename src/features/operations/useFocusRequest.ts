import { useCallback, useEffect, useState, type RefObject } from 'react';
import { focusFieldWhenShown } from './focusField';

/**
 * After the palette or the narrow screens' menu, the keyboard lands where the user went: the chosen
 * form (its first field, else Send) or the main column, never on <body>. The focus moves once the
 * dialog or menu has closed and handed the focus back, hence the request is served a tick later.
 */
export function useFocusRequest(refs: { form: RefObject<HTMLFormElement | null>; send: RefObject<HTMLButtonElement | null>; main: RefObject<HTMLElement | null> }): (on: 'form' | 'main') => void {
  const [request, setRequest] = useState<{ n: number; on: 'form' | 'main' }>({ n: 0, on: 'form' });
  const { form, send, main } = refs;
  useEffect(() => {
    if (request.n === 0) return;
    const t = setTimeout(() => (request.on === 'main' ? main.current?.focus({ preventScroll: true }) : focusFieldWhenShown(form.current, () => send.current?.focus())), 0);
    return () => clearTimeout(t);
  }, [request, form, send, main]);
  return useCallback((on: 'form' | 'main') => setRequest((r) => ({ n: r.n + 1, on })), []);
}
