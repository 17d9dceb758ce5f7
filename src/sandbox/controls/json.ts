/** JSON answers and errors of the sandbox controls under /_sandbox/. */
import type { SandboxRequest, SandboxResponse } from '../core/http';

export class ControlError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function json(status: number, body: unknown, extraHeaders: Record<string, string> = {}): SandboxResponse {
  return {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...extraHeaders },
    body: JSON.stringify(body, null, 2),
  };
}

/**
 * The JSON object a POST control takes. Only when declared as `application/json`: a page on another
 * site may send a `text/plain` body without the browser asking first (no CORS preflight), so a body
 * of any other type is refused (415) before the control does anything. The check lives here, in the
 * core, so the server and the in-page sandbox answer the same; who may call (Origin, Host) is the
 * server's concern, since only it is reachable by other pages (src/server/admission.ts).
 */
export function parseJsonRequest(req: Pick<SandboxRequest, 'headers' | 'body'>): Record<string, unknown> {
  const declared = req.headers['content-type'];
  const [mediaType = '', ...parameters] = (declared ?? '').split(';');
  const howTo = 'Send it with the header Content-Type: application/json (curl: -H \'Content-Type: application/json\').';
  if (mediaType.trim().toLowerCase() !== 'application/json') {
    const got = declared === undefined ? 'the request has no Content-Type' : `not ${JSON.stringify(declared.slice(0, 100))}`;
    throw new ControlError(415, 'UnsupportedMediaType', `This control takes a JSON body as application/json, ${got}. ${howTo}`);
  }
  const charset = parameters.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith('charset='));
  if (charset !== undefined && !['charset=utf-8', 'charset="utf-8"'].includes(charset)) {
    throw new ControlError(415, 'UnsupportedMediaType', `This control reads JSON as UTF-8, not ${JSON.stringify(charset.slice('charset='.length, 100))}.`);
  }
  return parseJsonBody(req.body);
}

function parseJsonBody(body: Uint8Array): Record<string, unknown> {
  const text = new TextDecoder().decode(body).trim();
  if (text === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new ControlError(400, 'InvalidJson', `The request body is not valid JSON: ${(e as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ControlError(400, 'InvalidJson', 'The request body must be a JSON object.');
  return value as Record<string, unknown>;
}

/** Typed field readers that name the field in their error. */
export const field = {
  string(body: Record<string, unknown>, name: string): string | undefined {
    const v = body[name];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') throw new ControlError(400, 'InvalidField', `${name} must be a string.`);
    return v;
  },
  number(body: Record<string, unknown>, name: string, min: number, max: number): number | undefined {
    const v = body[name];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v) || !Number.isInteger(v)) throw new ControlError(400, 'InvalidField', `${name} must be a whole number.`);
    if (v < min || v > max) throw new ControlError(400, 'InvalidField', `${name} must be between ${min} and ${max}.`);
    return v;
  },
  boolean(body: Record<string, unknown>, name: string): boolean | undefined {
    const v = body[name];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'boolean') throw new ControlError(400, 'InvalidField', `${name} must be true or false.`);
    return v;
  },
  strings(body: Record<string, unknown>, name: string): string[] | undefined {
    const v = body[name];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return [v];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new ControlError(400, 'InvalidField', `${name} must be a string or a list of strings.`);
    return v as string[];
  },
  record(body: Record<string, unknown>, name: string): Record<string, string> | undefined {
    const v = body[name];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'object' || Array.isArray(v) || Object.values(v).some((x) => typeof x !== 'string')) {
      throw new ControlError(400, 'InvalidField', `${name} must be an object of string values.`);
    }
    return v as Record<string, string>;
  },
  object(body: Record<string, unknown>, name: string): Record<string, unknown> | undefined {
    const v = body[name];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'object' || Array.isArray(v)) throw new ControlError(400, 'InvalidField', `${name} must be an object.`);
    return v as Record<string, unknown>;
  },
};

// XML 1.0 cannot carry most C0 controls, U+FFFE/U+FFFF or unpaired surrogates, not even as references.
// eslint-disable-next-line no-control-regex -- matching the forbidden control characters is the point
const NON_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Throws InvalidField naming `name` when a string in `value` (keys included) has a character XML cannot carry. */
export function rejectNonXmlText(name: string, value: unknown): void {
  const texts = typeof value === 'string' ? [value] : Array.isArray(value) ? value : value && typeof value === 'object' ? Object.entries(value).flat() : [];
  for (const text of texts) {
    if (typeof text !== 'string') {
      if (text && typeof text === 'object') rejectNonXmlText(name, text);
      continue;
    }
    const bad = NON_XML_CHAR.exec(text);
    if (bad) {
      const code = `U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
      throw new ControlError(400, 'InvalidField', `${name} contains the character ${code}, which a SAML document (XML 1.0) cannot carry.`);
    }
  }
}
