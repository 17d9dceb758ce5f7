/**
 * The names a trace gives the policies it read ("role/Developer trust policy", "user/Ana policy 1"): one place
 * for the sandbox's authorizer, the federated trust check and the permission check.
 */
import type { Message } from '../kernel/message';

const ANY_TRUST: Message = /*i18n*/ { id: 'policy.label.anyTrust', message: 'trust policy' };
const NO_SESSION: Message = /*i18n*/ { id: 'policy.label.noSession', message: 'no session policy' };
const PASTED_BOUNDARY: Message = /*i18n*/ { id: 'policy.label.pastedBoundary', message: 'pasted permissions boundary' };
const PASTED_SESSION: Message = /*i18n*/ { id: 'policy.label.pastedSession', message: 'pasted session policy' };

export const policyLabel = {
  /** A role's trust policy; `role` is "role/<name>". */
  trust: (roleName: string): Message => /*i18n*/ ({ id: 'policy.label.trust', message: '{role} trust policy', values: { role: `role/${roleName}` }, verbatim: ['role'] }),
  /** A trust policy with no role named (a pasted one, checked before any call). */
  anyTrust: ANY_TRUST,
  /** The n-th identity-based policy of an entity; `entity` is "user/<name>" or "role/<name>". */
  entity: (entity: string, n: number): Message => /*i18n*/ ({ id: 'policy.label.entity', message: '{entity} policy {number}', values: { entity, number: n }, verbatim: ['entity'] }),
  session: (n: number): Message => /*i18n*/ ({ id: 'policy.label.session', message: 'session policy {number}', values: { number: n } }),
  noSession: NO_SESSION,
  named: (name: string): Message => /*i18n*/ ({ id: 'policy.label.named', message: 'identity policy {name}', values: { name }, verbatim: ['name'] }),
  pastedIdentity: (n: number): Message => /*i18n*/ ({ id: 'policy.label.pastedIdentity', message: 'pasted identity policy {number}', values: { number: n } }),
  pastedBoundary: PASTED_BOUNDARY,
  pastedSession: PASTED_SESSION,
};
