import { useState } from 'react';
import type { OperationInput, OperationSpec } from '../../catalog/types';
import { cliRenderNotes, renderCliCommand, renderSdkSnippet } from '../../inspect/cli';
import { CopyButton } from '../../ui/CopyButton';
import { cx } from '../../ui/cx';
import { Tabs } from '../../ui/Tabs';

type Tab = 'cli' | 'sdk';

export interface CommandPreviewProps {
  spec: OperationSpec;
  input: OperationInput;
  /** `--endpoint-url` / `endpoint:` when the target is not AWS itself (sandbox, custom endpoint). */
  endpointUrl?: string;
  region?: string;
  /** A line under the code, e.g. why the CLI cannot reach the in-page sandbox. */
  note?: string;
  /** Drawn for a target still being found: invisible and inert, it only holds its place (no layout shift when the real one comes). */
  placeholder?: boolean;
}

/** The live `aws sts …` command and SDK snippet for the form as it is now, with copy buttons. */
export function CommandPreview({ spec, input, endpointUrl, region, note, placeholder = false }: CommandPreviewProps) {
  const [tab, setTab] = useState<Tab>('cli');
  const opts = { ...(endpointUrl ? { endpointUrl } : {}), ...(region ? { region } : {}) };
  const text = tab === 'cli' ? renderCliCommand(spec, input, { ...opts, multiline: true }) : renderSdkSnippet(spec, input, opts);
  const label = tab === 'cli' ? 'Copy AWS CLI command' : 'Copy SDK snippet';
  const notes = [...(tab === 'cli' ? cliRenderNotes(spec, input) : []), ...(note ? [note] : [])];
  return (
    <section
      aria-label="Equivalent command"
      className={cx('overflow-hidden rounded-md border border-line bg-surface', placeholder && 'invisible')}
      {...(placeholder ? { 'aria-hidden': true, inert: true } : {})}
      data-testid="command-preview"
    >
      <Tabs
        label="Command format"
        tabs={[
          { key: 'cli', label: 'AWS CLI' },
          { key: 'sdk', label: 'SDK for JavaScript v3' },
        ]}
        selected={tab}
        onSelect={setTab}
        actions={<CopyButton text={text} label={label} showText />}
      >
        <pre tabIndex={0} aria-label={tab === 'cli' ? 'AWS CLI command' : 'SDK snippet'} className="max-h-72 overflow-auto bg-code px-3 py-2 font-mono text-xs leading-5 whitespace-pre text-fg" data-testid={tab === 'cli' ? 'cli-command' : 'sdk-snippet'}>
          {text}
        </pre>
        {notes.map((text) => (
          <p key={text} className="border-t border-line px-3 py-1.5 text-xs text-muted">
            {text}
          </p>
        ))}
      </Tabs>
    </section>
  );
}
