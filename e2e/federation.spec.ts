// Federation debugging journeys: mint from the sandbox's IdPs, inspect, check the trust policy,
// call STS, and read why it said no. Every test fails if a dialog opens or a payload runs.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { STATIC_ORIGIN } from './support/workbench';

const SAML = 'AssumeRoleWithSAML';
const OIDC = 'AssumeRoleWithWebIdentity';
const TEST_SAML_ROLE = 'arn:aws:iam::123456789012:role/TestSaml';
const SAML_PROVIDER = 'arn:aws:iam::123456789012:saml-provider/SAML-test';
const WEB_ROLE = 'arn:aws:iam::123456789012:role/FederatedWebIdentityRole';

let dialogs: string[] = [];

test.beforeEach(async ({ page }) => {
  dialogs = [];
  page.on('dialog', async (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    await d.dismiss();
  });
});

test.afterEach(async ({ page }) => {
  expect(dialogs, 'no dialog may open').toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), 'no payload may run').toBeUndefined();
});

async function open(page: Page, op: string, base = '') {
  await page.goto(`${base}/#/${op}`);
  await expect(page.getByTestId('target-summary')).toContainText(/this server|in this page/, { timeout: 30_000 });
  return page.locator(`[data-testid=federation-panel][data-operation=${op}]`);
}

const field = (page: Page, param: string) => page.getByTestId('operation-form').locator(`[data-param=${param}]`).locator('input, textarea').first();
const check = (panel: Locator, id: string) => panel.locator(`[data-testid=check][data-check=${id}]`);

async function send(page: Page, op: string) {
  await page.getByTestId('operation-form').getByRole('button', { name: 'Send', exact: true }).click();
  const card = page.locator(`[data-testid=result-card][data-operation=${op}]`).first();
  await expect(card).not.toHaveAttribute('data-status', 'pending', { timeout: 20_000 });
  return card;
}

async function mintSaml(panel: Locator, opts: { faults?: string[]; recipient?: string; attributes?: string } = {}) {
  const idp = panel.getByTestId('saml-idp');
  for (const f of opts.faults ?? []) await idp.getByLabel(f).check();
  if (opts.recipient) await idp.getByLabel('Recipient', { exact: true }).fill(opts.recipient);
  if (opts.attributes) {
    await idp.getByText('Session tags, source identity and other attributes').click();
    await idp.getByLabel('Other attributes').fill(opts.attributes);
  }
  await idp.getByRole('button', { name: 'Mint and inspect' }).click();
  await expect(panel.getByTestId('saml-inspection')).toBeVisible();
}

async function mintToken(panel: Locator, opts: { faults?: string[]; claims?: string } = {}) {
  const idp = panel.getByTestId('oidc-idp');
  for (const f of opts.faults ?? []) await idp.getByLabel(f).check();
  if (opts.claims) {
    await idp.getByText('Extra claims, session tags and source identity').click();
    await idp.getByLabel('Extra claims (JSON object)').fill(opts.claims);
  }
  await idp.getByRole('button', { name: 'Mint and inspect' }).click();
  await expect(panel.getByTestId('token-inspection')).toBeVisible();
}

test('SAML: mint, inspect, fill the form from a Role pair, call, get credentials', async ({ page }) => {
  const panel = await open(page, SAML);
  await mintSaml(panel);
  const inspector = panel.getByTestId('saml-inspector');
  await expect(inspector.getByTestId('saml-summary')).toContainText('https://sandbox.idp.local/saml');
  await expect(inspector.getByTestId('saml-summary')).toContainText('sandbox-user@example.com');
  await expect(check(panel, 'expiry')).toHaveAttribute('data-status', 'pass');
  await expect(inspector.getByTestId('relative-time').first()).toBeVisible();
  await expect(inspector.getByTestId('signature-summary')).toHaveAttribute('data-valid', 'true');
  await expect(field(page, 'SAMLAssertion')).not.toHaveValue('');

  // Verify against the provider's metadata: the trust anchor AWS would use.
  await inspector.getByText('Verify against the IdP metadata or certificate AWS trusts').click();
  await inspector.getByRole('button', { name: 'Use the sandbox IdP\'s metadata' }).click();
  await expect(inspector.getByTestId('signature-summary')).toHaveAttribute('data-trusted', 'true');
  await expect(inspector.getByTestId('signature-summary')).toContainText('IdP metadata of https://sandbox.idp.local/saml');
  await expect(inspector.getByTestId('certificate').first()).toContainText('SHA-256');

  const pair = inspector.getByTestId('role-pair').filter({ hasText: TEST_SAML_ROLE });
  await pair.getByRole('button', { name: /Use this pair/ }).click();
  await expect(field(page, 'RoleArn')).toHaveValue(TEST_SAML_ROLE);
  await expect(field(page, 'PrincipalArn')).toHaveValue(SAML_PROVIDER);
  await expect(check(panel, 'role')).toHaveAttribute('data-status', 'pass');
  await expect(inspector.getByTestId('condition-keys')).toContainText('saml:namequalifier');

  const trust = panel.getByTestId('trust-policy-check');
  await expect(trust.getByTestId('trust-policy-text')).toContainText('SAML:aud');
  await expect(trust.getByTestId('trust-verdict')).toHaveAttribute('data-allowed', 'true');

  const card = await send(page, SAML);
  await expect(card).toHaveAttribute('data-status', 'ok');
  await expect(card).toContainText('Credentials');
  await expect(card).toContainText('ASIA');
});

