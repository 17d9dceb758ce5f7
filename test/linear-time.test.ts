/**
 * Every parser of untrusted input runs in linear time: each gets a worst case built for it (long
 * runs that a backtracking regex retries from every position, unclosed tags, deep-but-legal
 * nesting, many small items) at 16 KB and at 64 KB, and the cost may grow at most twice as fast as
 * the size (a ratio of medians, not a timing: linear is about 4, quadratic about 16). Here rather
 * than beside one module because it spans inspect, policy and the sandbox.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeAccountOffline, describeAccessKeyId } from '../src/inspect/access-key';
import { parseArn } from '../src/kernel/arn';
import { buildAuthorizationReport, extractEncodedMessage } from '../src/inspect/authz';
import { fromBase32, fromBase64, fromBase64Url } from '../src/kernel/encoding';
import { providerKeyPrefix } from '../src/inspect/jwt/aws-claims';
import { classifyToken, decodeJwt } from '../src/inspect/jwt/decode';
import { checkTokenAgainstStsRules } from '../src/inspect/jwt/sts-checks';
import { decodeBase64Text } from '../src/kernel/base64-text';
import { decodeSamlInput } from '../src/inspect/saml/decode-input';
import { parseSamlResponse } from '../src/inspect/saml/parse-response';
import { readTrustedCertificates } from '../src/inspect/saml/trust-input';
import { parseXml } from '../src/inspect/saml/xml';
import { prettyXml } from '../src/inspect/saml/xml-pretty';
import { growth } from '../src/inspect/test-support/linear-time';
import { readJson } from '../src/policy/json-text';
import { parseJsonAst } from '../src/policy/language/json-ast';
import { jsonNestingProblem } from '../src/policy/nesting';
import { parsePolicyDocument } from '../src/policy/parse';
import { readSandboxTrace } from '../src/policy/sandbox-trace';
import { validatePolicy } from '../src/policy/validate/validate-policy';
import { substituteVariables } from '../src/policy/variables';
import { discoveryDocument } from '../src/sandbox/idp/oidc-idp';
import { parseFormPairs } from '../src/sandbox/protocol/parse-form';
import type { Sandbox } from '../src/sandbox/sandbox';
import { parseAuthorizationHeader } from '../src/sandbox/sigv4/parse-authorization-header';
import { parseCredential } from '../src/sandbox/sigv4/parse-credential';
import { parsePresignedQuery } from '../src/sandbox/sigv4/parse-presigned-query';
import { startTestSandbox } from '../src/sandbox/test-support/sandbox-client';

/** At most twice linear growth for 4× the input. */
const MAX_RATIO = 8;

/** `prefix`, then `unit` repeated until the text is `bytes` long, then `suffix`. */
function fill(bytes: number, prefix: string, unit: string, suffix = ''): string {
  const n = Math.max(1, Math.ceil((bytes - prefix.length - suffix.length) / unit.length));
  return prefix + unit.repeat(n) + suffix;
}

/** Swallows the StsError a sandbox parser throws for bad input: the time is what is measured. */
const quietly =
  (run: (input: string) => unknown) =>
  (input: string): unknown => {
    try {
      return run(input);
    } catch (e) {
      return e;
    }
  };

const samlWithAttributes = (bytes: number) =>
  fill(
    bytes,
    '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_r" Version="2.0"><saml:Issuer>https://idp</saml:Issuer><saml:Assertion ID="_a" Version="2.0"><saml:Issuer>https://idp</saml:Issuer><saml:AttributeStatement><saml:Attribute Name="https://aws.amazon.com/SAML/Attributes/Role">',
    '<saml:AttributeValue>arn:aws:iam::123456789012:role/Dev,arn:aws:iam::123456789012:saml-provider/Corp</saml:AttributeValue>',
    '</saml:Attribute></saml:AttributeStatement></saml:Assertion></samlp:Response>',
  );

const policyWithStatements = (bytes: number) =>
  fill(bytes, '{"Version":"2012-10-17","Statement":[', '{"Effect":"Allow","Action":["s3:GetObject"],"Resource":"arn:aws:s3:::bucket/*","Condition":{"StringEquals":{"aws:PrincipalTag/Team":"Blue"}}},', '{"Effect":"Deny","Action":"*","Resource":"*"}]}');

interface Case {
  name: string;
  run: (input: string) => unknown;
  worstCase: (bytes: number) => string;
}

const b64url = (s: string) => btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=/g, '');

