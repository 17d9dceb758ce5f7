import { IN_PAGE_TARGET_LABEL } from '../credentials/credential-set';
import type { Target } from '../sts/connection';

/** A short label for a result card: where the call went. */
export function shortTargetLabel(target: Target): string {
  switch (target.kind) {
    case 'sandbox-server':
      return 'Sandbox (server)';
    case 'sandbox-in-page':
      return IN_PAGE_TARGET_LABEL;
    case 'aws':
      return target.endpointKind === 'global' ? 'AWS · global endpoint' : `AWS · ${target.region} · ${target.endpointKind}`;
    case 'custom':
      return `Custom · ${target.url}`;
  }
}

export function isSandboxTarget(target: Target): boolean {
  return target.kind === 'sandbox-server' || target.kind === 'sandbox-in-page';
}
