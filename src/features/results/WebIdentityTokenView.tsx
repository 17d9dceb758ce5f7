import { useLingui } from '@lingui/react';
import { Words } from '../../i18n/Text';
import { decodeJwt } from '../../inspect/jwt/decode';
import { JsonTree } from '../../ui/JsonTree';
import { SecretValue } from '../../ui/SecretValue';

/** A JWT that GetWebIdentityToken issued: masked, with its header and claims readable. */
export function WebIdentityTokenView({ token }: { token: string }) {
  const { i18n } = useLingui();
  const decoded = decodeJwt(token);
  return (
    <div className="space-y-1.5">
      <SecretValue value={token} label={i18n._({ id: 'webToken.name', message: 'web identity token' })} />
      {decoded.ok ? (
        <details>
          <summary className="cursor-pointer text-xs text-muted hover:text-fg">{i18n._({ id: 'webToken.decoded', message: 'Decoded header and claims' })}</summary>
          <div className="mt-1 grid gap-2 rounded border border-line bg-code p-2">
            <JsonTree value={decoded.value.header} label={i18n._({ id: 'webToken.header', message: 'JWT header' })} />
            <JsonTree value={decoded.value.claims} label={i18n._({ id: 'webToken.claims', message: 'JWT claims' })} />
          </div>
        </details>
      ) : (
        <p className="text-xs text-warn">
          <Words w={decoded.error} />
        </p>
      )}
    </div>
  );
}
