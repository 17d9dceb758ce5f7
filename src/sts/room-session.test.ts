import { afterEach, describe, expect, it, vi } from 'vitest';
import { attendeeHeaders, reportLabStep, signInAsAttendee, takeJoinCodeFromLocation } from './room-session';

describe('the page\'s sign-in as an attendee', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('takes the one-time code from the fragment and clears it from the address bar', () => {
    const replaced: string[] = [];
    expect(takeJoinCodeFromLocation({ hash: '#join=K7PQD-2MXRA', pathname: '/workshop/', search: '' }, (u) => replaced.push(u))).toBe('K7PQD-2MXRA');
    expect(replaced).toEqual(['/workshop/']);
    for (const hash of ['', '#/AssumeRole', '#join=', '#join=<script>', '#instructor']) {
      expect(takeJoinCodeFromLocation({ hash, pathname: '/', search: '' }, (u) => replaced.push(u)), hash).toBeNull();
    }
    expect(replaced).toHaveLength(1);
  });

  it('reports lab steps only once signed in, with the ticket as a header and ids only in the body', async () => {
    const fetchMock = vi.fn(async () => new Response('{}', { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    expect(await reportLabStep('lab', 'step')).toBe(false);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(attendeeHeaders()).toEqual({});

    signInAsAttendee('sealed-ticket');
    expect(await reportLabStep('first-assume-role', 'call')).toBe(true);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/_sandbox/room/progress');
    expect((init.headers as Record<string, string>)['x-sandbox-attendee']).toBe('sealed-ticket');
    expect(JSON.parse(String(init.body))).toEqual({ labId: 'first-assume-role', stepId: 'call' });

    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new Error('offline'))));
    expect(await reportLabStep('first-assume-role', 'call')).toBe(false);
  });

  it('keeps the ticket for this tab only (sessionStorage), so a reload stays signed in, and forgets it on sign-out', async () => {
    const { memoryStorage } = await import('../kernel/test-support/memory-storage');
    const tab = memoryStorage();
    vi.stubGlobal('sessionStorage', tab);
    vi.resetModules();
    const first = await import('./room-session');
    expect(first.isSignedInAsAttendee()).toBe(false);
    first.signInAsAttendee('A'.repeat(40));
    expect([...tab.map.keys()]).toEqual([first.ATTENDEE_TICKET_STORAGE_KEY]);

    vi.resetModules(); // a reload: the module's memory is gone, the tab's storage is not
    const reloaded = await import('./room-session');
    expect(reloaded.attendeeHeaders()).toEqual({ 'x-sandbox-attendee': 'A'.repeat(40) });
    reloaded.signOutAttendee();
    expect(tab.map.size).toBe(0);

    tab.map.set(first.ATTENDEE_TICKET_STORAGE_KEY, 'not a ticket <script>');
    vi.resetModules();
    expect((await import('./room-session')).isSignedInAsAttendee()).toBe(false);
  });
});
