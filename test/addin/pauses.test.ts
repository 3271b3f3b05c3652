import { describe, expect, it } from 'vitest';
import { SLICE_MS, runWithPauses } from '../../src/addin/pauses';

/** Steps that each keep the thread busy for `ms`, then the result. */
function* busySteps(count: number, ms: number): Generator<void, string, void> {
  for (let i = 0; i < count; i++) {
    const until = performance.now() + ms;
    while (performance.now() < until);
    yield;
  }
  return 'done';
}

describe('runWithPauses', () => {
  it('returns the result of the steps, pausing only once a slice has taken its time', async () => {
    let pauses = 0;
    expect(await runWithPauses(busySteps(3, 1), () => pauses++)).toBe('done');
    expect(pauses).toBe(0);
    expect(await runWithPauses(busySteps(4, SLICE_MS), () => pauses++)).toBe('done');
    expect(pauses).toBe(4);
  });

  it('stops where the call after a pause throws, leaving the rest of the steps undone', async () => {
    let started = 0;
    function* counted(): Generator<void, void, void> {
      for (let i = 0; i < 5; i++) {
        started++;
        const until = performance.now() + SLICE_MS;
        while (performance.now() < until);
        yield;
      }
    }
    await expect(
      runWithPauses(counted(), () => {
        throw new Error('stopped');
      }),
    ).rejects.toThrow('stopped');
    expect(started).toBe(1);
  });
});
