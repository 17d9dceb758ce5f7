import { useCallback, useEffect, useState } from 'react';
import type { SandboxWorld } from './types';

export interface PolicyText {
  text: string;
  /** Where the text came from: a role's trust policy, generated, or typed. */
  origin: { kind: 'role'; roleArn: string } | { kind: 'generated' } | { kind: 'typed' } | { kind: 'none' };
  setText: (text: string) => void;
  /** Replace with the sandbox world's trust policy of the role (undoes edits). */
  reload: () => void;
  replace: (text: string, origin: PolicyText['origin']) => void;
  /** The sandbox world has a trust policy for the role. */
  canReload: boolean;
}

function worldTrustPolicy(world: SandboxWorld | undefined, roleArn: string): string | null {
  for (const a of world?.accounts ?? []) {
    const role = a.roles.find((r) => r.arn === roleArn);
    if (role?.trustPolicy !== undefined) return JSON.stringify(role.trustPolicy, null, 2);
  }
  return null;
}

/** The trust policy being checked: prefilled from the sandbox world's role until the user edits it. */
export function usePolicyText(roleArn: string, world: SandboxWorld | undefined): PolicyText {
  const [state, setState] = useState<{ text: string; origin: PolicyText['origin'] }>({ text: '', origin: { kind: 'none' } });
  const fromWorld = worldTrustPolicy(world, roleArn);

  // Follow the role chosen in the form, unless the user has typed or generated their own policy.
  useEffect(() => {
    if (fromWorld === null) return;
    setState((s) => (s.origin.kind === 'none' || s.origin.kind === 'role' ? { text: fromWorld, origin: { kind: 'role', roleArn } } : s));
  }, [fromWorld, roleArn]);

  const setText = useCallback((text: string) => setState({ text, origin: { kind: 'typed' } }), []);
  const replace = useCallback((text: string, origin: PolicyText['origin']) => setState({ text, origin }), []);
  const reload = useCallback(() => {
    if (fromWorld !== null) setState({ text: fromWorld, origin: { kind: 'role', roleArn } });
  }, [fromWorld, roleArn]);
  return { ...state, setText, reload, replace, canReload: fromWorld !== null };
}
