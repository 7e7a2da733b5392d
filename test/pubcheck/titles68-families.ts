/**
 * titles68 (issue #11): a title's or the corner's N in a verb of taking patients in, seeded (seeds 5510–5529).
 *
 * - `taken` (titlen65-families.ts' generator with these words): 「(146 randomised)」「146 patients were enrolled」
 *   「(146 eligible patients)」「(randomised: 146)」「(ITT 146)」「146名を解析」「（登録例146）」「登録146例」… a little above the
 *   table's total (a remainder of 1–9: `over`, must not be read silently) or at it / 10–40 above it (`innocent`, read —
 *   a count refused as a title's count that fits no total, `title/count`, is an innocent refused), with look-alikes
 *   that are no N (a study's number, a year, a dose, a ratio, who were left out: 「(Study 146 randomised)」
 *   「(randomised 2014)」「(146 mg)」「(randomised 2:1)」「(treated 3 times)」「（146例を除外）」「（評価不能146例）」).
 *
 * - `sasCode` (5512–5513): formats41's SAS crosstab listing under SAS's program as it is pasted — a 「title "…";」
 *   statement (the title SAS prints), 「options …;」, a 「data …; run;」 step, a comment with no digit (「/* … *\/」「* …;」),
 *   a step no 「run;」 closes before the empty line, or titles66's 「proc …」 to 「run;」 — the title's N (in the statement
 *   or on a line over the program) at the crosstab's N (with its 「Frequency Missing = m」: N + m) or none: `innocent`,
 *   to be read (the base refused all but titles66's form: `line/count`, `row/short`); at that N + 1–9: `over`, never
 *   read silently — the base read titles66's form with a 「Frequency Missing」 so, the N checked against the crosstab's
 *   total alone (N − total − m published).
 *
 *   npx node test/pubcheck/titles68-families.ts taken <count> <seed>        (ROOT=<base> for the base)
 *   npx node test/pubcheck/titles68-families.ts sasCode <count> <seed> [--oracle]
 */
import { int, lcg, pick } from './helpers.ts';
import type { Joined } from './formats35-families.ts';
import { sasCross } from './formats41-families.ts';
import type { Words } from './titlen65-families.ts';

export const TAKEN: Words = {
  forms: [
    (n) => `(${n} randomised)`,
    (n) => `(${n} randomized)`,
    (n) => `${n} randomised`,
    (n) => `(${n} patients were enrolled)`,
    (n) => `(${n} randomized patients)`,
    (n) => `(${n} eligible patients)`,
    (n) => `(${n} recruited)`,
    (n) => `(${n} included)`,
    (n) => `(${n} evaluable)`,
    (n) => `(randomised: ${n})`,
    (n) => `(ITT ${n})`,
    (n) => `(FAS: ${n})`,
    (n) => `（${n}名を解析）`,
    (n) => `（${n}例を登録）`,
    (n) => `（${n}人を解析対象）`,
    (n) => `（登録例${n}）`,
    (n) => `（登録${n}例）`,
    (n) => `（無作為化${n}例）`,
    (n) => `（${n}例が組み入れ）`,
  ],
  lookalikes: [
    () => '(Study 146 randomised)',
    () => '(randomised 2014)',
    () => '(146 mg)',
    () => '(randomised 2:1)',
    () => '(treated 3 times)',
    () => '(eligible 18 years)',
    () => '（2014年登録）',
    () => '(Protocol 146, randomised)',
    (t) => `（${t}例を解析）`,
    (t) => `(${t} randomised)`,
  ],
};

const CAPTIONS = ['表{k} 性別と転帰', 'Table {k}: outcome by sex', '表{k}　転帰別の患者数'];
/** SAS's programs as pasted, the title (with its N or none) in or over them. */
const PROGRAMS: ((title: string) => string[])[] = [
  (t) => [`title "${t}";`, 'proc freq data=work.a;', '  tables sex*outcome;', 'run;'],
  (t) => [`title1 '${t}';`, 'proc freq data=a; tables sex*outcome; run;'],
  (t) => ['options nodate nonumber;', `title "${t}";`, 'proc freq data=adsl;', '  tables sex*outcome / norow nocol;', 'run;'],
  (t) => [t, 'data a; set adsl; where saffl="Y"; run;', 'proc freq data=a;', '  tables sex*outcome;', 'run;'],
  (t) => [t, '/* 性別と転帰の度数 */', 'proc freq data=a;', '  tables sex*outcome;', 'run;'],
  (t) => [t, 'proc freq data=a;', '  * crosstab;', '  tables sex*outcome;', 'run;'],
  (t) => [t, 'proc freq data=a;', '  tables sex*outcome;'],
  (t) => [t, 'proc freq data=a; /* 度数 */', '  tables sex*outcome;', 'quit;'],
  // titles66's own form (read on the base): a title over 「proc …」 to 「run;」.
  (t) => [t, 'proc freq data=a;', '  tables sex*outcome;', 'run;'],
];

