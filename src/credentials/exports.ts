/**
 * Credential sets in the forms other tools read: shell variables (bash/zsh, fish, PowerShell),
 * a ~/.aws/credentials profile, credential_process JSON, the CLI's JSON for the originating call,
 * and the request that turns role or federated-user keys into an AWS console sign-in link.
 */
import type { Message } from '../kernel/message';
import { formatAsCliOutput, formatCliTimestamp } from '../inspect/cli/cli-output';
import { parseArn } from '../kernel/arn';
import type { CredentialSet, KeysEndpoint } from './credential-set';

type Keys = Pick<CredentialSet, 'accessKeyId' | 'secretAccessKey' | 'sessionToken' | 'expiration'>;

export interface EnvOptions {
  /** Add AWS_CREDENTIAL_EXPIRATION (botocore reads it); default true when the set expires. */
  includeExpiration?: boolean;
  /** Where the keys work; anything but AWS is written into the export so no tool sends them to AWS. */
  endpoint?: KeysEndpoint;
}

/** A host that can never resolve (RFC 6761 `.invalid`): where keys of the in-page sandbox are pointed. */
const NOWHERE = 'http://sandbox.invalid';

/** The endpoint an export sets for every AWS service, or undefined for keys of AWS itself. */
function exportEndpointUrl(endpoint: KeysEndpoint | undefined): string | undefined {
  if (endpoint?.kind === 'endpoint') return endpoint.url;
  if (endpoint?.kind === 'this-page') return NOWHERE;
  return undefined;
}

/** Said as a comment above exported keys that work nowhere outside the page that issued them. */
const THIS_PAGE_WARNING =
  'Issued by the sandbox inside a browser page: these keys work only in that page. The endpoint below never resolves, so no tool can send them to AWS; run `npm start` for a sandbox the AWS CLI can reach.';

function envPairs(set: Keys, options: EnvOptions): Array<[string, string]> {
  const pairs: Array<[string, string]> = [
    ['AWS_ACCESS_KEY_ID', set.accessKeyId],
    ['AWS_SECRET_ACCESS_KEY', set.secretAccessKey],
  ];
  if (set.sessionToken) pairs.push(['AWS_SESSION_TOKEN', set.sessionToken]);
  if (set.expiration !== undefined && (options.includeExpiration ?? true)) pairs.push(['AWS_CREDENTIAL_EXPIRATION', formatCliTimestamp(new Date(set.expiration))]);
  // Both: _STS for the tools that read only the per-service variable, the general one so no other
  // service's call (an `aws s3 ls` in the same shell) carries the keys to AWS either.
  const endpoint = exportEndpointUrl(options.endpoint);
  if (endpoint) pairs.push(['AWS_ENDPOINT_URL', endpoint], ['AWS_ENDPOINT_URL_STS', endpoint]);
  return pairs;
}

/** The lines of a shell export: a `#` comment first for in-page keys, then one line per variable. */
function shellLines(options: EnvOptions, line: (name: string, value: string) => string, set: Keys): string {
  const lines = envPairs(set, options).map(([k, v]) => line(k, v));
  return (options.endpoint?.kind === 'this-page' ? [`# ${THIS_PAGE_WARNING}`, ...lines] : lines).join('\n');
}

/** POSIX single quotes: nothing inside is special; a quote is closed, escaped and reopened. */
function posixQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** fish single quotes: only \\ and \' are escapes inside them. */
function fishQuote(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** PowerShell single quotes: a quote is doubled; PowerShell also treats the curly single quotes as quotes. */
function powershellQuote(value: string): string {
  return `'${value.replace(/['\u2018\u2019\u201A\u201B]/g, (q) => q + q)}'`;
}

/** bash / zsh: `export AWS_ACCESS_KEY_ID='…'` lines. */
export function bashExports(set: Keys, options: EnvOptions = {}): string {
  return shellLines(options, (k, v) => `export ${k}=${posixQuote(v)}`, set);
}

/** fish: `set -gx AWS_ACCESS_KEY_ID '…'` lines. */
export function fishExports(set: Keys, options: EnvOptions = {}): string {
  return shellLines(options, (k, v) => `set -gx ${k} ${fishQuote(v)}`, set);
}

/** PowerShell: `$Env:AWS_ACCESS_KEY_ID = '…'` lines. */
export function powershellExports(set: Keys, options: EnvOptions = {}): string {
  return shellLines(options, (k, v) => `$Env:${k} = ${powershellQuote(v)}`, set);
}

/** A profile name the CLI and SDKs accept in a section header: letters, digits, `_ . -`. */
export function sanitizeProfileName(name: string): string {
  const clean = name.trim().replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64);
  return clean || 'workbench';
}