const CASES: Case[] = [
  // The regexes of the report: `/=+$/` and `/\/+$/` on a long run that does not reach the end.
  { name: 'fromBase64 (session tokens): a run of = before a bad character', run: fromBase64, worstCase: (n) => fill(n, '', '=', '!') },
  { name: 'fromBase64Url', run: fromBase64Url, worstCase: (n) => fill(n, '', 'A-_', '=') },
  { name: 'fromBase32 (MFA seeds)', run: fromBase32, worstCase: (n) => fill(n, '', '=', '1') },
  { name: 'decodeBase64Text (SAMLAssertion)', run: decodeBase64Text, worstCase: (n) => fill(n, '', '=\n', '!') },
  { name: 'SigV4 credential scope: a run of / before a character', run: quietly(parseCredential), worstCase: (n) => fill(n, 'AKIDEXAMPLE', '/', 'x') },
  { name: 'SigV4 Authorization header', run: quietly((s) => parseAuthorizationHeader(s, true)), worstCase: (n) => fill(n, 'AWS4-HMAC-SHA256 ', 'Credential=AKID/20150830/us-east-1/sts/aws4_request,, \t', 'Signature') },
  { name: 'form / query string decoding', run: quietly(parseFormPairs), worstCase: (n) => fill(n, 'Action=AssumeRole&', 'a=%41%E2%82%AC\u00e9+&', 'b=%4') },
  { name: 'presigned query parameters', run: quietly((s) => parsePresignedQuery(parseFormPairs(s))), worstCase: (n) => fill(n, 'X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKID', '%2F', '&X-Amz-SignedHeaders=host;;;&X-Amz-Expires=99999999') },
  { name: 'OIDC discovery document: an issuer ending in a run of /', run: (s) => discoveryDocument(s, 'https://x/jwks'), worstCase: (n) => fill(n, 'https://idp.example', '/', 'x') },
  { name: 'OIDC provider key prefix: a run of / before a character', run: providerKeyPrefix, worstCase: (n) => fill(n, 'https://idp.example', '/', 'x') },
  // The inspectors' readers.
  { name: 'SAML input unwrapping: an HTML form of unclosed <input tags', run: decodeSamlInput, worstCase: (n) => fill(n, '<form>', '<input name="SAMLResponse" value="', '') },
  { name: 'SAML input unwrapping: a POST body', run: decodeSamlInput, worstCase: (n) => fill(n, 'RelayState=x&SAMLResponse=', '%2B', '%') },
  { name: 'XML parsing: elements 64 deep, then many siblings', run: parseXml, worstCase: (n) => fill(n, '<r>' + '<a>'.repeat(63), '<b c="1"/><!-- x --><![CDATA[y]]>', '</a>'.repeat(63) + '</r>') },
  { name: 'XML nesting pre-scan: an unclosed quote in a start tag', run: parseXml, worstCase: (n) => fill(n, '<r><a b="', '<a>', '') },
  { name: 'SAML response parsing: many attribute values', run: parseSamlResponse, worstCase: samlWithAttributes },
  { name: 'XML pretty printing', run: prettyXml, worstCase: samlWithAttributes },
  { name: 'trusted certificate (PEM) input', run: readTrustedCertificates, worstCase: (n) => fill(n, '-----BEGIN CERTIFICATE-----\n', 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n', '-----END CERTIFICATE-----') },
  { name: 'JWT decoding: long claims', run: decodeJwt, worstCase: (n) => `${b64url('{"alg":"RS256"}')}.${b64url(fill(n * 0.74, '{"sub":"', 'a\\"b', '"}'))}.sig` },
  { name: 'JWT classification: Bearer and spaces', run: classifyToken, worstCase: (n) => fill(n, 'Bearer ', ' \t', 'Atza|x') },
  { name: 'JWT STS checks: an issuer ending in a run of /', run: (s) => checkTokenAgainstStsRules({ header: { alg: 'RS256' }, claims: { iss: s, aud: 'a', sub: 's', exp: 1 } }, { nowMs: 0, rawLength: 10, providerUrl: s + 'y' }), worstCase: (n) => fill(n, 'https://idp', '/', 'x') },
  { name: 'authorization message extraction: a quoted --encoded-message never closed', run: extractEncodedMessage, worstCase: (n) => fill(n, 'aws sts decode-authorization-message --encoded-message="', 'abc--encoded-message=\'', '') },
  { name: 'authorization message extraction: the marker and a wrapped blob', run: extractEncodedMessage, worstCase: (n) => fill(n, 'Encoded authorization failure message: ', 'AbCd-_\n', '!') },
  { name: 'authorization report: many context keys', run: buildAuthorizationReport, worstCase: (n) => fill(n, '{"allowed":false,"context":{"conditions":{"items":[', '{"key":"aws:k","values":{"items":[{"value":"v"}]}},', '{"key":"z","values":{"items":[]}}]}}}') },
  { name: 'sandbox trace reading', run: readSandboxTrace, worstCase: (n) => fill(n, '{"sandboxTrace":{"decision":"implicit-deny","summary":"s","statements":[', '{"conditions":[{"key":"k"}]},', '{}]}}') },
  { name: 'JSON nesting pre-scan: strings full of brackets and escapes', run: jsonNestingProblem, worstCase: (n) => fill(n, '["', '[{\\"', '"]') },
  { name: 'access key ids', run: (s) => [describeAccessKeyId(s), decodeAccountOffline(s)], worstCase: (n) => fill(n, 'ASIA', 'Z2', '!') },
  { name: 'ARNs: a long resource path', run: parseArn, worstCase: (n) => fill(n, 'arn:aws:iam::123456789012:role/', 'a/:', 'x') },
  { name: 'policy JSON reading', run: readJson, worstCase: policyWithStatements },
  { name: 'policy parsing', run: (s) => parsePolicyDocument(s, { kind: 'session' }), worstCase: policyWithStatements },
  { name: 'policy validation (editor markers)', run: (s) => validatePolicy(s, 'session'), worstCase: policyWithStatements },
  { name: 'policy editor JSON tree', run: parseJsonAst, worstCase: policyWithStatements },
  { name: 'policy variables: many ${ openings, defaults never closed', run: (s) => substituteVariables(s, () => undefined), worstCase: (n) => fill(n, 'arn:aws:s3:::b/', "${a, '${", "'") },
];

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});

