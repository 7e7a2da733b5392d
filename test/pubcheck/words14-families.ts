/**
 * words14 (issue #11): counts in words and titles left open by words13 and titles38, each case worked out here apart
 * from the engine — whether what it says gives back a count (or a bound) under the threshold 10 (`leaks`: must be
 * refused) or counts nothing (innocent: must be read).
 * - `aloneNotes`: 「一人で」「ひとりで」 (alone) before a noun of what one does at a line's end or before 。
 *   (「ひとりで来院」「患者は一人で通院。」): no count (innocent; main read 1); 「一人が来院」「うち一人で死亡」「死亡は一人で、」
 *   「来院は一人」: counts (leaks);
 * - `rareWords`: words of rare and very few beside a count (「死亡はまれ」「（稀）」「稀に認められた」「死亡はごく少数」
 *   「Deaths (few)」「(rare)」): a count under 10 (leaks; main passed them, or read 「ごく少数」 as 「少数」 2–9); 「含まれ」
 *   「生まれ」「まれに重篤な副作用が知られている」「稀少疾患」「まれではない」「Few studies」: none (innocent);
 * - `titleNouns`: a title, caption or corner counting what a noun outside titles38's list names (「3 amputations」
 *   「Amputations: 3」「three falls」), a Japanese name before a number that goes on (「死亡 3 A群」), a range of counts
 *   after a noun of events or before any noun (「Deaths: 3-5」「2–4 amputations」): a count under 10 no sum of the table
 *   holds (leaks; main passed with a warning); numbers that count nothing — age bands after a noun of people
 *   (「Children: 0-14」「Women 40–49」), doses, years, grades, visits, arms, hospitals, person-years (innocent).
 */
import { int, lcg, pick } from './helpers.ts';
import { table } from './words11-families.ts';

export interface Case {
  text: string;
  said: string;
  /** Whether the words give back a count (or a bound) under the threshold: refused where they do. */
  leaks: boolean;
}

const ACTS = ['来院', '通院', '受診', '生活', '外出', '帰宅', '来所', '歩行'];
/** Notes with 一人で/ひとりで (alone) before what one does (innocent), or a count of one (leaks). */
export function aloneNotes(seed: number, size: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const real = next() < 0.4;
    const one = pick(next, ['一人', 'ひとり']);
    const act = pick(next, ACTS);
    const body = real
      ? pick(next, [`${one}が${act}`, `うち${one}で死亡`, `死亡は${one}で、入院は二人`, `${act}は${one}`, `患者${one}`, `${one}が死亡`])
      : pick(next, [
          `${one}で${act}`,
          `患者は${one}で${act}。`,
          `${one}で${act}の患者を含む`,
          `${one}で${act}した例を除く`,
          `${one}で${act}`,
        ]);
    const note = `${pick(next, ['注：', '※ '])}${body}`;
    return { text: `${table(60 + int(next, 0, 60), 80, '死亡', int(next, 20, 40), 30)}${note}\n`, said: note, leaks: real };
  });
}

const RARE = ['まれ', '稀', 'ごく少数', '極少数', '極めてまれ', 'ごくまれ', '非常にまれ'];
const RARE_INNOCENT = [
  '注：死亡例も集計に含まれていた',
  '注：1950年以前の生まれを除く',
  '注：まれに重篤な副作用が知られている',
  '注：稀少疾患を除外した',
  '注：死亡はまれではなかった',
  '注：まれな疾患のため除外した',
  '注：対象に含まれない',
  'Note: few studies report deaths',
  '注：変化はまれであった',
  '注：生まれた年で区分',
];
/** Words of rare or of very few beside a count, in a note or a label (leaks), and the same letters saying no count. */
export function rareWords(seed: number, size: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const kind = int(next, 0, 2);
    const name = pick(next, ['死亡', '入院', '脱落']);
    if (kind === 0) {
      const word = pick(next, RARE);
      const note = `${pick(next, ['注：', '※ '])}${name}は${word}${pick(
        next,
        ['', 'であった', 'だった', '。', 'に認められた', 'にみられた'].filter((w) => !/少数/.test(word) || !/^に/.test(w)),
      )}`;
      return { text: `${table(60, 80, '死亡', 20, 30)}${note}\n`, said: note, leaks: true };
    }
    if (kind === 1) {
      const words = pick(next, [
        '（まれ）',
        '（稀）',
        '（ごく少数）',
        '（ごくまれ）',
        ' (few)',
        ' (rare)',
        ' (very rare)',
        '（極めてまれ）',
      ]);
      return { text: table(60, 80, `${name}${words}`, 20, 30), said: `label ${name}${words}`, leaks: true };
    }
    const note = pick(next, RARE_INNOCENT);
    return { text: `${table(60, 80, '死亡', 20, 30)}${note}\n`, said: note, leaks: false };
  });
}

const OTHER_NOUNS = [
  'amputations',
  'falls',
  'intubations',
  'transfusions',
  'hypoglycaemias',
  'anaphylaxes',
  'ICU stays',
  'surgeries',
  'biopsies',
];
const OTHER_CAPS = ['Amputations', 'Falls', 'Intubations', 'Transfusions', 'Biopsies', 'Surgeries'];
const JA_NAMES = ['死亡', '入院', '有害事象', '脱落', '骨折'];
const WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const LEADS = ['Adverse events', '有害事象', 'Outcomes by arm', 'Safety population', '表2 転帰'];