/**
 * A `[profile]` block for ~/.aws/credentials. Keys that work elsewhere than AWS carry `endpoint_url`
 * (the AWS CLI and SDKs read profile settings from the credentials file too).
 */
export function credentialsFileProfile(set: Keys, profileName: string, endpoint?: KeysEndpoint): string {
  const lines = [`[${sanitizeProfileName(profileName)}]`, `aws_access_key_id = ${set.accessKeyId}`, `aws_secret_access_key = ${set.secretAccessKey}`];
  if (set.sessionToken) lines.push(`aws_session_token = ${set.sessionToken}`);
  const url = exportEndpointUrl(endpoint);
  if (url) lines.push(`endpoint_url = ${url}`);
  if (endpoint?.kind === 'this-page') lines.unshift(`# ${THIS_PAGE_WARNING}`);
  return lines.join('\n') + '\n';
}

/** What the credential_process and CLI-output exports cannot carry themselves: where the keys work. */
export function endpointNote(endpoint: KeysEndpoint | undefined): Message | undefined {
  // The exported file's own comment (THIS_PAGE_WARNING) stays English, like the rest of the file; the note on screen is translated.
  if (endpoint?.kind === 'this-page') return /*i18n*/ { id: 'exportNote.thisPage', message: 'Issued by the sandbox inside a browser page: these keys work only in that page. The endpoint below never resolves, so no tool can send them to AWS; run {command} for a sandbox the AWS CLI can reach.', values: { command: 'npm start' }, verbatim: ['command'] };
  if (endpoint?.kind === 'endpoint') return /*i18n*/ { id: 'exportNote.endpoint', message: 'These keys work only at {url}: set {setting} in the profile that uses them (or {variable}), or AWS tools send them to AWS.', values: { url: endpoint.url, setting: `endpoint_url = ${endpoint.url}`, variable: 'AWS_ENDPOINT_URL' }, verbatim: ['url', 'setting', 'variable'] };
  return undefined;
}

/** What a `credential_process` program prints (Version 1), as the SDKs document it. */
export function credentialProcessJson(set: Keys): string {
  const body: Record<string, unknown> = { Version: 1, AccessKeyId: set.accessKeyId, SecretAccessKey: set.secretAccessKey };
  if (set.sessionToken) body.SessionToken = set.sessionToken;
  if (set.expiration !== undefined) body.Expiration = formatCliTimestamp(new Date(set.expiration));
  return JSON.stringify(body, null, 2);
}

/** The JSON `aws sts <operation>` printed for the call that produced the set. */
export function cliOutputJson(set: Pick<CredentialSet, 'issuedBy' | 'output' | 'accessKeyId' | 'secretAccessKey' | 'sessionToken' | 'expiration'>): string {
  const output = set.output ?? {
    Credentials: {
      AccessKeyId: set.accessKeyId,
      SecretAccessKey: set.secretAccessKey,
      ...(set.sessionToken ? { SessionToken: set.sessionToken } : {}),
      ...(set.expiration !== undefined ? { Expiration: formatCliTimestamp(new Date(set.expiration)) } : {}),
    },
  };
  return formatAsCliOutput(set.issuedBy, output);
}

const SIGNIN: Record<string, { signin: string; console: string }> = {
  aws: { signin: 'https://signin.aws.amazon.com/federation', console: 'https://console.aws.amazon.com/' },
  'aws-us-gov': { signin: 'https://signin.amazonaws-us-gov.com/federation', console: 'https://console.amazonaws-us-gov.com/' },
  'aws-cn': { signin: 'https://signin.amazonaws.cn/federation', console: 'https://console.amazonaws.cn/' },
};

export interface SigninOptions {
  /** Console session length for role sessions, 900–43200 seconds (SessionDuration). */
  sessionDurationSeconds?: number;
  /** Where "session expired" sends the user (your sign-in page). */
  issuer?: string;
  /** The console page to open; default the console home of the partition. */
  destination?: string;
}

