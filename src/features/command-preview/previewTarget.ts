import type { Message } from '../../kernel/message';
import { SANDBOX_REGION, targetEndpoint, type Target } from '../../sts/connection';

export interface PreviewTarget {
  endpointUrl?: string;
  region?: string;
  note?: Message;
}

/**
 * What the CLI/SDK preview needs to reach the same place: `--endpoint-url` whenever the target is
 * not the standard Regional AWS endpoint, plus the signing Region.
 */
export function previewTarget(target: Target | null, origin: string): PreviewTarget {
  if (!target) return {};
  switch (target.kind) {
    case 'sandbox-server':
      return {
        endpointUrl: origin,
        region: SANDBOX_REGION,
        note: /*i18n*/ { id: 'preview.note.server', message: 'Export the source credentials as {vars} first; the command never contains them.', values: { vars: 'AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY' }, verbatim: ['vars'] },
      };
    case 'sandbox-in-page':
      return {
        endpointUrl: 'http://127.0.0.1:4173',
        region: SANDBOX_REGION,
        note: /*i18n*/ {
          id: 'preview.note.inPage',
          message: 'The sandbox runs inside this page, which the AWS CLI cannot reach. Run {command} to serve the sandbox at {url}, then use this command.',
          values: { command: 'npm start', url: 'http://127.0.0.1:4173' },
          verbatim: ['command', 'url'],
        },
      };
    case 'aws': {
      const ep = targetEndpoint(target, origin);
      if (target.endpointKind === 'regional') return { region: ep.signingRegion || target.region };
      return { ...(ep.url ? { endpointUrl: ep.url } : {}), region: ep.signingRegion || target.region };
    }
    case 'custom': {
      const ep = targetEndpoint(target, origin);
      return { ...(ep.url ? { endpointUrl: ep.url } : {}), ...(ep.signingRegion ? { region: ep.signingRegion } : {}) };
    }
  }
}
