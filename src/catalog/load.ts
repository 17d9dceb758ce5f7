/**
 * The workbench loads an operation's full spec when it is first shown, not with the page: the first
 * screen (GetCallerIdentity) carries only its own. `loadOperation` fetches one; `loadedOperation`
 * reads one already fetched (the route shows an operation only once it is). The sandbox, the labs'
 * validator and the tests use ./operations.ts, which holds them all.
 */
import { getCallerIdentity } from './operations/get-caller-identity';
import { lazyValue, loadedValue, type LazyValue } from '../kernel/lazy-value';
import type { FieldIssue, OperationName, OperationSpec } from './types';

const VALIDATOR = lazyValue(() => import('./validate').then((m) => m.validateInput));
/** Every operation but GetCallerIdentity has input to check: its spec comes with the validator. */
const withValidator = (spec: () => Promise<OperationSpec>): LazyValue<OperationSpec> => lazyValue(() => Promise.all([spec(), VALIDATOR.get()]).then(([loaded]) => loaded));

const SPECS: { readonly [N in OperationName]: LazyValue<OperationSpec> } = {
  AssumeRole: withValidator(() => import('./operations/assume-role').then((m) => m.assumeRole)),
  AssumeRoleWithSAML: withValidator(() => import('./operations/assume-role-with-saml').then((m) => m.assumeRoleWithSAML)),
  AssumeRoleWithWebIdentity: withValidator(() => import('./operations/assume-role-with-web-identity').then((m) => m.assumeRoleWithWebIdentity)),
  AssumeRoot: withValidator(() => import('./operations/assume-root').then((m) => m.assumeRoot)),
  DecodeAuthorizationMessage: withValidator(() => import('./operations/decode-authorization-message').then((m) => m.decodeAuthorizationMessage)),
  GetAccessKeyInfo: withValidator(() => import('./operations/get-access-key-info').then((m) => m.getAccessKeyInfo)),
  GetCallerIdentity: loadedValue(getCallerIdentity),
  GetDelegatedAccessToken: withValidator(() => import('./operations/get-delegated-access-token').then((m) => m.getDelegatedAccessToken)),
  GetFederationToken: withValidator(() => import('./operations/get-federation-token').then((m) => m.getFederationToken)),
  GetScopedCredentials: withValidator(() => import('./operations/get-scoped-credentials').then((m) => m.getScopedCredentials)),
  GetSessionToken: withValidator(() => import('./operations/get-session-token').then((m) => m.getSessionToken)),
  GetWebIdentityToken: withValidator(() => import('./operations/get-web-identity-token').then((m) => m.getWebIdentityToken)),
};

export function isOperationLoaded(name: OperationName): boolean {
  return SPECS[name].current() !== null;
}

/** The spec, fetched once; a failed fetch (a dropped connection) may be tried again. */
export function loadOperation(name: OperationName): Promise<OperationSpec> {
  return SPECS[name].get();
}

/**
 * The spec of an operation already loaded.
 * @throws Error when it is not (a caller that did not wait for `loadOperation`)
 */
export function loadedOperation(name: OperationName): OperationSpec {
  const spec = SPECS[name].current();
  if (!spec) throw new Error(`${name}'s spec is not loaded yet`);
  return spec;
}

/**
 * Everything wrong with the input of an operation shown (src/catalog/validate.ts). One with nothing to
 * check (no parameter, no rule: GetCallerIdentity) needs no validator; any other came with it.
 * @throws Error for a spec that did not come through `loadOperation`
 */
export function validateShownInput(spec: OperationSpec, input: Record<string, unknown>): FieldIssue[] {
  if (spec.params.length === 0 && spec.rules.length === 0) return [];
  const validator = VALIDATOR.current();
  if (!validator) throw new Error(`The validator for ${spec.name} is not loaded yet`);
  return validator(spec, input);
}

/** A spec that could not be fetched when it was wanted (offline, a server gone): the screen says so. */
export interface OperationLoadFailure {
  operation: OperationName;
  /** The browser's words for it. */
  reason: string;
}

let failure: OperationLoadFailure | null = null;
const failureListeners = new Set<() => void>();

function setFailure(next: OperationLoadFailure | null): void {
  if (next === failure) return;
  failure = next;
  for (const listener of failureListeners) listener();
}

/** The last failed fetch of a spec that was wanted, until a spec is shown again; null when none. */
export function operationLoadFailure(): OperationLoadFailure | null {
  return failure;
}

/** Calls `listener` when the failure above changes; returns the way to stop. */
export function onOperationLoadFailure(listener: () => void): () => void {
  failureListeners.add(listener);
  return () => failureListeners.delete(listener);
}

/**
 * Runs `then` with the spec: at once when it is loaded (so a click's effects stay in the same task), else
 * once it arrives. A fetch that fails leaves `then` unrun (the screen stays as it was) and is recorded as
 * the failure above, which the next spec that arrives clears.
 */
export function whenOperationLoaded(name: OperationName, then: (spec: OperationSpec) => void): void {
  const spec = SPECS[name].current();
  if (spec) {
    setFailure(null);
    then(spec);
    return;
  }
  void loadOperation(name).then(
    (loaded) => {
      setFailure(null);
      then(loaded);
    },
    (e: unknown) => setFailure({ operation: name, reason: e instanceof Error ? e.message : String(e) }),
  );
}

/**
 * One fetch per spec, for the background (the page idle, one per idle period): a later choice in the
 * menu then shows at once.
 */
export function operationPrefetches(): (() => void)[] {
  return Object.values(SPECS).map((spec) => () => void spec.get().catch(() => undefined));
}
