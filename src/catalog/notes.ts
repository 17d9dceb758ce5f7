/** Warnings about rules only the server can check (reference §2.13, §2.14, §13). */
import type { ServerOnlyNote } from './types';

export const roleMaxSessionNote: ServerOnlyNote = {
  id: 'role-max-session-duration',
  param: 'DurationSeconds',
  text:
    "DurationSeconds may not exceed the role's MaxSessionDuration (3600–43200, default 3600). Above it STS answers " +
    'ValidationError "The requested DurationSeconds exceeds the MaxSessionDuration set for this role."',
};

export const chainingCapNote: ServerOnlyNote = {
  id: 'role-chaining-cap',
  param: 'DurationSeconds',
  text:
    'When the caller is itself a role session (role chaining) or uses GetSessionToken credentials, the session is capped ' +
    'at one hour; a larger DurationSeconds fails with ValidationError "The requested DurationSeconds exceeds the 1 hour ' +
    'session limit for roles assumed by role chaining."',
};

export const packedSizeNote: ServerOnlyNote = {
  id: 'packed-policy-size',
  text:
    'Session policies and tags are also compressed into a packed form with its own limit, which inherited transitive tags ' +
    'count toward. Plaintext that fits can still fail with PackedPolicyTooLarge ("Packed size of session tags consumes ' +
    'N% of allotted space.").',
};

export const transitiveConflictNote: ServerOnlyNote = {
  id: 'transitive-tag-conflict',
  param: 'Tags',
  text:
    'A tag key that the calling session already carries as a transitive tag cannot be passed again: InvalidParameterValue ' +
    '"One of the specified transitive tag keys can\'t be set because it conflicts with a transitive tag key from the calling session."',
};

export const rootCapNote = (defaultForRoot: boolean): ServerOnlyNote => ({
  id: 'root-duration-cap',
  param: 'DurationSeconds',
  text:
    'Called with root user credentials, the session lasts at most 3600 seconds: a larger DurationSeconds is silently cut ' +
    `to 3600, not rejected${defaultForRoot ? ', and the default is 3600 instead of 43200' : ''}.`,
});

export const longTermOnlyNote = (op: string): ServerOnlyNote => ({
  id: 'long-term-credentials-only',
  text: `Sign with an IAM user's (or the root user's) long-term access keys. Session credentials get AccessDenied "Cannot call ${op} with session credentials".`,
});

export const regionalOnlyNote: ServerOnlyNote = {
  id: 'regional-endpoint-only',
  text: 'The global endpoint (sts.amazonaws.com) does not serve this operation; send it to a Regional endpoint such as sts.us-east-1.amazonaws.com.',
};
