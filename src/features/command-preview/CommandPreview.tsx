import { useLingui } from '@lingui/react';
import { useState } from 'react';
import type { OperationInput, OperationSpec } from '../../catalog/types';
import { Text } from '../../i18n/Text';
import { cliRenderNotes, renderCliCommand } from '../../inspect/cli';
import type { renderSdkSnippet as RenderSdkSnippet } from '../../inspect/cli/sdk-snippet';
import { lazyValue, type LazyValue } from '../../kernel/lazy-value';
import { useLazyValue } from '../../ui/lazyPart';
import type { Message } from '../../kernel/message';
import { CopyButton } from '../../ui/CopyButton';
import { cx } from '../../ui/cx';
import { Tabs } from '../../ui/Tabs';

type Tab = 'cli' | 'sdk';

// The SDK snippet's renderer is not on the first screen (the CLI tab is): fetched when its tab is first chosen.
const SDK_RENDERER: LazyValue<typeof RenderSdkSnippet> = lazyValue(() => import('../../inspect/cli/sdk-snippet').then((m) => m.renderSdkSnippet));

export interface CommandPreviewProps {
  spec: OperationSpec;
  input: OperationInput;
  /** `--endpoint-url` / `endpoint:` when the target is not AWS itself (sandbox, custom endpoint). */
  endpointUrl?: string;
  region?: string;
  /** A line under the code, e.g. why the CLI cannot reach the in-page sandbox. */
  note?: Message;
  /** Drawn for a target still being found: invisible and inert, it only holds its place (no layout shift when the real one comes). */
  placeholder?: boolean;
}

/** The live `aws sts …` command and SDK snippet for the form as it is now (verbatim), with copy buttons. */
export function CommandPreview({ spec, input, endpointUrl, region, note, placeholder = false }: CommandPreviewProps) {
  const { i18n } = useLingui();
  const [tab, setTab] = useState<Tab>('cli');
  const opts = { ...(endpointUrl ? { endpointUrl } : {}), ...(region ? { region } : {}) };
  const renderSdk = useLazyValue(SDK_RENDERER, tab === 'sdk');
  const sdkLoading = tab === 'sdk' && !renderSdk;
  const text = tab === 'cli' ? renderCliCommand(spec, input, { ...opts, multiline: true }) : renderSdk ? renderSdk(spec, input, opts) : '';
  const label = tab === 'cli' ? i18n._({ id: 'preview.copyCli', message: 'Copy AWS CLI command' }) : i18n._({ id: 'preview.copySdk', message: 'Copy SDK snippet' });
  const notes = [...(tab === 'cli' ? cliRenderNotes(spec, input) : []), ...(note ? [note] : [])];
  return (
    <section
      aria-label={i18n._({ id: 'preview.label', message: 'Equivalent command' })}
      className={cx('overflow-hidden rounded-md border border-line bg-surface', placeholder && 'invisible')}
      {...(placeholder ? { 'aria-hidden': true, inert: true } : {})}
      data-testid="command-preview"
    >
      <Tabs
        label={i18n._({ id: 'preview.format', message: 'Command format' })}
        tabs={[
          { key: 'cli', label: i18n._({ id: 'preview.cliTab', message: 'AWS CLI' }) },
          { key: 'sdk', label: i18n._({ id: 'preview.sdkTab', message: 'SDK for JavaScript v3' }) },
        ]}
        selected={tab}
        onSelect={setTab}
        actions={sdkLoading ? undefined : <CopyButton text={text} label={label} showText />}
      >
        <pre
          tabIndex={0}
          lang="en"
          translate="no"
          aria-label={tab === 'cli' ? i18n._({ id: 'preview.cliLabel', message: 'AWS CLI command' }) : i18n._({ id: 'preview.sdkLabel', message: 'SDK snippet' })}
          className="max-h-72 overflow-auto bg-code px-3 py-2 font-mono text-xs leading-5 whitespace-pre text-fg"
          data-testid={tab === 'cli' ? 'cli-command' : 'sdk-snippet'}
        >
          {sdkLoading ? i18n._({ id: 'preview.sdkLoading', message: 'Loading the SDK snippet…' }) : text}
        </pre>
        {notes.map((m) => (
          <p key={m.id + JSON.stringify(m.values ?? {})} className="border-t border-line px-3 py-1.5 text-xs text-muted">
            <Text m={m} />
          </p>
        ))}
      </Tabs>
    </section>
  );
}
