import { describe, expect, it } from 'vitest';
import { medianRun, type LighthouseRun } from './lighthouse';

const run = (score: number, lcpMs: number): LighthouseRun => ({ score, fcpMs: 1000, lcpMs, tbtMs: 0, cls: 0, speedIndexMs: 1000 });

describe('medianRun', () => {
  it('takes the run with the median score, with that run’s own metrics', () => {
    expect(medianRun([run(97, 1500), run(88, 4000), run(95, 2000)])).toEqual(run(95, 2000));
  });
  it('takes the lower middle of an even number of runs (the budget is not met by half a run)', () => {
    expect(medianRun([run(96, 1), run(90, 2)]).score).toBe(90);
  });
  it('refuses no runs', () => {
    expect(() => medianRun([])).toThrow(/no Lighthouse run/);
  });
});
