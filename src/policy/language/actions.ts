/**
 * IAM actions: the syntax of an action string, the tables of known actions (all of STS, the
 * common ones of ten other services) and the write-action heuristic the validator uses.
 */
import type { Message } from '../../kernel/message';
import { compilePattern, matchPattern } from '../wildcard';
import { IAM_ACTIONS, KMS_ACTIONS, S3_ACTIONS, STS_ACTIONS } from './actions-core';
import type { ServiceActions } from './service-actions';
import { CLOUDWATCH_ACTIONS, DYNAMODB_ACTIONS, EC2_ACTIONS, LAMBDA_ACTIONS, LOGS_ACTIONS, SNS_ACTIONS, SQS_ACTIONS } from './actions-services';

export { TRUST_POLICY_ACTIONS } from './actions-core';

export interface ActionInfo {
  /** "s3:GetObject" */
  action: string;
  service: string;
  name: string;
  doc: string;
  serviceTitle: string;
}

export const SERVICES: readonly ServiceActions[] = [
  STS_ACTIONS,
  S3_ACTIONS,
  EC2_ACTIONS,
  IAM_ACTIONS,
  LAMBDA_ACTIONS,
  DYNAMODB_ACTIONS,
  KMS_ACTIONS,
  LOGS_ACTIONS,
  SQS_ACTIONS,
  SNS_ACTIONS,
  CLOUDWATCH_ACTIONS,
];

const ALL: ActionInfo[] = SERVICES.flatMap((s) => s.actions.map(([name, doc]) => ({ action: `${s.prefix}:${name}`, service: s.prefix, name, doc, serviceTitle: s.title })));
const byLowerName = new Map(ALL.map((a) => [a.action.toLowerCase(), a]));

export function allActions(): readonly ActionInfo[] {
  return ALL;
}

export function findService(prefix: string): ServiceActions | undefined {
  return SERVICES.find((s) => s.prefix === prefix.toLowerCase());
}

/** A known action, case-insensitively (IAM action names are case-insensitive). */
export function findAction(action: string): ActionInfo | undefined {
  return byLowerName.get(action.toLowerCase());
}

const byService = new Map<string, ActionInfo[]>();
for (const a of ALL) byService.set(a.service, [...(byService.get(a.service) ?? []), a]);

/** Known actions an Action pattern covers ("s3:Get*", "sts:Assume?ole", "*"). */
export function actionsMatching(pattern: string): ActionInfo[] {
  const colon = pattern.indexOf(':');
  const service = colon > 0 ? pattern.slice(0, colon).toLowerCase() : '';
  // The common case: a literal service prefix narrows the search to one table.
  const pool = service !== '' && !service.includes('*') && !service.includes('?') ? (byService.get(service) ?? []) : ALL;
  if (!pattern.includes('*') && !pattern.includes('?')) return pool.filter((a) => a.action.toLowerCase() === pattern.toLowerCase());
  const compiled = compilePattern(pattern);
  return pool.filter((a) => matchPattern(compiled, a.action, true));
}

export type ActionSyntax = { ok: true; service: string; name: string } | { ok: false; message: Message };

const isServiceChar = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '-';
const isNameChar = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '*' || c === '?' || c === '-' || c === '_';

