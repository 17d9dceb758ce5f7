import { english } from './test-support/english';
import { englishOf } from '../kernel/message';
import { fromWire, type RelayedText } from '../kernel/relayed';
import { translator } from '../i18n/test-support/translate';
import { describe, expect, it } from 'vitest';
import { buildAuthorizationMessage } from './authorization-message';
import { evaluateFederatedTrust as raw_evaluateFederatedTrust, federatedActions, federatedSessionKeys, type FederatedTrustRequest } from './federated-trust';
import { readSandboxTrace, traceFromEvaluation } from './sandbox-trace';
import type { PolicyDocument } from './types';

const evaluateFederatedTrust = (...args: Parameters<typeof raw_evaluateFederatedTrust>) => english(raw_evaluateFederatedTrust(...args));

const PROVIDER = 'arn:aws:iam::123456789012:saml-provider/SAML-test';
const ROLE = 'arn:aws:iam::123456789012:role/TestSaml';
const trust: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { Federated: PROVIDER },
      Action: ['sts:AssumeRoleWithSAML', 'sts:TagSession'],
      Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } },
    },
  ],
};

const request = (aud: string, extra: Partial<FederatedTrustRequest> = {}): FederatedTrustRequest => ({
  federatedPrincipal: PROVIDER,
  roleArn: ROLE,
  actions: ['sts:AssumeRoleWithSAML'],
  keys: { 'saml:aud': [aud], 'sts:RoleSessionName': ['alice'] },
  ...extra,
});

describe('federatedSessionKeys / federatedActions', () => {
  it('adds the tag, transitive, source-identity and session-name keys the sandbox adds', () => {
    const facts = { sessionName: 'alice', principalTags: { team: 'blue', cc: '12' }, transitiveTagKeys: ['team'], sourceIdentity: 'alice' };
    expect(federatedSessionKeys(facts)).toEqual({
      'aws:RequestTag/team': ['blue'],
      'aws:RequestTag/cc': ['12'],
      'aws:TagKeys': ['team', 'cc'],
      'sts:TransitiveTagKeys': ['team'],
      'sts:SourceIdentity': ['alice'],
      'sts:RoleSessionName': ['alice'],
    });
    expect(federatedActions('sts:AssumeRoleWithSAML', facts)).toEqual(['sts:AssumeRoleWithSAML', 'sts:TagSession', 'sts:SetSourceIdentity']);
    expect(federatedActions('sts:AssumeRoleWithWebIdentity', { principalTags: {}, sourceIdentity: null })).toEqual(['sts:AssumeRoleWithWebIdentity']);
  });
});

describe('evaluateFederatedTrust', () => {
  it('allows when the condition on saml:aud holds', () => {
    const r = evaluateFederatedTrust(trust, request('https://signin.aws.amazon.com/saml'));
    expect(r.allowed).toBe(true);
    expect(r.deniedAction).toBeNull();
    expect(r.steps[0]?.evaluation.statements[0]?.conditions[0]?.result).toBe(true);
  });

  it('denies on a wrong audience and says which condition failed', () => {
    const r = evaluateFederatedTrust(trust, request('https://us-east-1.signin.aws.amazon.com/saml'));
    expect(r.allowed).toBe(false);
    expect(r.deniedAction).toBe('sts:AssumeRoleWithSAML');
    expect(r.summary).toContain('Not authorized to perform sts:AssumeRoleWithSAML');
    const cond = r.steps[0]?.evaluation.statements[0]?.conditions[0];
    expect(cond).toMatchObject({ key: 'SAML:aud', result: false, requestValues: ['https://us-east-1.signin.aws.amazon.com/saml'] });
  });

  it('stops at the first extra action the policy does not allow', () => {
    const r = evaluateFederatedTrust(trust, request('https://signin.aws.amazon.com/saml', { actions: ['sts:AssumeRoleWithSAML', 'sts:TagSession', 'sts:SetSourceIdentity'] }));
    expect(r.allowed).toBe(false);
    expect(r.steps.map((s) => s.action)).toEqual(['sts:AssumeRoleWithSAML', 'sts:TagSession', 'sts:SetSourceIdentity']);
    expect(r.summary).toContain('"Not authorized to perform sts:SetSourceIdentity"');
    expect(r.summary).toContain('This request needs sts:SetSourceIdentity as well as sts:AssumeRoleWithSAML.');
  });

  it('does not match another provider', () => {
    const r = evaluateFederatedTrust(trust, request('https://signin.aws.amazon.com/saml', { federatedPrincipal: 'arn:aws:iam::123456789012:saml-provider/Other' }));
    expect(r.allowed).toBe(false);
  });
});

