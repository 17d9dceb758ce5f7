/**
 * Finding the encoded authorization message in what the user pasted: an error as the AWS CLI or an
 * SDK prints it ("… Encoded authorization failure message: <blob>"), the CLI command that decodes
 * it, or the blob alone. Terminals wrap long lines, so a blob broken over several lines is joined.
 */
import type { Message } from '../../kernel/message';
import { fail, ok, type ParseResult } from '../../kernel/result';

const MARKER = /Encoded authorization failure message:?/i;

/**
 * The sandbox-only response header that carries the sandbox's explanation of a denial: an encoded
 * authorization message, which DecodeAuthorizationMessage opens like the EC2-style ones. AWS's own
 * AccessDenied text stays exactly as AWS writes it; no AWS client reads this header.
 */
export const SANDBOX_AUTHORIZATION_MESSAGE_HEADER = 'x-sandbox-authorization-message';
/** The sandbox's cause id of a federation failure (the rulebook's FailureCause): a sandbox-only header. */
export const SANDBOX_CAUSE_HEADER = 'x-sandbox-cause';
const BLOB_CHARS = /^[A-Za-z0-9_-]+$/;
/** DecodeAuthorizationMessage accepts 1–10,240 characters (reference §2.5). */
export const MAX_ENCODED_LENGTH = 10240;

export interface ExtractedMessage {
  encoded: string;
  /** Where it was found: after the marker in error text, after --encoded-message, or the whole input. */
  foundIn: 'error-text' | 'cli-command' | 'whole-input';
}

/** The blob at the start of `rest`, plus following lines made only of blob characters (terminal wrapping). */
function blobAt(rest: string): string {
  const lines = rest.replace(/^[\s"']+/, '').split(/\r?\n/);
  const first = /^[A-Za-z0-9_-]+/.exec(lines[0] ?? '')?.[0] ?? '';
  if (first === '' || first.length < (lines[0] ?? '').trimEnd().length) return first;
  let blob = first;
  for (const line of lines.slice(1)) {
    const t = line.trim();
    if (t === '' || !BLOB_CHARS.test(t)) break;
    blob += t;
  }
  return blob;
}

const OPERATION = 'DecodeAuthorizationMessage';
const MARKER_TEXT = 'Encoded authorization failure message:';

function checked(encoded: string, foundIn: ExtractedMessage['foundIn']): ParseResult<ExtractedMessage, Message> {
  if (encoded.length > MAX_ENCODED_LENGTH) {
    return fail(/*i18n*/ { id: 'authzExtract.tooLong', message: 'The encoded message has {length, number} characters; {operation} accepts at most {max, number}. Was more than the message pasted?', values: { length: encoded.length, max: MAX_ENCODED_LENGTH, operation: OPERATION }, verbatim: ['operation'] });
  }
  return ok({ encoded, foundIn });
}

export function extractEncodedMessage(text: string): ParseResult<ExtractedMessage, Message> {
  if (typeof text !== 'string' || text.trim() === '') return fail(/*i18n*/ { id: 'authzExtract.empty', message: 'Paste the error text or the encoded message.' });
  const marker = MARKER.exec(text);
  if (marker) {
    const blob = blobAt(text.slice(marker.index + marker[0].length));
    if (blob === '') return fail(/*i18n*/ { id: 'authzExtract.nothingAfterMarker', message: 'The text says “{marker}” but nothing follows it. The message may have been cut off when copying.', values: { marker: MARKER_TEXT }, verbatim: ['marker'] });
    return checked(blob, 'error-text');
  }
  const cli = /--encoded-message(?:=|\s+)(["']?)([^\s"']+)\1/.exec(text);
  if (cli?.[2]) {
    const blob = cli[2];
    if (!BLOB_CHARS.test(blob)) return fail(/*i18n*/ { id: 'authzExtract.badCliValue', message: 'The value after {flag} is not an encoded message: “{char}” is not one of its characters (A–Z, a–z, 0–9, - and _).', values: { flag: '--encoded-message', char: firstBad(blob) }, verbatim: ['flag', 'char'] });
    return checked(blob, 'cli-command');
  }
  const whole = text.trim();
  const joined = whole.replace(/\s+/g, '');
  if (BLOB_CHARS.test(joined) && joined.length >= 20) return checked(joined, 'whole-input');
  if (whole.startsWith('{')) return fail(/*i18n*/ { id: 'authzExtract.isJson', message: 'This looks like JSON: a decoded message, not an encoded one. It can be read as it is.' });
  if (/AccessDenied|UnauthorizedOperation|not authorized/i.test(text)) {
    return fail(/*i18n*/ {
      id: 'authzExtract.noMessage',
      message: 'This error carries no encoded authorization message (no “{marker}” in it). Not every denial has one: the message names the action and resource, and only some services (EC2, for one) add an encoded message. STS never does; the sandbox explains its own denials in a separate {header} header (“Decode the sandbox’s explanation” under the result).',
      values: { marker: MARKER_TEXT, header: SANDBOX_AUTHORIZATION_MESSAGE_HEADER },
      verbatim: ['marker', 'header'],
    });
  }
  if (BLOB_CHARS.test(joined)) return fail(/*i18n*/ { id: 'authzExtract.tooShort', message: 'This is too short to be an encoded authorization message ({count} characters; real ones have hundreds).', values: { count: joined.length } });
  return fail(/*i18n*/ { id: 'authzExtract.notFound', message: 'No encoded authorization message found: the text has no “{marker}”, and it is not a message by itself (“{char}” is not one of its characters: A–Z, a–z, 0–9, - and _).', values: { marker: MARKER_TEXT, char: firstBad(joined) }, verbatim: ['marker', 'char'] });
}

function firstBad(s: string): string {
  return [...s].find((c) => !/[A-Za-z0-9_-]/.test(c)) ?? '';
}

/** The encoded message an error carries after "Encoded authorization failure message:", or null (an error shown in a result, a denied call's trace). */
export function encodedMessageInError(text: string): string | null {
  if (typeof text !== 'string' || !MARKER.test(text)) return null;
  const found = extractEncodedMessage(text);
  return found.ok ? found.value.encoded : null;
}