test('SAML: an expired assertion fails the expiry check before the call and STS refuses it after', async ({ page }) => {
  const panel = await open(page, SAML);
  await mintSaml(panel, { faults: ['Expired (NotOnOrAfter a minute ago)'] });
  const expiry = check(panel, 'expiry');
  await expect(expiry).toHaveAttribute('data-status', 'fail');
  await expect(expiry).toContainText('ExpiredTokenException');
  await expect(panel.getByTestId('saml-summary').getByTestId('relative-time').filter({ hasText: /^expired/ }).first()).toBeVisible();
  await panel.getByTestId('role-pair').first().getByRole('button', { name: /Use this pair/ }).click();
  const card = await send(page, SAML);
  await expect(card).toHaveAttribute('data-status', 'error');
  await expect(card.getByTestId('error-code')).toHaveText('ExpiredTokenException');
});

test('OIDC: mint, inspect, verify, call, get credentials', async ({ page }) => {
  const panel = await open(page, OIDC);
  await mintToken(panel);
  await expect(field(page, 'WebIdentityToken')).not.toHaveValue('');
  await expect(field(page, 'RoleArn')).toHaveValue(WEB_ROLE);
  const inspector = panel.getByTestId('token-inspector');
  await expect(inspector.getByTestId('claims-table')).toContainText('https://sandbox.idp.local');
  await expect(inspector.getByTestId('client-ids')).toHaveValue('workbench-client');
  await expect(check(panel, 'aud-client')).toHaveAttribute('data-status', 'pass');
  await expect(check(panel, 'exp')).toHaveAttribute('data-status', 'pass');
  await inspector.getByRole('button', { name: 'Use the sandbox IdP\'s JWKS' }).click();
  await expect(inspector.getByTestId('jwt-signature')).toHaveAttribute('data-valid', 'true');
  // The browser may not fetch arbitrary issuers: the failure is explained, not just reported.
  await inspector.getByRole('button', { name: 'Discover from the issuer' }).click();
  await expect(inspector.getByTestId('discovery-note')).toContainText(/Content-Security-Policy|CORS/);
  await expect(inspector.getByTestId('generated-policy')).toContainText('sandbox.idp.local:aud');
  await expect(panel.getByTestId('trust-policy-check').getByTestId('trust-verdict')).toHaveAttribute('data-allowed', 'true');
  const card = await send(page, OIDC);
  await expect(card).toHaveAttribute('data-status', 'ok');
  await expect(card).toContainText('ASIA');
});

test('OIDC: an expired token fails the expiry check before the call and STS refuses it after', async ({ page }) => {
  const panel = await open(page, OIDC);
  await mintToken(panel, { faults: ['Expired (exp a minute ago)'] });
  await expect(check(panel, 'exp')).toHaveAttribute('data-status', 'fail');
  await expect(check(panel, 'exp')).toContainText('ExpiredTokenException');
  const card = await send(page, OIDC);
  await expect(card.getByTestId('error-code')).toHaveText('ExpiredTokenException');
});

