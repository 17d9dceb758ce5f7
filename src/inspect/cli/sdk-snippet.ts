/**
 * A runnable ES module that makes the same call with @aws-sdk/client-sts. Credentials are never
 * written into it: the client uses the SDK's default provider chain, and sensitive inputs are read
 * from environment variables unless the caller asks for them inline.
 */
import type { CliOperation, SdkSnippetOptions } from './types';

const IDENT = /^[A-Za-z_$][\w$]*$/;

/** `SAMLAssertion` → `SAML_ASSERTION`, `WebIdentityToken` → `WEB_IDENTITY_TOKEN`. */
export function envVarName(member: string): string {
  return member
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toUpperCase();
}

const key = (k: string): string => (IDENT.test(k) ? k : JSON.stringify(k));

/** A JavaScript literal for a JSON-like value; objects inline, arrays of objects one item per line. */
function literal(value: unknown, indent: string): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) {
    const items = value.map((v) => literal(v, `${indent}  `));
    const oneLine = `[${items.join(', ')}]`;
    if (oneLine.length <= 80 && !value.some((v) => v !== null && typeof v === 'object')) return oneLine;
    return `[\n${items.map((i) => `${indent}  ${i},`).join('\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== undefined) {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{ ${entries.map(([k, v]) => `${key(k)}: ${literal(v, indent)}`).join(', ')} }`;
  }
  return 'undefined';
}

export function renderSdkSnippet(spec: CliOperation, input: Record<string, unknown>, opts: SdkSnippetOptions = {}): string {
  const command = `${spec.name}Command`;
  const config: string[] = [];
  if (opts.region) config.push(`region: ${JSON.stringify(opts.region)}`);
  if (opts.endpointUrl) config.push(`endpoint: ${JSON.stringify(opts.endpointUrl)}`);

  const lines: string[] = [];
  for (const [name, value] of Object.entries(input)) {
    const param = spec.params.find((p) => p.name === name);
    if (!param || value === undefined || value === null) continue;
    const sensitive = param.type.kind === 'string' && param.type.sensitive === true;
    if (sensitive && !opts.inlineSensitive) {
      lines.push(`  ${key(name)}: process.env.${envVarName(name)}, // sensitive: kept out of source`);
    } else {
      lines.push(`  ${key(name)}: ${literal(value, '  ')},`);
    }
  }

  const auth =
    spec.signing === 'none'
      ? '// This operation is unsigned: the request carries no credentials.'
      : '// Credentials come from the default provider chain (environment, shared config/SSO, container or instance role).';
  return [
    `import { STSClient, ${command} } from "@aws-sdk/client-sts";`,
    '',
    auth,
    `const client = new STSClient(${config.length ? `{ ${config.join(', ')} }` : '{}'});`,
    '',
    lines.length ? `const input = {\n${lines.join('\n')}\n};` : 'const input = {};',
    '',
    `const response = await client.send(new ${command}(input));`,
    'console.log(response);',
    '',
  ].join('\n');
}
