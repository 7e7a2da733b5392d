/**
 * words40 (issue #11): counts in titles, captions and corners that titles38 and words14 left as numbers, and labels
 * they read as counts. Each family is seeded (words40.test.ts: seeds 1931–1940) and mixes leaks (a count under 10 no
 * sum of the table holds: refused where read) with innocent numbers (no count: read as before).
 * - `singulars`: 「1 amputation in A群」「one fall among controls」 (a singular before a preposition), 「3 in-hospital
 *   deaths」 (a word of a preposition and a hyphen between) and 「3 COVID-19 deaths」 (a word ending in a number), against 「one hospital in Tokyo」「1 year after surgery」
 *   「one additional dose in A群」 and the like;
 * - `jaNames`: 「切断 3」「転倒：2」「（挿管 3）」 (a Japanese noun apart from its number), against 「表3 転帰」「ステージ 3」
 *   「試験 2」「追跡期間 3」「切断 3か月」 (a number written onto its noun, a step, a document, a time, a measure);
 * - `unitRanges`: 「Patients: 3-5」「Cases (2–4)」 over a table of outcomes, against age bands (「Patients: 18-64」 over a
 *   table of ages, 「Patients 40–49」「Children: 0-14」);
 * - `stepLabels`: 「Stage 3 cases」「Grade 2 patients」「ステージ3症例」 (innocent: a label), against 「Stage 3 cases: 4」
 *   「4 stage-3 cases」「グレード3 4例」 (counts);
 * - `listed`: 「Data from 3 hospitals」 over a table of the number of hospitals (a count) and over a table of patients
 *   (innocent).
 */
import { int, lcg, pick } from './helpers.ts';
import type { Case } from './words14-families.ts';

type Where = 'title' | 'caption' | 'corner';
const LEADS = ['Adverse events', '有害事象', 'Outcomes by arm', 'Safety population', '表2 転帰'];

/** A table of counts all 10 or more (no sum under 10) under `title` placed as a # title, a caption line or the corner. */
function place(next: () => number, title: string, where: Where, rows = ['Deaths', 'Admissions', 'Other'], cols = ['A群', 'B群']): string {
  const body = (corner: string) =>
    [[corner, ...cols].join('\t'), ...rows.map((r) => [r, ...cols.map(() => int(next, 10, 60))].join('\t'))].join('\n') + '\n';
  return where === 'corner' ? body(title) : where === 'title' ? `# ${title}\n${body('')}` : `${title}\n${body('')}`;
}

/** `words` as a whole title, in brackets after a lead, or after a lead and a comma; placed at random. */
function titled(next: () => number, words: string, leaks: boolean, rows?: string[], cols?: string[]): Case {
  const title = pick(next, [`${pick(next, LEADS)} (${words})`, words, `${pick(next, LEADS)}, ${words}`]);
  const where = pick(next, ['title', 'caption', 'corner'] as const);
  return { text: place(next, title, where, rows, cols), said: `${where}: ${title}`, leaks };
}

const SINGULARS = ['amputation', 'fall', 'intubation', 'transfusion', 'biopsy', 'stent thrombosis', 'ICU stay'];
const PREPS = ['in A群', 'among controls', 'at home', 'during follow-up', 'after surgery', 'within 30 days', 'on treatment'];
/** One of a thing before a preposition, or a count with a hyphenated prepositional word between (leaks), or none. */
export function singulars(seed: number, size: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const leaks = next() < 0.5;
    const n = int(next, 2, 9);
    const words = leaks
      ? pick(next, [
          `${pick(next, ['1', 'one'])} ${pick(next, SINGULARS)} ${pick(next, PREPS)}`,
          `${pick(next, ['1', 'one', 'One'])} ${pick(next, SINGULARS)} and ${n} deaths`,
          `${n} ${pick(next, ['in-hospital', 'on-treatment', 'post-operative', 'in-stent', 'after-hours'])} ${pick(next, ['deaths', 'falls', 'events', 'amputations'])}`,
          `${n} ${pick(next, ['COVID-19', 'stage-3', 'grade-4', 'type-2'])} ${pick(next, ['deaths', 'cases', 'patients', 'amputations'])}`,
        ])
      : pick(next, [
          `Data from one ${pick(next, ['hospital', 'centre', 'site', 'clinic'])} in ${pick(next, ['Tokyo', 'Osaka', 'Japan'])}`,
          `one arm in each group`,
          `${pick(next, ['1', 'one'])} year after surgery`,
          `one additional dose in A群`,
          `one randomised trial in Japan`,
          `Outcomes of one regimen in A群`,
          `one visit at week ${n}`,
          `${pick(next, ['1', 'one'])} month after discharge`,
          `one of the ${n} groups`,
          `one part of the study`,
          `Deaths in one region during ${int(next, 2015, 2024)}`,
          `one dose on day ${n}`,
        ]);
    return titled(next, words, leaks);
  });
}

