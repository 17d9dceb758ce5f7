import { english } from './test-support/english';
import { describe, expect, it } from 'vitest';
import type { RequestPrincipal } from './context';
import { describePrincipal as raw_describePrincipal, matchPrincipal as raw_matchPrincipal } from './principal';

const describePrincipal = (...args: Parameters<typeof raw_describePrincipal>) => english(raw_describePrincipal(...args));
const matchPrincipal = (...args: Parameters<typeof raw_matchPrincipal>) => english(raw_matchPrincipal(...args));

const user: RequestPrincipal = { type: 'AWS', arn: 'arn:aws:iam::123456789012:user/DevAdmin', account: '123456789012' };
const session: RequestPrincipal = {
  type: 'AWS',
  arn: 'arn:aws:sts::123456789012:assumed-role/Deployer/ci-run-1',
  account: '123456789012',
  alsoKnownAs: ['arn:aws:iam::123456789012:role/Deployer'],
};
const saml: RequestPrincipal = { type: 'Federated', id: 'arn:aws:iam::123456789012:saml-provider/SAML-test' };
const google: RequestPrincipal = { type: 'Federated', id: 'accounts.google.com' };
const ec2: RequestPrincipal = { type: 'Service', id: 'ec2.amazonaws.com' };

describe('matchPrincipal', () => {
  it('"*" and {"AWS": "*"} trust everyone, without naming anyone', () => {
    for (const p of [user, session, saml, ec2, null]) {
      expect(matchPrincipal('*', p)).toMatchObject({ matched: true, exact: false });
      expect(matchPrincipal({ AWS: '*' }, p)).toMatchObject({ matched: true, exact: false });
    }
  });

  it('an account ID or root ARN trusts every principal of that account', () => {
    for (const p of [user, session]) {
      expect(matchPrincipal({ AWS: '123456789012' }, p)).toMatchObject({ matched: true, exact: false });
      expect(matchPrincipal({ AWS: 'arn:aws:iam::123456789012:root' }, p)).toMatchObject({ matched: true, exact: false });
      expect(matchPrincipal({ AWS: '111122223333' }, p).matched).toBe(false);
      expect(matchPrincipal({ AWS: 'arn:aws:iam::111122223333:root' }, p).matched).toBe(false);
    }
    expect(matchPrincipal({ AWS: '123456789012' }, user).why).toBe('"123456789012" trusts account 123456789012, and arn:aws:iam::123456789012:user/DevAdmin belongs to it');
  });

  it('a user ARN names that user only', () => {
    expect(matchPrincipal({ AWS: 'arn:aws:iam::123456789012:user/DevAdmin' }, user)).toMatchObject({ matched: true, exact: true });
    expect(matchPrincipal({ AWS: 'arn:aws:iam::123456789012:user/Other' }, user).matched).toBe(false);
    expect(matchPrincipal({ AWS: 'arn:aws:iam::123456789012:user/DevAdmin' }, session).matched).toBe(false);
  });

  it('a role ARN matches every session of the role', () => {
    expect(matchPrincipal({ AWS: 'arn:aws:iam::123456789012:role/Deployer' }, session)).toMatchObject({ matched: true, exact: true });
    expect(matchPrincipal({ AWS: 'arn:aws:iam::123456789012:role/Other' }, session).matched).toBe(false);
  });

  it('a session ARN names one session', () => {
    expect(matchPrincipal({ AWS: 'arn:aws:sts::123456789012:assumed-role/Deployer/ci-run-1' }, session)).toMatchObject({ matched: true, exact: true });
    expect(matchPrincipal({ AWS: 'arn:aws:sts::123456789012:assumed-role/Deployer/ci-run-2' }, session).matched).toBe(false);
  });

  it('wildcards inside an AWS principal match nothing, and the trace says why', () => {
    const m = matchPrincipal({ AWS: 'arn:aws:iam::123456789012:user/*' }, user);
    expect(m.matched).toBe(false);
    expect(m.why).toMatch(/has a wildcard, which Principal does not support/);
  });

  it('a list of principals matches when any entry does', () => {
    expect(matchPrincipal({ AWS: ['arn:aws:iam::111122223333:root', 'arn:aws:iam::123456789012:user/DevAdmin'] }, user).matched).toBe(true);
    expect(matchPrincipal({ Service: 'ec2.amazonaws.com', AWS: '123456789012' }, user).matched).toBe(true);
  });

  it('Federated names an identity provider', () => {
    expect(matchPrincipal({ Federated: 'arn:aws:iam::123456789012:saml-provider/SAML-test' }, saml)).toMatchObject({ matched: true, exact: true });
    expect(matchPrincipal({ Federated: 'arn:aws:iam::123456789012:saml-provider/Other' }, saml).matched).toBe(false);
    expect(matchPrincipal({ Federated: 'accounts.google.com' }, google).matched).toBe(true);
    expect(matchPrincipal({ Federated: 'accounts.google.com' }, user).matched).toBe(false);
    expect(matchPrincipal({ AWS: '123456789012' }, saml).matched).toBe(false);
  });

  it('Service names a service', () => {
    expect(matchPrincipal({ Service: 'ec2.amazonaws.com' }, ec2).matched).toBe(true);
    expect(matchPrincipal({ Service: ['lambda.amazonaws.com'] }, ec2).matched).toBe(false);
    expect(matchPrincipal({ Service: 'ec2.amazonaws.com' }, user).matched).toBe(false);
  });

  it('explains a miss', () => {
    expect(matchPrincipal({ AWS: 'arn:aws:iam::123456789012:user/Other' }, user).why).toBe(
      'Principal names AWS: arn:aws:iam::123456789012:user/Other, not arn:aws:iam::123456789012:user/DevAdmin',
    );
    expect(matchPrincipal({ CanonicalUser: 'abc' }, user).matched).toBe(false);
    expect(matchPrincipal(5, user)).toMatchObject({ matched: false, why: 'the Principal element is malformed, so it matches no one' });
  });
});

describe('describePrincipal', () => {
  it('names each kind of caller', () => {
    expect(describePrincipal(null)).toBe('an anonymous caller');
    expect(describePrincipal(google)).toBe('the federated principal accounts.google.com');
    expect(describePrincipal(ec2)).toBe('the service ec2.amazonaws.com');
  });
});
