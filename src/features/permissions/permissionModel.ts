/**
 * The permission check's choices, as plain functions: which credentials can be checked and how (the
 * sandbox that issued them answers; for keys from AWS the user pastes the policies), and what the
 * action and resource fields complete from (the IAM action list of the policy language, the world's ARNs).
 */
import type { CredentialSet } from '../../credentials/credential-set';
import { allActions } from '../../policy/language/actions';
import type { WorldSummary } from '../../sandbox/controls/world-summary';

/** Credentials the tool can check: a set of this page, or the connection's source keys. */
export interface Checkable {
  id: string;
  label: string;
  /** Who the keys are (an ARN), or '' when unknown. */
  arn: string;
  accessKeyId: string;
  sessionToken?: string;
  /** 'sandbox': the sandbox that issued them answers; 'pasted': evaluated here on policies the user pastes. */
  how: 'sandbox' | 'pasted';
  /** The inline session policy the keys were issued with, when the call that made them had one. */
  sessionPolicy?: string;
}

/**
 * A set issued by the sandbox (server or in-page) is checked there; any other set against pasted policies.
 * `describeTarget` words the set's target label in the reader's language (its stored form by default).
 */
export function checkableSet(set: CredentialSet, describeTarget: (label: string) => string = (label) => label): Checkable {
  const policy = set.source.input.Policy;
  return {
    id: set.id,
    label: `${set.name} (${describeTarget(set.source.targetLabel)})`,
    arn: set.identity.arn,
    accessKeyId: set.accessKeyId,
    ...(set.sessionToken ? { sessionToken: set.sessionToken } : {}),
    how: set.source.sandboxClock ? 'sandbox' : 'pasted',
    ...(typeof policy === 'string' && policy.trim() !== '' ? { sessionPolicy: policy } : {}),
  };
}

/** Every action the policy language knows, for the action field's completion. */
export const actionSuggestions = (): string[] => allActions().map((a) => a.action);

/** The world's ARNs (roles, users, providers) and `*`, for the resource field's completion. */
export function resourceSuggestions(world: Pick<WorldSummary, 'accounts'> | undefined): string[] {
  const arns = (world?.accounts ?? []).flatMap((a) => [
    ...a.roles.map((r) => r.arn),
    ...a.users.map((u) => u.arn),
    ...a.samlProviders.map((p) => p.arn),
    ...a.oidcProviders.map((p) => p.arn),
  ]);
  return ['*', ...new Set(arns)];
}

/** The connection's source keys (the demo user, keys typed in), under `label` (in the reader's language): the sandbox answers while it is the target. */
export function checkableSourceKeys(keys: { accessKeyId: string; sessionToken: string }, label: string, sandboxTarget: boolean): Checkable | null {
  if (keys.accessKeyId.trim() === '') return null;
  return {
    id: 'source-credentials',
    label,
    arn: '',
    accessKeyId: keys.accessKeyId.trim(),
    ...(keys.sessionToken.trim() ? { sessionToken: keys.sessionToken.trim() } : {}),
    how: sandboxTarget ? 'sandbox' : 'pasted',
  };
}
