/**
 * Decoder fuzz: 10,000 inputs per decoder the workbench and the sandbox run on pasted or received
 * text (seeded, so a failure replays): mutations of valid inputs plus structural attacks (deep
 * nesting, huge sizes, invalid UTF-8 and base64, truncation). Each decoder must return — never
 * throw — and a failure must be a value whose message names the problem; what it returns stays
 * within bounds of its input.
 */
import { englishOf, type Words } from '../kernel/message';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedFile } from '../../test/shared-files';
import { readJson } from '../policy/json-text';
import { parseJsonAst } from '../policy/language/json-ast';
import { parsePolicyDocument } from '../policy/parse';
import { readSandboxTrace } from '../policy/sandbox-trace';
import { validatePolicy } from '../policy/validate/validate-policy';
import { decodeAccountOffline, describeAccessKeyId } from './access-key';
import { parseArn } from '../kernel/arn';
import { buildAuthorizationReport, extractEncodedMessage } from './authz';
import { formatAsCliOutput } from './cli/cli-output';
import { fromBase32, fromBase64, fromBase64Url, toBase64, toBase64Url, utf8 } from '../kernel/encoding';
import { classifyToken, decodeJwt, describeClaims, normalizeTokenText } from './jwt/decode';
import { checkTokenAgainstStsRules, conditionKeysForToken, generateTrustPolicy } from './jwt/sts-checks';
import { decodeBase64Text } from '../kernel/base64-text';
import { decodeSamlInput } from './saml/decode-input';
import { inspectSaml, samlChecks } from './saml/inspect-saml';
import { parseSamlResponse } from './saml/parse-response';
import { createTestSigner, vendorFixture, vendorResponseXml } from './saml/test-support/saml-fixtures';
import { readTrustedCertificates } from './saml/trust-input';
import { prettyXml } from './saml/xml-pretty';
import { fuzzInput, Rng } from './test-support/fuzz';

const RUNS = 10_000;
const NOW = Date.UTC(2025, 0, 1, 12, 0, 0);
const ROLES = [{ roleArn: 'arn:aws:iam::123456789012:role/Dev', principalArn: 'arn:aws:iam::123456789012:saml-provider/Corp' }];

/** What a decoder gave back: a value of some size, or an error message. */
type Outcome = { ok: true; size: number } | { ok: false; error: string };

const fromResult = (r: { ok: true; value: unknown } | { ok: false; error: Words }, size: (v: never) => number = () => 0): Outcome =>
  r.ok ? { ok: true, size: size(r.value as never) } : { ok: false, error: englishOf(r.error) };

const jwt = (header: object, claims: object) => `${toBase64Url(utf8(JSON.stringify(header)))}.${toBase64Url(utf8(JSON.stringify(claims)))}.${toBase64Url(utf8('signature-bytes-of-the-issuer'))}`;
const CLAIMS = { iss: 'https://token.actions.githubusercontent.com', sub: 'repo:octo/app:ref:refs/heads/main', aud: 'sts.amazonaws.com', exp: NOW / 1000 + 600, iat: NOW / 1000, 'https://aws.amazon.com/tags': { principal_tags: { Team: ['Blue'] }, transitive_tag_keys: ['Team'] } };
const TOKENS = [jwt({ alg: 'RS256', kid: 'k1', typ: 'JWT' }, CLAIMS), `Bearer ${jwt({ alg: 'ES384' }, { iss: 'https://sandbox.idp.local/', aud: ['a', 'b'], azp: 'a', sub: 'alice', exp: 1.5 })}`, 'Atza|IwEBIJ0example-opaque-access-token'];

