/**
 * The suppression search's limits are counted work (src/pubcheck/work.ts), not time: the same table gives the same
 * choice however fast the wall clock runs — as a process starved by the machine's load sees it — and whatever time
 * limit the check is given, as long as that limit (the safety net, `timeLimitSeconds`) does not trip. Before, the
 * quick stage's 40% share, each phase's share and HiGHS' `time_limit` were wall time, and a starved process took
 * another path: under the clock below, main's search stopped at once and returned other choices (dearer ones).
 * Behaviour only: no timing is asserted.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { check, type CheckResult } from '../../src/pubcheck/check.ts';
import { workNow } from '../../src/pubcheck/work.ts';
import { clinicalTable } from '../../bench/tables.ts';
import { fixtureBundle, solver } from './helpers.ts';

const bundle = fixtureBundle();
const highs = await solver();

/** What the check chose: per table, each cell's status, and the loss it states against the minima. */
function choiceOf(r: CheckResult) {
  if (!r.ok) throw new Error(r.errors[0]!.message);
  return {
    status: r.tables.map((t) => t.status.join(',')),
    least: r.tables.map((t) => t.suppression?.least),
  };
}

/** A wall clock that runs `step` milliseconds at every reading (a process starved of the CPU sees its time fly). */
function fastClock(step: number): void {
  const real = performance.now.bind(performance);
  let at = real();
  vi.spyOn(performance, 'now').mockImplementation(() => (at += step));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the search counts work, not time', () => {
  // Tables of the bench (bench/pubcheck.ts, 30×30 with few small counts, `threshold`): k = 2 settles after the quick
  // stage's MIPs and the least value's; k = 7 has no choice within 5% of both minima and spends its whole budget.
  for (const k of [2, 7]) {
    it(`bench table ${k}: the same choice with a clock running fast and with a short or a long time limit`, () => {
      const text = clinicalTable(30, 30, 30030 + k, 'few');
      const w0 = workNow();
      const plain = choiceOf(check(highs, bundle, text, { details: true }, {}));
      const work = workNow() - w0;
      const long = choiceOf(check(highs, bundle, text, { details: true }, { timeLimitSeconds: 100_000 }));
      const short = choiceOf(check(highs, bundle, text, { details: true }, { timeLimitSeconds: 30 }));
      // Every reading of the clock 50 ms later than the one before: the search's 1 s would be gone within 20 readings.
      fastClock(50);
      const w1 = workNow();
      const starved = choiceOf(check(highs, bundle, text, { details: true }, { timeLimitSeconds: 1e9 }));
      expect(workNow() - w1).toBe(work);
      vi.restoreAllMocks();
      expect(plain.least[0]).toBeDefined();
      expect(long).toEqual(plain);
      expect(short).toEqual(plain);
      expect(starved).toEqual(plain);
      // Four checks of up to 1 s of work each (table 7 spends all of it): seconds under load, not the default 30 s.
    }, 180_000);
  }

  it('past the time limit, the check refuses in words (the safety net), never with another choice', () => {
    const text = clinicalTable(30, 30, 30032, 'few');
    fastClock(50);
    const r = check(highs, bundle, text, { details: true }, { timeLimitSeconds: 1 });
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toContain('input/too-slow');
  });
});