describe('sandbox traces', () => {
  it('reads back the trace a sandbox denial carries, identical to the one evaluated here', () => {
    const r = raw_evaluateFederatedTrust(trust, request('https://sp.example.com/acs'));
    const step = r.steps[0]!;
    const message = buildAuthorizationMessage(step.evaluation, step.context, { id: 'AROA:alice', arn: 'arn:aws:sts::123456789012:assumed-role/TestSaml/alice' });
    const read = readSandboxTrace(JSON.stringify(message));
    if (!read.ok) throw new Error(englishOf(read.error));
    expect(read.trace).toEqual(traceFromEvaluation(step.evaluation, step.context));
    expect(read.request.action).toBe('sts:AssumeRoleWithSAML');
    expect(read.request.keys['saml:aud']).toEqual(['https://sp.example.com/acs']);
  });

  it("the sandbox's trace reads in French: its sentences travel as Messages beside AWS-style English", () => {
    const r = raw_evaluateFederatedTrust(trust, request('https://sp.example.com/acs'));
    const step = r.steps[0]!;
    const sent = JSON.stringify(buildAuthorizationMessage(step.evaluation, step.context, { id: 'AROA:alice', arn: 'arn:aws:sts::123456789012:assumed-role/TestSaml/alice' }));
    // A reader of the decoded JSON (the AWS CLI) sees the English first; the Messages come last.
    const trace = (JSON.parse(sent) as { sandboxTrace: Record<string, unknown> }).sandboxTrace;
    expect(Object.keys(trace)).toEqual(['decision', 'summary', 'statements', 'messages']);
    expect(trace.summary).toBe(englishOf(step.evaluation.summary));
    const read = readSandboxTrace(sent);
    if (!read.ok) throw new Error(englishOf(read.error));
    const fr = translator('fr');
    const inFrench = (t: RelayedText) => fr(fromWire(t.message!));
    expect(inFrench(read.trace.summary)).toMatch(/^Refusé implicitement : sts:AssumeRoleWithSAML sur arn:aws:iam::123456789012:role\/TestSaml par le principal fédéré .*; aucune instruction de politique d'approbation ne l'autorise\. La plus proche : /);
    const statement = read.trace.statements[0]!;
    expect(inFrench(statement.why)).toMatch(/^l'instruction 0 de politique d'approbation \(Allow\) ne s'applique pas : la condition StringEquals SAML:aud est fausse : /);
    expect(inFrench(statement.conditions[0]!.why)).toBe(
      'SAML:aud vaut "https://sp.example.com/acs" : aucune valeur de la politique ne convient à "https://sp.example.com/acs" (« est égal à » "https://signin.aws.amazon.com/saml") ; StringEquals exige qu\'une valeur de la requête corresponde à "https://signin.aws.amazon.com/saml", donc elle est fausse',
    );
    // The English the sandbox writes is the English of the same Messages.
    expect(statement.conditions[0]!.why.english).toBe(englishOf(step.evaluation.statements[0]!.conditions[0]!.why));
  });

  it('says why a message has no trace, and never throws on junk', () => {
    expect(english(readSandboxTrace('{"allowed":false}'))).toMatchObject({ ok: false, error: expect.stringContaining('not issued by this sandbox') });
    expect(readSandboxTrace('not json').ok).toBe(false);
    expect(readSandboxTrace('[1]').ok).toBe(false);
    const weird = readSandboxTrace(JSON.stringify({ sandboxTrace: { decision: 'implicit-deny', statements: [null, 3, { conditions: [null, { key: 7 }] }] } }));
    expect(weird.ok && weird.trace.statements).toHaveLength(1);
  });
});