const POLICY = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'S3', Effect: 'Allow', Action: ['s3:GetObject', 's3:List*'], Resource: 'arn:aws:s3:::bucket/*', Condition: { StringEquals: { 'aws:PrincipalTag/Team': 'Blue' }, Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }] }, null, 2);
const TRUST = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:octo/*' } } }] });

const seed = JSON.parse(readFileSync(sharedFile('seed/cli-examples.json'), 'utf8')) as { examples: Array<{ operation: string; sampleDecodedMessage?: unknown }> };
const DECODED_MESSAGE = JSON.stringify(seed.examples.find((e) => e.operation === 'DecodeAuthorizationMessage')?.sampleDecodedMessage);
const ENCODED = toBase64Url(utf8('encoded-authorization-message-'.repeat(12)));
const ERROR_TEXTS = [
  `An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation. Encoded authorization failure message: ${ENCODED}`,
  `aws sts decode-authorization-message --encoded-message "${ENCODED}"`,
  ENCODED.replace(/(.{60})/g, '$1\n'),
];

let samlSeeds: string[] = [];
let signedXml = '';

beforeAll(async () => {
  const signer = await createTestSigner();
  signedXml = await vendorFixture('okta', signer, { nowMs: NOW, roles: ROLES, attributes: { 'https://aws.amazon.com/SAML/Attributes/PrincipalTag:Team': ['Blue'] } });
  const unsigned = vendorResponseXml('entra', { nowMs: NOW, roles: ROLES, sessionName: 'alice' });
  const b64 = toBase64(utf8(unsigned));
  samlSeeds = [unsigned, b64, `SAMLResponse=${encodeURIComponent(b64)}&RelayState=x`, `<form><input type="hidden" name="SAMLResponse" value="${b64}"></form>`, b64.replace(/(.{76})/g, '$1\n')];
});

/** A rule inside a decoder's run; the loop reports the case. */
function must(condition: boolean, what: string): void {
  if (!condition) throw new Error(what);
}

interface Decoder {
  name: string;
  seeds: () => readonly string[];
  run: (input: string) => Outcome | Promise<Outcome>;
}

const DECODERS: Decoder[] = [
  {
    name: 'base64 / base64url / base32 / wrapped base64',
    seeds: () => [toBase64(utf8('hello world, this is base64')), toBase64Url(utf8('url-safe ~~~ base64??')), 'MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43UOV3HO6DZPI======', 'SGVsbG8g\nV29ybGQ=\n'],
    run: (s) => {
      const sizes = [fromBase64(s), fromBase64Url(s), fromBase32(s)].map((b) => b?.length ?? 0);
      must(sizes.every((n) => n <= s.length), 'decoded more bytes than characters');
      return fromResult(decodeBase64Text(s), (v: { bytes: Uint8Array }) => v.bytes.length);
    },
  },
  {
    name: 'SAML response: input unwrapping and decoding',
    seeds: () => samlSeeds,
    run: async (s) => fromResult(await decodeSamlInput(s), (v: { xml: string }) => v.xml.length),
  },
  {
    name: 'SAML response: parse, pretty print, STS checks',
    seeds: () => [samlSeeds[0] as string, signedXml],
    run: (s) => {
      const pretty = prettyXml(s);
      must(pretty.ok ? pretty.value.length <= s.length : pretty.error.includes('XML'), 'prettyXml: more lines than characters, or an error that does not name the XML');
      return fromResult(parseSamlResponse(s));
    },
  },
  {
    name: 'SAML inspector (decode, parse, verify, checks)',
    seeds: () => [...samlSeeds, signedXml],
    run: async (s) => {
      const ins = await inspectSaml(s);
      if (ins.ok) must(samlChecks(ins.value, { nowMs: NOW }).length > 0, 'an inspection with no checks');
      return fromResult(ins);
    },
  },
  {
    name: 'trusted certificate / IdP metadata input',
    seeds: () => [signedXml.slice(signedXml.indexOf('<ds:X509Certificate>') + 20, signedXml.indexOf('</ds:X509Certificate>')), '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----', '<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="x"/>'],
    run: (s) => fromResult(readTrustedCertificates(s)),
  },
  {
    name: 'JWT / OIDC token inspection',
    seeds: () => TOKENS,
    run: (s) => {
      must(englishOf(classifyToken(s).explanation) !== '', 'a token classification without explanation');
      const d = decodeJwt(normalizeTokenText(s));
      if (d.ok) {
        describeClaims(d.value.claims, NOW);
        checkTokenAgainstStsRules(d.value, { nowMs: NOW, rawLength: s.length, clientIds: ['sts.amazonaws.com'] });
        conditionKeysForToken(d.value);
        generateTrustPolicy(d.value, { accountId: '123456789012' });
      }
      return fromResult(d);
    },
  },
  {
    name: 'authorization message extraction',
    seeds: () => ERROR_TEXTS,
    run: (s) => fromResult(extractEncodedMessage(s), (v: { encoded: string }) => v.encoded.length),
  },
  {
    name: 'authorization message report and sandbox trace',
    seeds: () => [DECODED_MESSAGE, '{"allowed":false,"explicitDeny":false,"sandboxTrace":{"decision":"implicit-deny","summary":"s","statements":[{"conditions":[{"key":"k"}]}]},"context":{"conditions":{"items":[{"key":"aws:username","values":{"items":[{"value":"bob"}]}}]}}}'],
    run: (s) => {
      const trace = readSandboxTrace(s);
      if (!trace.ok) must(englishOf(trace.error) !== '', 'an empty sandbox-trace error');
      return fromResult(buildAuthorizationReport(s));
    },
  },
  {
    name: 'access key ids',
    seeds: () => ['AKIARZPUZDIKDXT22AAB', 'ASIAY34FZKBOKMUTVV7A', 'AROA3XFRBF535PLBIFPI4', 'AIDAJQABLZS4A3QDU576Q', 'ABIAEXAMPLE'],
    run: (s) => {
      must(describeAccessKeyId(s).problems.every((p) => englishOf(p) !== ''), 'an empty access key problem');
      const account = decodeAccountOffline(s);
      must(englishOf(account.explanation) !== '', 'an account decoding without explanation');
      return account.account !== null ? { ok: true, size: account.account.length } : { ok: false, error: englishOf(account.explanation) };
    },
  },
  {
    name: 'ARNs',
    seeds: () => ['arn:aws:iam::123456789012:role/path/Dev', 'arn:aws:sts::123456789012:assumed-role/Dev/alice', 'arn:aws-cn:s3:::bucket/key', 'arn:aws:iam::aws:policy/ReadOnlyAccess'],
    run: (s) => fromResult(parseArn(s)),
  },
  {
    name: 'policies: read, parse, validate, editor AST',
    seeds: () => [POLICY, TRUST],
    run: (s) => {
      const markers = validatePolicy(s, 'session');
      must(markers.every((m) => englishOf(m.message) !== ''), 'a policy marker without message');
      const ast = parseJsonAst(s);
      must(ast.errors.every((e) => englishOf(e.message) !== ''), 'a JSON error without message');
      const doc = parsePolicyDocument(s, { kind: 'session' });
      if (!doc.ok) must(doc.error !== '', 'an empty policy error');
      const read = readJson(s);
      return read.ok ? { ok: true, size: 1 } : { ok: false, error: read.error };
    },
  },
  {
    name: 'CLI output of a decoded value',
    seeds: () => [JSON.stringify({ Credentials: { AccessKeyId: 'ASIAY34FZKBOKMUTVV7A', SecretAccessKey: 'x', SessionToken: 'y', Expiration: '2025-01-01T00:00:00Z' }, AssumedRoleUser: { Arn: 'arn:aws:sts::123456789012:assumed-role/Dev/a', AssumedRoleId: 'AROA:a' }, PackedPolicySize: 6 })],
    run: (s) => {
      const read = readJson(s);
      if (!read.ok) return { ok: false, error: read.error };
      return { ok: true, size: formatAsCliOutput('AssumeRole', read.value).length };
    },
  },
];

