/**
 * The world's policies through the policy editor's validator (src/policy/validate): trust policies
 * in trust mode, user and role policies as identity policies. What IAM would refuse at CreateRole /
 * PutUserPolicy (MalformedPolicyDocument) is an error that stops the server; Access-Analyzer-style
 * advice is a warning printed at start-up. Each names the JSON path and the line inside the policy.
 */
import { englishOf } from '../../kernel/message';
import { validatePolicy, type EditorPolicyKind } from '../../policy/validate/validate-policy';
import type { WorldFile } from './types';

export interface WorldPolicyFindings {
  errors: string[];
  warnings: string[];
}

function check(document: unknown, kind: EditorPolicyKind, path: string, out: WorldPolicyFindings): void {
  // The document is shown as the editor would format it, so "line N" points into that rendering.
  for (const m of validatePolicy(JSON.stringify(document, null, 2), kind)) {
    if (m.severity === 'info') continue;
    const line = `${path} (line ${m.line} as formatted): ${englishOf(m.message)}`;
    (m.severity === 'error' ? out.errors : out.warnings).push(line);
  }
}

export function checkWorldPolicies(world: WorldFile): WorldPolicyFindings {
  const out: WorldPolicyFindings = { errors: [], warnings: [] };
  world.accounts.forEach((a, ai) => {
    (a.users ?? []).forEach((u, ui) => (u.policies ?? []).forEach((p, pi) => check(p, 'identity', `$.accounts[${ai}].users[${ui}].policies[${pi}]`, out)));
    (a.roles ?? []).forEach((r, ri) => {
      check(r.trustPolicy, 'trust', `$.accounts[${ai}].roles[${ri}].trustPolicy`, out);
      (r.policies ?? []).forEach((p, pi) => check(p, 'identity', `$.accounts[${ai}].roles[${ri}].policies[${pi}]`, out));
    });
  });
  return out;
}
