/**
 * Warnings about rules only the server can check (reference §2.13, §2.14, §13). The sentence is the
 * workbench's (translated); the parameter names, codes and STS's own messages it quotes stay verbatim.
 */
import type { ServerOnlyNote } from './types';

export const roleMaxSessionNote: ServerOnlyNote = {
  id: 'role-max-session-duration',
  param: 'DurationSeconds',
  text: /*i18n*/ {
    id: 'note.roleMaxSession',
    message: "{param} may not exceed the role's MaxSessionDuration (3600–43200, default 3600). Above it STS answers {code} \"{awsMessage}\"",
    values: { param: 'DurationSeconds', code: 'ValidationError', awsMessage: 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.' },
    verbatim: ['param', 'code', 'awsMessage'],
  },
};

export const chainingCapNote: ServerOnlyNote = {
  id: 'role-chaining-cap',
  param: 'DurationSeconds',
  text: /*i18n*/ {
    id: 'note.chainingCap',
    message: 'When the caller is itself a role session (role chaining) or uses GetSessionToken credentials, the session is capped at one hour; a larger {param} fails with {code} "{awsMessage}"',
    values: { param: 'DurationSeconds', code: 'ValidationError', awsMessage: 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.' },
    verbatim: ['param', 'code', 'awsMessage'],
  },
};

export const packedSizeNote: ServerOnlyNote = {
  id: 'packed-policy-size',
  text: /*i18n*/ {
    id: 'note.packedSize',
    message: 'Session policies and tags are also compressed into a packed form with its own limit, which inherited transitive tags count toward. Plaintext that fits can still fail with {code} ("{awsMessage}").',
    values: { code: 'PackedPolicyTooLarge', awsMessage: 'Packed size of session tags consumes N% of allotted space.' },
    verbatim: ['code', 'awsMessage'],
  },
};

export const transitiveConflictNote: ServerOnlyNote = {
  id: 'transitive-tag-conflict',
  param: 'Tags',
  text: /*i18n*/ {
    id: 'note.transitiveConflict',
    message: 'A tag key that the calling session already carries as a transitive tag cannot be passed again: {code} "{awsMessage}"',
    values: { code: 'InvalidParameterValue', awsMessage: "One of the specified transitive tag keys can't be set because it conflicts with a transitive tag key from the calling session." },
    verbatim: ['code', 'awsMessage'],
  },
};

export const rootCapNote = (defaultForRoot: boolean): ServerOnlyNote => ({
  id: 'root-duration-cap',
  param: 'DurationSeconds',
  text: defaultForRoot
    ? /*i18n*/ { id: 'note.rootCapDefault', message: 'Called with root user credentials, the session lasts at most 3600 seconds: a larger {param} is silently cut to 3600, not rejected, and the default is 3600 instead of 43200.', values: { param: 'DurationSeconds' }, verbatim: ['param'] }
    : /*i18n*/ { id: 'note.rootCap', message: 'Called with root user credentials, the session lasts at most 3600 seconds: a larger {param} is silently cut to 3600, not rejected.', values: { param: 'DurationSeconds' }, verbatim: ['param'] },
});

export const longTermOnlyNote = (op: string): ServerOnlyNote => ({
  id: 'long-term-credentials-only',
  text: /*i18n*/ {
    id: 'note.longTermOnly',
    message: "Sign with an IAM user's (or the root user's) long-term access keys. Session credentials get {code} \"{awsMessage}\".",
    values: { code: 'AccessDenied', awsMessage: `Cannot call ${op} with session credentials` },
    verbatim: ['code', 'awsMessage'],
  },
});

export const regionalOnlyNote: ServerOnlyNote = {
  id: 'regional-endpoint-only',
  text: /*i18n*/ {
    id: 'note.regionalOnly',
    message: 'The global endpoint ({global}) does not serve this operation; send it to a Regional endpoint such as {regional}.',
    values: { global: 'sts.amazonaws.com', regional: 'sts.us-east-1.amazonaws.com' },
    verbatim: ['global', 'regional'],
  },
};
