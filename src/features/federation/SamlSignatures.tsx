import { signatureSummary, type SamlInspection } from '../../inspect/saml/inspect-saml';
import { Badge } from '../../ui/Badge';
import { KeyValueList } from '../../ui/KeyValueList';
import { SubHeading } from './Card';
import { TimeValue } from './TimeValue';

/** Each XML signature (what it covers, its algorithms, what verified it) and each certificate. */
export function SamlSignatures({ ins, offsetMs }: { ins: SamlInspection; offsetMs: number }) {
  const allValid = ins.signatures.length > 0 && ins.signatures.every((s) => s.valid);
  const anchored = allValid && ins.trusted !== null && ins.signatures.every((s) => s.verifiedWithTrustedIndex !== null);
  return (
    <div className="space-y-3">
      <p className="text-xs leading-5" data-testid="signature-summary" data-valid={allValid} data-trusted={anchored}>
        <Badge tone={!allValid ? 'danger' : anchored ? 'ok' : 'warn'} className="mr-1.5">
          {!allValid ? 'Not verified' : anchored ? 'Verified (trusted)' : 'Verified (embedded certificate only)'}
        </Badge>
        {signatureSummary(ins)}
      </p>
      {ins.signatures.map((s) => (
        <div key={s.path} className="rounded border border-line p-2" data-testid="signature">
          <div className="mb-1 flex flex-wrap items-center gap-1.5 text-xs">
            <span className="font-medium">Signature on the {s.signs === 'other' ? s.signedElementPath : s.signs === 'response' ? 'Response' : 'Assertion'}</span>
            <Badge tone={s.valid ? 'ok' : 'danger'}>{s.valid ? 'valid' : 'invalid'}</Badge>
          </div>
          <KeyValueList
            className="text-xs"
            rows={[
              { key: 'reason', label: 'Result', value: s.reason },
              { key: 'trust', label: 'What it proves', value: s.trust },
              { key: 'ref', label: 'Reference', value: `${s.referenceUri ?? '(none)'}${s.referenceMatchesElement ? ' (the enclosing element)' : ''}`, mono: true },
              { key: 'alg', label: 'Algorithms', value: [s.signatureAlgorithm, s.digestAlgorithm, s.canonicalizationAlgorithm].filter(Boolean).join(' · '), mono: true },
            ]}
          />
        </div>
      ))}
      {ins.trustedError && <p className="text-xs text-danger">The pasted metadata or certificate was not used: {ins.trustedError}</p>}
      {ins.trusted?.warnings.map((w) => <p key={w} className="text-xs text-warn">{w}</p>)}
      {ins.certificates.length > 0 && (
        <div className="space-y-1.5">
          <SubHeading>Certificates</SubHeading>
          {ins.certificates.map((c, i) => (
            <div key={`${c.origin}-${i}`} className="rounded border border-line p-2" data-testid="certificate">
              <div className="mb-1 flex items-center gap-1.5 text-xs">
                <Badge tone={c.origin === 'trusted' ? 'accent' : 'neutral'}>{c.origin === 'trusted' ? `trusted (${ins.trusted?.label ?? 'pasted'})` : 'embedded in the response'}</Badge>
              </div>
              {c.description.ok ? (
                <KeyValueList
                  className="text-xs"
                  rows={[
                    { key: 'subject', label: 'Subject', value: c.description.value.subject, mono: true },
                    { key: 'issuer', label: 'Issuer', value: `${c.description.value.issuer}${c.description.value.selfIssued ? ' (self-issued)' : ''}`, mono: true },
                    { key: 'nb', label: 'Valid from', value: <TimeValue ms={Date.parse(c.description.value.notBefore)} kind="starts" offsetMs={offsetMs} /> },
                    { key: 'na', label: 'Valid until', value: <TimeValue ms={Date.parse(c.description.value.notAfter)} kind="expires" offsetMs={offsetMs} /> },
                    { key: 'key', label: 'Key', value: `${c.description.value.publicKey}, ${c.description.value.signatureAlgorithm}` },
                    { key: 'sha1', label: 'SHA-1', value: c.description.value.sha1Fingerprint, mono: true },
                    { key: 'sha256', label: 'SHA-256', value: c.description.value.sha256Fingerprint, mono: true },
                  ]}
                />
              ) : (
                <p className="text-xs text-danger">{c.description.error}</p>
              )}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
