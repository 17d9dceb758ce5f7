/**
 * Access key IDs and IAM unique IDs: what the four-letter prefix means (reference §3.3), the account
 * encoded in current key IDs (reference §11), and minting IDs that decode the same way.
 *
 * Layout of a current key ID: prefix + 16 base32 characters = 80 bits, with the top bit set,
 * the next 40 bits the account ID, and the low 39 bits random.
 */
import { accessKeyLifetime } from './access-key-lifetime';
import type { Message } from '../kernel/message';
import { fromBase32, toBase32 } from '../kernel/encoding';

export interface PrefixInfo {
  prefix: string;
  label: Message;
  /** True for the two prefixes that are access key IDs (usable to sign requests). */
  accessKey: boolean;
}

export const ID_PREFIXES: readonly PrefixInfo[] = [
  { prefix: 'AAGA', label: /*i18n*/ { id: 'idPrefix.actionGroup', message: 'Action group' }, accessKey: false },
  { prefix: 'ABIA', label: /*i18n*/ { id: 'idPrefix.stsBearer', message: 'AWS STS service bearer token' }, accessKey: false },
  { prefix: 'ACCA', label: /*i18n*/ { id: 'idPrefix.contextCredential', message: 'Context-specific credential' }, accessKey: false },
  { prefix: 'AGPA', label: /*i18n*/ { id: 'idPrefix.group', message: 'IAM group' }, accessKey: false },
  { prefix: 'AIDA', label: /*i18n*/ { id: 'idPrefix.user', message: 'IAM user' }, accessKey: false },
  { prefix: 'AIPA', label: /*i18n*/ { id: 'idPrefix.instanceProfile', message: 'Amazon EC2 instance profile' }, accessKey: false },
  { prefix: 'AKIA', label: /*i18n*/ { id: 'idPrefix.longTermKey', message: 'Long-term access key (IAM user or root)' }, accessKey: true },
  { prefix: 'ANPA', label: /*i18n*/ { id: 'idPrefix.managedPolicy', message: 'Managed policy' }, accessKey: false },
  { prefix: 'ANVA', label: /*i18n*/ { id: 'idPrefix.policyVersion', message: 'Version in a managed policy' }, accessKey: false },
  { prefix: 'APKA', label: /*i18n*/ { id: 'idPrefix.publicKey', message: 'Public key' }, accessKey: false },
  { prefix: 'AROA', label: /*i18n*/ { id: 'idPrefix.role', message: 'IAM role' }, accessKey: false },
  { prefix: 'ASCA', label: /*i18n*/ { id: 'idPrefix.certificate', message: 'Certificate' }, accessKey: false },
  { prefix: 'ASIA', label: /*i18n*/ { id: 'idPrefix.temporaryKey', message: 'Temporary (AWS STS) access key' }, accessKey: true },
];

const byPrefix = new Map(ID_PREFIXES.map((p) => [p.prefix, p]));

export interface AccessKeyDescription {
  prefix: string;
  /** The prefix's meaning, or "Unknown prefix". */
  kind: Message;
  temporary: boolean;
  longTerm: boolean;
  /** The 12-digit account decoded from the ID, or null for old-format IDs and anything unreadable. */
  account: string | null;
  /** A 20-character AKIA/ASIA key made of A–Z and 2–7. */
  wellFormed: boolean;
  problems: Message[];
}

const BASE32_RE = /^[A-Z2-7]+$/;
const MASK_40 = (1n << 40n) - 1n;

/** True when the ID's fifth character marks the current layout, which carries the account (Q–Z or 2–7). */
const carriesAccount = (id: string): boolean => /^[Q-Z2-7]$/.test(id.charAt(4));

/** The account ID encoded in a current-format access key ID (or unique ID); null when it has none. */
export function accountFromAccessKeyId(id: string): string | null {
  if (typeof id !== 'string' || id.length < 20 || !carriesAccount(id)) return null;
  const body = id.slice(4, 20);
  if (!BASE32_RE.test(body)) return null;
  const bytes = fromBase32(body);
  if (!bytes || bytes.length !== 10) return null;
  let v = 0n;
  for (const b of bytes) v = (v << 8n) | BigInt(b);
  return ((v >> 39n) & MASK_40).toString().padStart(12, '0');
}