const JA_EVENTS = ['切断', '転倒', '挿管', '輸血', '透析導入', '心停止', 'ショック', '再手術'];
/** A Japanese noun apart from its number (leaks), or a number that labels, measures or names (innocent). */
export function jaNames(seed: number, size: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const leaks = next() < 0.5;
    const n = int(next, 1, 9);
    const ev = pick(next, JA_EVENTS);
    const words = leaks
      ? pick(next, [
          `${ev} ${n}`,
          `${ev}：${n}`,
          `${ev}=${n}`,
          `${ev}（${n}）`,
          `${ev} ${n} A群`,
          `${ev}: ${n}、${pick(next, JA_EVENTS)}: ${n + 1}`,
        ])
      : pick(next, [
          `表${n} ${ev}`,
          `ステージ ${n}`,
          `試験 ${n}`,
          `NYHA分類 ${Math.min(n, 4)}`,
          `追跡期間 ${n}`,
          `年齢 ${60 + n}`,
          `${ev} ${n}か月`,
          `${ev} ${n}年`,
          `コホート ${n}`,
          `付表 ${n}`,
          `来院 ${n}`,
          `投与量 ${n}`,
          `第${n}相`,
          `資料 ${n}`,
          `時点 ${n}`,
          `グレード ${n} 以上`,
          `${ev}（${n}回）`,
          `${ev} ${n}%`,
          `${ev} ${int(next, 2015, 2025)}`,
          `${ev}${n}例目`,
        ]);
    return titled(next, words, leaks);
  });
}

const AGE_ROWS = ['18-39歳', '40-64歳', '65歳以上'];
/** A range after a unit of patients over a table of outcomes (leaks), and age bands (innocent). */
export function unitRanges(seed: number, size: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const leaks = next() < 0.5;
    const n = int(next, 2, 9);
    const lo = int(next, 1, n - 1);
    const dash = pick(next, ['-', '–', '〜', ' to ']);
    if (leaks)
      return titled(
        next,
        pick(next, [
          `Patients: ${lo}${dash}${n}`,
          `Cases (${lo}${dash}${n})`,
          `Subjects=${lo}${dash}${n}`,
          `Participants: ${lo}${dash}${n}`,
        ]),
        true,
      );
    const a = int(next, 2, 7) * 10;
    return pick(next, [
      () => titled(next, `Patients: ${a}${dash}${a + 9}`, false, AGE_ROWS, ['男性', '女性']),
      () => titled(next, `Patients (${a}-${a + 14})`, false, ['Age 18-39', 'Age 40-64', 'Age 65+'], ['A群', 'B群']),
      () => titled(next, `Patients ${a}–${a + 9}`, false),
      () => titled(next, `Children: 0-${int(next, 4, 17)}`, false),
      () => titled(next, `Patients aged ${a}-${a + 9}`, false),
    ])();
  });
}

/** A number a step word labels before its noun (innocent), and counts beside such a label (leaks). */
export function stepLabels(seed: number, size: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const leaks = next() < 0.5;
    const n = int(next, 1, 9);
    const s = int(next, 1, 4);
    const label = pick(next, [
      `Stage ${s}`,
      `Grade ${s}`,
      `Grade ${s}-${s + 1}`,
      `Grade ≥${s}`,
      `Phase ${s}`,
      `Class ${s}`,
      `Type ${s}`,
      `NYHA ${s}`,
    ]);
    const noun = pick(next, ['cases', 'patients', 'subjects', 'participants']);
    const ja = pick(next, [`ステージ${s}`, `グレード${s}`, `病期${s}`]);
    const words = leaks
      ? pick(next, [
          `${label} ${noun}: ${n}`,
          `${n} ${label.toLowerCase().replace(' ', '-')} ${noun}`,
          `${label} ${noun} ${n}`,
          `${ja} ${n}例`,
          `${label} ${noun} (${n} ${noun})`,
        ])
      : pick(next, [`${label} ${noun}`, `${ja}症例`, `${ja} 患者`, `Outcomes of ${label} ${noun}`, `${label} ${noun} by arm`]);
    return titled(next, words, leaks);
  });
}

/** A number before a plural of the study's structure over a table that counts that noun (leaks), or patients (innocent). */
export function listed(seed: number, size: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const leaks = next() < 0.5;
    const n = int(next, 2, 9);
    const noun = pick(next, ['hospitals', 'sites', 'clinics', 'centres']);
    const words = pick(next, [
      `Data from ${n} ${noun}`,
      `${n} participating ${noun}`,
      `${pick(next, ['two', 'three', 'five', 'seven'])} ${noun}`,
    ]);
    if (!leaks) return titled(next, words, false);
    const header = pick(next, [`Number of ${noun}`, `No. of ${noun}`, `${noun[0]!.toUpperCase()}${noun.slice(1)} (n)`]);
    return titled(next, words, true, ['北日本', '東日本', '西日本'], [header]);
  });
}

export const FAMILIES = { singulars, jaNames, unitRanges, stepLabels, listed } as const;

if (import.meta.url === `file://${process.argv[1]}`) {
  const { checkerOfRoot } = await import('./helpers.ts');
  const { tally } = await import('./words14-families.ts');
  const { check, highs, bundle } = await checkerOfRoot();
  const run = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.05 });
  const n = Number(process.argv[2] ?? 200);
  const verbose = process.argv.includes('-v');
  const seeds = (process.argv[3] ?? '1931,1932').split(',').map(Number);
  for (const seed of seeds)
    for (const [name, family] of Object.entries(FAMILIES)) console.log(`seed ${seed}:`, tally(run, name, family(seed, n), verbose));
}