test('the trust-policy trace explains a denial caused by a wrong aud condition', async ({ page }) => {
  // Before the call: a token whose aud the trust policy does not want.
  const oidc = await open(page, OIDC);
  await mintToken(oidc);
  const trust = oidc.getByTestId('trust-policy-check');
  await expect(trust.getByTestId('trust-verdict')).toHaveAttribute('data-allowed', 'true');
  const text = await trust.getByTestId('trust-policy-text').inputValue();
  await trust.getByTestId('trust-policy-text').fill(text.replace('"workbench-client"', '"another-client"'));
  await expect(trust.getByTestId('trust-verdict')).toHaveAttribute('data-allowed', 'false');
  await expect(trust.locator('[data-testid=trace-condition][data-key="sandbox.idp.local:aud"]').first()).toHaveAttribute('data-result', 'false');
  await expect(trust.locator('[data-testid=trace-condition][data-key="sandbox.idp.local:aud"]').first()).toContainText('workbench-client');

  // Before and after the call: a SAML response for a Regional sign-in URL passes STS's rules,
  // but saml:aud is not the https://signin.aws.amazon.com/saml the role's trust policy demands.
  const saml = await open(page, SAML);
  await mintSaml(saml, { recipient: 'https://us-east-1.signin.aws.amazon.com/saml' });
  await expect(check(saml, 'recipient')).toHaveAttribute('data-status', 'pass');
  await saml.getByTestId('role-pair').first().getByRole('button', { name: /Use this pair/ }).click();
  const samlTrust = saml.getByTestId('trust-policy-check');
  await expect(samlTrust.getByTestId('trust-verdict')).toHaveAttribute('data-allowed', 'false');
  await expect(samlTrust.locator('[data-testid=trace-condition][data-key="SAML:aud"]')).toHaveAttribute('data-result', 'false');

  const card = await send(page, SAML);
  await expect(card.getByTestId('error-code')).toHaveText('AccessDenied');
  // Exactly AWS's text; the explanation comes from the sandbox's own header, decoded below it.
  await expect(card.getByTestId('error-message')).toHaveText('Not authorized to perform sts:AssumeRoleWithSAML');
  const after = card.getByTestId('denied-trace');
  await expect(after).toContainText('x-sandbox-authorization-message');
  await expect(after.getByTestId('policy-trace')).toHaveAttribute('data-decision', 'implicit-deny');
  const cond = after.locator('[data-testid=trace-condition][data-key="SAML:aud"]');
  await expect(cond).toHaveAttribute('data-result', 'false');
  await expect(cond).toContainText('https://us-east-1.signin.aws.amazon.com/saml');
});

test('OIDC: a wrong audience fails the client-ID check and the aud condition, and STS says so', async ({ page }) => {
  const panel = await open(page, OIDC);
  await mintToken(panel, { faults: ['Wrong audience'] });
  await expect(check(panel, 'aud-client')).toHaveAttribute('data-status', 'fail');
  const trust = panel.getByTestId('trust-policy-check');
  await expect(trust.getByTestId('trust-verdict')).toHaveAttribute('data-allowed', 'false');
  await expect(trust.locator('[data-testid=trace-condition][data-key="sandbox.idp.local:aud"]').first()).toContainText('not-a-registered-client');
  const card = await send(page, OIDC);
  await expect(card.getByTestId('error-code')).toHaveText('InvalidIdentityToken');
  await expect(card.getByTestId('error-message')).toContainText('Incorrect token audience');
});

test('malformed input gets a clear message, not a crash', async ({ page }) => {
  const panel = await open(page, SAML);
  const input = panel.getByTestId('saml-input');
  await input.fill('PHNhbWxwOlJlc3BvbnNl%ZZ');
  await expect(panel.getByTestId('saml-error')).toContainText('Malformed URL encoding');
  await input.fill('<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"><saml:Issuer>x</samlp:Response>');
  await expect(panel.getByTestId('saml-error')).toContainText('not well-formed');
  const oidc = await open(page, OIDC);
  await oidc.getByTestId('token-input').fill('Atza|IwEBIExampleOpaqueToken');
  await expect(oidc.getByTestId('opaque-token')).toContainText('ProviderId www.amazon.com');
});