/** A request as the server hands it to the sandbox. */
const request = (headers: Record<string, string>, body = 'Action=GetCallerIdentity&Version=2011-06-15') => ({
  method: 'POST',
  url: '/',
  headers: { host: '127.0.0.1:4173', 'content-type': 'application/x-www-form-urlencoded', 'x-amz-date': '20250101T000000Z', ...headers },
  body: new TextEncoder().encode(body),
});

const SANDBOX_CASES: Case[] = [
  {
    name: 'sandbox request: an Authorization header whose credential ends in a run of /',
    run: (s) => sandbox.handle(request({ authorization: `AWS4-HMAC-SHA256 Credential=${s}, SignedHeaders=host;x-amz-date, Signature=00` })),
    worstCase: (n) => fill(n, 'AKIARZPUZDIKDXT22AAB', '/', 'x'),
  },
  {
    name: 'sandbox request: a session token of = runs',
    run: (s) => sandbox.handle(request({ 'x-amz-security-token': s, authorization: 'AWS4-HMAC-SHA256 Credential=ASIARZPUZDIKDXT22AAB/20250101/us-east-1/sts/aws4_request, SignedHeaders=host;x-amz-date, Signature=00' })),
    worstCase: (n) => fill(n, '', '=', '!'),
  },
  {
    name: 'sandbox request: a form body of many escaped parameters',
    run: (s) => sandbox.handle(request({}, s)),
    worstCase: (n) => fill(n, 'Action=AssumeRoleWithSAML&Version=2011-06-15&', 'Tags.member.1.Key=%E2%82%AC&', 'SAMLAssertion=%3D%3D'),
  },
  {
    name: 'sandbox request: a SAMLAssertion of = runs',
    run: (s) => sandbox.handle(request({}, `Action=AssumeRoleWithSAML&Version=2011-06-15&RoleArn=arn:aws:iam::123456789012:role/TestSaml&PrincipalArn=arn:aws:iam::123456789012:saml-provider/SAML-test&SAMLAssertion=${s}`)),
    worstCase: (n) => fill(n, 'PHI', '%3D', '!'),
  },
];

describe('parsers of untrusted input run in linear time (16 KB → 64 KB worst case: cost ratio below 8)', () => {
  for (const c of [...CASES, ...SANDBOX_CASES]) {
    it(c.name, async () => {
      const g = await growth(c.run, c.worstCase, MAX_RATIO);
      expect(g.ratio, `${c.name}: ${g.smallMs.toFixed(3)} ms at 16 KB, ${g.largeMs.toFixed(3)} ms at 64 KB`).toBeLessThan(MAX_RATIO);
    });
  }
});
