import { stsError } from '../core/errors';
import { requireIdentityPermission } from '../authorize/authorize';
import { decodeAuthorizationMessage } from '../authorize/authorization-message';
import type { OperationHandler } from './types';
import { signedCaller } from './shared/caller-guards';

const REASONS = {
  alphabet: 'The encoded message is not valid: it contains characters outside the URL-safe base64 alphabet (A–Z, a–z, 0–9, - and _), such as spaces or line breaks.',
  length: 'The encoded message is not valid: its length is not one base64 can have, as if it was cut short or had characters added when it was copied.',
  foreign: 'The encoded message is not valid: it was not issued by this STS (the sandbox can decode only the messages its own denials carry).',
  expired: 'The encoded message has expired.',
} as const;

export const decodeAuthorizationMessageHandler: OperationHandler<'DecodeAuthorizationMessage'> = async (input, ctx) => {
  const caller = signedCaller(ctx);
  await requireIdentityPermission(ctx, caller, 'sts:DecodeAuthorizationMessage', '*');
  const decoded = await decodeAuthorizationMessage(ctx.env, input.EncodedMessage ?? '');
  if (!decoded.ok) throw stsError('InvalidAuthorizationMessageException', REASONS[decoded.reason]);
  return { DecodedMessage: JSON.stringify(decoded.message) };
};
