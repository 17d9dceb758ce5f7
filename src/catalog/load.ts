/**
 * The workbench loads an operation's full spec when it is first shown, not with the page: the first
 * screen (GetCallerIdentity) carries only its own. `loadOperation` fetches one; `loadedOperation`
 * reads one already fetched (the route shows an operation only once it is). The sandbox, the labs'
 * validator and the tests use ./operations.ts, which holds them all.
 */
import { getCallerIdentity } from './operations/get-caller-identity';
import type { FieldIssue, OperationName, OperationSpec } from './types';
import type { validateInput as ValidateInput } from './validate';

let validator: typeof ValidateInput | null = null;
/** Every operation but GetCallerIdentity has input to check: its spec comes with the validator. */
const withValidator = (spec: Promise<OperationSpec>): Promise<OperationSpec> =>
  Promise.all([spec, import('./validate')]).then(([loaded, v]) => {
    validator = v.validateInput;
    return loaded;
  });

const LOADERS: { readonly [N in OperationName]: () => Promise<OperationSpec> } = {
  AssumeRole: () => withValidator(import('./operations/assume-role').then((m) => m.assumeRole)),
  AssumeRoleWithSAML: () => withValidator(import('./operations/assume-role-with-saml').then((m) => m.assumeRoleWithSAML)),
  AssumeRoleWithWebIdentity: () => withValidator(import('./operations/assume-role-with-web-identity').then((m) => m.assumeRoleWithWebIdentity)),
  AssumeRoot: () => withValidator(import('./operations/assume-root').then((m) => m.assumeRoot)),
  DecodeAuthorizationMessage: () => withValidator(import('./operations/decode-authorization-message').then((m) => m.decodeAuthorizationMessage)),
  GetAccessKeyInfo: () => withValidator(import('./operations/get-access-key-info').then((m) => m.getAccessKeyInfo)),
  GetCallerIdentity: () => Promise.resolve(getCallerIdentity),
  GetDelegatedAccessToken: () => withValidator(import('./operations/get-delegated-access-token').then((m) => m.getDelegatedAccessToken)),
  GetFederationToken: () => withValidator(import('./operations/get-federation-token').then((m) => m.getFederationToken)),
  GetScopedCredentials: () => withValidator(import('./operations/get-scoped-credentials').then((m) => m.getScopedCredentials)),
  GetSessionToken: () => withValidator(import('./operations/get-session-token').then((m) => m.getSessionToken)),
  GetWebIdentityToken: () => withValidator(import('./operations/get-web-identity-token').then((m) => m.getWebIdentityToken)),
};

const loaded = new Map<OperationName, OperationSpec>([[getCallerIdentity.name, getCallerIdentity]]);
const loading = new Map<OperationName, Promise<OperationSpec>>();

export function isOperationLoaded(name: OperationName): boolean {
  return loaded.has(name);
}

/** The spec, fetched once; a failed fetch (a dropped connection) may be tried again. */
export function loadOperation(name: OperationName): Promise<OperationSpec> {
  const done = loaded.get(name);
  if (done) return Promise.resolve(done);
  let pending = loading.get(name);
  if (!pending) {
    pending = LOADERS[name]().then(
      (spec) => {
        loaded.set(name, spec);
        return spec;
      },
      (e: unknown) => {
        loading.delete(name);
        throw e;
      },
    );
    loading.set(name, pending);
  }
  return pending;
}

/**
 * The spec of an operation already loaded.
 * @throws Error when it is not (a caller that did not wait for `loadOperation`)
 */
export function loadedOperation(name: OperationName): OperationSpec {
  const spec = loaded.get(name);
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
  if (!validator) throw new Error(`The validator for ${spec.name} is not loaded yet`);
  return validator(spec, input);
}

/**
 * Runs `then` with the spec: at once when it is loaded (so a click's effects stay in the same task), else
 * once it arrives. A fetch that fails leaves `then` unrun: the screen stays as it was.
 */
export function whenOperationLoaded(name: OperationName, then: (spec: OperationSpec) => void): void {
  const spec = loaded.get(name);
  if (spec) then(spec);
  else void loadOperation(name).then(then, () => undefined);
}

/** Every spec, in the background (the page is idle): a later choice in the menu then shows at once. */
export function prefetchOperations(): void {
  for (const name of Object.keys(LOADERS) as OperationName[]) void loadOperation(name).catch(() => undefined);
}
