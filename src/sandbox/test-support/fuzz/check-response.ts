/**
 * Test support: what every sandbox STS response must look like, whatever was sent. Returns the
 * problems found (empty when the response is fine), so a fuzz run can collect them per case.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';
import { ERROR_TABLE } from '../../core/errors';
import type { SandboxResponse } from '../../core/http';
import { STS_XML_NAMESPACE } from '../../protocol/serialize-success';

const REQUEST_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
// Internals that must never reach a client: a JS stack frame, stringified non-values, JS error names.
const LEAKS: [RegExp, string][] = [
  [/\n\s+at \S+ \(|\bat (?:file|node):|\.ts:\d+:\d+/, 'a stack trace'],
  [/\bundefined\b/, '"undefined"'],
  [/\[object \w+\]/, '"[object …]"'],
  [/\bNaN\b/, '"NaN"'],
  [/\b(?:TypeError|RangeError|ReferenceError|SyntaxError|URIError)\b/, 'a JavaScript error name'],
];

function elements(el: Element): Element[] {
  return Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1);
}

function child(el: Element | undefined, name: string): Element | undefined {
  return el ? elements(el).find((c) => c.localName === name) : undefined;
}

function parseStrict(xml: string): Element | string {
  let problem: string | null = null;
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') problem ??= message;
    },
  });
  try {
    const root = parser.parseFromString(xml, 'text/xml').documentElement;
    if (problem) return `the body is not well-formed XML: ${problem}`;
    return root ?? 'the body has no root element';
  } catch (e) {
    return `the body is not well-formed XML: ${(e as Error).message}`;
  }
}

export interface CheckedResponse {
  problems: string[];
  /** The error code, or 'OK' for a success envelope. */
  code: string | null;
  message: string | null;
}

/**
 * @param sent the request as text: a leak pattern that the request itself contains (a value of
 *   'NaN' echoed in a validation message) is not counted
 */
export function checkStsResponse(res: SandboxResponse, sent = ''): CheckedResponse {
  const problems: string[] = [];
  const fail = (p: string): CheckedResponse => ({ problems: [...problems, p], code: null, message: null });
  if (!Number.isInteger(res.status) || res.status < 200 || res.status >= 500) problems.push(`status ${res.status}`);
  if (typeof res.body !== 'string') return fail('the body is not a string');
  const headerId = res.headers['x-amzn-RequestId'];
  if (!headerId || !REQUEST_ID.test(headerId)) problems.push(`x-amzn-RequestId header is ${JSON.stringify(headerId)}`);
  if (res.headers['Content-Type'] !== 'text/xml') problems.push(`Content-Type is ${JSON.stringify(res.headers['Content-Type'])}`);
  const root = parseStrict(res.body);
  if (typeof root === 'string') return fail(root);
  if (root.namespaceURI !== STS_XML_NAMESPACE) problems.push(`root namespace is ${JSON.stringify(root.namespaceURI)}`);

  if (res.status === 200) {
    const op = /^(\w+)Response$/.exec(root.localName ?? '')?.[1];
    if (!op) return fail(`a 200 with root <${root.localName}>`);
    if (!child(root, `${op}Result`)) problems.push(`<${op}Response> has no <${op}Result>`);
    const id = child(child(root, 'ResponseMetadata'), 'RequestId')?.textContent ?? '';
    if (id !== headerId) problems.push(`success RequestId ${JSON.stringify(id)} differs from the header`);
    return { problems, code: 'OK', message: null };
  }

  if (root.localName !== 'ErrorResponse') return fail(`an error status with root <${root.localName}>`);
  const error = child(root, 'Error');
  const type = child(error, 'Type')?.textContent ?? null;
  const code = child(error, 'Code')?.textContent ?? null;
  const message = child(error, 'Message')?.textContent ?? null;
  const requestId = child(root, 'RequestId')?.textContent ?? null;
  if (!error) problems.push('no <Error>');
  const entry = code !== null ? (ERROR_TABLE as Record<string, { status: number; sender: boolean } | undefined>)[code] : undefined;
  if (!entry) problems.push(`code ${JSON.stringify(code)} is not in ERROR_TABLE`);
  else {
    if (entry.status !== res.status) problems.push(`code ${code} answered with status ${res.status}, ERROR_TABLE says ${entry.status}`);
    if (type !== (entry.sender ? 'Sender' : 'Receiver')) problems.push(`code ${code} with <Type>${type}</Type>`);
  }
  if (requestId === null || requestId !== headerId) problems.push(`<RequestId> ${JSON.stringify(requestId)} differs from the header`);
  if (!message || message.trim() === '') problems.push('empty <Message>');
  else for (const [re, what] of LEAKS) if (re.test(message) && !re.test(sent)) problems.push(`the message contains ${what}: ${message.slice(0, 300)}`);
  return { problems, code, message };
}
