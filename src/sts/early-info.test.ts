import { afterEach, describe, expect, it, vi } from 'vitest';
import { askForInfo, askForInfoEarly, takeEarlyInfo } from './early-info';

afterEach(() => {
  takeEarlyInfo();
  vi.unstubAllGlobals();
});

function stubFetch() {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  vi.stubGlobal('fetch', (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    return Promise.resolve(new Response('{}', { status: 200 }));
  });
  return calls;
}

describe('the sandbox info asked for early', () => {
  it('is asked for once, uncached, and handed over once', async () => {
    const calls = stubFetch();
    askForInfoEarly('#/AssumeRole');
    expect(calls).toEqual([{ url: '/_sandbox/info', init: { headers: { accept: 'application/json' }, cache: 'no-store' } }]);
    const answer = takeEarlyInfo();
    expect(answer).not.toBeNull();
    expect((await answer!).status).toBe(200);
    expect(takeEarlyInfo()).toBeNull();
  });

  it('is not asked for from an attendee link or the instructor page', () => {
    const calls = stubFetch();
    askForInfoEarly('#join=AB12-CD34');
    askForInfoEarly('#instructor');
    expect(calls).toHaveLength(0);
    expect(takeEarlyInfo()).toBeNull();
  });

  it('a page without a server: the failure reaches whoever takes the answer, and no one else', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    askForInfoEarly('');
    await expect(takeEarlyInfo()).rejects.toThrow('Failed to fetch');
  });

  it('a later look asks again', () => {
    const calls = stubFetch();
    void askForInfo();
    void askForInfo();
    expect(calls).toHaveLength(2);
  });
});
