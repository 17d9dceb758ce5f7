import { useEffect, useState } from 'react';
import type { SandboxAccess } from './types';

/**
 * A /_sandbox/ control's text (the IdP metadata, the JWKS), fetched once per sandbox; null until
 * it arrives, without a sandbox, or when the control fails (the panels then ask for a paste).
 */
export function useSandboxText(sandbox: SandboxAccess | null, path: string): string | null {
  const [text, setText] = useState<{ for: SandboxAccess; text: string } | null>(null);
  useEffect(() => {
    if (!sandbox) return;
    let live = true;
    sandbox.text(path).then(
      (t) => live && setText({ for: sandbox, text: t }),
      () => live && setText(null),
    );
    return () => {
      live = false;
    };
  }, [sandbox, path]);
  return sandbox && text?.for === sandbox ? text.text : null;
}
