import { useEffect, useState } from 'react';
import { loadSandboxTrust, type SandboxTrustDocument } from '../../inspect/verdict';
import type { SandboxAccess } from './types';

/**
 * A /_sandbox/ control's text (the IdP metadata, the JWKS), fetched once per sandbox; null until
 * it arrives, without a sandbox, or when the control fails (the panels then ask for a paste).
 */
export function useSandboxText(sandbox: SandboxAccess | null, path: Parameters<SandboxAccess['text']>[0]): string | null {
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

/**
 * The sandbox's trust document (every provider's certificates, client IDs and JWKS, every role's
 * trust policy), once per sandbox (a world edit gives a new one); `doc` null until read, `error` when
 * it cannot be read (the verdict then says so instead of waiting).
 */
export function useSandboxTrust(sandbox: SandboxAccess | null): { doc: SandboxTrustDocument | null; error: string | null } {
  const [state, setState] = useState<{ for: SandboxAccess; doc: SandboxTrustDocument | null; error: string | null } | null>(null);
  useEffect(() => {
    if (!sandbox) return;
    let live = true;
    void loadSandboxTrust(() => sandbox.control('GET /_sandbox/federation/trust')).then((r) => live && setState(r.ok ? { for: sandbox, doc: r.value, error: null } : { for: sandbox, doc: null, error: r.error }));
    return () => {
      live = false;
    };
  }, [sandbox]);
  return sandbox && state?.for === sandbox ? { doc: state.doc, error: state.error } : { doc: null, error: null };
}
