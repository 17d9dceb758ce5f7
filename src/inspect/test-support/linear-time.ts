/**
 * Test support for the linear-time test: how a parser's cost grows from a 16 KB worst case to a
 * 64 KB one. The answer is a ratio of two medians measured the same way on the same machine, so
 * load and CPU speed cancel out: linear code gives about 4, quadratic code about 16.
 */

const SMALL_BYTES = 16 * 1024;
const LARGE_BYTES = 64 * 1024;

/** Each timed sample repeats the call until it lasts at least this long, so timer jitter is small. */
const MIN_SAMPLE_MS = 15;
const SAMPLES = 7;

async function timeOf(run: (input: string) => unknown, input: string, reps: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < reps; i++) await run(input);
  return performance.now() - start;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

export interface Growth {
  /** Median cost of the large input over the median cost of the small one (same repetitions). */
  ratio: number;
  smallMs: number;
  largeMs: number;
}

/**
 * Measures `run` on `worstCase(SMALL_BYTES)` and `worstCase(LARGE_BYTES)`: warm-up, then samples
 * of the two sizes interleaved (so a burst of load hits both alike), medians of each. A ratio of
 * `limit` or more is measured again, up to three times in all, and the lowest ratio is returned:
 * a burst of load on a shared machine seldom repeats, super-linear code fails every time.
 */
export async function growth(run: (input: string) => unknown, worstCase: (bytes: number) => string, limit = Infinity): Promise<Growth> {
  let best: Growth | null = null;
  for (let attempt = 0; attempt < 3 && (best === null || best.ratio >= limit); attempt++) {
    const g = await measureGrowth(run, worstCase);
    if (best === null || g.ratio < best.ratio) best = g;
  }
  return best as Growth;
}

async function measureGrowth(run: (input: string) => unknown, worstCase: (bytes: number) => string): Promise<Growth> {
  const small = worstCase(SMALL_BYTES);
  const large = worstCase(LARGE_BYTES);
  if (small.length < SMALL_BYTES * 0.9 || large.length < LARGE_BYTES * 0.9) throw new Error(`the worst case is ${small.length} and ${large.length} characters, not about ${SMALL_BYTES} and ${LARGE_BYTES}`);
  for (let i = 0; i < 3; i++) {
    await run(small);
    await run(large);
  }
  const once = Math.max(await timeOf(run, small, 1), 0.001);
  const reps = Math.min(2000, Math.max(1, Math.ceil(MIN_SAMPLE_MS / once)));
  const smallTimes: number[] = [];
  const largeTimes: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    smallTimes.push(await timeOf(run, small, reps));
    largeTimes.push(await timeOf(run, large, reps));
  }
  const smallMs = median(smallTimes) / reps;
  const largeMs = median(largeTimes) / reps;
  return { ratio: largeMs / Math.max(smallMs, 1e-6), smallMs, largeMs };
}