/** A count of `n` (1–9), or a range of counts ending at it, in words titles38's list did not read. */
function counted(next: () => number, n: number): string {
  const lo = Math.max(0, n - int(next, 1, 3));
  const dash = pick(next, ['-', '–', '〜', ' to ']);
  switch (int(next, 0, 5)) {
    case 0:
      return `${pick(next, [String(n), WORDS[n - 1]!])} ${n === 1 ? pick(next, ['amputation', 'fall', 'intubation', 'transfusion']) : pick(next, OTHER_NOUNS)}`;
    case 1:
      return `${pick(next, OTHER_CAPS)}${pick(next, [': ', '=', ' '])}${n}`;
    case 2:
      return `${pick(next, JA_NAMES)} ${n} ${pick(next, ['A群', 'B群', '（A群）', 'A群のみ'])}`;
    case 3:
      return `${pick(next, ['Deaths', 'Events', 'SAEs', ...OTHER_CAPS, '死亡', '有害事象'])}${pick(next, [': ', '=', ' '])}${lo}${dash}${n}`;
    case 4:
      return `${lo}${dash}${n} ${pick(next, ['deaths', 'events', 'patients', 'cases', ...OTHER_NOUNS])}`;
    default:
      return `${pick(next, ['Deaths', 'Amputations', 'Falls'])} (${lo}${dash}${n})`;
  }
}

/** A number that counts nothing, as titles write them. */
function innocent(next: () => number): string {
  const n = int(next, 1, 9);
  const a = int(next, 0, 8) * 10;
  return pick(next, [
    `Children: 0-${int(next, 4, 17)}`,
    `Women ${40 + a / 2}–${49 + a / 2}`,
    `Men (18-64)`,
    `Adults 18–${pick(next, ['64', '74'])}`,
    `Patients aged ${a + 20}-${a + 29}`,
    `Ages ${a + 20}-${a + 29}`,
    `${n * 10} mg`,
    `${n} mg tablets`,
    `Deaths ${int(next, 2010, 2018)}–${int(next, 2019, 2025)}`,
    `Grades ${n}-5`,
    `Grade ${Math.min(n, 4)}-5 events`,
    `Visits 1-${n + 1}`,
    `Cycles 1-${n + 1}`,
    `${n} arms`,
    `${n} hospitals`,
    `${n} treatment groups`,
    `Patients in ${n} countries`,
    `${n} deaths per 1,000 person-years`,
    `Amputations at ${n} months`,
    `Table ${n}: amputations`,
    `Figures 1-${n + 1}`,
    `${n}-year mortality`,
    `Results: ${n}`,
    `死亡 ${n} か月以内`,
    `死亡（${n}年）`,
    `Events in ${n} phases`,
    `Data from ${n} databases`,
    pick(next, ['Outcomes at 1 year', 'one arm', 'Data from one hospital', 'one randomised trial', '1 dose', 'one site', 'Table 1']),
  ]);
}

type Where = 'title' | 'caption' | 'corner';
/** A table of counts all 10 or more (no sum under 10) under `title` placed as a # title, a caption line or the corner. */
function place(next: () => number, title: string, where: Where): string {
  const rows = ['Deaths', 'Admissions', 'Other'].slice(0, int(next, 2, 3));
  const body = (corner: string) =>
    [[corner, 'A群', 'B群'].join('\t'), ...rows.map((r) => [r, int(next, 10, 60), int(next, 10, 60)].join('\t'))].join('\n') + '\n';
  return where === 'corner' ? body(title) : where === 'title' ? `# ${title}\n${body('')}` : `${title}\n${body('')}`;
}

/** Titles, captions and corners counting with other nouns or ranges (leaks), or with numbers that count nothing. */
export function titleNouns(seed: number, size: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const leaks = next() < 0.5;
    const words = leaks ? counted(next, int(next, 1, 9)) : innocent(next);
    const title = pick(next, [`${pick(next, LEADS)} (${words})`, words, `${pick(next, LEADS)}, ${words}`]);
    const where = pick(next, ['title', 'caption', 'corner'] as const);
    return { text: place(next, title, where), said: `${where}: ${title}`, leaks };
  });
}

/** A family's line: leaks passed and innocent refused of each. */
export function tally(run: (text: string) => { ok: boolean }, name: string, cases: Case[], verbose = false): string {
  const judged = cases.map((c) => ({ ...c, ok: run(c.text).ok }));
  const leaked = judged.filter((c) => c.leaks && c.ok);
  const over = judged.filter((c) => !c.leaks && !c.ok);
  if (verbose) for (const c of [...leaked, ...over].slice(0, 12)) console.log(`  ${c.leaks ? 'LEAK' : 'OVER'} ${c.said}`);
  const leaks = judged.filter((c) => c.leaks).length;
  return `${name}: leaks passed ${leaked.length}/${leaks}, innocent refused ${over.length}/${judged.length - leaks}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { checkerOfRoot } = await import('./helpers.ts');
  const { check, highs, bundle } = await checkerOfRoot();
  const run = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.05 });
  const n = Number(process.argv[2] ?? 200);
  const verbose = process.argv.includes('-v');
  for (const seed of (process.argv[3] ?? '1701,1702').split(',').map(Number))
    console.log(
      `seed ${seed}:`,
      [
        tally(run, 'alone', aloneNotes(seed, n), verbose),
        tally(run, 'rare', rareWords(seed + 2, n), verbose),
        tally(run, 'title nouns', titleNouns(seed + 4, n), verbose),
      ].join('; '),
    );
}
