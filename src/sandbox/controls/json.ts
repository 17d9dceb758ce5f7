/** JSON answers and errors of the sandbox controls under /_sandbox/. */
import type { SandboxResponse } from '../core/http';

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

export function parseJsonBody(body: Uint8Array): Record<string, unknown> {
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