/** Fails the test with the case that broke the rule (plain checks: `expect` per case would dominate the run). */
function check(condition: boolean, what: string, i: number, input: string): void {
  if (!condition) throw new Error(`case ${i}: ${what} (input of ${input.length} characters starting ${JSON.stringify(input.slice(0, 80))})`);
}

describe('decoder fuzz: 10,000 inputs per decoder, errors are values', () => {
  for (const decoder of DECODERS) {
    it(decoder.name, async () => {
      const seeds = decoder.seeds();
      let failures = 0;
      for (let i = 0; i < RUNS; i++) {
        const input = fuzzInput(Rng.forCase(0xdec0de, i), seeds);
        let outcome: Outcome;
        try {
          outcome = await decoder.run(input);
        } catch (e) {
          throw new Error(`${decoder.name}: case ${i} threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)} (input of ${input.length} characters starting ${JSON.stringify(input.slice(0, 80))})`);
        }
        if (!outcome.ok) {
          failures++;
          // A message a person can act on: a sentence, not "undefined" or an object dump.
          check(/^\S.{8,}/s.test(outcome.error) && !/undefined|\[object /.test(outcome.error), `unhelpful error message ${JSON.stringify(outcome.error)}`, i, input);
        } else {
          check(outcome.size <= Math.max(input.length * 2, 4096), `output of ${outcome.size} for an input of ${input.length}`, i, input);
        }
      }
      // The mutations stay close enough to valid input to reach past the first check, and far enough to fail.
      expect(failures).toBeGreaterThan(RUNS / 20);
      expect(failures).toBeLessThan(RUNS);
    });
  }
});