test('a SAML response nested 13,000 deep: "nested too deeply", and the app and the credentials obtained before stay', async ({ page }) => {
  const panel = await open(page, SAML);
  await mintSaml(panel);
  const inspector = panel.getByTestId('saml-inspector');
  await inspector.getByTestId('role-pair').filter({ hasText: TEST_SAML_ROLE }).getByRole('button', { name: /Use this pair/ }).click();
  const card = await send(page, SAML);
  await expect(card).toHaveAttribute('data-status', 'ok');
  const sets = page.getByRole('region', { name: 'Credential sets', exact: true }).getByTestId('credential-set');
  await expect(sets).toHaveCount(1);

  // 91 KB: enough to overflow the stack of any recursive walk over the tree.
  const deep = '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol">' + '<a>'.repeat(13_000) + '</a>'.repeat(13_000) + '</samlp:Response>';
  expect(deep.length).toBeGreaterThan(91_000);
  await inspector.getByTestId('saml-input').fill(deep);
  await expect(panel.getByTestId('saml-error')).toContainText('The XML is nested too deeply (more than 64 levels)');

  // Still the whole workbench: the form, the result and the credential set.
  await expect(page.getByTestId('error-boundary')).toHaveCount(0);
  await expect(page.getByTestId('operation-form')).toBeVisible();
  await expect(card).toHaveAttribute('data-status', 'ok');
  await expect(sets).toHaveCount(1);
  // And the inspector still works on the next paste.
  await inspector.getByTestId('saml-input').fill('<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"><saml:Issuer>x</samlp:Response>');
  await expect(panel.getByTestId('saml-error')).toContainText('not well-formed');
});

const PAYLOADS = ['<script>window.__xss=1</script>', '<img src=x onerror="window.__xss=2">', 'javascript:window.__xss=3'];

test('XSS: payloads in a SAML attribute and a JWT claim render as text and never run', async ({ page }) => {
  const saml = await open(page, SAML);
  await mintSaml(saml, { attributes: PAYLOADS.map((p) => `https://example.com/evil=${p}`).join('\n') });
  const values = saml.getByTestId('saml-attributes').getByTestId('attribute-value');
  for (const p of PAYLOADS) await expect(values.filter({ hasText: p })).toHaveCount(1);
  await saml.getByText('The XML, pretty-printed').click();
  await expect(saml.getByTestId('xml-view')).toContainText('&lt;script&gt;window.__xss=1&lt;/script&gt;');
  await expect(saml.locator('img, script, a[href^="javascript:"]')).toHaveCount(0);

  const oidc = await open(page, OIDC);
  await mintToken(oidc, { claims: JSON.stringify({ note: PAYLOADS[1], link: PAYLOADS[2], html: PAYLOADS[0] }) });
  const claims = oidc.getByTestId('claims-table');
  for (const p of PAYLOADS) await expect(claims.getByTestId('claim-value').filter({ hasText: p })).toHaveCount(1);
  await expect(oidc.locator('img, script, a[href^="javascript:"]')).toHaveCount(0);
});

test('in-page sandbox: a denial is explained from the decoded sandbox header, and the panels pass axe in both themes', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' }); // no colour fades while axe measures contrast
    await page.goto('about:blank'); // a fresh page (and a fresh in-page sandbox) for each theme
    const panel = await open(page, SAML, STATIC_ORIGIN);
    await expect(page.getByTestId('target-summary')).toContainText('in this page');
    await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /dark/ : /^(?!.*dark).*$/);
    await mintSaml(panel, { recipient: 'https://us-east-1.signin.aws.amazon.com/saml' });
    await panel.getByTestId('role-pair').first().getByRole('button', { name: /Use this pair/ }).click();
    await expect(panel.getByTestId('trust-verdict')).toHaveAttribute('data-allowed', 'false');
    const results = await new AxeBuilder({ page }).include(`[data-testid=federation-panel][data-operation=${SAML}]`).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    const oidc = await open(page, OIDC, STATIC_ORIGIN);
    await mintToken(oidc, { faults: ['Wrong audience'] });
    const oidcAxe = await new AxeBuilder({ page }).include(`[data-testid=federation-panel][data-operation=${OIDC}]`).analyze();
    expect(oidcAxe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    // Back to the SAML form (same page): its panel kept the inspected response.
    await page.goto(`${STATIC_ORIGIN}/#/${SAML}`);
    await expect(panel.getByTestId('trust-verdict')).toHaveAttribute('data-allowed', 'false');
    if (scheme === 'light') {
      const card = await send(page, SAML);
      await expect(card.getByTestId('error-code')).toHaveText('AccessDenied');
      await expect(card.getByTestId('error-message')).toHaveText('Not authorized to perform sts:AssumeRoleWithSAML');
      await expect(card.getByTestId('denied-trace').locator('[data-testid=trace-condition][data-key="SAML:aud"]')).toHaveAttribute('data-result', 'false');
    }
  }
});