/** Checks the shape `service:ActionName` (or "*"); wildcards are allowed in the action name only. */
export function checkActionSyntax(action: string): ActionSyntax {
  if (action === '*') return { ok: true, service: '*', name: '*' };
  const colon = action.indexOf(':');
  if (colon < 0) return { ok: false, message: /*i18n*/ { id: 'policy.action.noColon', message: '"{action}" is not an action: write service:ActionName, such as s3:GetObject or sts:AssumeRole', values: { action }, verbatim: ['action'] } };
  const service = action.slice(0, colon);
  const name = action.slice(colon + 1);
  if (service === '') return { ok: false, message: /*i18n*/ { id: 'policy.action.noService', message: '"{action}" has no service prefix before \':\' (such as s3 or sts)', values: { action }, verbatim: ['action'] } };
  if (name.includes(':')) return { ok: false, message: /*i18n*/ { id: 'policy.action.twoColons', message: '"{action}" has more than one \':\'; an action is service:ActionName', values: { action }, verbatim: ['action'] } };
  if (name === '') {
    return { ok: false, message: /*i18n*/ { id: 'policy.action.noName', message: '"{action}" has no action name after \':\' (use {all} for every action of the service)', values: { action, all: `${service}:*` }, verbatim: ['action', 'all'] } };
  }
  for (const c of service) {
    if (c === '*' || c === '?') return { ok: false, message: /*i18n*/ { id: 'policy.action.wildcardService', message: '"{action}": wildcards are not allowed in the service prefix, only in the action name', values: { action }, verbatim: ['action'] } };
    if (!isServiceChar(c)) {
      const lower = service.toLowerCase();
      const message: Message =
        lower !== service
          ? /*i18n*/ { id: 'policy.action.serviceCase', message: '"{action}": the service prefix "{service}" may contain only lowercase letters, digits and hyphens (write "{lower}")', values: { action, service, lower }, verbatim: ['action', 'service', 'lower'] }
          : /*i18n*/ { id: 'policy.action.serviceCharacters', message: '"{action}": the service prefix "{service}" may contain only lowercase letters, digits and hyphens', values: { action, service }, verbatim: ['action', 'service'] };
      return { ok: false, message };
    }
  }
  for (const c of name) {
    if (!isNameChar(c)) {
      return { ok: false, message: /*i18n*/ { id: 'policy.action.nameCharacters', message: '"{action}": the action name may contain only letters, digits and the wildcards * and ?, found {character}', values: { action, character: JSON.stringify(c) }, verbatim: ['action', 'character'] } };
    }
  }
  return { ok: true, service, name };
}

/** Verbs that start the names of actions that change something. */
const WRITE_VERBS = [
  'Put', 'Create', 'Delete', 'Update', 'Attach', 'Detach', 'Modify', 'Run', 'Terminate', 'Write', 'Tag', 'Untag', 'Add', 'Remove',
  'Set', 'Start', 'Stop', 'Reboot', 'Replace', 'Restore', 'Associate', 'Disassociate', 'Enable', 'Disable', 'Import', 'Invoke',
  'Publish', 'Send', 'Upload', 'Change', 'Reset', 'Revoke', 'Authorize', 'Register', 'Deregister', 'Copy', 'Release', 'Allocate',
  'Purge', 'Cancel', 'Schedule', 'Pass', 'Abort', 'Subscribe', 'Unsubscribe', 'Retire', 'Deactivate', 'Resync', 'Execute',
] as const;

/**
 * Can this Action entry grant a write action? `*`, `service:*`, a name starting with a write verb,
 * or a wildcard pattern whose literal start could begin one ("s3:Put*", "s3:*Object", "ec2:De*").
 * Returns the reason for the message, or undefined.
 */
export function writeActionReason(action: string): Message | undefined {
  if (action === '*') return /*i18n*/ { id: 'policy.writeReason.all', message: '"*" (every action)' };
  const syntax = checkActionSyntax(action);
  if (!syntax.ok) return undefined;
  const { name } = syntax;
  const wild = name.search(/[*?]/);
  if (wild < 0) {
    const verb = WRITE_VERBS.find((v) => name.startsWith(v) && (name.length === v.length || isUpper(name[v.length] as string)));
    return verb ? /*i18n*/ { id: 'policy.writeReason.action', message: 'the write action {action}', values: { action }, verbatim: ['action'] } : undefined;
  }
  const literal = name.slice(0, wild);
  if (literal === '') return /*i18n*/ { id: 'policy.writeReason.covers', message: '{action} (it covers write actions)', values: { action }, verbatim: ['action'] };
  const verb = WRITE_VERBS.find((v) => v.startsWith(literal) || literal.startsWith(v));
  if (!verb) return undefined;
  return /*i18n*/ { id: 'policy.writeReason.coversSuch', message: '{action} (it covers write actions such as {example}…)', values: { action, example: `${syntax.service}:${verb}` }, verbatim: ['action', 'example'] };
}

function isUpper(c: string): boolean {
  return c >= 'A' && c <= 'Z';
}
