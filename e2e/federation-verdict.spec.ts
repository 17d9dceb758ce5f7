// The federation verdict first: with the sandbox as target and nothing pasted but the assertion or
// the token, the line right under the paste box says Accepted, Rejected with STS's code and message,
// or Cannot tell, and it is on screen at 1440x900. Each verdict is then checked against what the
// sandbox's STS actually answers when the form is sent.
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { createTestSigner, signFixture, toSamlAssertion } from '../src/inspect/saml/test-support/saml-fixtures';

const SAML = 'AssumeRoleWithSAML';
const OIDC = 'AssumeRoleWithWebIdentity';
const TEST_SAML_ROLE = 'arn:aws:iam::123456789012:role/TestSaml';
const SAML_PROVIDER = 'arn:aws:iam::123456789012:saml-provider/SAML-test';
const WEB_ROLE = 'arn:aws:iam::123456789012:role/FederatedWebIdentityRole';

test.use({ viewport: { width: 1440, height: 900 } });

async function open(page: Page, op: string) {
  await page.goto(`/#/${op}`);
  await expect(page.getByTestId('target-summary')).toContainText(/this server/, { timeout: 30_000 });
  return page.locator(`[data-testid=federation-panel][data-operation=${op}]`);
}

const field = (page: Page, param: string) => page.getByTestId('operation-form').locator(`[data-param=${param}]`).locator('input, textarea').first();

/** A SAML response from the sandbox IdP for TestSaml, as the sandbox's control mints it. */
async function mintSaml(request: APIRequestContext, faults: Record<string, boolean> = {}): Promise<{ samlResponse: string; xml: string }> {
  const res = await request.post('/_sandbox/saml/mint', { data: { roles: [{ roleArn: TEST_SAML_ROLE, principalArn: SAML_PROVIDER }], faults } });
  expect(res.ok(), await res.text()).toBe(true);
  return (await res.json()) as { samlResponse: string; xml: string };
}

async function mintToken(request: APIRequestContext, faults: Record<string, boolean> = {}): Promise<string> {
  const res = await request.post('/_sandbox/oidc/mint', { data: { issuer: 'https://sandbox.idp.local', sub: 'sandbox-user', aud: ['workbench-client'], faults } });
  expect(res.ok(), await res.text()).toBe(true);
  return ((await res.json()) as { token: string }).token;
}

/** Pastes into the inspector and returns the verdict line, checking it sits on screen right away. */
async function paste(page: Page, panel: Locator, testId: 'saml-input' | 'token-input', text: string): Promise<Locator> {
  await panel.getByTestId(testId).fill(text);
  const verdict = panel.getByTestId('verdict');
  await expect(verdict).not.toHaveAttribute('data-verdict', 'pending', { timeout: 20_000 });
  await expect(verdict).toBeInViewport();
  await expect(verdict).toHaveAttribute('role', 'status');
  return verdict;
}

/** Sends the form and returns the error code STS answered (or 'ok'). */
async function sendAndRead(page: Page, op: string): Promise<string> {
  await page.getByTestId('operation-form').getByRole('button', { name: 'Send', exact: true }).click();
  const card = page.locator(`[data-testid=result-card][data-operation=${op}]`).first();
  await expect(card).not.toHaveAttribute('data-status', 'pending', { timeout: 20_000 });
  return (await card.getAttribute('data-status')) === 'ok' ? 'ok' : ((await card.getByTestId('error-code').textContent()) ?? '');
}

test('SAML: a valid response is Accepted, and STS in the sandbox gives credentials', async ({ page, request }) => {
  const panel = await open(page, SAML);
  const { samlResponse } = await mintSaml(request);
  const verdict = await paste(page, panel, 'saml-input', samlResponse);
  await expect(verdict).toHaveAttribute('data-verdict', 'accepted');
  await expect(verdict).toContainText('Accepted');
  await panel.getByRole('button', { name: 'Put into the form' }).click();
  // The pasted bytes themselves go into the form, not a re-encoded copy.
  await expect(field(page, 'SAMLAssertion')).toHaveValue(samlResponse);
  await panel.getByTestId('role-pair').first().getByRole('button', { name: /Use this pair/ }).click();
  expect(await sendAndRead(page, SAML)).toBe('ok');
});

