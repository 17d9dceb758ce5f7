/**
 * 2000 seeded random mutations of a valid response (byte flips, truncation, garbage base64,
 * random XML, spliced elements) through decodeSamlInput, parseSamlResponse and
 * checkSamlAssertionForSts: nothing may throw except an StsError from the last one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { toBase64, utf8 } from '../../kernel/encoding';
import { NOISE, Rng } from '../../inspect/test-support/fuzz';
import { decodeSamlInput } from '../../inspect/saml/decode-input';
import { parseSamlResponse } from '../../inspect/saml/parse-response';
import { checkAssertionAgainstStsRules } from '../../inspect/saml/sts-checks';
import { verifySamlSignatures } from '../../inspect/saml/xml-signature';
import { isStsError } from '../core/errors';
import { BUILT_IN_SAML_ENTITY_ID, mintSamlResponse } from '../idp/saml-idp';
import { generateSamlIdpKeyMaterial, importSamlIdpKeys, type SamlIdpKeys } from '../idp/saml-idp-keys';
import { checkSamlAssertionForSts, type SamlSessionFacts } from './check-assertion';

const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));

const NOW = Date.UTC(2025, 2, 1, 9, 30, 0);
const PROVIDER = 'arn:aws:iam::111122223333:saml-provider/SandboxIdP';
const ROLE = 'arn:aws:iam::111122223333:role/SamlDeveloper';

const rng = (seed: number) => new Rng(seed);

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=';
const TAGS = ['saml2p:Response', 'saml2:Assertion', 'ds:Signature', 'saml2:Attribute', 'x', 'a:b', 'Response'];

let keys: SamlIdpKeys;
let baseXml = '';
let baseB64 = '';
let baseFacts: SamlSessionFacts;
const provider = () => ({ accountId: '111122223333', name: 'SandboxIdP', certificatesDer: [keys.certificateDer], entityId: BUILT_IN_SAML_ENTITY_ID });
const checkText = (samlAssertion: string) => checkSamlAssertionForSts({ samlAssertion, roleArn: ROLE, principalArn: PROVIDER, provider: provider(), nowMs: NOW + 1000 });
beforeAll(async () => {
  keys = await importSamlIdpKeys(await generateSamlIdpKeyMaterial(NOW, randomBytes));
  const minted = await mintSamlResponse(keys, { roles: [{ roleArn: ROLE, principalArn: PROVIDER }], subject: 'alice@example.com', sign: 'both', principalTags: { Team: 'Blue' }, transitiveTagKeys: ['Team'] }, NOW, randomBytes);
  baseXml = minted.xml;
  baseB64 = minted.base64;
  baseFacts = await checkText(baseB64);
});

function mutate(r: ReturnType<typeof rng>): { text: string; kind: string } {
  const kind = r.pick(['b64-flip', 'b64-truncate', 'b64-garbage', 'xml-flip', 'xml-truncate', 'xml-noise', 'xml-splice', 'xml-delete', 'xml-random', 'xml-swap-attr'] as const);
  const at = (s: string) => r.int(s.length);
  switch (kind) {
    case 'b64-flip': {
      const chars = [...baseB64];
      for (let i = 0, n = 1 + r.int(4); i < n; i++) chars[at(baseB64)] = r.pick([...B64, '-', '_', '!', ' ', '\n']);
      return { kind, text: chars.join('') };
    }
    case 'b64-truncate':
      return { kind, text: baseB64.slice(0, at(baseB64)) };
    case 'b64-garbage':
      return { kind, text: Array.from({ length: r.int(400) }, () => r.pick([...B64])).join('') };
    case 'xml-flip': {
      const bytes = utf8(baseXml);
      for (let i = 0, n = 1 + r.int(3); i < n; i++) {
        const j = r.int(bytes.length);
        bytes[j] = (bytes[j] ?? 0) ^ (1 << r.int(8));
      }
      return { kind, text: toBase64(bytes) };
    }
    case 'xml-truncate':
      return { kind, text: toBase64(utf8(baseXml.slice(0, at(baseXml)))) };
    case 'xml-noise': {
      const i = at(baseXml);
      return { kind, text: toBase64(utf8(baseXml.slice(0, i) + r.pick(NOISE) + baseXml.slice(i))) };
    }
    case 'xml-splice': {
      const i = at(baseXml);
      const tag = r.pick(TAGS);
      return { kind, text: toBase64(utf8(`${baseXml.slice(0, i)}<${tag} ID="_x${r.int(9)}">${baseXml.slice(r.int(baseXml.length), r.int(baseXml.length))}</${tag}>${baseXml.slice(i)}`)) };
    }
    case 'xml-delete': {
      const i = at(baseXml);
      return { kind, text: toBase64(utf8(baseXml.slice(0, i) + baseXml.slice(i + 1 + r.int(200)))) };
    }
    case 'xml-swap-attr': {
      const values = [...baseXml.matchAll(/="([^"]*)"/g)].map((m) => m[1] ?? '');
      const v = r.pick(values);
      return { kind, text: toBase64(utf8(baseXml.replace(`"${v}"`, `"${r.pick(values)}"`))) };
    }
    case 'xml-random': {
      let out = '';
      for (let i = 0, n = r.int(30); i < n; i++) out += r.next() < 0.5 ? `<${r.pick(TAGS)}${r.next() < 0.3 ? ' xmlns:a="urn:x"' : ''}>` : r.next() < 0.5 ? `</${r.pick(TAGS)}>` : r.pick(NOISE);
      return { kind, text: r.next() < 0.5 ? out : toBase64(utf8(out)) };
    }
  }
}

describe('fuzz: mutated SAML never escapes as anything but a result or an StsError', () => {
  it('2000 mutations', async () => {
    const r = rng(0x5a3117);
    const outcomes: Record<string, number> = {};
    for (let i = 0; i < 2000; i++) {
      const { text, kind } = mutate(r);
      const decoded = await decodeSamlInput(text);
      expect(typeof decoded.ok).toBe('boolean');
      if (decoded.ok) {
        const info = parseSamlResponse(decoded.value.xml);
        expect(typeof info.ok).toBe('boolean');
        if (info.ok) expect(Array.isArray(checkAssertionAgainstStsRules(info.value, { nowMs: NOW }))).toBe(true);
        if (i % 10 === 0) expect(Array.isArray(await verifySamlSignatures(decoded.value.xml, [keys.certificateDer]))).toBe(true);
      }
      try {
        const facts = await checkText(text);
        // Whatever got through (a flip in unsigned KeyInfo, in unused base64 bits…) must not change what is believed.
        expect(facts).toEqual(baseFacts);
        outcomes[`${kind}:accepted`] = (outcomes[`${kind}:accepted`] ?? 0) + 1;
      } catch (e) {
        if (e instanceof Error && e.name === 'AssertionError') throw e;
        if (!isStsError(e)) throw new Error(`mutation ${i} (${kind}) threw a non-StsError: ${e instanceof Error ? e.stack : String(e)}`);
        outcomes[`${kind}:${e.code}`] = (outcomes[`${kind}:${e.code}`] ?? 0) + 1;
      }
    }
    // Most mutations are refused; the accepted ones only touched unsigned or insignificant bytes.
    const accepted = Object.entries(outcomes).filter(([k]) => k.endsWith(':accepted')).reduce((n, [, v]) => n + v, 0);
    expect(accepted).toBeLessThan(200);
  });
});
