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

/** The sandbox's trust document (every provider's certificates, client IDs and JWKS), once per sandbox; null until read. */
export function useSandboxTrust(sandbox: SandboxAccess | null): SandboxTrustDocument | null {
  const [doc, setDoc] = useState<{ for: SandboxAccess; doc: SandboxTrustDocument } | null>(null);
  useEffect(() => {
    if (!sandbox) return;
    let live = true;
    void loadSandboxTrust(() => sandbox.control('GET /_sandbox/federation/trust')).then((r) => live && setDoc(r.ok ? { for: sandbox, doc: r.value } : null));
    return () => {
      live = false;
    };
  }, [sandbox]);
  return sandbox && doc?.for === sandbox ? doc.doc : null;
}
