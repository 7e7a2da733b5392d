/** Each rule through the whole check: what is flagged, what is suppressed, and the route with its reasons. */
import { describe, expect, it } from 'vitest';
import { check, type CheckResult } from '../../src/pubcheck/check.ts';
import type { RuleBundle } from '../../src/pubcheck/rules.ts';
import type { CheckContext } from '../../src/pubcheck/types.ts';
import { fixtureBundle, solver, tsv, withParam } from './helpers.ts';

const bundle = fixtureBundle();
const highs = await solver();
const run = (text: string, context: Partial<CheckContext> = {}, b: RuleBundle = bundle, options = {}) =>
  check(highs, b, text, { details: false, ...context }, options);
const ok = (r: CheckResult) => {
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r;
};
const statuses = (r: CheckResult) => ok(r).tables.map((t) => t.status);

describe('small-counts: the threshold', () => {
  it('flags 9 and leaves 10 (both sides of the threshold)', () => {
    expect(statuses(run(tsv([[9, 10]])))).toEqual([['primary', 'published']]);
  });
  it('uses the value of the version asked for, and refuses a version where it is unknown', () => {
    expect(statuses(run(tsv([[9, 10]]), {}, bundle, { version: 'r2026' }))).toEqual([['primary', 'published']]);
    const r = run(tsv([[9, 10]]), {}, bundle, { version: 'r2023-05' });
    expect(!r.ok && r.errors[0]!.code).toBe('rules/threshold');
    const unknown = run(tsv([[9, 10]]), {}, bundle, { version: 'r1999' });
    expect(!unknown.ok && unknown.errors[0]!.message).toBe('版「r1999」はありません');
  });
  it('follows the content: a different threshold flags different cells, with no number in the code', () => {
    const five = withParam(bundle, 'small-counts', 'threshold', (p) => {
      p.values.at(-1)!.value = 5;
    });
    expect(statuses(run(tsv([[4, 9]]), {}, five))).toEqual([['primary', 'published']]);
  });
});

describe('small-counts: zero', () => {
  it('leaves 0 published under the assumption that 0 is exempt, and says it is an assumption', () => {
    const r = ok(run(tsv([[0, 10]])));
    expect(r.tables[0]!.status).toEqual(['published', 'published']);
    const zero = r.verdict.reasons.find((x) => x.kind === 'zero')!;
    expect(zero.basis).toBe('assumption');
    expect(zero.text).toContain('仮定');
  });
  it('flags 0 when the rule says 0 is not exempt', () => {
    const strict = withParam(bundle, 'small-counts', 'zero-exempt', (p) => {
      p.assumption = { value: false, note: '0 も閾値未満として扱う（テスト）' };
    });
    expect(statuses(run(tsv([[0, 10]]), {}, strict))).toEqual([['primary', 'published']]);
  });
});

describe('small-counts: what else reveals a small count', () => {
  it('a denominator under the threshold', () => {
    // A binary variable's one n/N row is read with its rest as a line of ours (refuse4): x以外 5 of 5 is small too.
    expect(statuses(run('\tA\tB\nx\t0/5\t10/50\n'))).toEqual([['primary', 'published', 'primary', 'published']]);
  });
  it('the count in "n (p%)" and in "rate (n/N)"', () => {
    expect(statuses(run('\tA (N=250)\tB\nx\t8 (3.2%)\t3.2 (8/250)\ny\t30 (12%)\t4.8 (12/250)\n'))).toEqual([
      ['primary', 'primary', 'published', 'published'],
    ]);
  });
  it('a bare percentage whose denominator (N=…) reveals a count under the threshold', () => {
    const r = ok(run('\t投与群 (N=250)\t対照群 (N=250)\nあり\t3.2%\t40.0%\n'));
    expect(r.tables[0]!.status).toEqual(['primary', 'published']);
    expect(r.tables[0]!.primary.findings.get(0)![0]!.message).toBe('割合 3.2% と分母 250 から患者数が 8 と分かり、閾値 10 未満を含みます');
  });
  it('a bare percentage without a denominator cannot be judged: an input error naming it, never 公表可', () => {
    const r = run('\t男\t女\nあり\t10.0%\t30.0%\nなし\t90.0%\t70.0%\n');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.map((e) => e.code)).toEqual(['percent/no-denominator']);
    expect(!r.ok && r.errors[0]!.message).toBe(
      '表1の割合 4 個に分母（N）がありません（最初は行「あり」・列「男」の 10.0%）。分母が分からないと、割合が閾値未満の患者数を示していないかを判定できません',
    );
    // The same percentages with their N, or beside the count table they are shares of, are judged.
    expect(ok(run('\t男 (N=30)\t女 (N=40)\nあり\t10.0%\t30.0%\nなし\t90.0%\t70.0%\n')).tables[0]!.status[0]).toBe('primary');
    expect(ok(run('\t男\t女\nあり\t3\t12\nなし\t27\t28\n\n\t男\t女\nあり\t10.0%\t30.0%\nなし\t90.0%\t70.0%\n')).tables[1]!.status[0]).toBe(
      'primary',
    );
  });
  it('a header whose N is under the threshold blocks publication', () => {
    const r = ok(run('\t投与群 (N=7)\nあり\t42.9%\n'));
    expect(r.verdict.publishableAsIs).toBe(false);
    expect(r.verdict.reasons.find((x) => x.kind === 'header')!.text).toContain('N=7');
  });
});

