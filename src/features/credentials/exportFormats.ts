/** The export tabs: each a label, a file name and the text (built only when the dialog shows it). */
import { findHeading } from '../../catalog/directory';
import type { CredentialSet } from '../../credentials/credential-set';
import type { Message, Words } from '../../kernel/message';
import { bashExports, cliOutputJson, consoleSignin, credentialProcessJson, credentialsFileProfile, endpointNote, fishExports, powershellExports, sanitizeProfileName } from '../../credentials/exports';

export type ExportKey = 'bash' | 'fish' | 'powershell' | 'ini' | 'process' | 'cli' | 'console';

/** A tab's label: a format's own name (verbatim in every language) or words to translate. */
export const EXPORT_TABS: ReadonlyArray<{ key: ExportKey; label: Words }> = [
  { key: 'bash', label: 'bash / zsh' },
  { key: 'fish', label: 'fish' },
  { key: 'powershell', label: 'PowerShell' },
  { key: 'ini', label: /*i18n*/ { id: 'export.tab.ini', message: 'Credentials file' } },
  { key: 'process', label: 'credential_process' },
  { key: 'cli', label: /*i18n*/ { id: 'export.tab.cli', message: 'CLI output' } },
  { key: 'console', label: /*i18n*/ { id: 'export.tab.console', message: 'Console sign-in' } },
];

export interface ExportText {
  text: string;
  fileName: string;
  mime: string;
  /** Shown above the text. */
  help: Message;
  /** Extra lines (console steps, notes). */
  notes?: Message[];
}

export function exportText(set: CredentialSet, key: ExportKey): ExportText {
  const base = sanitizeProfileName(set.name);
  const endpoint = set.source.keysEndpoint;
  const note = endpointNote(endpoint);
  const notes = note ? { notes: [note] } : {};
  // Where the keys work elsewhere than AWS, the exported text points every AWS service there, and the help says so.
  const carries = endpoint !== undefined && endpoint.kind !== 'aws' ? 'yes' : 'no';
  switch (key) {
    case 'bash':
      return { text: bashExports(set, { endpoint }), fileName: `${base}.env.sh`, mime: 'text/x-shellscript', help: /*i18n*/ { id: 'export.help.bash', message: 'Paste into bash or zsh (or {source} the file). The values are single-quoted.{carries, select, yes { It points every AWS service at the endpoint the keys work with, so they never reach AWS by accident.} other {}}', values: { source: 'source', carries }, verbatim: ['source'] } };
    case 'fish':
      return { text: fishExports(set, { endpoint }), fileName: `${base}.fish`, mime: 'text/plain', help: /*i18n*/ { id: 'export.help.fish', message: 'Paste into fish.{carries, select, yes { It points every AWS service at the endpoint the keys work with, so they never reach AWS by accident.} other {}}', values: { carries } } };
    case 'powershell':
      return { text: powershellExports(set, { endpoint }), fileName: `${base}.ps1`, mime: 'text/plain', help: /*i18n*/ { id: 'export.help.powershell', message: 'Paste into PowerShell.{carries, select, yes { It points every AWS service at the endpoint the keys work with, so they never reach AWS by accident.} other {}}', values: { carries } } };
    case 'ini':
      return { text: credentialsFileProfile(set, base, endpoint), fileName: `${base}.credentials`, mime: 'text/plain', help: /*i18n*/ { id: 'export.help.ini', message: 'A profile for {file}; use it with {flag}.{carries, select, yes { It points every AWS service at the endpoint the keys work with, so they never reach AWS by accident.} other {}}', values: { file: '~/.aws/credentials', flag: `--profile ${base}`, carries }, verbatim: ['file', 'flag'] } };
    case 'process':
      return { text: credentialProcessJson(set), fileName: `${base}.credential-process.json`, mime: 'application/json', help: /*i18n*/ { id: 'export.help.process', message: 'What a {setting} program prints (Version 1).', values: { setting: 'credential_process' }, verbatim: ['setting'] }, ...notes };
    case 'cli':
      return { text: cliOutputJson(set), fileName: `${base}.${set.issuedBy}.json`, mime: 'application/json', help: /*i18n*/ { id: 'export.help.cli', message: 'What {command} printed for this call.', values: { command: `aws sts ${findHeading(set.issuedBy)?.cliName ?? set.issuedBy}` }, verbatim: ['command'] }, ...notes };
    case 'console': {
      const plan = consoleSignin(set, set.identity.kind === 'assumed-role' ? { sessionDurationSeconds: 3600 } : {});
      if (!plan.ok) return { text: plan.reason.message, fileName: `${base}.console.txt`, mime: 'text/plain', help: /*i18n*/ { id: 'export.help.consoleImpossible', message: 'Console sign-in is not possible with these credentials.' } };
      return { text: plan.curl, fileName: `${base}.console-signin.sh`, mime: 'text/x-shellscript', help: /*i18n*/ { id: 'export.help.console', message: 'Ask the federation endpoint for a sign-in token, then build the login URL:' }, notes: [...plan.steps, ...plan.notes] };
    }
  }
}
