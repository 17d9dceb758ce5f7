/**
 * Refresh of a credential set: re-run the call that produced it, signed by the keys that signed it
 * then. Decides, without sending anything, whether that is possible and with which keys: the parent
 * set's, the sandbox's demo user's, or long-term keys in Connection; a set made with an MFA code
 * needs a new code first.
 */
import { targetLabelMessage } from './targetLabel';
import type { Message } from '../kernel/message';
import type { OperationInput, OperationName } from '../catalog/types';
import { isTemporaryKeyId, type CredentialSet, type ParentInfo } from '../credentials/credential-set';
import { isUnsignedOperation } from '../catalog/directory';
import type { SourceCredentials } from '../sts/connection';

export interface RefreshContext {
  /** Where calls go now (shortTargetLabel), or null before the connection is known. */
  targetLabel: string | null;
  sets: readonly CredentialSet[];
  /** The sandbox's demo user, when calls go to the sandbox. */
  demo: { arn: string; accessKeyId: string; secretAccessKey: string } | null;
  /** The keys in Connection. */
  connectionKeys: SourceCredentials;
}

export type RefreshPlan =
  | { kind: 'note'; text: Message }
  | { kind: 'needs-code' }
  | { kind: 'send'; operation: OperationName; input: OperationInput; credentials: SourceCredentials; parent: ParentInfo };

export function planRefresh(set: CredentialSet, ctx: RefreshContext, tokenCode?: string): RefreshPlan {
  if (ctx.targetLabel === null) return { kind: 'note', text: /*i18n*/ { id: 'sets.note.noConnection', message: 'No connection yet.' } };
  if (set.source.targetLabel && ctx.targetLabel !== set.source.targetLabel) return { kind: 'note', text: /*i18n*/ { id: 'sets.note.otherTarget', message: 'This set came from {target}; switch the connection there to refresh it.', values: { target: targetLabelMessage(set.source.targetLabel) } } };
  const operation = set.source.operation as OperationName;
  const parentSet = set.source.parentSetId ? ctx.sets.find((s) => s.id === set.source.parentSetId) : undefined;
  let credentials: SourceCredentials;
  if (isUnsignedOperation(operation)) credentials = null;
  else if (parentSet) credentials = { accessKeyId: parentSet.accessKeyId, secretAccessKey: parentSet.secretAccessKey, ...(parentSet.sessionToken ? { sessionToken: parentSet.sessionToken } : {}) };
  else if (ctx.demo && set.source.parentIdentity?.arn === ctx.demo.arn) credentials = { accessKeyId: ctx.demo.accessKeyId, secretAccessKey: ctx.demo.secretAccessKey };
  else if (ctx.connectionKeys && !isTemporaryKeyId(ctx.connectionKeys.accessKeyId)) credentials = ctx.connectionKeys;
  else return { kind: 'note', text: /*i18n*/ { id: 'sets.note.keysGone', message: 'The keys that made this set are gone: put them in Connection, then refresh.' } };
  if ('TokenCode' in set.source.input && tokenCode === undefined) return { kind: 'needs-code' };
  const input = (tokenCode ? { ...set.source.input, TokenCode: tokenCode } : set.source.input) as OperationInput;
  const parent: ParentInfo = parentSet ? { set: parentSet } : set.source.parentIdentity ? { identity: set.source.parentIdentity } : {};
  return { kind: 'send', operation, input, credentials, parent };
}