describe('secondary suppression through the check', () => {
  it('suppresses complementary cells so the small cell cannot be worked out from the totals', () => {
    const r = ok(
      run(
        tsv(
          [
            [3, 25, 30],
            [12, 14, 40],
            [20, 8, 33],
          ],
          { total: true },
        ),
      ),
    );
    const t = r.tables[0]!;
    expect(t.status.filter((s) => s === 'primary')).toHaveLength(2);
    expect(t.status.filter((s) => s === 'secondary').length).toBeGreaterThanOrEqual(2);
    expect(t.suppression!.passed).toBe(true);
  });
  it('gives up in words, not with a late guess, when the suppression runs past its time limit', () => {
    const r = run(
      tsv(
        [
          [3, 20],
          [25, 40],
        ],
        { total: true },
      ),
      {},
      bundle,
      { timeLimitSeconds: 0 },
    );
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.map((e) => e.code)).toEqual(['input/too-slow']);
    expect(!r.ok && r.errors[0]!.message).toContain('制限時間（0 秒）内に終わりませんでした');
  });
  it('needs nothing more in a table without totals (a hidden count is at least 1 where zeros are published)', () => {
    const r = ok(
      run(
        tsv([
          [3, 25],
          [12, 14],
        ]),
      ),
    );
    expect(r.tables[0]!.status).toEqual(['primary', 'published', 'published', 'published']);
    expect(r.tables[0]!.suppression!.audit[0]!.interval).toEqual({ lo: 1, hi: null });
  });
});

