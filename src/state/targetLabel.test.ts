import { describe, expect, it } from 'vitest';
import { inEnglish, translator } from '../i18n/test-support/translate';
import { shortTargetLabel, targetLabelMessage } from './targetLabel';

const fr = translator('fr');

describe('the target label of a call or a credential set', () => {
  it('is stored in one fixed form and shown in the reader’s language, the Region, endpoint kind and URL as they are', () => {
    const labels = [
      shortTargetLabel({ kind: 'sandbox-server' }),
      shortTargetLabel({ kind: 'sandbox-in-page' }),
      shortTargetLabel({ kind: 'aws', partition: 'aws', region: 'eu-west-3', endpointKind: 'regional' }),
      shortTargetLabel({ kind: 'aws', partition: 'aws', region: 'us-east-1', endpointKind: 'global' }),
      shortTargetLabel({ kind: 'custom', url: 'http://localhost:5000', region: 'us-east-1' }),
    ];
    expect(labels.map((l) => inEnglish(targetLabelMessage(l)))).toEqual(labels);
    expect(labels.map((l) => fr(targetLabelMessage(l)))).toEqual([
      'Bac à sable (serveur)',
      'Bac à sable (dans la page)',
      'AWS · eu-west-3 · regional',
      'AWS · point de terminaison global',
      'Personnalisé · http://localhost:5000',
    ]);
  });

  it('shows a label of an unknown form (an older saved history) as it is', () => {
    expect(fr(targetLabelMessage('Somewhere else'))).toBe('Somewhere else');
  });
});