export function describeAccessKeyId(id: string): AccessKeyDescription {
  const text = typeof id === 'string' ? id.trim() : '';
  const prefix = text.slice(0, 4).toUpperCase();
  const info = byPrefix.get(prefix);
  const problems: Message[] = [];
  if (text === '') problems.push(/*i18n*/ { id: 'accessKey.problem.empty', message: 'The access key ID is empty' });
  else if (!info) problems.push(/*i18n*/ { id: 'accessKey.problem.unknownPrefix', message: '“{prefix}” is not a known AWS ID prefix', values: { prefix: text.slice(0, 4) }, verbatim: ['prefix'] });
  else if (!info.accessKey) problems.push(/*i18n*/ { id: 'accessKey.problem.otherKind', message: '{prefix} is the prefix of another kind of ID (see Kind), not of an access key', values: { prefix }, verbatim: ['prefix'] });
  if (text !== '' && text.length !== 20 && info?.accessKey) problems.push(/*i18n*/ { id: 'accessKey.problem.length', message: 'Access key IDs are 20 characters; this one has {count}', values: { count: text.length } });
  if (text !== '' && !BASE32_RE.test(text)) {
    const bad = [...text].find((c) => !/[A-Z2-7]/.test(c)) ?? '';
    problems.push(/*i18n*/ { id: 'accessKey.problem.character', message: 'Access key IDs use only A–Z and 2–7; “{bad}” is not allowed', values: { bad }, verbatim: ['bad'] });
  }
  const wellFormed = !!info?.accessKey && text.length === 20 && BASE32_RE.test(text);
  return {
    prefix,
    kind: info?.label ?? /*i18n*/ { id: 'accessKey.unknownPrefix', message: 'Unknown prefix' },
    temporary: accessKeyLifetime(text) === 'temporary',
    longTerm: accessKeyLifetime(text) === 'long-term',
    account: accountFromAccessKeyId(text),
    wellFormed,
    problems,
  };
}

function accountBigInt(account: string): bigint {
  if (typeof account !== 'string' || !/^\d{12}$/.test(account)) throw new RangeError(`An account ID is 12 digits; got '${account}'`);
  return BigInt(account);
}

/** A 20-character key ID that decodes (reference §11) to `account`: v = (1<<79) | (acct<<39) | random39. */
export function mintAccessKeyId(prefix: 'ASIA' | 'AKIA', account: string, random: Uint8Array): string {
  if (random.length < 5) throw new RangeError('mintAccessKeyId needs at least 5 random bytes');
  let r = 0n;
  for (const b of random.subarray(0, 5)) r = (r << 8n) | BigInt(b);
  const v = (1n << 79n) | (accountBigInt(account) << 39n) | (r & ((1n << 39n) - 1n));
  const bytes = new Uint8Array(10);
  for (let i = 0; i < 10; i++) bytes[i] = Number((v >> BigInt(8 * (9 - i))) & 0xffn);
  return prefix + toBase32(bytes);
}

/** A 21-character unique ID (`AROA…`, `AIDA…`): the prefix and 17 base32 characters taken from the seed. */
export function mintUniqueId(prefix: 'AROA' | 'AIDA', seedBytes: Uint8Array): string {
  // 17 characters carry 85 bits, so 11 bytes are needed.
  if (seedBytes.length < 11) throw new RangeError('mintUniqueId needs at least 11 seed bytes');
  return prefix + toBase32(seedBytes.subarray(0, 11)).slice(0, 17);
}

export interface AccountDecoding {
  /** The 12-digit account, or null when the ID does not say. */
  account: string | null;
  /** How the account was read, or why it cannot be read offline. */
  explanation: Message;
}

/** The account an access key ID encodes, or a sentence saying why it cannot be decoded offline (reference §11). */
export function decodeAccountOffline(id: string): AccountDecoding {
  const d = describeAccessKeyId(id);
  const text = typeof id === 'string' ? id.trim() : '';
  const info = byPrefix.get(d.prefix);
  if (text === '') return { account: null, explanation: /*i18n*/ { id: 'accessKey.decode.nothing', message: 'Nothing to decode yet.' } };
  if (!info) return { account: null, explanation: /*i18n*/ { id: 'accessKey.decode.noPrefix', message: 'Not decoded: without an access key prefix (AKIA or ASIA) there is no known layout to read an account from.' } };
  if (!info.accessKey) {
    return { account: null, explanation: /*i18n*/ { id: 'accessKey.decode.notAKey', message: 'Not decoded: the account layout is known only for access key IDs (AKIA, ASIA), not for {prefix} IDs.', values: { prefix: d.prefix }, verbatim: ['prefix'] } };
  }
  if (!d.wellFormed) return { account: null, explanation: /*i18n*/ { id: 'accessKey.decode.malformed', message: 'Not decoded: the key ID is malformed (see the problems above).' } };
  if (!carriesAccount(text)) {
    return {
      account: null,
      explanation: /*i18n*/ {
        id: 'accessKey.decode.oldLayout',
        message: 'This key ID has the older layout (its fifth character “{fifth}” is in A–P), which does not carry the account. Only STS can say: ask {operation}.',
        values: { fifth: text.charAt(4), operation: 'GetAccessKeyInfo' },
        verbatim: ['fifth', 'operation'],
      },
    };
  }
  return {
    account: d.account,
    explanation: /*i18n*/ {
      id: 'accessKey.decode.decoded',
      message: 'Decoded offline: the 16 characters after the prefix are 80 bits in base32, and bits 2–41 are the account ID. STS answers the same for any key ID that starts this way, whether or not the key exists or is active.',
    },
  };
}
