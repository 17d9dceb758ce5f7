import { Trans, useLingui } from '@lingui/react';
import { Words } from '../../i18n/Text';
import { useCallback, useEffect, useId, useState } from 'react';
import { Verbatim } from '../../i18n/Verbatim';
import type { Words as WordsValue } from '../../kernel/message';
import type { ControlAnswer, RoomLink } from '../../sandbox/controls/route-table';
import { Button } from '../../ui/Button';
import { CopyButton } from '../../ui/CopyButton';
import { makeLinks, progressLines, readRoom, RoomError } from './roomApi';

type Room = ControlAnswer<'GET /_sandbox/room'>;

const POLL_MS = 5000;

/**
 * The instructor page of a room (`npm start -- --workshop N`, opened at `/#instructor`): one link per
 * attendee that opens the workbench signed in as that attendee, and which lab steps each attendee
 * completed, from the sandbox's own record. The token printed at start is asked for here and kept
 * in memory only.
 */
const errorText = (e: unknown): WordsValue => (e instanceof RoomError ? e.text : (e as Error).message);

export function InstructorPage() {
  const { i18n } = useLingui();
  const tokenId = useId();
  const [draft, setDraft] = useState('');
  const [token, setToken] = useState<string | null>(null);
  const [room, setRoom] = useState<Room | null>(null);
  const [links, setLinks] = useState<Record<string, RoomLink>>({});
  const [error, setError] = useState<WordsValue | null>(null);

  const refresh = useCallback(async (t: string) => {
    try {
      setRoom(await readRoom(t));
      setError(null);
    } catch (e) {
      setError(errorText(e));
      if ((e as { status?: number }).status === 401) setToken(null);
    }
  }, []);

  useEffect(() => {
    if (!token) return;
    void refresh(token);
    const timer = setInterval(() => void refresh(token), POLL_MS);
    return () => clearInterval(timer);
  }, [token, refresh]);

  const issue = async (attendees?: string[]) => {
    if (!token) return;
    try {
      const answer = await makeLinks(token, attendees);
      setLinks((old) => ({ ...old, ...Object.fromEntries(answer.links.map((l) => [l.attendee, l])) }));
      await refresh(token);
    } catch (e) {
      setError(errorText(e));
    }
  };

  const linkUrl = (l: RoomLink) => new URL(l.path, location.href).href;

  return (
    <main className="mx-auto max-w-6xl space-y-4 p-4 text-fg" data-testid="instructor-page">
      <h1 className="text-lg font-semibold">{i18n._({ id: 'room.heading', message: 'Room: instructor page' })}</h1>
      {!token ? (
        <form
          className="space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            if (draft.trim()) setToken(draft.trim());
            setDraft('');
          }}
        >
          <label htmlFor={tokenId} className="block text-[13px] font-medium">
            <Trans id="room.token" message="Instructor token ({command} printed it)" values={{ command: <Verbatim>npm start -- --workshop N</Verbatim> }} />
          </label>
          <input id={tokenId} type="password" autoComplete="off" value={draft} onChange={(e) => setDraft(e.target.value)} className="input max-w-md font-mono text-[13px]" />
          <p className="text-[11px] text-muted">{i18n._({ id: 'room.token.hint', message: 'Kept in this page’s memory only and sent as a request header, never in a URL. A reload asks again.' })}</p>
          <Button type="submit" variant="primary">
            {i18n._({ id: 'room.open', message: 'Open the room' })}
          </Button>
        </form>
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          <Button variant="primary" onClick={() => void issue()}>
            {i18n._({ id: 'room.linkAll', message: 'Make a link for every attendee' })}
          </Button>
          <span className="text-[11px] text-muted">{i18n._({ id: 'room.linkAll.hint', message: 'Each link works once, for 4 hours; a new link replaces the attendee’s unused one. A reloaded attendee page needs a new link.' })}</span>
        </div>
      )}
      {error && (
        <p role="alert" className="rounded border border-danger/40 bg-danger-soft px-3 py-2 text-[13px]" data-testid="instructor-error">
          <Words w={error} />
        </p>
      )}
      {token && room && (
        <table className="w-full border-collapse text-left text-xs" data-testid="room-table">
          <thead>
            <tr className="border-b border-line">
              <th className="p-1">{i18n._({ id: 'room.col.attendee', message: 'Attendee' })}</th>
              <th className="p-1">{i18n._({ id: 'room.col.link', message: 'Link' })}</th>
              <th className="p-1">{i18n._({ id: 'room.col.clock', message: 'Clock' })}</th>
              <th className="p-1">{i18n._({ id: 'room.col.edits', message: 'Live edits' })}</th>
              <th className="p-1">{i18n._({ id: 'room.col.steps', message: 'Completed lab steps' })}</th>
            </tr>
          </thead>
          <tbody>
            {room.attendees.map((a) => {
              const link = links[a.id];
              return (
                <tr key={a.id} className="border-b border-line align-top" data-testid="room-attendee">
                  <td className="p-1">
                    <div className="font-medium" translate="no">
                      {a.id}
                    </div>
                    <div className="font-mono text-[11px] break-all text-muted" translate="no">
                      {a.userArn}
                    </div>
                  </td>
                  <td className="p-1">
                    {link && a.linkPending ? (
                      <span className="inline-flex items-center gap-1">
                        <span className="font-mono break-all" data-testid="room-link" translate="no">
                          {linkUrl(link)}
                        </span>
                        <CopyButton text={linkUrl(link)} label={i18n._({ id: 'room.copyLink', message: 'Copy the link of {attendee}', values: { attendee: a.id } })} />
                      </span>
                    ) : (
                      <span className="text-muted">
                        {a.linkPending
                          ? i18n._({ id: 'room.link.waiting', message: 'A link made earlier is waiting to be used.' })
                          : link
                            ? i18n._({ id: 'room.link.used', message: 'Used.' })
                            : i18n._({ id: 'room.link.none', message: 'No link yet.' })}
                      </span>
                    )}
                    <div>
                      <Button size="sm" variant="ghost" onClick={() => void issue([a.id])}>
                        {i18n._({ id: 'room.newLink', message: 'New link' })}
                      </Button>
                    </div>
                  </td>
                  <td className="p-1">
                    {a.clockOffsetSeconds
                      ? i18n._({ id: 'room.clock.offset', message: '+{seconds} s', values: { seconds: a.clockOffsetSeconds } })
                      : i18n._({ id: 'room.clock.real', message: 'real time' })}
                  </td>
                  <td className="p-1">
                    {a.editedArns.length
                      ? a.editedArns.map((arn) => (
                          <div key={arn} className="font-mono break-all" translate="no">
                            {arn}
                          </div>
                        ))
                      : i18n._({ id: 'room.edits.none', message: 'none' })}
                  </td>
                  <td className="p-1" data-testid="room-progress">
                    {/* Lab and step ids, as the lab files name them. */}
                    {progressLines(a.completedSteps).map((line) => (
                      <div key={line} translate="no">
                        {line}
                      </div>
                    ))}
                    {Object.keys(a.completedSteps).length === 0 && <span className="text-muted">{i18n._({ id: 'room.steps.none', message: 'none yet' })}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </main>
  );
}
