import { useLingui } from '@lingui/react';
import { signatureSummary, type SamlInspection } from '../../inspect/saml/inspect-saml';
import { Text } from '../../i18n/Text';
import { Badge } from '../../ui/Badge';
import { KeyValueList } from '../../ui/KeyValueList';
import { SubHeading } from './Card';
import { TimeValue } from './TimeValue';

/** Each XML signature (what it covers, its algorithms, what verified it) and each certificate. */
export function SamlSignatures({ ins, offsetMs }: { ins: SamlInspection; offsetMs: number }) {
  const { i18n } = useLingui();
  const allValid = ins.signatures.length > 0 && ins.signatures.every((s) => s.valid);
  const anchored = allValid && ins.trusted !== null && ins.signatures.every((s) => s.verifiedWithTrustedIndex !== null);
  return (
    <div className="space-y-3">
      <p className="text-xs leading-5" data-testid="signature-summary" data-valid={allValid} data-trusted={anchored}>
        <Badge tone={!allValid ? 'danger' : anchored ? 'ok' : 'warn'} className="mr-1.5">
          {!allValid
            ? i18n._({ id: 'saml.signatures.badge.notVerified', message: 'Not verified' })
            : anchored
              ? i18n._({ id: 'saml.signatures.badge.trusted', message: 'Verified (trusted)' })
              : i18n._({ id: 'saml.signatures.badge.embedded', message: 'Verified (embedded certificate only)' })}
        </Badge>
        <Text m={signatureSummary(ins)} />
      </p>
      {ins.signatures.map((s) => {
        const element = s.signs === 'other' ? s.signedElementPath : s.signs === 'response' ? 'Response' : 'Assertion';
        return (
          <div key={s.path} className="rounded border border-line p-2" data-testid="signature">
            <div className="mb-1 flex flex-wrap items-center gap-1.5 text-xs">
              <span className="font-medium">
                <Text m={/*i18n*/ { id: 'saml.signatures.on', message: 'Signature on the {element}', values: { element }, verbatim: ['element'] }} />
              </span>
              <Badge tone={s.valid ? 'ok' : 'danger'}>{s.valid ? i18n._({ id: 'saml.signatures.valid', message: 'valid' }) : i18n._({ id: 'saml.signatures.invalid', message: 'invalid' })}</Badge>
            </div>
            <KeyValueList
              className="text-xs"
              rows={[
                { key: 'reason', label: i18n._({ id: 'saml.signatures.result', message: 'Result' }), value: <Text m={s.reason} /> },
                { key: 'trust', label: i18n._({ id: 'saml.signatures.proves', message: 'What it proves' }), value: <Text m={s.trust} /> },
                {
                  key: 'ref',
                  label: i18n._({ id: 'saml.signatures.reference', message: 'Reference' }),
                  value: (
                    <>
                      <span translate="no">{s.referenceUri ?? i18n._({ id: 'saml.signatures.noReference', message: '(none)' })}</span>
                      {s.referenceMatchesElement && <span className="font-sans"> {i18n._({ id: 'saml.signatures.enclosing', message: '(the enclosing element)' })}</span>}
                    </>
                  ),
                  mono: true,
                },
                { key: 'alg', label: i18n._({ id: 'saml.signatures.algorithms', message: 'Algorithms' }), value: <span translate="no">{[s.signatureAlgorithm, s.digestAlgorithm, s.canonicalizationAlgorithm].filter(Boolean).join(' · ')}</span>, mono: true },
              ]}
            />
          </div>
        );
      })}
      {ins.trustedError && (
        <p className="text-xs text-danger">
          <Text m={/*i18n*/ { id: 'saml.signatures.anchorUnused', message: 'The pasted metadata or certificate was not used: {problem}', values: { problem: ins.trustedError } }} />
        </p>
      )}
      {ins.trusted?.warnings.map((w) => (
        <p key={w.id} className="text-xs text-warn">
          <Text m={w} />
        </p>
      ))}
      {ins.certificates.length > 0 && (
        <div className="space-y-1.5">
          <SubHeading>{i18n._({ id: 'saml.signatures.certificates', message: 'Certificates' })}</SubHeading>
          {ins.certificates.map((c, i) => (
            <div key={`${c.origin}-${i}`} className="rounded border border-line p-2" data-testid="certificate">
              <div className="mb-1 flex items-center gap-1.5 text-xs">
                <Badge tone={c.origin === 'trusted' ? 'accent' : 'neutral'}>
                  {c.origin === 'trusted' ? (
                    <Text m={/*i18n*/ { id: 'saml.signatures.trustedCertificate', message: 'trusted ({anchor})', values: { anchor: ins.trusted?.label ?? /*i18n*/ { id: 'saml.signatures.pasted', message: 'pasted' } } }} />
                  ) : (
                    i18n._({ id: 'saml.signatures.embeddedCertificate', message: 'embedded in the response' })
                  )}
                </Badge>
              </div>
              {c.description.ok ? (
                <KeyValueList
                  className="text-xs"
                  rows={[
                    { key: 'subject', label: i18n._({ id: 'saml.certificate.subject', message: 'Subject' }), value: c.description.value.subject, mono: true },
                    {
                      key: 'issuer',
                      label: i18n._({ id: 'saml.certificate.issuer', message: 'Issuer' }),
                      value: (
                        <>
                          <span translate="no">{c.description.value.issuer}</span>
                          {c.description.value.selfIssued && <span className="font-sans"> {i18n._({ id: 'saml.certificate.selfIssued', message: '(self-issued)' })}</span>}
                        </>
                      ),
                      mono: true,
                    },
                    { key: 'nb', label: i18n._({ id: 'saml.certificate.validFrom', message: 'Valid from' }), value: <TimeValue ms={Date.parse(c.description.value.notBefore)} kind="starts" offsetMs={offsetMs} /> },
                    { key: 'na', label: i18n._({ id: 'saml.certificate.validUntil', message: 'Valid until' }), value: <TimeValue ms={Date.parse(c.description.value.notAfter)} kind="expires" offsetMs={offsetMs} /> },
                    { key: 'key', label: i18n._({ id: 'saml.certificate.key', message: 'Key' }), value: <span translate="no">{`${c.description.value.publicKey}, ${c.description.value.signatureAlgorithm}`}</span> },
                    { key: 'sha1', label: <span translate="no">SHA-1</span>, value: c.description.value.sha1Fingerprint, mono: true },
                    { key: 'sha256', label: <span translate="no">SHA-256</span>, value: c.description.value.sha256Fingerprint, mono: true },
                  ]}
                />
              ) : (
                <p className="text-xs text-danger">
                  <Text m={c.description.error} />
                </p>
              )}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