export type SigninPlan =
  | { ok: true; endpoint: string; requestUrl: string; curl: string; steps: Message[]; notes: Message[] }
  | { ok: false; reason: Message };

/** The federation endpoint's getSigninToken request for a set, and the steps to the login URL. */
export function consoleSignin(set: Pick<CredentialSet, 'accessKeyId' | 'secretAccessKey' | 'sessionToken' | 'identity' | 'issuedBy'>, options: SigninOptions = {}): SigninPlan {
  if (!set.sessionToken) return { ok: false, reason: /*i18n*/ { id: 'signin.needsSession', message: 'The console federation endpoint takes temporary credentials (with a session token); long-term keys cannot sign in this way.' } };
  const kind = set.identity.kind;
  if (kind !== 'assumed-role' && kind !== 'federated-user') {
    return { ok: false, reason: /*i18n*/ { id: 'signin.wrongKind', message: 'Only role sessions ({assume}) and federated users ({federation}) can get a console sign-in token; these are {operation} credentials.', values: { assume: 'AssumeRole*', federation: 'GetFederationToken', operation: set.issuedBy }, verbatim: ['assume', 'federation', 'operation'] } };
  }
  const arn = parseArn(set.identity.arn);
  const partition = arn.ok ? arn.value.partition : 'aws';
  const hosts = SIGNIN[partition];
  if (!hosts) return { ok: false, reason: /*i18n*/ { id: 'signin.unknownPartition', message: 'No console sign-in endpoint is known for the {partition} partition.', values: { partition }, verbatim: ['partition'] } };
  const notes: Message[] = [];
  const params: Array<[string, string]> = [['Action', 'getSigninToken']];
  const duration = options.sessionDurationSeconds;
  if (duration !== undefined) {
    if (kind === 'assumed-role') params.push(['SessionDuration', String(duration)]);
    else notes.push(/*i18n*/ { id: 'signin.durationRoleOnly', message: "{param} applies to role sessions only: a federated user's console session lasts as long as its credentials ({duration} of {operation}).", values: { param: 'SessionDuration', duration: 'DurationSeconds', operation: 'GetFederationToken' }, verbatim: ['param', 'duration', 'operation'] });
    if (kind === 'assumed-role' && (duration < 900 || duration > 43200)) notes.push(/*i18n*/ { id: 'signin.durationRange', message: '{param} must be between 900 and 43200 seconds.', values: { param: 'SessionDuration' }, verbatim: ['param'] });
  }
  const session = JSON.stringify({ sessionId: set.accessKeyId, sessionKey: set.secretAccessKey, sessionToken: set.sessionToken });
  // encodeURIComponent, not URLSearchParams: the documented form is percent-encoding (%20, not +).
  const query = params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&') + `&Session=${encodeURIComponent(session)}`;
  const requestUrl = `${hosts.signin}?${query}`;
  const destination = options.destination ?? hosts.console;
  const issuer = options.issuer ?? 'https://example.com/';
  const steps: Message[] = [
    /*i18n*/ { id: 'signin.step1', message: '1. Run the request below. The federation endpoint answers {answer}.', values: { answer: '{"SigninToken":"…"}' }, verbatim: ['answer'] },
    /*i18n*/ { id: 'signin.step2', message: '2. Build the login URL: {url}', values: { url: `${hosts.signin}?Action=login&Issuer=${encodeURIComponent(issuer)}&Destination=${encodeURIComponent(destination)}&SigninToken=<SigninToken>` }, verbatim: ['url'] },
    /*i18n*/ { id: 'signin.step3', message: '3. Open that URL in a browser within 15 minutes (the sign-in token is valid for 15 minutes); the console opens as this identity.' },
  ];
  notes.push(/*i18n*/ { id: 'signin.secretInQuery', message: 'The request carries the secret key in its query string: run it yourself, do not paste it into shared logs.' });
  return { ok: true, endpoint: hosts.signin, requestUrl, curl: `curl -sS ${posixQuote(requestUrl)}`, steps, notes };
}

/** Step 2 of consoleSignin: the login URL for a sign-in token. */
export function consoleLoginUrl(endpoint: string, signinToken: string, options: { issuer?: string; destination: string }): string {
  return `${endpoint}?Action=login&Issuer=${encodeURIComponent(options.issuer ?? 'https://example.com/')}&Destination=${encodeURIComponent(options.destination)}&SigninToken=${encodeURIComponent(signinToken)}`;
}
