/**
 * Background work of the first load (fetching the parts the first screen does not show, so that they are
 * there before anyone asks for them). None of it starts before the first screen is painted, and it runs one
 * piece per idle period of the browser: on a phone the first paint does not wait for code fetched for
 * later, and no piece joins another into one long task that would hold up a tap.
 */

type IdleDeadline = { timeRemaining(): number };
type RequestIdle = (callback: (deadline: IdleDeadline) => void, options?: { timeout: number }) => number;

export interface IdleScheduler {
  /** Runs `callback` when the browser is idle (at the latest `timeoutMs` later). */
  request(callback: () => void, timeoutMs: number): void;
}

/** How long a piece may wait for an idle period before it runs anyway. */
const IDLE_TIMEOUT_MS = 4000;

function browserScheduler(): IdleScheduler | null {
  if (typeof window === 'undefined') return null;
  const idle = (window as { requestIdleCallback?: RequestIdle }).requestIdleCallback;
  return {
    request: (callback, timeoutMs) => {
      if (idle) idle(() => callback(), { timeout: timeoutMs });
      else setTimeout(callback, 200);
    },
  };
}

/**
 * A queue of background pieces. `start()` (the first screen committed) waits for the browser's first idle
 * period, which comes after that screen is painted; then the tasks waiting for the first paint run, and the
 * pieces one per idle period.
 */
export function idleQueue(scheduler: IdleScheduler | null) {
  const pieces: (() => void)[] = [];
  const afterPaint: (() => void)[] = [];
  let starting = false;
  let started = false;
  let waiting = false;
  const next = () => {
    if (!scheduler || !started || waiting || pieces.length === 0) return;
    waiting = true;
    scheduler.request(() => {
      waiting = false;
      const piece = pieces.shift();
      try {
        piece?.();
      } finally {
        next();
      }
    }, IDLE_TIMEOUT_MS);
  };
  return {
    /** Queues `piece` (it runs after the pieces queued before it, each in an idle period of its own). */
    add(piece: () => void): void {
      pieces.push(piece);
      next();
    },
    /** Runs `task` once the first screen has been painted: at once when it has. */
    afterFirstPaint(task: () => void): void {
      if (started) task();
      else afterPaint.push(task);
    },
    /** The first screen is committed: once it is painted, the waiting tasks and the queued pieces may run. */
    start(): void {
      if (starting || !scheduler) return;
      starting = true;
      scheduler.request(() => {
        started = true;
        try {
          for (const task of afterPaint.splice(0)) task();
        } finally {
          next();
        }
      }, IDLE_TIMEOUT_MS);
    },
  };
}

const PAGE_QUEUE = idleQueue(browserScheduler());

/** Runs `task` in an idle period of its own once the first screen is drawn. */
export function whenIdle(task: () => void): void {
  PAGE_QUEUE.add(task);
}

/**
 * Runs `task` once the first screen has been painted (a part the first screen does not wait for starts
 * its fetch then, src/ui/lazyPart.ts).
 */
export function afterFirstPaint(task: () => void): void {
  PAGE_QUEUE.afterFirstPaint(task);
}

/** Called once the first screen is committed (App's first effect): the background work may begin. */
export function firstScreenDrawn(): void {
  PAGE_QUEUE.start();
}