test('SAML: a response tampered after signing is Rejected with the digest mismatch named, as STS rejects it', async ({ page, request }) => {
  const panel = await open(page, SAML);
  const { samlResponse } = await mintSaml(request, { tamperAfterSigning: true });
  const verdict = await paste(page, panel, 'saml-input', samlResponse);
  await expect(verdict).toHaveAttribute('data-verdict', 'rejected');
  await expect(verdict.getByTestId('verdict-code')).toHaveText('InvalidIdentityToken');
  await expect(panel.getByTestId('verdict-cause')).toContainText(/digest/i);
  await expect(panel.getByTestId('failing-check').first()).toBeVisible();
  // The complete table is there, collapsed.
  await expect(panel.getByTestId('all-checks')).not.toHaveAttribute('open', '');
  const predicted = await verdict.getByTestId('verdict-message').textContent();
  await panel.getByRole('button', { name: 'Put into the form' }).click();
  await panel.getByTestId('role-pair').first().getByRole('button', { name: /Use this pair/ }).click();
  expect(await sendAndRead(page, SAML)).toBe('InvalidIdentityToken');
  const card = page.locator(`[data-testid=result-card][data-operation=${SAML}]`).first();
  await expect(card.getByTestId('error-message')).toHaveText(predicted ?? '');
  // The error card names the cause the inspector found, not just the code's general reading.
  await expect(card.getByTestId('error-explanation')).toHaveAttribute('data-cause', 'known');
  await expect(card.getByTestId('error-explanation').locator('h4')).toContainText('digest mismatch');
});

test('SAML: a response signed by a key the provider does not trust is Rejected, never Accepted', async ({ page, request }) => {
  const panel = await open(page, SAML);
  const { xml } = await mintSaml(request);
  // Same issuer, same content, re-signed with a fresh key the sandbox's SAML provider has never seen.
  const unsigned = xml.replace(/<(\w+:)?Signature\b[\s\S]*?<\/\1Signature>/g, '');
  const stranger = await createTestSigner('Stranger IdP');
  const forged = toSamlAssertion(await signFixture(unsigned, stranger, 'response'));
  const verdict = await paste(page, panel, 'saml-input', forged);
  await expect(verdict).toHaveAttribute('data-verdict', 'rejected');
  await expect(verdict.getByTestId('verdict-code')).toHaveText('InvalidIdentityToken');
  await expect(panel.getByTestId('verdict-cause')).toContainText(/certificate|trust/i);
  await panel.getByRole('button', { name: 'Put into the form' }).click();
  await panel.getByTestId('role-pair').first().getByRole('button', { name: /Use this pair/ }).click();
  expect(await sendAndRead(page, SAML)).toBe('InvalidIdentityToken');
});

/** The role and session the call names: the verdict runs that role's trust policy. */
async function nameTheCall(page: Page, roleArn: string) {
  await field(page, 'RoleArn').fill(roleArn);
  await field(page, 'RoleSessionName').fill('verdict-check');
}

test('OIDC: a valid token is Accepted; one with an unknown kid is Rejected with the key-retrieval error, as STS rejects it', async ({ page, request }) => {
  const panel = await open(page, OIDC);
  await nameTheCall(page, WEB_ROLE);
  const good = await mintToken(request);
  let verdict = await paste(page, panel, 'token-input', good);
  await expect(verdict).toHaveAttribute('data-verdict', 'accepted');

  const unknownKid = await mintToken(request, { unknownKid: true });
  verdict = await paste(page, panel, 'token-input', unknownKid);
  await expect(verdict).toHaveAttribute('data-verdict', 'rejected');
  await expect(verdict.getByTestId('verdict-code')).toHaveText('InvalidIdentityToken');
  await expect(verdict.getByTestId('verdict-message')).toContainText("Couldn't retrieve verification key from your identity provider");
  await expect(panel.getByTestId('verdict-cause')).toContainText(/kid/);
  await panel.getByRole('button', { name: 'Put into the form' }).click();
  expect(await sendAndRead(page, OIDC)).toBe('InvalidIdentityToken');
  // The error card explains an OIDC error in OIDC terms, never with a SAML title.
  const explanation = page.locator(`[data-testid=result-card][data-operation=${OIDC}]`).first().getByTestId('error-details').locator('h4');
  await expect(explanation).toBeVisible();
  await expect(explanation).not.toContainText('SAML');
  await expect(explanation).toContainText("No key with the token's kid");
});

