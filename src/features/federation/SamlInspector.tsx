import { sandboxErrorMessage } from '../../state/controlErrors';
import { useLingui } from '@lingui/react';
import { useState } from 'react';
import type { Message } from '../../kernel/message';
import { stsAnswers } from '../../inspect/verdict/from-checks';
import { formatNumber } from '../../i18n/format';
import { Text } from '../../i18n/Text';
import type { ParseResult } from '../../kernel/result';
import type { SamlInspection } from '../../inspect/saml/inspect-saml';
import { samlTrustFromSandbox, samlVerdict, type FederationVerdict, type SamlTrust } from '../../inspect/verdict';
import { useSandboxTrust } from './useSandboxText';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { KeyValueList } from '../../ui/KeyValueList';
import { useNow } from '../../ui/ticker';
import { Card, ErrorNote, Labeled, SubHeading } from './Card';
import { ConditionKeysView } from './ConditionKeysView';
import { RolePairs } from './RolePairs';
import { SamlSignatures } from './SamlSignatures';
import { SamlSummary } from './SamlSummary';
import type { FederationClock, FormBridge, SandboxAccess, VerdictAnchor } from './types';
import { roleTrustFor, toCheckItems, toVerdictView, useLiveVerdict, useReportRejection } from './verdict';
import { VerdictPanel, VerdictPlaceholder } from './VerdictPanel';
import type { AsyncState } from './useAsyncResult';
import type { SamlDerived } from './useSamlInspection';
import { XmlView } from './XmlView';
import { formRequestJudgement, formSessionRequest } from './requestJudgement';

const SOURCE: Record<string, Message> = {
  base64: /*i18n*/ { id: 'saml.source.base64', message: 'base64 SAMLResponse value' },
  'url-encoded-base64': /*i18n*/ { id: 'saml.source.urlEncoded', message: 'URL-encoded base64 value' },
  xml: /*i18n*/ { id: 'saml.source.xml', message: 'raw XML' },
  'post-body': /*i18n*/ { id: 'saml.source.postBody', message: 'POST body / form' },
  'deflated-redirect': /*i18n*/ { id: 'saml.source.deflated', message: 'DEFLATE-compressed (Redirect binding) value' },
};

export interface SamlInspectorProps {
  input: string;
  onInput: (text: string) => void;
  trusted: string;
  onTrusted: (text: string) => void;
  state: AsyncState<ParseResult<SamlInspection, Message>>;
  derived: AsyncState<SamlDerived>;
  form: FormBridge;
  /** The role and provider the call would use (the form's, else the first pair). */
  call: { roleArn: string; principalArn: string };
  sandbox: SandboxAccess | null;
  clock: FederationClock;
  verdictAnchor: VerdictAnchor;
  /** The trust policy typed into the trust-policy box (target AWS: the role's policy, as the user pasted it). */
  pastedTrustPolicy: string;
}

/** The rulebook's verdict on the SAMLAssertion the form would send, re-judged every second (expiry moves). */
function useSamlVerdict(ins: SamlInspection | null, pastedAnchor: boolean, form: FormBridge, call: SamlInspectorProps['call'], clock: FederationClock, sandbox: SandboxAccess | null, pastedPolicy: string) {
  const now = useNow() + clock.offsetMs;
  // Against the sandbox, the keys of the provider PrincipalArn names (its trust document), unless an anchor is pasted.
  const { doc, error: trustError } = useSandboxTrust(sandbox);
  const fromSandbox = doc && !pastedAnchor && call.principalArn !== '' ? samlTrustFromSandbox(doc, call.principalArn) : null;
  const trust: SamlTrust | null = fromSandbox?.ok ? fromSandbox.trust : ins?.trusted ? { entityId: ins.trusted.entityId, certificatesDer: ins.trusted.certificates, source: ins.trusted.label } : null;
  // The role's trust policy: the sandbox's own role, else (target AWS) the one pasted in the trust-policy box.
  const role = roleTrustFor(doc, trustError, sandbox !== null, call.roleArn, pastedPolicy);
  const session = formSessionRequest(form, sandbox !== null);
  // The whole request by the catalog's one validation, once the form itself names the role and the provider.
  const judgeRequest = (form.values.RoleArn ?? '') !== '' && (form.values.PrincipalArn ?? '') !== '';
  const requestError = ins && judgeRequest ? formRequestJudgement('AssumeRoleWithSAML', { ...form.values, SAMLAssertion: ins.samlAssertion }, 'RoleArn', form.lists).requestError : null;
  const key = ins && role ? [ins.samlAssertion, JSON.stringify(trust?.source ?? ''), trust?.certificatesDer.length ?? 0, call.roleArn, call.principalArn, JSON.stringify(session), JSON.stringify(requestError), String(judgeRequest), JSON.stringify(role)].join('\u0000') : '';
  const verdict = useLiveVerdict(
    key,
    ins && role
      ? async (nowMs): Promise<FederationVerdict> =>
          // The provider lookup fails before any rule: STS answers its error (the sandbox's own lookup).
          fromSandbox && !fromSandbox.ok
            ? { kind: 'rejected', error: fromSandbox.error, checkId: 'provider', cause: stsAnswers(fromSandbox.error.message), causeId: 'provider-missing', fix: /*i18n*/ { id: 'saml.verdict.providerFix', message: "Set PrincipalArn to a SAML provider of the role's account." }, checks: [] }
            :
          samlVerdict({
            samlAssertion: ins.samlAssertion,
            ...(call.roleArn ? { roleArn: call.roleArn } : {}),
            ...(call.principalArn ? { principalArn: call.principalArn } : {}),
            trust,
            role,
            session,
            ...(judgeRequest ? { requestError } : {}),
            nowMs,
            // Against AWS, allow for a browser clock a minute or two off AWS's; the sandbox judges by this clock.
            clientSkewMs: clock.sameAsSts ? 0 : 120_000,
          })
      : null,
    now,
  );
  if (!verdict) return { view: null, checks: [] };
  const view = toVerdictView('saml', verdict);
  // Against the sandbox, say where its keys are rather than "paste the metadata".
  const shown = view.kind === 'cannot-tell' && sandbox ? { ...view, note: /*i18n*/ { id: 'saml.verdict.metadataBelow', message: "The sandbox IdP's metadata is offered below." } } : view;
  return { view: shown, checks: toCheckItems(verdict.checks) };
}

