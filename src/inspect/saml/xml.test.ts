import { describe, expect, it } from 'vitest';
import { NS, childElements, elementPath, parseSamlInstant, parseXml } from './xml';

describe('parseXml', () => {
  it('parses namespaced XML and gives paths with any prefix', () => {
    const doc = parseXml(`<p:Response xmlns:p="${NS.samlp}"><a:Assertion xmlns:a="${NS.saml}"/><a:Assertion xmlns:a="${NS.saml}"/></p:Response>`);
    if (!doc.ok || !doc.value.documentElement) throw new Error('parse failed');
    const assertions = childElements(doc.value.documentElement, NS.saml, 'Assertion');
    expect(assertions).toHaveLength(2);
    expect(elementPath(assertions[1]!)).toBe('/p:Response/a:Assertion[2]');
  });

  it('reports errors with line and column, and refuses DOCTYPE', () => {
    expect(parseXml('<a>\n  <b>\n</a>')).toEqual({ ok: false, error: expect.stringMatching(/^The XML is not well-formed: .* at line 2, column \d+\.$/) });
    expect(parseXml('<a>&nbsp;</a>')).toEqual({ ok: false, error: expect.stringMatching(/unknown entity &nbsp;/) });
    expect(parseXml('<!DOCTYPE a><a/>')).toEqual({ ok: false, error: expect.stringMatching(/DOCTYPE/) });
    expect(parseXml('<a>\n x\u0000</a>')).toEqual({ ok: false, error: 'The XML is not well-formed: it contains the character U+0000 at position 7 (line 2, column 3), which XML does not allow.' });
    expect(parseXml('<a>\uD800</a>').ok).toBe(false);
    expect(parseXml('<a>\uD83D\uDE00 \u00e9</a>').ok).toBe(true);
    expect(parseXml('')).toEqual({ ok: false, error: expect.stringMatching(/no root element/) });
  });
});

describe('parseSamlInstant', () => {
  it('reads UTC, offsets, fractions of any length and zone-less times as UTC', () => {
    expect(parseSamlInstant('2025-01-02T03:04:05Z')).toBe(Date.UTC(2025, 0, 2, 3, 4, 5));
    expect(parseSamlInstant('2025-01-02T03:04:05.1234567Z')).toBe(Date.UTC(2025, 0, 2, 3, 4, 5, 123));
    expect(parseSamlInstant('2025-01-02T03:04:05')).toBe(Date.UTC(2025, 0, 2, 3, 4, 5));
    expect(parseSamlInstant('2025-01-02T05:04:05+02:00')).toBe(Date.UTC(2025, 0, 2, 3, 4, 5));
  });

  it('rejects what is not an xs:dateTime', () => {
    for (const bad of ['', 'yesterday', '2025-13-01T00:00:00Z', '2025-01-01 00:00:00Z', '1735689600']) expect(parseSamlInstant(bad)).toBeNull();
  });
});
