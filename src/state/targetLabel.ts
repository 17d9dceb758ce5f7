import type { Message } from '../kernel/message';
import { IN_PAGE_TARGET_LABEL } from '../credentials/credential-set';
import type { Target } from '../sts/connection';

const SERVER_LABEL = 'Sandbox (server)';
const AWS_GLOBAL_LABEL = 'AWS · global endpoint';

/**
 * A short label of where a call went. It is kept with the call and the credential set it made (in the
 * saved history too) and compared to tell targets apart, so it stays this fixed English form; the UI
 * shows it through targetLabelMessage.
 */
export function shortTargetLabel(target: Target): string {
  switch (target.kind) {
    case 'sandbox-server':
      return SERVER_LABEL;
    case 'sandbox-in-page':
      return IN_PAGE_TARGET_LABEL;
    case 'aws':
      return target.endpointKind === 'global' ? AWS_GLOBAL_LABEL : `AWS · ${target.region} · ${target.endpointKind}`;
    case 'custom':
      return `Custom · ${target.url}`;
  }
}

/** A label written by shortTargetLabel, in the reader's language (an unknown one is shown as it is). */
export function targetLabelMessage(label: string): Message {
  if (label === SERVER_LABEL) return /*i18n*/ { id: 'targetLabel.server', message: 'Sandbox (server)' };
  if (label === IN_PAGE_TARGET_LABEL) return /*i18n*/ { id: 'targetLabel.inPage', message: 'Sandbox (in page)' };
  if (label === AWS_GLOBAL_LABEL) return /*i18n*/ { id: 'targetLabel.awsGlobal', message: 'AWS · global endpoint' };
  const aws = /^AWS · (.+) · ([\w-]+)$/.exec(label);
  if (aws) return /*i18n*/ { id: 'targetLabel.aws', message: 'AWS · {region} · {kind}', values: { region: aws[1] ?? '', kind: aws[2] ?? '' }, verbatim: ['region', 'kind'] };
  const custom = /^Custom · (.*)$/.exec(label);
  if (custom) return /*i18n*/ { id: 'targetLabel.custom', message: 'Custom · {url}', values: { url: custom[1] ?? '' }, verbatim: ['url'] };
  return /*i18n*/ { id: 'targetLabel.other', message: '{label}', values: { label }, verbatim: ['label'] };
}

export function isSandboxTarget(target: Target): boolean {
  return target.kind === 'sandbox-server' || target.kind === 'sandbox-in-page';
}
