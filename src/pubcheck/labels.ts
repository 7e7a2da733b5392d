/**
 * Labels as compared across the tables of one input. An attacker lines up 「男性（人）」 in one table with 「男」 in
 * another; a checker that matched labels only as written would check those tables apart and miss what they tell
 * together. Two steps, each documented for users (Convention.astro) and in src/pubcheck/README.md:
 *
 * 1. The same label however it is written (`plainKey`): NFKC (full and half width), no spaces, case folded, no
 *    `(N=…)`, no unit after it in brackets or after a space (（人）, (n), (%), (n, %), （例）, 人数 …), no quotes
 *    around it (「男性」), and every dash or wave dash between numbers one mark (20～29歳 = 20-29歳).
 * 2. Our reading of a few group names that mean the same group (`READINGS`, reported as ours, 推定): 男・男性・男子・
 *    male → 男性; 女・女性・女子・female → 女性; あり・有・有り → あり; なし・無・無し → なし; 20代・20歳代 → 20-29歳.
 *
 * Linking two tables only adds what an attacker may use (a count shown twice is one count; it takes the same value
 * in both), so a reading that links tables that are in fact apart hides more, never less. Labels that still differ
 * but look alike (one contains the other: 高血圧 and 高血圧症, 20-29歳 and 20-29) are not linked — they may be other
 * groups — and the report says so: which tables were then checked one at a time and what that leaves open.
 */
import { normalise } from './cell.ts';
import { DENOMINATOR_TEXT } from './header.ts';
import type { Table, Warning } from './types.ts';