export interface CodeCase extends Joined {
  kind: 'over' | 'innocent';
}
/** formats41's crosstabs under SAS's program as pasted, the title's N at N + 1–9 (`over`), N or none (`innocent`). */
export function sasCode(n: number, seed: number): CodeCase[] {
  const next = lcg(seed ^ 0x7468);
  return sasCross(n, seed).map((c) => {
    const N = c.truth.get('N')!;
    const kind = next() < 0.5 ? ('over' as const) : ('innocent' as const);
    const cap = pick(next, CAPTIONS).replace('{k}', String(int(next, 1, 9)));
    // The whole N: the crosstab's with its 「Frequency Missing = m」 (the title states it so, formats41's `linkMissingCross`).
    const whole = N + Number(/Frequency Missing = (\d+)/.exec(c.text)?.[1] ?? 0);
    const said = kind === 'over' ? whole + int(next, 1, 9) : next() < 0.7 ? whole : undefined;
    const title = said === undefined ? cap : `${cap}${pick(next, [`（N=${said}）`, ` (n = ${said})`])}`;
    const p = int(next, 0, PROGRAMS.length - 1);
    const lines = [...PROGRAMS[p]!(title), ''];
    const by = lines.length;
    const at = lines.findIndex((l) => l.includes(title));
    return {
      ...c,
      kind,
      family: `sas-${kind}-p${p}${said === undefined ? '' : '-n'}`,
      text: [...lines, c.text].join('\n'),
      tokens: [
        ...(said === N ? [{ line: at + 1, text: String(N), meanings: [{ kind: 'count' as const, v: 'N' }] }] : []),
        ...c.tokens.map((t) => ({ ...t, line: t.line + by })),
      ],
      joined: `# ${title}\n${c.joined}`,
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv[2] === 'sasCode') {
  const { checkerOfRoot } = await import('./helpers.ts');
  const { stopped } = await import('./titlen65-families.ts');
  const { leaks } = await import('./formats33-attack.ts');
  const { check, highs, bundle } = await checkerOfRoot();
  const tally = { over: { runs: 0, read: 0, refused: 0, leaked: 0 }, innocent: { runs: 0, read: 0, refused: 0, leaked: 0 } };
  let hidden = 0;
  let cells = 0;
  let protectedRest = 0;
  const codes = new Map<string, number>();
  for (const c of sasCode(Number(process.argv[3] ?? 100), Number(process.argv[4] ?? 5512))) {
    const r = check(highs, bundle, c.text, { details: true }, { mipSeconds: 0.3 });
    const t = tally[c.kind];
    t.runs++;
    if (!r.ok) for (const e of r.errors) codes.set(e.code, (codes.get(e.code) ?? 0) + 1);
    if (c.kind === 'over') {
      if (stopped(r)) t.refused++;
      else {
        t.read++;
        // Read: safe only where the rest is a line of the checker's (listing.ts `REST_LABEL`) hidden with another
        // cell of its table (its sum N published), so N − total − m gives no count back.
        const rest = r.ok ? r.tables.find((x) => x.table.rows.some((row) => row.label.startsWith('表に載らない患者'))) : undefined;
        const at = rest?.table.rows.findIndex((row) => row.label.startsWith('表に載らない患者')) ?? -1;
        const hidden = rest?.status.filter((x) => x !== 'published').length ?? 0;
        if (!(rest && rest.status[at] !== 'published' && hidden >= 2)) t.leaked++;
        else protectedRest++;
      }
      continue;
    }
    if (!r.ok) {
      t.refused++;
      continue;
    }
    t.read++;
    const open = r.tables.some((x) => x.suppression?.passed === false || x.primary.headers.length > 0);
    if (!open && leaks(r, c).length > 0) t.leaked++;
    const st = r.tables.flatMap((x) => x.status);
    cells += st.length;
    hidden += st.filter((x) => x !== 'published').length;
  }
  for (const [k, v] of Object.entries(tally))
    console.log(`${k.padEnd(9)} runs ${v.runs} read ${v.read} refused ${v.refused} leaked ${v.leaked}`);
  console.log(`over read with the rest a line of ours, hidden: ${protectedRest}`);
  console.log(`innocent read: ${hidden} of ${cells} cells hidden; refusals ${JSON.stringify(Object.fromEntries(codes))}`);
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const { checkerOfRoot } = await import('./helpers.ts');
  const { measure } = await import('./titlen65-families.ts');
  const { check, highs, bundle } = await checkerOfRoot();
  const run = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.05 });
  const t = await measure(Number(process.argv[3] ?? 200), Number(process.argv[4] ?? 5510), run, TAKEN);
  for (const [k, v] of Object.entries(t))
    console.log(`${k.padEnd(9)} runs ${v.runs} read ${v.read} refused ${v.refused} leaked ${v.leaked}`);
}