/** The SAML inspector: paste anything people paste, see what STS will see and decide. */
export function SamlInspector({ input, onInput, trusted, onTrusted, state, derived, form, call, sandbox, clock, verdictAnchor, pastedTrustPolicy }: SamlInspectorProps) {
  const { i18n } = useLingui();
  const [metadataError, setMetadataError] = useState<Message | null>(null);
  const result = state.status === 'done' ? state.value : null;
  const ins = result?.ok ? result.value : null;
  const { view: verdict, checks } = useSamlVerdict(ins, trusted.trim() !== '', form, call, clock, sandbox, pastedTrustPolicy);
  useReportRejection(verdictAnchor, ins?.samlAssertion ?? '', verdict);
  const formAssertion = form.values.SAMLAssertion ?? '';
  const what = i18n._({ id: 'saml.inspector.what', message: 'SAML response' });
  const loadMetadata = async () => {
    if (!sandbox) return;
    setMetadataError(null);
    try {
      onTrusted(await sandbox.text('GET /_sandbox/saml/metadata'));
    } catch (e) {
      setMetadataError(sandboxErrorMessage(e));
    }
  };

  return (
    <Card
      title={i18n._({ id: 'saml.inspector.title', message: 'SAML inspector' })}
      testId="saml-inspector"
      actions={
        <>
          {formAssertion !== '' && formAssertion !== input && (
            <Button size="sm" variant="ghost" onClick={() => onInput(formAssertion)}>
              {i18n._({ id: 'saml.inspector.inspectForm', message: "Inspect the form's SAML response" })}
            </Button>
          )}
          {ins && ins.samlAssertion !== formAssertion && (
            <Button size="sm" onClick={() => form.fill({ SAMLAssertion: ins.samlAssertion })}>
              {i18n._({ id: 'saml.inspector.putIntoForm', message: 'Put into the form' })}
            </Button>
          )}
        </>
      }
    >
      <Labeled
        label={i18n._({ id: 'saml.inspector.input', message: 'SAML response to inspect' })}
        hint={i18n._({ id: 'saml.inspector.inputHint', message: 'The base64 SAMLResponse (URL-encoded or not, wrapped or not), a SAML-tracer / devtools POST body, a Redirect-binding value, or the XML. It stays in this browser.' })}
      >
        {(p) => (
          <textarea {...p} rows={4} spellCheck={false} autoComplete="off" className="input resize-y font-mono text-xs" value={input} onChange={(e) => onInput(e.target.value)} data-testid="saml-input" />
        )}
      </Labeled>
      {input.trim() === '' && <VerdictPlaceholder id={verdictAnchor.id} what={what} />}
      {(ins || state.status === 'pending') && <VerdictPanel id={verdictAnchor.id} verdict={verdict} checks={checks} what={what} {...(verdictAnchor.onBack ? { onBack: verdictAnchor.onBack } : {})} />}
      <details open={trusted !== ''}>
        <summary className="cursor-pointer text-xs text-muted hover:text-fg">{i18n._({ id: 'saml.inspector.verifyAgainst', message: 'Verify against the IdP metadata or certificate AWS trusts' })}</summary>
        <div className="mt-1.5 space-y-1">
          <Labeled
            label={i18n._({ id: 'saml.inspector.metadata', message: 'IdP metadata XML or PEM certificate' })}
            hint={i18n._({ id: 'saml.inspector.metadataHint', message: 'What the IAM SAML provider was created with. Without it, signatures are checked only against the certificate inside the response.' })}
          >
            {(p) => <textarea {...p} rows={3} spellCheck={false} autoComplete="off" className="input resize-y font-mono text-xs" value={trusted} onChange={(e) => onTrusted(e.target.value)} data-testid="saml-trusted" />}
          </Labeled>
          {sandbox && (
            <Button size="sm" variant="ghost" onClick={() => void loadMetadata()}>
              {i18n._({ id: 'saml.inspector.useSandboxMetadata', message: "Use the sandbox IdP's metadata" })}
            </Button>
          )}
          {metadataError && (
            <p className="text-xs text-danger">
              <Text m={metadataError} />
            </p>
          )}
        </div>
      </details>

      {state.status === 'pending' && <p className="text-xs text-muted">{i18n._({ id: 'saml.inspector.decoding', message: 'Decoding and verifying…' })}</p>}
      {result && !result.ok && (
        <ErrorNote testId="saml-error">
          <Text m={result.error} />
        </ErrorNote>
      )}
      {ins && (
        <div className="space-y-4" data-testid="saml-inspection">
          <div className="flex flex-wrap items-center gap-1.5 text-xs text-muted">
            <Badge tone="neutral">{SOURCE[ins.decoded.source] ? i18n._(SOURCE[ins.decoded.source] as Message) : ins.decoded.source}</Badge>
            <span>
              {i18n._({
                id: 'saml.inspector.sizes',
                message: '{bytes} bytes of XML · {chars} characters as SAMLAssertion',
                values: { bytes: formatNumber(i18n.locale, ins.info.xmlByteLength), chars: formatNumber(i18n.locale, ins.samlAssertion.length) },
              })}
            </span>
          </div>
          {(ins.decoded.notes.length > 0 || ins.info.warnings.length > 0) && (
            <ul className="list-disc space-y-0.5 pl-5 text-xs">
              {ins.decoded.notes.map((n, i) => (
                <li key={`${n.id}-${i}`} className="text-muted">
                  <Text m={n} />
                </li>
              ))}
              {ins.info.warnings.map((w, i) => (
                <li key={`${w.id}-${i}`} className="text-warn">
                  <Text m={w} />
                </li>
              ))}
            </ul>
          )}
          <SamlSummary info={ins.info} clock={clock} />
          <div className="space-y-1">
            <SubHeading>{i18n._({ id: 'saml.inspector.rolePairs', message: 'Role pairs' })}</SubHeading>
            <RolePairs roles={ins.rolePairs} current={{ roleArn: form.values.RoleArn ?? '', principalArn: form.values.PrincipalArn ?? '' }} onUse={(p) => form.fill({ RoleArn: p.roleArn, PrincipalArn: p.principalArn })} />
          </div>
          <div className="space-y-1">
            <SubHeading>{i18n._({ id: 'saml.inspector.signatures', message: 'Signatures' })}</SubHeading>
            <SamlSignatures ins={ins} offsetMs={clock.offsetMs} />
          </div>
          <div className="space-y-1">
            <SubHeading>{i18n._({ id: 'saml.inspector.trustSees', message: 'What the trust policy will see' })}</SubHeading>
            {derived.status === 'done' && derived.value.conditionKeys.ok ? (
              <>
                <KeyValueList rows={[{ key: 'nq', label: <Text m={/*i18n*/ { id: 'saml.inspector.nameQualifier', message: '{param} STS returns', values: { param: 'NameQualifier' }, verbatim: ['param'] }} />, value: derived.value.conditionKeys.value['saml:namequalifier']?.[0] ?? '—', mono: true }]} />
                <ConditionKeysView keys={derived.value.conditionKeys.value} label={i18n._({ id: 'saml.inspector.conditionKeys', message: 'saml condition keys' })} />
              </>
            ) : derived.status === 'done' && !derived.value.conditionKeys.ok ? (
              <p className="text-xs text-warn">
                <Text m={derived.value.conditionKeys.error} />
              </p>
            ) : (
              <p className="text-xs text-muted">{i18n._({ id: 'saml.inspector.computing', message: 'Computing…' })}</p>
            )}
          </div>
          <details>
            <summary className="cursor-pointer text-xs text-muted hover:text-fg">{i18n._({ id: 'saml.inspector.xml', message: 'The XML, pretty-printed' })}</summary>
            <div className="mt-1">
              <XmlView xml={ins.decoded.xml} label={i18n._({ id: 'saml.inspector.xmlLabel', message: 'The SAML response XML' })} />
            </div>
          </details>
        </div>
      )}
    </Card>
  );
}
