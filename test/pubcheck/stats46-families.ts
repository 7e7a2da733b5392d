/**
 * stats46 (issue #11): an extreme across two tables at one position, or over one count, and within one table under no
 * word over three positions.
 *
 * - `oneCases`: a count table of 3–5 hospitals by 3–5 years (a 合計 row, one or two counts under 10) and a second table
 *   of ONE hospital's largest (smallest) year — `word` 「最大」「最多」「最小」…, `noword` 「参考値」 — or (`oneyear`) a count
 *   table of one year and a second of every hospital's 「最大」 (each the year's count). 6879fff read the line as counts
 *   (no extreme searched over fewer than two positions or two counts).
 * - `oneAttack`: fills.ts's brute force taking each printed extreme as the extreme of its hospital's counts.
 * - `oneChance` (`CHANCE=1`): ordinary inputs of a count table over 2–8 hospitals by 2–5 years (0–3, 0–40, 10–200) and a
 *   second of one hospital's other counts (「外来」「紹介」), or its last year's count (a copy), or a one-year table beside
 *   another count of every hospital: none is an extreme; a line read as one only costs cells hidden.
 *
 * `node test/pubcheck/stats46-families.ts [seeds]` (seeds 2421–2440; `CHANCE=1` for chance).
 */
import { familyMain, fillLeaks, shownIn } from './fills.ts';
import { chanceTables } from './attack37-chance.ts';
import { checkerOfRoot, int, lcg, pick } from './helpers.ts';
import type { Checked, Reported } from './stats39-families.ts';

export interface OneCase {
  family: string;
  form: 'word' | 'noword' | 'oneyear';
  text: string;
  counts: number[][];
  hospitals: string[];
  years: string[];
  how: 'max' | 'min';
  label: string;
  /** The hospitals the second table prints an extreme of. */
  listed: number[];
}

const WORDS = { max: ['最大', 'Max', '最多', '年最多'], min: ['最小', 'Min', '最少'] } as const;
const extremeOf = (how: 'max' | 'min', xs: readonly number[]) => (how === 'max' ? Math.max(...xs) : Math.min(...xs));

/** `count` sets of numbers, each as `word`, `noword` and `oneyear` (3 × count cases). */
export function oneCases(count: number, seed: number): OneCase[] {
  const next = lcg(seed);
  const out: OneCase[] = [];
  let made = 0;
  while (made < count) {
    const hospitals = Array.from({ length: int(next, 3, 5) }, (_, i) => `${'ABCDE'[i]}病院`);
    const years = Array.from({ length: int(next, 3, 5) }, (_, j) => `${2020 + j}年`);
    const counts = hospitals.map(() => years.map(() => int(next, 10, 60)));
    const small = int(next, 0, hospitals.length - 1);
    counts[small]![int(next, 0, years.length - 1)] = int(next, 1, 9);
    if (next() < 0.3) counts[int(next, 0, hospitals.length - 1)]![int(next, 0, years.length - 1)] = int(next, 1, 9);
    const how = next() < 0.6 ? 'max' : 'min';
    const exts = counts.map((r) => extremeOf(how, r));
    if (counts.some((r, i) => r.filter((v) => v === exts[i]).length > 1)) continue;
    made++;
    // The listed hospital: mostly the one with a small count (where a count may come back).
    const one = next() < 0.7 ? small : int(next, 0, hospitals.length - 1);
    const label = pick(next, WORDS[how]);
    const word = how === 'max' ? '最大' : '最小';
    const totals = years.map((_, j) => counts.reduce((s, r) => s + r[j]!, 0));
    const counted = [['施設', ...years].join(','), ...hospitals.map((h, i) => [h, ...counts[i]!].join(',')), ['合計', ...totals].join(',')];
    const base = { counts, hospitals, years, how } as const;
    const second = (l: string, title: string) => ['', `# 表2 ${title}`, ['施設', l].join(','), `${hospitals[one]},${exts[one]}`];
    out.push({
      ...base,
      family: `word-${how}`,
      form: 'word',
      label,
      listed: [one],
      text: ['# 表1 年別入院患者数', ...counted, ...second(label, `${hospitals[one]}の年${word}`)].join('\n') + '\n',
    });
    out.push({
      ...base,
      family: `noword-${how}`,
      form: 'noword',
      label: '参考値',
      listed: [one],
      text: ['# 表1 年別入院患者数', ...counted, ...second('参考値', `${hospitals[one]}の参考値`)].join('\n') + '\n',
    });
    // One year: the last year's column alone, and every hospital's 「最大」 of it (that count).
    const y = years.length - 1;
    const col = counts.map((r) => [r[y]!]);
    out.push({
      ...base,
      counts: col,
      years: [years[y]!],
      family: 'oneyear',
      form: 'oneyear',
      label,
      listed: hospitals.map((_, i) => i),
      text:
        [
          `# 表1 ${years[y]}の入院患者数`,
          ['施設', years[y]].join(','),
          ...hospitals.map((h, i) => `${h},${col[i]![0]}`),
          `合計,${totals[y]}`,
          '',
          `# 表2 施設別の${word}`,
          ['施設', label].join(','),
          ...hospitals.map((h, i) => `${h},${col[i]![0]}`),
        ].join('\n') + '\n',
    });
  }
  return out;
}

