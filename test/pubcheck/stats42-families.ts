/**
 * stats42 (issue #11): an extreme across two tables — a count table of hospitals by years (a 合計 row of the years'
 * totals, one or two counts under 10) and a second table in the same input, 「施設 | 最大」, giving each hospital's
 * largest (smallest) count over the years. read.ts `extremesAcross` refuses it in words (`header/statistic`) where a
 * word of an extreme stands in the line's label or its table's title; stats39 reads the same line within one table.
 *
 * What the refusal costs is measured, not changed (the reading across tables would tie two tables' hiding: not done):
 * each case is checked in three forms of the same numbers —
 *   - `across`: the two tables as pasted (label 最大/最小/Max/Min/最多/最少);
 *   - `within`: the extreme as a column of the count table (what stats39 reads: the refusal's cost is the cases read so,
 *     0 given back);
 *   - `noword`: the two tables with the extreme under a label and title naming no extreme (「参考値」): not searched
 *     across tables, so read as a table of counts of its own — the open gap, attacked as the others.
 * `acrossAttack` is the shared brute force (fills.ts, written apart from the engine): each hospital's hidden counts
 * filled from 0 to the year's published total, kept where the hospital's published extreme prints as published.
 *
 * `node test/pubcheck/stats42-families.ts [seeds]` prints the tally by form (ROOT=<tree> for another tree's checker).
 */
import { familyMain, fillLeaks, shownIn } from './fills.ts';
import { int, lcg, pick } from './helpers.ts';
import type { Checked, Reported } from './stats39-families.ts';

export interface AcrossCase {
  family: string;
  form: 'across' | 'within' | 'noword';
  text: string;
  /** counts[i][j]: hospital i, year j. */
  counts: number[][];
  hospitals: string[];
  years: string[];
  how: 'max' | 'min';
  label: string;
}

const WORDS = { max: ['最大', 'Max', '最多', '年最多'], min: ['最小', 'Min', '最少'] } as const;
const extremeOf = (how: 'max' | 'min', xs: readonly number[]) => (how === 'max' ? Math.max(...xs) : Math.min(...xs));

/** `count` sets of numbers, each in the three forms (3 × count cases). */
export function acrossCases(count: number, seed: number): AcrossCase[] {
  const next = lcg(seed);
  const out: AcrossCase[] = [];
  let made = 0;
  while (made < count) {
    const hospitals = Array.from({ length: int(next, 3, 5) }, (_, i) => `${'ABCDE'[i]}病院`);
    const years = Array.from({ length: int(next, 3, 5) }, (_, j) => `${2020 + j}年`);
    const counts = hospitals.map(() => years.map(() => int(next, 10, 60)));
    counts[int(next, 0, hospitals.length - 1)]![int(next, 0, years.length - 1)] = int(next, 1, 9);
    if (next() < 0.3) counts[int(next, 0, hospitals.length - 1)]![int(next, 0, years.length - 1)] = int(next, 1, 9);
    const how = next() < 0.6 ? 'max' : 'min';
    const exts = counts.map((r) => extremeOf(how, r));
    // Each hospital's extreme reached by one year only (ties are no evidence), no year the extreme of every hospital.
    if (counts.some((r, i) => r.filter((v) => v === exts[i]).length > 1)) continue;
    if (years.some((_, j) => counts.every((r, i) => r[j] === exts[i]))) continue;
    made++;
    const label = pick(next, WORDS[how]);
    const totals = years.map((_, j) => counts.reduce((s, r) => s + r[j]!, 0));
    const counted = [['施設', ...years].join(','), ...hospitals.map((h, i) => [h, ...counts[i]!].join(',')), ['合計', ...totals].join(',')];
    const second = (l: string, title: string) => [
      '',
      `# 表2 ${title}`,
      ['施設', l].join(','),
      ...hospitals.map((h, i) => `${h},${exts[i]}`),
    ];
    const base = { counts, hospitals, years, how } as const;
    const word = how === 'max' ? '最大' : '最小';
    out.push({
      ...base,
      family: `across-${how}`,
      form: 'across',
      label,
      text: ['# 表1 年別入院患者数', ...counted, ...second(label, `施設別の年${word}`)].join('\n') + '\n',
    });
    out.push({
      ...base,
      family: `within-${how}`,
      form: 'within',
      label,
      text:
        [
          ['施設', ...years, label].join(','),
          ...hospitals.map((h, i) => [h, ...counts[i]!, exts[i]].join(',')),
          ['合計', ...totals, ''].join(','),
        ].join('\n') + '\n',
    });
    out.push({
      ...base,
      family: `noword-${how}-${hospitals.length}h`,
      form: 'noword',
      label: '参考値',
      text: ['# 表1 年別入院患者数', ...counted, ...second('参考値', '施設別の参考値')].join('\n') + '\n',
    });
  }
  return out;
}