test("OIDC: GitHub Actions' token response is unwrapped, and the Send area's link jumps to the verdict and back", async ({ page, request }) => {
  const panel = await open(page, OIDC);
  await nameTheCall(page, WEB_ROLE);
  const token = await mintToken(request);
  const verdict = await paste(page, panel, 'token-input', `{"count":1813,"value":"${token}"}`);
  await expect(panel.getByTestId('token-unwrapped')).toContainText('GitHub Actions');
  await expect(verdict).toHaveAttribute('data-verdict', 'accepted');
  await panel.getByRole('button', { name: 'Put into the form' }).click();
  // The token itself goes into the form, not the JSON around it.
  await expect(field(page, 'WebIdentityToken')).toHaveValue(token);
  await page.mouse.wheel(0, -5000);
  await page.getByTestId('jump-to-verdict').click();
  await expect(panel.getByTestId('verdict-panel')).toBeFocused();
  await expect(verdict).toBeInViewport();
  await panel.getByRole('button', { name: 'Back to Send' }).click();
  await expect(page.getByTestId('operation-form').getByRole('button', { name: 'Send', exact: true })).toBeFocused();
});

test("OIDC: a DurationSeconds above the role's MaxSessionDuration is Rejected · ValidationError after the trust policy, as STS answers; at it, Accepted", async ({ page, request }) => {
  const panel = await open(page, OIDC);
  await nameTheCall(page, WEB_ROLE);
  // FederatedWebIdentityRole keeps the default MaxSessionDuration of one hour.
  await field(page, 'DurationSeconds').fill('7200');
  const token = await mintToken(request);
  let verdict = await paste(page, panel, 'token-input', token);
  await expect(verdict).toHaveAttribute('data-verdict', 'rejected');
  await expect(verdict.getByTestId('verdict-code')).toHaveText('ValidationError');
  await expect(verdict.getByTestId('verdict-message')).toHaveText('The requested DurationSeconds exceeds the MaxSessionDuration set for this role.');
  await expect(panel.getByTestId('failing-check').first()).toContainText("DurationSeconds is within the role's MaxSessionDuration");
  await panel.getByRole('button', { name: 'Put into the form' }).click();
  expect(await sendAndRead(page, OIDC)).toBe('ValidationError');
  await expect(page.locator(`[data-testid=result-card][data-operation=${OIDC}]`).first().getByTestId('error-message')).toHaveText('The requested DurationSeconds exceeds the MaxSessionDuration set for this role.');
  await field(page, 'DurationSeconds').fill('3600');
  verdict = panel.getByTestId('verdict');
  await expect(verdict).toHaveAttribute('data-verdict', 'accepted', { timeout: 20_000 });
  expect(await sendAndRead(page, OIDC)).toBe('ok');
});

const DEPLOY_ROLE = 'arn:aws:iam::123456789012:role/GitHubActionsDeploy';
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const FORK_SUB = 'repo:attacker/fork:ref:refs/heads/main';

/** The verdict at the top says Rejected · AccessDenied with AWS's exact text, the trust policy named as the cause. */
async function expectTrustPolicyRejection(panel: Locator, verdict: Locator) {
  await expect(verdict).toHaveAttribute('data-verdict', 'rejected');
  await expect(verdict).toContainText('Rejected');
  await expect(verdict.getByTestId('verdict-code')).toHaveText('AccessDenied');
  await expect(verdict.getByTestId('verdict-message')).toHaveText('Not authorized to perform sts:AssumeRoleWithWebIdentity');
  await expect(panel.getByTestId('verdict-cause')).toContainText("The role's trust policy does not allow it");
  await expect(panel.getByTestId('failing-check').first()).toContainText("The role's trust policy allows the call");
}

