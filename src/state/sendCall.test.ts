import { describe, expect, it } from 'vitest';
import { englishOf } from '../kernel/message';
import { asCallError } from './sendCall';

describe('asCallError', () => {
  it('explains a client that did not load in catalog messages (so in the reader\'s language), with the browser\'s reason as it is', () => {
    const error = asCallError(new TypeError('Failed to fetch dynamically imported module: /assets/client-x.js'));
    expect(error.code).toBe('ClientLoadFailed');
    expect(error.explanation.title).toMatchObject({ id: 'callError.clientLoad.title' });
    expect(error.explanation.meaning).toMatchObject({ id: 'callError.clientLoad.meaning', verbatim: ['reason'] });
    expect(englishOf(error.explanation.meaning)).toBe('Loading the code that sends requests failed: Failed to fetch dynamically imported module: /assets/client-x.js');
    expect(error.explanation.likelyFixes).toEqual([expect.objectContaining({ id: 'callError.clientLoad.fix' })]);
  });
});
