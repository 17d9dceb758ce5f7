/**
 * The cause an error card shows for a failed federated call: known
 * only when the call sent exactly the input the inspector rejected and STS answered the code it predicted.
 */
import type { OperationName } from '../catalog/types';
import type { Words } from '../kernel/message';
import { encodedMessageInError } from '../inspect/authz/extract';
import { causeTitleOf } from '../inspect/verdict/causes';
import type { CallRecord } from './calls';
import type { JudgedByOperation } from './federationJudged';

/** The parameter that carries what the inspector judged. */
const JUDGED_PARAM: Partial<Record<OperationName, string>> = { AssumeRoleWithSAML: 'SAMLAssertion', AssumeRoleWithWebIdentity: 'WebIdentityToken' };

export function knownCause(judged: JudgedByOperation, record: CallRecord): { title: Words; detail: Words; fix: Words | null; source?: 'sandbox' } | null {
  const param = JUDGED_PARAM[record.operation];
  if (record.outcome.status !== 'error' || !param) return null;
  const j = judged[record.operation];
  const sent = record.input[param];
  if (!j || typeof sent !== 'string' || sent.trim() !== j.input.trim() || j.code !== record.outcome.error.code) {
    // Not judged here: the sandbox's own cause id (x-sandbox-cause), worded for this protocol.
    const title = causeTitleOf(record.operation === 'AssumeRoleWithSAML' ? 'saml' : 'oidc', record.outcome.error.sandboxCause);
    return title ? { title, detail: record.outcome.error.explanation.meaning, fix: null, source: 'sandbox' } : null;
  }
  return { title: j.causeTitle, detail: j.cause, fix: j.fix };
}

/** The encoded authorization message a denied sandbox call carries (its sandbox-only header, else AWS's text), or null. */
export function deniedCallMessage(record: CallRecord): { encoded: string; fromHeader: boolean } | null {
  if (record.outcome.status !== 'error' || !record.sandboxClock || record.operation === 'DecodeAuthorizationMessage') return null;
  // A message pasted from elsewhere (the EC2-style practice denial) may carry AWS's "Encoded authorization failure message".
  const { error } = record.outcome;
  const encoded = error.sandboxAuthorizationMessage ?? encodedMessageInError(error.message);
  return encoded ? { encoded, fromHeader: error.sandboxAuthorizationMessage !== undefined } : null;
}