test("OIDC: a token whose sub the role's trust policy does not allow is Rejected · AccessDenied at the top, as the server's STS answers", async ({ page, request }) => {
  const panel = await open(page, OIDC);
  await nameTheCall(page, DEPLOY_ROLE);
  const res = await request.post('/_sandbox/oidc/mint', { data: { issuer: GITHUB_ISSUER, sub: FORK_SUB, aud: ['sts.amazonaws.com'] } });
  expect(res.ok(), await res.text()).toBe(true);
  const token = ((await res.json()) as { token: string }).token;
  const verdict = await paste(page, panel, 'token-input', token);
  await expectTrustPolicyRejection(panel, verdict);
  await panel.getByRole('button', { name: 'Put into the form' }).click();
  expect(await sendAndRead(page, OIDC)).toBe('AccessDenied');
  const card = page.locator(`[data-testid=result-card][data-operation=${OIDC}]`).first();
  await expect(card.getByTestId('error-message')).toHaveText('Not authorized to perform sts:AssumeRoleWithWebIdentity');
  await expect(card.getByTestId('error-explanation').locator('h4')).toContainText("The role's trust policy does not allow it");
});

test.describe('the in-page sandbox', () => {
  test.use({ baseURL: `http://127.0.0.1:${process.env.STSW_STATIC_PORT ?? 4392}` });

  test("OIDC: the same trust-policy rejection is predicted in the page, and the in-page STS answers it", async ({ page }) => {
    await page.goto(`/#/${OIDC}`);
    await expect(page.getByTestId('target-summary')).toContainText(/in this page/, { timeout: 30_000 });
    const panel = page.locator(`[data-testid=federation-panel][data-operation=${OIDC}]`);
    const idp = panel.getByTestId('oidc-idp');
    await idp.getByLabel('Issuer', { exact: true }).selectOption(GITHUB_ISSUER);
    await idp.getByLabel('Role to assume', { exact: true }).selectOption(DEPLOY_ROLE);
    await idp.getByLabel('sub', { exact: true }).fill(FORK_SUB);
    await idp.getByRole('button', { name: 'Mint and inspect' }).click();
    await expect(field(page, 'RoleArn')).toHaveValue(DEPLOY_ROLE);
    const token = await field(page, 'WebIdentityToken').inputValue();
    const verdict = await paste(page, panel, 'token-input', token);
    await expectTrustPolicyRejection(panel, verdict);
    expect(await sendAndRead(page, OIDC)).toBe('AccessDenied');
  });
});

test('a role ARN without its path: AWS\'s exact denial, and the sandbox asks "did you mean" the role with its path', async ({ page }) => {
  await page.goto('/#/AssumeRole');
  await expect(page.getByTestId('target-summary')).toContainText(/this server/, { timeout: 30_000 });
  await field(page, 'RoleArn').fill('arn:aws:iam::123456789012:role/ReadOnlyAuditor');
  await field(page, 'RoleSessionName').fill('path-check');
  expect(await sendAndRead(page, 'AssumeRole')).toBe('AccessDenied');
  const card = page.locator('[data-testid=result-card][data-operation=AssumeRole]').first();
  await expect(card.getByTestId('error-message')).toHaveText('User: arn:aws:iam::123456789012:user/DevAdmin is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/ReadOnlyAuditor');
  const hint = card.getByTestId('role-arn-hint');
  await expect(hint).toContainText('Did you mean arn:aws:iam::123456789012:role/audit/ReadOnlyAuditor?');
  await hint.getByRole('button', { name: 'Use this role ARN' }).click();
  await expect(field(page, 'RoleArn')).toHaveValue('arn:aws:iam::123456789012:role/audit/ReadOnlyAuditor');
  expect(await sendAndRead(page, 'AssumeRole')).toBe('ok');
});