/** The hidden counts of the hospitals-by-years table the brute force pins, or shows under 10 where they are. */
export function acrossAttack(c: AcrossCase, r: Checked, report: Reported | undefined): string[] {
  if (!r.ok || !r.tables) return [];
  const t = r.tables[0]!;
  const shown = shownIn(t, report, c.text);
  const extShown = (i: number): boolean => {
    if (c.form === 'within') return shown(c.hospitals[i]!, c.label);
    const t2 = r.tables![1];
    if (!t2) throw new Error(`no second table in\n${c.text}`);
    return shownIn(t2, undefined, c.text)(c.hospitals[i]!, c.label);
  };
  const exts = c.counts.map((row) => extremeOf(c.how, row));
  return fillLeaks(
    {
      counts: c.counts,
      hidden: (i, j) => !shown(c.hospitals[i]!, c.years[j]!),
      totalShown: (j) => shown('合計', c.years[j]!),
      rowFits: (i, row) => !extShown(i) || extremeOf(c.how, row) === exts[i],
    },
    (i, j) => `${c.hospitals[i]}・${c.years[j]}`,
    c.text,
  );
}

/** How many cases of a kind were read, refused, and read with a count given back. */
export interface Tally {
  read: number;
  refused: number;
  leaked: number;
}

/**
 * The stats42–44 tests' one tally: each case checked by `check`, counted under `keyOf`'s key as refused (after
 * `refused`, which may assert why) or read, and as leaked where `leaked` says a count was given back.
 */
export function tallyAcross<C extends { text: string }, R extends { ok: boolean }>(
  cases: C[],
  keyOf: (c: C) => string,
  check: (text: string) => R,
  leaked: (c: C, r: Extract<R, { ok: true }>) => boolean,
  refused: (c: C, r: Extract<R, { ok: false }>) => void = () => {},
): Map<string, Tally> {
  const tally = new Map<string, Tally>();
  for (const c of cases) {
    const key = keyOf(c);
    const t = tally.get(key) ?? { read: 0, refused: 0, leaked: 0 };
    tally.set(key, t);
    const r = check(c.text);
    if (!r.ok) {
      t.refused++;
      refused(c, r as Extract<R, { ok: false }>);
      continue;
    }
    t.read++;
    if (leaked(c, r as Extract<R, { ok: true }>)) t.leaked++;
  }
  return tally;
}

/**
 * The stats44/46 chance tests' one cost: inputs refused, cells not published (lines of ours included) in those read,
 * and how many were read with a warning `code` (an extreme read).
 */
export function chanceCost(
  texts: { text: string }[],
  check: (text: string) => { ok: boolean; warnings?: { code: string }[]; tables?: { status: string[] }[] },
  code: string,
): { refused: number; hidden: number; extreme: number } {
  let refused = 0;
  let hidden = 0;
  let extreme = 0;
  for (const c of texts) {
    const r = check(c.text);
    if (!r.ok) {
      refused++;
      continue;
    }
    if ((r.warnings ?? []).some((w) => w.code === code)) extreme++;
    hidden += (r.tables ?? []).reduce((s, x) => s + x.status.filter((v) => v !== 'published').length, 0);
  }
  return { refused, hidden, extreme };
}

/**
 * Chance (`CHANCE=1`): ordinary inputs of two count tables over the same 4–8 hospitals — by years, and a second of one
 * or two other counts (「外来」「紹介」) — of 0–3, 0–40 or 10–200 a cell, a third of them growing by year with the second
 * table the last year's counts (a copy, each hospital's largest). None is an extreme; a refusal is a chance one.
 * `wide` (stats44's `chanceCases`): from two hospitals, half of them with a 合計 line, the family named by its size.
 */
export function acrossChance(count: number, seed: number, wide = false): { family: string; text: string }[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const hospitals = Array.from({ length: int(next, wide ? 2 : 4, 8) }, (_, i) => `${'ABCDEFGH'[i]}病院`);
    const years = Array.from({ length: int(next, 2, 5) }, (_, j) => `${2020 + j}年`);
    const [lo, hi] = pick(next, [
      [0, 3],
      [0, 40],
      [10, 200],
    ] as const);
    const growing = next() < 1 / 3;
    const counts = hospitals.map(() => {
      let v = int(next, lo, hi);
      return years.map(() => (growing ? (v += int(next, 0, 5)) : int(next, lo, hi)));
    });
    const cols = growing ? [`${years.at(-1)}`] : pick(next, [['外来'], ['外来', '紹介']]);
    const second = hospitals.map((_, i) => (growing ? [counts[i]!.at(-1)!] : cols.map(() => int(next, lo, hi))));
    const total = wide && next() < 0.5;
    const text = [
      '# 表1 年別入院患者数',
      ['施設', ...years].join(','),
      ...hospitals.map((h, i) => [h, ...counts[i]!].join(',')),
      ...(total ? [['合計', ...years.map((_, j) => counts.reduce((s, r) => s + r[j]!, 0))].join(',')] : []),
      '',
      growing ? `# 表2 ${years.at(-1)}の入院患者数` : '# 表2 施設別の患者数',
      ['施設', ...cols].join(','),
      ...hospitals.map((h, i) => [h, ...second[i]!].join(',')),
    ];
    const size = wide ? `-${hospitals.length <= 3 ? '2-3h' : '4-8h'}` : '';
    return { family: `${growing ? 'growing' : 'other'}-${lo}-${hi}${size}`, text: text.join('\n') + '\n' };
  });
}

if (import.meta.url === `file://${process.argv[1]}`)
  await (process.env.CHANCE
    ? familyMain({ seeds: '2113', cases: (seed) => acrossChance(1000, seed), attack: () => [] })
    : familyMain({ seeds: '2111,2112', cases: (seed) => acrossCases(50, seed), attack: acrossAttack, unknown: true }));