/** Units a label may carry, in brackets or after a space: they say how a group is counted, not which group. */
const UNITS = '(?:n|%|人|例|件|名|人数|例数|件数|患者数|症例数|割合|数)';
const UNIT_BRACKETS = new RegExp(`\\s*[(（\\[［]\\s*${UNITS}(?:\\s*[,、，・/]\\s*${UNITS})*\\s*[)）\\]］]\\s*$`, 'i');
const UNIT_AFTER_SPACE = new RegExp(`\\s+${UNITS}(?:\\s*[(（]\\s*%\\s*[)）])?\\s*$`, 'i');
const QUOTES = /^[「『“"'《〈【]\s*(.*?)\s*[」』”"'》〉】]$/;
/** Dashes and wave dashes (hyphen-minus, hyphens, en/em dash, minus, tildes, 〜) between two numbers: one mark. */
const RANGE = /(\d)\s*[-‐‑‒–—―−~〜～]\s*(?=\d)/g;

/** A label however it is written: the same group to anyone who reads it (step 1). */
export function plainKey(label: string): string {
  const written = normalise(label).replace(DENOMINATOR_TEXT, ' ').trim();
  let s = written;
  for (let before = ''; before !== s;) {
    before = s;
    s = s.replace(UNIT_BRACKETS, '').replace(UNIT_AFTER_SPACE, '').trim();
    const q = QUOTES.exec(s);
    if (q) s = q[1]!;
  }
  // A label that is nothing but a unit (「n」, 「(%)」) is a measure: kept as written.
  return (s === '' ? written : s).replace(RANGE, '$1-').replace(/\s+/g, '').toLowerCase();
}

/** Our reading: group names that mean the same group (step 2), keyed by their plain form. */
const READINGS = new Map<string, string>([
  ...['男', '男性', '男子', 'male', 'males', 'man', 'men'].map((k) => [k, '男性'] as const),
  ...['女', '女性', '女子', 'female', 'females', 'woman', 'women'].map((k) => [k, '女性'] as const),
  ...['あり', '有', '有り', 'yes'].map((k) => [k, 'あり'] as const),
  ...['なし', '無', '無し', 'no'].map((k) => [k, 'なし'] as const),
]);
/** 20代, 20歳代 → 20-29歳; 20-29 with 歳 or 才 → 20-29歳. */
const DECADE = /^([1-9]\d*)0(?:歳|才)?代$/;
const YEARS = /^([1-9]\d*)0-\1(?:9)(?:歳|才)$/;

/** What a label stands for across tables: its plain form, read through `READINGS` (step 1 and 2). */
export function labelKey(label: string): string {
  const plain = plainKey(label);
  const decade = DECADE.exec(plain) ?? YEARS.exec(plain);
  if (decade) return `${decade[1]}0-${decade[1]}9歳`;
  return READINGS.get(plain) ?? plain;
}

/** Where a label was read: its table, the label as written, its plain form and its key. */
interface Seen {
  table: number;
  line: number;
  label: string;
  plain: string;
  key: string;
}

/** Distinct labels beyond which look-alikes are not searched (every pair is compared): said in the report. */
export const LOOKALIKE_LABELS = 2_000;

/** The labels of the items of both axes of every table (totals name no group), once per table and plain form. */
function labelsOf(tables: readonly Table[]): Seen[] {
  const out: Seen[] = [];
  for (const t of tables) {
    const mine = new Set<string>();
    for (const h of [...t.rows, ...t.cols]) {
      if (h.kind === 'total') continue;
      const plain = plainKey(h.label);
      if (plain === '' || mine.has(plain)) continue;
      mine.add(plain);
      out.push({ table: t.number, line: t.line, label: h.label, plain, key: labelKey(h.label) });
    }
  }
  return out;
}

/**
 * What the reading of labels across tables told the report, one warning per pair of tables: labels taken as one
 * group through our reading (`labels/equated`), and labels that look alike but were not taken as one group
 * (`labels/apart`), saying whether those tables were checked together (they share other counts) or one at a time,
 * and what that leaves open. `together(a, b)`: whether tables a and b were checked as one system. With more than
 * `LOOKALIKE_LABELS` distinct labels, look-alikes are not searched and the report says so (`labels/not-compared`).
 */
export function labelWarnings(tables: readonly Table[], together: (a: number, b: number) => boolean): Warning[] {
  const seen = labelsOf(tables);
  const pairs = new Map<string, { a: number; b: number; line: number; equated: string[]; apart: string[] }>();
  const note = (a: Seen, b: Seen, same: boolean) => {
    if (a.table === b.table || a.plain === b.plain) return;
    if (a.table > b.table) [a, b] = [b, a];
    const k = `${a.table},${b.table}`;
    const pair = pairs.get(k) ?? { a: a.table, b: b.table, line: b.line, equated: [], apart: [] };
    pairs.set(k, pair);
    const text = `表${a.table}の「${a.label}」と表${b.table}の「${b.label}」`;
    const list = same ? pair.equated : pair.apart;
    if (!list.includes(text)) list.push(text);
  };
  const byKey = new Map<string, Seen[]>();
  for (const x of seen) byKey.set(x.key, [...(byKey.get(x.key) ?? []), x]);
  if (tables.length < 2) return [];
  for (const group of byKey.values())
    for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) note(group[i]!, group[j]!, true);
  const byPlain = new Map<string, Seen[]>();
  for (const x of seen) byPlain.set(x.plain, [...(byPlain.get(x.plain) ?? []), x]);
  const plains = [...byPlain.keys()];
  const out: Warning[] = [];
  if (plains.length > LOOKALIKE_LABELS) {
    out.push({
      code: 'labels/not-compared',
      place: { line: tables[0]?.line ?? 1, table: tables[0]?.number ?? 0 },
      message: `見出しが多いため（${plains.length.toLocaleString('en-US')} 種類）、表をまたいで似た見出し（「高血圧」と「高血圧症」など）を探していません（推定）。書き方の違う同じ群は別の群として確かめたことになります。同じ群の見出しは同じ書き方にそろえてください`,
    });
  } else {
    for (let i = 0; i < plains.length; i++) {
      for (let j = i + 1; j < plains.length; j++) {
        if (!alike(plains[i]!, plains[j]!)) continue;
        for (const a of byPlain.get(plains[i]!)!) for (const b of byPlain.get(plains[j]!)!) if (a.key !== b.key) note(a, b, false);
      }
    }
  }
  const listed = (xs: string[]) => (xs.length > 3 ? `${xs.slice(0, 3).join('、')}ほか ${xs.length - 3} 組` : xs.join('、'));
  for (const p of [...pairs.values()].sort((x, y) => x.a - y.a || x.b - y.b)) {
    const place = { line: p.line, table: p.b };
    if (p.equated.length > 0) {
      out.push({
        code: 'labels/equated',
        place,
        message: `${listed(p.equated)}は同じ群を指すと読み、値が同じところは同じ数として、表${p.a}と表${p.b}をまとめて確かめました（推定）。別の群なら見出しを書き分けてください`,
      });
    }
    if (p.apart.length > 0) {
      const how = together(p.a, p.b)
        ? `表${p.a}と表${p.b}はほかの見出しの値を共有しているのでまとめて確かめましたが、これらの見出しは別の群として扱いました`
        : `表${p.a}と表${p.b}は別々に（一つずつ）確かめました`;
      out.push({
        code: 'labels/apart',
        place,
        message: `${listed(p.apart)}は似ていますが、同じ群とは読みませんでした（推定）。${how}。同じ群であれば、二つの表を突き合わせて差し引くと秘匿したセルが分かる場合があり、その組み合わせは確かめていません。同じ群なら見出しを同じ書き方にそろえて、もう一度確かめてください`,
      });
    }
  }
  return out;
}

/**
 * Labels that may name one group although they differ: one contains the other (高血圧 and 高血圧症, 20-29 and
 * 20-29歳) — a shorter one of digits only (10, 20-29) only at the start or end of the other and not next to a digit
 * (10 and 100 are no such pair).
 */
function alike(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 2) return false;
  if (!/^[\d.,%-]+$/.test(short)) return long.includes(short);
  return (long.startsWith(short) && !/\d/.test(long[short.length]!)) || (long.endsWith(short) && !/\d/.test(long.at(-short.length - 1)!));
}