/** The hidden counts of table 1 fills.ts's brute force pins (or shows under 10) taking each printed extreme as one. */
export function oneAttack(c: OneCase, r: Checked, report: Reported | undefined): string[] {
  if (!r.ok || !r.tables) return [];
  const t = r.tables[0]!;
  const shown = shownIn(t, report, c.text);
  const t2 = r.tables[1];
  const extShown = (i: number): boolean => {
    if (!c.listed.includes(i)) return false;
    // A second table of one cell may be read into the first (then its status is the cell's there) or apart.
    if (!t2) return true;
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

export interface WithinCase {
  family: string;
  text: string;
  /** counts[i][j]: year i, column j (the hospitals, then the line of their largest / smallest). */
  counts: number[][];
  rows: string[];
  cols: string[];
  how: 'max' | 'min';
}

/**
 * Within one table under no word (stats46 (2)): years (3 rows) by 3–5 hospitals and a last column 「参考値」 that is each
 * year's largest (smallest) hospital count, a 合計 row of every column (the line summed as counts, as pasted), one or
 * two hospital counts under 10. 6879fff read it as counts (`extremeLines` asks four positions of evidence).
 */
export function withinCases(count: number, seed: number): WithinCase[] {
  const next = lcg(seed);
  const out: WithinCase[] = [];
  while (out.length < count) {
    const hospitals = Array.from({ length: int(next, 3, 5) }, (_, i) => `${'ABCDE'[i]}病院`);
    const rows = Array.from({ length: 3 }, (_, j) => `${2022 + j}年`);
    const vals = rows.map(() => hospitals.map(() => int(next, 10, 60)));
    vals[int(next, 0, 2)]![int(next, 0, hospitals.length - 1)] = int(next, 1, 9);
    if (next() < 0.3) vals[int(next, 0, 2)]![int(next, 0, hospitals.length - 1)] = int(next, 1, 9);
    const how = next() < 0.6 ? 'max' : 'min';
    const counts = vals.map((r) => [...r, extremeOf(how, r)]);
    // Not a copy of one hospital (every year's extreme the same hospital's).
    if (hospitals.some((_, h) => counts.every((r) => r[h] === r.at(-1)))) continue;
    const cols = [...hospitals, '参考値'];
    const totals = cols.map((_, j) => counts.reduce((s, r) => s + r[j]!, 0));
    const text = [
      '# 表1 年別入院患者数',
      ['年', ...cols].join(','),
      ...rows.map((y, i) => [y, ...counts[i]!].join(',')),
      ['合計', ...totals].join(','),
    ];
    out.push({ family: `within-${how}-${hospitals.length}h`, text: text.join('\n') + '\n', counts, rows, cols, how });
  }
  return out;
}

/** fills.ts's brute force taking 「参考値」 for each year's extreme of the hospitals (where every cell of it is shown or not). */
export function withinAttack(c: WithinCase, r: Checked, report: Reported | undefined): string[] {
  if (!r.ok || !r.tables) return [];
  const shown = shownIn(r.tables[0]!, report, c.text);
  return fillLeaks(
    {
      counts: c.counts,
      hidden: (i, j) => !shown(c.rows[i]!, c.cols[j]!),
      totalShown: (j) => shown('合計', c.cols[j]!),
      rowFits: (_, row) => row.at(-1) === extremeOf(c.how, row.slice(0, -1)),
    },
    (i, j) => `${c.rows[i]}・${c.cols[j]}`,
    c.text,
  );
}

/**
 * Ordinary inputs (none an extreme): a count table over 2–8 hospitals by 2–5 years of 0–3, 0–40 or 10–200, half with a
 * 合計 row, and a second table of one hospital's other counts (「外来」「紹介」, `one`), or its last year's count (`copy`),
 * or (`oneyear`) the count table of one year and a second of every hospital's other count.
 */
export function oneChance(count: number, seed: number): { family: string; text: string }[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const hospitals = Array.from({ length: int(next, 2, 8) }, (_, i) => `${'ABCDEFGH'[i]}病院`);
    const form = pick(next, ['one', 'one', 'copy', 'oneyear'] as const);
    const years = Array.from(
      { length: form === 'oneyear' ? 1 : int(next, 2, 5) },
      (_, j) => `${2024 - (form === 'oneyear' ? 0 : j)}年`,
    ).reverse();
    const [lo, hi] = pick(next, [
      [0, 3],
      [0, 40],
      [10, 200],
    ] as const);
    const counts = hospitals.map(() => years.map(() => int(next, lo, hi)));
    const total = next() < 0.5;
    const one = int(next, 0, hospitals.length - 1);
    const cols = form === 'copy' ? [years.at(-1)!] : pick(next, [['外来'], ['外来', '紹介']]);
    const rows = form === 'oneyear' ? hospitals.map((_, i) => i) : [one];
    const second = rows.map((i) =>
      [hospitals[i], ...(form === 'copy' ? [counts[i]!.at(-1)!] : cols.map(() => int(next, lo, hi)))].join(','),
    );
    const text = [
      '# 表1 年別入院患者数',
      ['施設', ...years].join(','),
      ...hospitals.map((h, i) => [h, ...counts[i]!].join(',')),
      ...(total ? [['合計', ...years.map((_, j) => counts.reduce((s, r) => s + r[j]!, 0))].join(',')] : []),
      '',
      form === 'oneyear' ? '# 表2 施設別の患者数' : `# 表2 ${hospitals[one]}の患者数`,
      ['施設', ...cols].join(','),
      ...second,
    ];
    return { family: `${form}-${lo}-${hi}`, text: text.join('\n') + '\n' };
  });
}