describe('verdict and route', () => {
  const clean = tsv(
    [
      [15, 25],
      [12, 14],
    ],
    { total: true },
  );
  it('safety measures without small cells: the secretariat may approve, citing the route rule and its inferences', () => {
    const v = ok(run(clean, { purpose: 'safety-measures' })).verdict;
    expect([v.route, v.publishableAsIs]).toEqual(['secretariat', true]);
    const route = v.reasons.find((x) => x.kind === 'route')!;
    expect(route.citation).toMatchObject({
      rule: 'safety-measures-route',
      clause: 'publication',
      version: 'r2026',
      path: 'guideline/r2026/publication/',
    });
    expect(route.inferred.length).toBeGreaterThan(0);
  });
  it("another purpose: the expert meeting, marked as the checker's own inference", () => {
    const v = ok(run(clean, { purpose: 'public-research' })).verdict;
    expect([v.route, v.publishableAsIs]).toEqual(['expert-meeting', true]);
    const route = v.reasons.find((x) => x.kind === 'route')!;
    expect(route.basis).toBe('checker');
    expect(route.text).toContain('有識者会議');
  });
  it('the route follows the approver value for the version, and its basis', () => {
    const v = ok(run(clean, { purpose: 'safety-measures' })).verdict;
    expect([v.route, v.basis]).toEqual(['secretariat', 'inferred']);
    expect(v.reasons.find((x) => x.kind === 'route')).toMatchObject({
      basis: 'inferred',
      grounds: [{ about: '公表可と判断できる者（事務局審査）', basis: 'inferred' }],
    });
    const expert = withParam(bundle, 'safety-measures-route', 'approver', (p) => {
      p.values.push({ since: 'r2026', value: 'expert-meeting', basis: 'seed', clause: 'publication' });
    });
    expect(ok(run(clean, { purpose: 'safety-measures' }, expert)).verdict).toMatchObject({ route: 'expert-meeting', basis: 'seed' });
    const unknown = withParam(bundle, 'safety-measures-route', 'approver', (p) => {
      p.values.push({ since: 'r2026', value: null, clause: 'publication' });
    });
    const before = ok(run(clean, { purpose: 'safety-measures' }, unknown)).verdict;
    expect(before).toMatchObject({ route: 'expert-meeting', basis: 'checker' });
    expect(before.reasons.find((x) => x.kind === 'route')!.text).toContain('公表可と判断できる者は分かっていません');
  });
  it('no purpose given: the expert meeting, saying the purpose is missing', () => {
    expect(ok(run(clean)).verdict.reasons.find((x) => x.kind === 'route')!.text).toContain('目的が指定されていない');
  });
  it('small cells: not one the secretariat can judge publishable as is (our reading), and the route once the proposal is applied', () => {
    const v = ok(
      run(
        tsv(
          [
            [3, 25],
            [12, 14],
          ],
          { total: true },
        ),
        { purpose: 'safety-measures' },
      ),
    ).verdict;
    expect([v.route, v.basis, v.publishableAsIs, v.afterChanges?.route]).toEqual(['needs-handling', 'inferred', false, 'secretariat']);
    expect(v.label).toBe('このままでは事務局審査で公表可と判断できません');
    const primary = v.reasons.find((x) => x.kind === 'primary')!;
    expect(primary).toMatchObject({
      severity: 'blocking',
      citation: { rule: 'small-counts', clause: 'publication.small-counts', version: 'r2026' },
    });
    expect(primary.text).toContain('行「r1」・列「c1」（3）');
    expect(v.reasons[0]!.severity).toBe('blocking');
  });
  it('says what each reason rests on: the threshold on its source, the handling of smaller counts on our reading', () => {
    const v = ok(run(tsv([[3, 25]]), { purpose: 'safety-measures' })).verdict;
    const rule = bundle.rules.find((r) => r.id === 'small-counts')!;
    for (const kind of ['threshold', 'primary', 'handling'] as const) {
      const r = v.reasons.find((x) => x.kind === kind)!;
      expect(r.basis, kind).toBe('inferred');
      expect(r.inferred, kind).toEqual(rule.inferred);
    }
    expect(v.reasons.find((x) => x.kind === 'threshold')!.grounds).toEqual([
      { about: '閾値 10', basis: 'seed' },
      { about: '10 未満の数をそのまま示さない扱い', basis: 'inferred' },
    ]);
    expect(v.reasons.find((x) => x.kind === 'threshold')!.text).not.toContain('公表できません');
  });
  it('says the version used is only policy-approved, not in force', () => {
    expect(ok(run(clean)).verdict.reasons.find((x) => x.kind === 'version')!.text).toContain(
      'この版は施行中ではありません（施行中の版は「',
    );
  });
  it('a small-cell rule limited to detailed tables does not flag an aggregate table, and says so', () => {
    const detailsOnly = structuredClone(bundle);
    detailsOnly.rules.find((r) => r.id === 'small-counts')!.appliesWhen.shows = ['patient-background', 'outcome-details'];
    const aggregate = ok(run(tsv([[3, 25]]), { purpose: 'safety-measures' }, detailsOnly));
    expect(aggregate.tables[0]!.status).toEqual(['published', 'published']);
    expect(aggregate.verdict.reasons.find((x) => x.kind === 'not-applied')).toMatchObject({
      severity: 'caution',
      text: expect.stringContaining('1 個'),
    });
    const detailed = ok(run(tsv([[3, 25]]), { purpose: 'safety-measures', details: true }, detailsOnly));
    expect(detailed.tables[0]!.status).toEqual(['primary', 'published']);
  });
});
