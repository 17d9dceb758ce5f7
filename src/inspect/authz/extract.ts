/**
 * Finding the encoded authorization message in what the user pasted: an error as the AWS CLI or an
 * SDK prints it ("… Encoded authorization failure message: <blob>"), the CLI command that decodes
 * it, or the blob alone. Terminals wrap long lines, so a blob broken over several lines is joined.
 */
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

function checked(encoded: string, foundIn: ExtractedMessage['foundIn']): ParseResult<ExtractedMessage> {
  if (encoded.length > MAX_ENCODED_LENGTH) {
    return fail(`The encoded message has ${encoded.length.toLocaleString('en-US')} characters; DecodeAuthorizationMessage accepts at most ${MAX_ENCODED_LENGTH.toLocaleString('en-US')}. Was more than the message pasted?`);
  }
  return ok({ encoded, foundIn });
}

export function extractEncodedMessage(text: string): ParseResult<ExtractedMessage> {
  if (typeof text !== 'string' || text.trim() === '') return fail('Paste the error text or the encoded message.');
  const marker = MARKER.exec(text);
  if (marker) {
    const blob = blobAt(text.slice(marker.index + marker[0].length));
    if (blob === '') return fail('The text says "Encoded authorization failure message:" but nothing follows it. The message may have been cut off when copying.');
    return checked(blob, 'error-text');
  }
  const cli = /--encoded-message(?:=|\s+)(["']?)([^\s"']+)\1/.exec(text);
  if (cli?.[2]) {
    const blob = cli[2];
    if (!BLOB_CHARS.test(blob)) return fail(`The value after --encoded-message is not an encoded message: '${firstBad(blob)}' is not one of its characters (A–Z, a–z, 0–9, - and _).`);
    return checked(blob, 'cli-command');
  }
  const whole = text.trim();
  const joined = whole.replace(/\s+/g, '');
  if (BLOB_CHARS.test(joined) && joined.length >= 20) return checked(joined, 'whole-input');
  if (whole.startsWith('{')) return fail('This looks like JSON: a decoded message, not an encoded one. It can be read as it is.');
  if (/AccessDenied|UnauthorizedOperation|not authorized/i.test(text)) {
    return fail(
      'This error carries no encoded authorization message (no "Encoded authorization failure message:" in it). Not every denial has one: ' +
        'the message names the action and resource, and only some services (EC2, for one) add an encoded message. STS never does; ' +
        "the sandbox explains its own denials in a separate x-sandbox-authorization-message header (\"Decode the sandbox's explanation\" under the result).",
    );
  }
  if (BLOB_CHARS.test(joined)) return fail(`This is too short to be an encoded authorization message (${joined.length} characters; real ones have hundreds).`);
  return fail(`No encoded authorization message found: the text has no "Encoded authorization failure message:", and it is not a message by itself ('${firstBad(joined)}' is not one of its characters: A–Z, a–z, 0–9, - and _).`);
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
