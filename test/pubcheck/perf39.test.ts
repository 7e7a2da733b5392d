/**
 * perf39 (issue #11, speed): linked37's slowest month case (family seed 1582, case 3, `threshold`) ran ~1,018 tiny
 * audit MIPs (12–25 columns, ~4–6 ms each, most of it HiGHS' feasibility jump) and took ~7 s of CPU idle, 60 s of
 * wall time (`input/too-slow`) under load. An audit MIP now counts at least an easy MIP's work (work.ts
 * `WEIGHTS.auditMip`, whatever HiGHS' heuristics did), so a question answered by a whole-number table already found
 * for the same model (audit.ts `known`) counts what its MIP would, and feasibility jump is off in audit MIPs: the
 * same cells, 373 MIPs, ~2.4–2.8 s. Measured on 30 month and 年度 cases (seeds 1581, 1582, 1585), see the README.
 */
import { describe, expect, it } from 'vitest';
import type { Highs } from 'highs';
import { fixtureBundle, solver } from './helpers.ts';
import { family } from './linked37-families.ts';
import { check } from '../../src/pubcheck/check.ts';
import { runMip, trace, WEIGHTS, workAfter, workNow } from '../../src/pubcheck/work.ts';

const highs = await solver();
const bundle = fixtureBundle();

describe('audit MIPs of the slowest month case', () => {
  const first = { work: 0, status: '' };
  it('1582 #3 (threshold): the hidden cells of int 986767e, with at most 500 audit MIPs run (int: 1,018)', () => {
    const c = family('series/month', 5, 1582)[3]!;
    trace.samples = {};
    trace.on = true;
    let r;
    const start = workNow();
    try {
      r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
    } finally {
      trace.on = false;
    }
    first.work = workNow() - start;
    const mips = trace.samples['audit-mip']?.length ?? 0;
    trace.samples = {};
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    first.status = r.tables.map((t) => t.status.join(',')).join('|');
    expect(first.status).toBe(
      'published,published|secondary,published,published,published,published,published,published,primary,secondary,secondary,' +
        'published,published,published,published,published,published,published,secondary,published,secondary,secondary,published,secondary,published',
    );
    expect(mips).toBeGreaterThan(0);
    expect(mips).toBeLessThanOrEqual(500);
  }, 120_000);
  it('checked again in the same process (its answers remembered, its tables found again from them): the same work and cells', () => {
    const c = family('series/month', 5, 1582)[3]!;
    const start = workNow();
    const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
    expect(workNow() - start).toBe(first.work);
    expect(r.ok && r.tables.map((t) => t.status.join(',')).join('|')).toBe(first.status);
  }, 120_000);
});

describe('what an audit MIP counts does not depend on HiGHS heuristics', () => {
  // x0 + x1 + x2 = 7, x0 - x1 ≥ 1, 2·x2 ≤ 5, whole numbers: an easy MIP.
  const model = (h: Highs) =>
    h.createModel({
      numCols: 3,
      numRows: 3,
      colCost: [1, 0, 0],
      colLower: [0, 0, 0],
      colUpper: [h.infinity, h.infinity, h.infinity],
      rowLower: [7, 1, -h.infinity],
      rowUpper: [7, h.infinity, 5],
      matrix: { format: 'csr', numRows: 3, numCols: 3, starts: [0, 3, 5, 6], indices: [0, 1, 2, 0, 1, 2], values: [1, 1, 1, 1, -1, 2] },
      integrality: [1, 1, 1].map(() => h.constants.variableType.integer),
    });
  const counted = (jump: boolean) => {
    const m = model(highs);
    try {
      m.options.set({ output_flag: false, mip_heuristic_run_feasibility_jump: jump });
      const least = (WEIGHTS.auditMip * (3 + 3 + 6)) / 1000;
      const start = workNow();
      runMip(highs, m, workAfter(2), undefined, {}, 'audit-mip', least);
      return { work: workNow() - start, least, value: m.getObjectiveValue() };
    } finally {
      m.dispose();
    }
  };
  it('feasibility jump on or off: the same answer and the same work, the least an audit MIP counts', () => {
    const on = counted(true);
    const off = counted(false);
    expect(off.value).toBe(on.value);
    expect(on.work).toBeCloseTo(on.least, 2);
    expect(off.work).toBe(on.work);
  });
});
