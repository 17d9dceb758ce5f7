/** The export tabs: each a label, a file name and the text (built only when the dialog shows it). */
import type { CredentialSet } from '../../credentials/credential-set';
import { bashExports, cliOutputJson, consoleSignin, credentialProcessJson, credentialsFileProfile, endpointNote, fishExports, powershellExports, sanitizeProfileName } from '../../credentials/exports';

export type ExportKey = 'bash' | 'fish' | 'powershell' | 'ini' | 'process' | 'cli' | 'console';

export const EXPORT_TABS: ReadonlyArray<{ key: ExportKey; label: string }> = [
  { key: 'bash', label: 'bash / zsh' },
  { key: 'fish', label: 'fish' },
  { key: 'powershell', label: 'PowerShell' },
  { key: 'ini', label: 'Credentials file' },
  { key: 'process', label: 'credential_process' },
  { key: 'cli', label: 'CLI output' },
  { key: 'console', label: 'Console sign-in' },
];

export interface ExportText {
  text: string;
  fileName: string;
  mime: string;
  /** Shown above the text. */
  help: string;
  /** Extra lines (console steps, notes). */
  notes?: string[];
}

export function exportText(set: CredentialSet, key: ExportKey): ExportText {
  const base = sanitizeProfileName(set.name);
  const endpoint = set.source.keysEndpoint;
  const note = endpointNote(endpoint);
  const notes = note ? { notes: [note] } : {};
  const carries = endpoint && endpoint.kind !== 'aws' ? ' It points every AWS service at the endpoint the keys work with, so they never reach AWS by accident.' : '';
  switch (key) {
    case 'bash':
      return { text: bashExports(set, { endpoint }), fileName: `${base}.env.sh`, mime: 'text/x-shellscript', help: `Paste into bash or zsh (or \`source\` the file). The values are single-quoted.${carries}` };
    case 'fish':
      return { text: fishExports(set, { endpoint }), fileName: `${base}.fish`, mime: 'text/plain', help: `Paste into fish.${carries}` };
    case 'powershell':
      return { text: powershellExports(set, { endpoint }), fileName: `${base}.ps1`, mime: 'text/plain', help: `Paste into PowerShell.${carries}` };
    case 'ini':
      return { text: credentialsFileProfile(set, base, endpoint), fileName: `${base}.credentials`, mime: 'text/plain', help: `A profile for ~/.aws/credentials; use it with --profile ${base}.${carries}` };
    case 'process':
      return { text: credentialProcessJson(set), fileName: `${base}.credential-process.json`, mime: 'application/json', help: 'What a credential_process program prints (Version 1).', ...notes };
    case 'cli':
      return { text: cliOutputJson(set), fileName: `${base}.${set.issuedBy}.json`, mime: 'application/json', help: `What aws sts ${set.issuedBy} printed for this call.`, ...notes };
    case 'console': {
      const plan = consoleSignin(set, set.identity.kind === 'assumed-role' ? { sessionDurationSeconds: 3600 } : {});
      if (!plan.ok) return { text: plan.reason, fileName: `${base}.console.txt`, mime: 'text/plain', help: 'Console sign-in is not possible with these credentials.' };
      return { text: plan.curl, fileName: `${base}.console-signin.sh`, mime: 'text/x-shellscript', help: 'Ask the federation endpoint for a sign-in token, then build the login URL:', notes: [...plan.steps.map((s, i) => `${i + 1}. ${s}`), ...plan.notes] };
    }
  }
}