/** `CHANCE=1`: each family's inputs, refused, read with a line as an extreme across tables, and cells hidden. */
async function chanceMain(seeds: string, within = false): Promise<void> {
  const { check, highs, bundle } = await checkerOfRoot();
  const tally = new Map<string, { runs: number; refused: number; extreme: number; hidden: number }>();
  for (const seed of seeds.split(',').map(Number))
    for (const c of within
      ? chanceTables(Number(process.env.COUNT ?? 1000), seed).map((x) => ({ family: x.kind, text: x.text }))
      : oneChance(Number(process.env.COUNT ?? 500), seed)) {
      const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 }) as Checked & {
        warnings?: { code: string }[];
      };
      const t = tally.get(c.family) ?? { runs: 0, refused: 0, extreme: 0, hidden: 0 };
      tally.set(c.family, t);
      t.runs++;
      if (!r.ok) {
        t.refused++;
        continue;
      }
      if ((r.warnings ?? []).some((w) => w.code === (within ? 'header/extreme-within' : 'header/extreme-across'))) {
        t.extreme++;
        if (process.env.SHOW) console.log(c.text);
      }
      t.hidden += (r.tables ?? []).reduce((s, x) => s + x.status.filter((v) => v !== 'published').length, 0);
    }
  const all = { runs: 0, refused: 0, extreme: 0, hidden: 0 };
  for (const [family, t] of [...tally].sort()) {
    console.log(`${family.padEnd(22)} runs ${t.runs} refused ${t.refused} read-as-extreme ${t.extreme} hidden ${t.hidden}`);
    for (const k of ['runs', 'refused', 'extreme', 'hidden'] as const) all[k] += t[k];
  }
  console.log(`${'all'.padEnd(22)} runs ${all.runs} refused ${all.refused} read-as-extreme ${all.extreme} hidden ${all.hidden}`);
}

if (import.meta.url === `file://${process.argv[1]}`)
  await (process.env.CHANCE
    ? chanceMain(process.argv[2] ?? (process.env.WITHIN ? '2433' : '2425'), !!process.env.WITHIN)
    : process.env.WITHIN
      ? familyMain({ seeds: '2431,2432', cases: (seed) => withinCases(50, seed), attack: withinAttack, unknown: true })
      : familyMain({ seeds: '2421,2422', cases: (seed) => oneCases(50, seed), attack: oneAttack, unknown: true }));
