import { describe, expect, it } from 'vitest';
import { historyToJson, maskAccessKeyId, REDACTED, redactCall, redactValue, scrubText, type CallLike } from './redact';

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY';
const TOKEN = 'IQoJb3JpZ2luX2VjEXAMPLE-session-token-0123456789abcdefghijklmnop';
const SAML = 'PHNhbWxwOlJlc3BvbnNlIHhtbG5zOnNhbWxwPSJ1cm46b2FzaXMi-assertion';
const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJlLXNlY3JldA';
const OUT_JWT = 'eyJraWQiOiJvdXRib3VuZCJ9.eyJhdWQiOiJodHRwczovL2FwaSJ9.b3V0Ym91bmQtc2ln';
const CONTEXT = 'context-assertion-IdentityCenter-secret-blob-ZZZ';
const TRADE_IN = 'trade-in-token-secret-value-0987654321';
const SUBJECT = 'subject-token-secret-value-abcdef123456';
const MFA = '918273';
const KEY = 'ASIARTX3GSDSRMFQT7QA';
const LONG_KEY = 'AKIARTX3GSDSRMFQALIC';

const ok = (operation: string, input: Record<string, unknown>, output: Record<string, unknown>, startedAt = 1_700_000_000_000): CallLike => ({
  id: `${operation}-${startedAt}`,
  operation,
  input,
  targetLabel: 'Sandbox · this server',
  startedAt,
  outcome: { status: 'ok', output, requestId: 'req-1', elapsedMs: 42, httpStatus: 200 },
});

const records: CallLike[] = [
  ok(
    'AssumeRole',
    { RoleArn: 'arn:aws:iam::123456789012:role/Dev', RoleSessionName: 'ana', SerialNumber: 'arn:aws:iam::123456789012:mfa/ana', TokenCode: MFA, ProvidedContexts: [{ ProviderArn: 'arn:aws:iam::aws:contextProvider/IdentityCenter', ContextAssertion: CONTEXT }] },
    { Credentials: { AccessKeyId: KEY, SecretAccessKey: SECRET, SessionToken: TOKEN, Expiration: new Date('2030-01-01T00:00:00Z') }, AssumedRoleUser: { Arn: 'arn:aws:sts::123456789012:assumed-role/Dev/ana', AssumedRoleId: 'AROAEXAMPLE:ana' } },
    1,
  ),
  ok('AssumeRoleWithSAML', { RoleArn: 'arn:aws:iam::123456789012:role/S', PrincipalArn: 'arn:aws:iam::123456789012:saml-provider/P', SAMLAssertion: SAML }, { Credentials: { AccessKeyId: KEY, SecretAccessKey: SECRET, SessionToken: TOKEN } }, 2),
  ok('AssumeRoleWithWebIdentity', { RoleArn: 'arn:aws:iam::123456789012:role/W', RoleSessionName: 'w', WebIdentityToken: JWT }, { Credentials: { AccessKeyId: KEY, SecretAccessKey: SECRET, SessionToken: TOKEN } }, 3),
  ok('GetWebIdentityToken', { Audience: ['https://api'] }, { WebIdentityToken: OUT_JWT, Expiration: new Date('2030-01-01T00:00:00Z') }, 4),
  ok('GetDelegatedAccessToken', { TradeInToken: TRADE_IN }, { Credentials: { AccessKeyId: KEY, SecretAccessKey: SECRET, SessionToken: TOKEN } }, 5),
  ok('GetScopedCredentials', { SubjectToken: SUBJECT }, {}, 6),
  ok('GetAccessKeyInfo', { AccessKeyId: LONG_KEY }, { Account: '111122223333' }, 7),
  {
    id: 'err',
    operation: 'GetSessionToken',
    input: { SerialNumber: 'arn:aws:iam::123456789012:mfa/ana', TokenCode: MFA },
    targetLabel: 'Sandbox · this server',
    startedAt: 8,
    outcome: { status: 'error', error: { code: 'AccessDenied', message: `MultiFactorAuthentication failed with invalid MFA one time pass code ${MFA} for key ${LONG_KEY}.`, httpStatus: 403, requestId: 'req-2', kind: 'service' }, elapsedMs: 7 },
  },
  { id: 'pending', operation: 'GetCallerIdentity', input: {}, targetLabel: 'AWS · us-east-1', startedAt: 9, outcome: { status: 'pending' } },
];

