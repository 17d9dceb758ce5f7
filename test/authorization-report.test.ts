/**
 * The authorization report on messages the sandbox itself seals: a denied AssumeRole's explanation
 * header (its error text is exactly AWS's, with nothing to extract) and the practice denial's error
 * text go through extractEncodedMessage, DecodeAuthorizationMessage opens them, and the report reads them.
 * (Here, not beside src/inspect/authz: the pure inspect layer may not import the sandbox, even in tests.)
 */
import { AssumeRoleCommand, DecodeAuthorizationMessageCommand } from '@aws-sdk/client-sts';
import { beforeAll, describe, expect, it } from 'vitest';
import { inEnglish } from '../src/i18n/test-support/translate';
import { buildAuthorizationReport, extractEncodedMessage, filterContext, SANDBOX_AUTHORIZATION_MESSAGE_HEADER, type AuthorizationReport } from '../src/inspect/authz';
import type { Sandbox } from '../src/sandbox/sandbox';
import { clientFor, DEV_ADMIN, failure, startTestSandbox } from '../src/sandbox/test-support/sandbox-client';

const MFA_ROLE = 'arn:aws:iam::123456789012:role/MfaProtectedAdmin';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});

async function reportFor(errorText: string): Promise<AuthorizationReport> {
  const extracted = extractEncodedMessage(errorText);
  if (!extracted.ok) throw new Error(inEnglish(extracted.error));
  const out = await clientFor(sandbox, DEV_ADMIN).send(new DecodeAuthorizationMessageCommand({ EncodedMessage: extracted.value.encoded }));
  const r = buildAuthorizationReport(out.DecodedMessage ?? '');
  if (!r.ok) throw new Error(inEnglish(r.error));
  return r.value;
}

describe('the authorization report on sandbox-sealed messages', () => {
  it('reads a denied AssumeRole (trust policy needs MFA): implicit deny, action, role, context keys', async () => {
    const err = await failure(clientFor(sandbox, DEV_ADMIN).send(new AssumeRoleCommand({ RoleArn: MFA_ROLE, RoleSessionName: 'no-mfa' })));
    expect(err.name).toBe('AccessDenied');
    // As the AWS CLI would print it: exactly AWS's text, which carries no encoded message.
    expect(extractEncodedMessage(`An error occurred (AccessDenied) when calling the AssumeRole operation: ${err.message}`)).toMatchObject({ ok: false });
    // The sandbox's explanation header, pasted on its own.
    const r = await reportFor(err.headers[SANDBOX_AUTHORIZATION_MESSAGE_HEADER] ?? '');
    expect(r.verdict).toBe('implicit-deny');
    expect(r.action).toBe('sts:AssumeRole');
    expect(r.service).toBe('sts');
    expect(r.resource).toBe(MFA_ROLE);
    expect(r.principal.arn).toBe('arn:aws:iam::123456789012:user/DevAdmin');
    expect(r.principal.parsedArn).toMatchObject({ service: 'iam', account: '123456789012', resourceType: 'user', resourceName: 'DevAdmin' });
    expect(r.matchedStatements).toEqual([]);
    const keys = r.context.map((c) => c.key);
    expect(keys).toEqual([...keys].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()) || a.localeCompare(b)));
    // No MFA was used, so aws:MultiFactorAuthPresent is absent (as in AWS); the session name is there.
    expect(filterContext(r.context, 'multifactor')).toEqual([]);
    expect(filterContext(r.context, 'rolesession')).toEqual([{ key: 'sts:RoleSessionName', values: ['no-mfa'] }]);
    // The sandbox's own summary, in English and as the Message the workbench translates.
    expect(r.sandboxSummary?.english).toMatch(/^Implicitly denied: /);
    expect(r.sandboxSummary?.message?.id).toMatch(/^policy\./);
  });

  it('reads the practice denial (explicit deny) with the deciding statement and its source policy', async () => {
    const res = await sandbox.handle({ method: 'POST', url: '/_sandbox/authorization-message', headers: { 'content-type': 'application/json' }, body: new TextEncoder().encode('{}') });
    expect(res.status).toBe(200);
    const { errorText } = JSON.parse(res.body) as { errorText: string };
    const r = await reportFor(errorText);
    expect(r.verdict).toBe('explicit-deny');
    expect(r.action).toBe('ec2:RunInstances');
    expect(r.matchedStatements).toEqual([
      {
        statementId: 'DenyOutsideFrankfurt',
        effect: 'Deny',
        principals: ['AROA123456789EXAMPLE:Ana'],
        principalGroups: [],
        actions: ['ec2:RunInstances'],
        resources: ['*'],
        conditions: [{ key: 'aws:Region', values: ['eu-central-1'] }],
        sourcePolicy: 'identity policy DenyLargeInstances',
      },
    ]);
    expect(r.context.map((c) => c.key)).toEqual(['aws:Account', 'aws:Region', 'ec2:InstanceType']);
  });
});
