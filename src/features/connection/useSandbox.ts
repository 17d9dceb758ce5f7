import type { Message } from '../../kernel/message';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { WorldEditRequest } from '../../sandbox/controls/route-table';
import { noteInPageEdits } from './inPageEditsMarker';
import { sandboxErrorMessage } from '../../state/controlErrors';
import { callControl, discoverSandbox, reviveInPageSandbox, type ClockState, type SandboxConnection } from './sandboxApi';

export interface SandboxState {
  status: 'idle' | 'pending' | 'ready' | 'error';
  connection: SandboxConnection | undefined;
  error: Message | null;
  clock: ClockState | undefined;
  /** Sandbox time minus real time, in ms (the clock offset). Add it to Date.now() for sandbox time. */
  offsetMs: number;
  advance: (seconds: number) => void;
  advancing: boolean;
  advanceError: Message | null;
  retry: () => void;
  /**
   * Puts back the in-page sandbox of an earlier visit (its secrets and clock, from the vault), so the
   * sessions it issued work again. False when this page has no in-page sandbox or the state is unusable.
   */
  reviveInPage: (saved: unknown) => Promise<boolean>;
  /**
   * A live world edit (or a reset to the world file) in this user's sandbox, server or in-page: it
   * applies to the next call at once, and the world the tools show is read again. Rejects with the
   * sandbox's reason (an invalid policy, a store that cannot be written).
   */
  changeWorld: (change: { edit: WorldEditRequest } | { reset: { arn?: string } }) => Promise<void>;
}

const SANDBOX_KEY = ['sandbox', 'connection'] as const;
const clockKeyOf = (mode: SandboxConnection['mode'] | 'none') => ['sandbox', 'clock', mode] as const;
// retryOnMount: false, so a failure found before the first render (a join code already used) is shown, not retried silently.
const DISCOVERY = { queryKey: SANDBOX_KEY, queryFn: discoverSandbox, staleTime: Infinity, gcTime: Infinity, retry: false, retryOnMount: false } as const;

/**
 * Starts finding the sandbox before the workbench first renders (main.tsx). A finding that arrives after
 * the first render re-renders the whole shell in one task, which a phone feels (Total Blocking Time);
 * one that is already in the cache is simply there.
 */
export function startSandboxDiscovery(queryClient: QueryClient): Promise<void> {
  return queryClient.prefetchQuery(DISCOVERY);
}

/** Finds the sandbox (server, else in-page) once, and reads and moves its clock through the same route. */
export function useSandbox(enabled: boolean): SandboxState {
  const queryClient = useQueryClient();
  const discovery = useQuery({ ...DISCOVERY, enabled });
  const conn = discovery.data;
  const clockKey = clockKeyOf(conn?.mode ?? 'none');

  const clock = useQuery({
    queryKey: clockKey,
    queryFn: () => callControl(conn!, 'GET /_sandbox/clock'),
    enabled: conn !== undefined,
    initialData: conn?.info.clock,
    // The clock just came with the sandbox's info: no second read (and re-render) as the page starts.
    refetchOnMount: false,
    // Another tab or a CLI user may move the server's clock; look again now and then.
    refetchInterval: conn?.mode === 'server' ? 30_000 : false,
    refetchOnWindowFocus: true,
  });

  const advance = useMutation({
    mutationFn: (seconds: number) => callControl(conn!, 'POST /_sandbox/clock', { advanceSeconds: seconds }),
    onSuccess: (state) => queryClient.setQueryData(clockKey, state),
  });

  return {
    status: !enabled && !conn ? 'idle' : discovery.isPending ? 'pending' : discovery.isError ? 'error' : 'ready',
    connection: conn,
    error: discovery.error ? sandboxErrorMessage(discovery.error) : null,
    clock: clock.data,
    offsetMs: (clock.data?.offsetSeconds ?? 0) * 1000,
    advance: (seconds) => advance.mutate(seconds),
    advancing: advance.isPending,
    advanceError: advance.error ? sandboxErrorMessage(advance.error) : null,
    retry: () => void discovery.refetch(),
    changeWorld: async (change) => {
      if (!conn) throw new Error('The sandbox is not available yet.');
      if ('edit' in change) await callControl(conn, 'POST /_sandbox/world/edit', change.edit);
      else await callControl(conn, 'POST /_sandbox/world/reset', change.reset);
      const info = await callControl(conn, 'GET /_sandbox/info');
      if (conn.mode === 'in-page') noteInPageEdits(info.edits);
      const { editsLost: _told, ...rest } = conn;
      queryClient.setQueryData(SANDBOX_KEY, { ...rest, info });
    },
    reviveInPage: async (saved) => {
      if (conn?.mode !== 'in-page') return false;
      const revived = await reviveInPageSandbox(saved);
      if (!revived) return false;
      queryClient.setQueryData(SANDBOX_KEY, revived);
      queryClient.setQueryData(clockKeyOf('in-page'), revived.info.clock);
      return true;
    },
  };
}