const ALL_SECRETS = [SECRET, TOKEN, SAML, JWT, OUT_JWT, CONTEXT, TRADE_IN, SUBJECT, MFA, KEY, LONG_KEY];

describe('historyToJson', () => {
  it('leaves no secret of any kind in the export', () => {
    const json = historyToJson(records, new Date('2030-01-01T00:00:00Z'));
    for (const s of ALL_SECRETS) expect(json, `the export contains ${s.slice(0, 8)}…`).not.toContain(s);
    // Nor a recognisable part of the long ones.
    for (const s of [SECRET, TOKEN, SAML, JWT, OUT_JWT]) expect(json).not.toContain(s.slice(0, 16));
  });

  it('keeps what the user needs: operations in order, targets, codes, non-secret fields, masked key IDs', () => {
    const doc = JSON.parse(historyToJson(records, new Date('2030-01-01T00:00:00Z'))) as { exportedAt: string; calls: Array<Record<string, unknown>> };
    expect(doc.exportedAt).toBe('2030-01-01T00:00:00.000Z');
    expect(doc.calls.map((c) => c.operation)).toEqual(records.map((r) => r.operation));
    const [assume, , , wit, , , info, failed, pending] = doc.calls;
    expect(assume).toMatchObject({
      status: 'ok',
      httpStatus: 200,
      durationMs: 42,
      target: 'Sandbox · this server',
      input: { RoleArn: 'arn:aws:iam::123456789012:role/Dev', TokenCode: REDACTED, ProvidedContexts: [{ ProviderArn: 'arn:aws:iam::aws:contextProvider/IdentityCenter', ContextAssertion: REDACTED }] },
      output: { Credentials: { AccessKeyId: 'ASIA…T7QA', SecretAccessKey: REDACTED, SessionToken: REDACTED, Expiration: '2030-01-01T00:00:00.000Z' } },
    });
    expect(wit).toMatchObject({ output: { WebIdentityToken: REDACTED } });
    expect(info).toMatchObject({ input: { AccessKeyId: 'AKIA…ALIC' }, output: { Account: '111122223333' } });
    expect(failed).toMatchObject({ status: 'error', httpStatus: 403, requestId: 'req-2', error: { code: 'AccessDenied', message: `MultiFactorAuthentication failed with invalid MFA one time pass code ${REDACTED} for key AKIA…ALIC.` } });
    expect(pending).toMatchObject({ status: 'pending', target: 'AWS · us-east-1' });
    expect(pending).not.toHaveProperty('durationMs');
  });
});

describe('redaction helpers', () => {
  it('masks key IDs to their first and last four characters', () => {
    expect(maskAccessKeyId(LONG_KEY)).toBe('AKIA…ALIC');
    expect(maskAccessKeyId('short')).toBe(REDACTED);
  });

  it('matches secret field names case-insensitively and leaves empty values alone', () => {
    expect(redactValue({ secretAccessKey: 's3cr3t-value', sessionToken: '', Other: 'x' })).toEqual({ secretAccessKey: REDACTED, sessionToken: '', Other: 'x' });
  });

  it('does not eat short secrets inside longer words', () => {
    expect(scrubText('request 9182735 code 918273.', ['918273'])).toBe(`request 9182735 code ${REDACTED}.`);
  });

  it('redacts one record without touching the original', () => {
    const r = records[0]!;
    const copy = redactCall(r);
    expect(copy.input.TokenCode).toBe(REDACTED);
    expect(r.input.TokenCode).toBe(MFA);
  });
});
