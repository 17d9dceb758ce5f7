import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stsConnectSources } from './endpoints';

// index.html's CSP is a static meta tag; this keeps it in step with the endpoints the app can call.
const html = readFileSync(fileURLToPath(new URL('../../index.html', import.meta.url)), 'utf8');

function cspDirectives(): Map<string, string[]> {
  const m = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  if (!m?.[1]) throw new Error('index.html has no Content-Security-Policy meta tag');
  const map = new Map<string, string[]>();
  for (const part of m[1].split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

describe('index.html Content-Security-Policy', () => {
  const csp = cspDirectives();

  it('lets the page reach exactly the STS endpoints, the sandbox and loopback (stsConnectSources)', () => {
    expect([...(csp.get('connect-src') ?? [])].sort()).toEqual([...stsConnectSources()].sort());
  });

  it('allows no inline or remote script, plugins, base rewriting or form posts', () => {
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('font-src')).toEqual(["'self'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
    expect(csp.get('worker-src')).toEqual(["'self'", 'blob:']);
  });

  it('loads nothing from another origin and runs no inline script', () => {
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
  });
});
