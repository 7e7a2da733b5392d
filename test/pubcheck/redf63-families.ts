/**
 * redf63 (issue #11, red team of life63): life tables whose at-risk counts are written only as each time point's N in
 * its header, in the other ways a header writes its N (header.ts `DENOMINATOR_TEXT`: 「0か月 [N=200]」「0か月 (200例)」
 * 「0か月（N=200人）」「0か月 / N=200」「(N=200) 0か月」「0か月 N 200」「0か月; n=200」) or its number at risk in words
 * (「0か月 (at risk 200)」「6か月（リスク数 170）」). life63's `POINT_N` took only 「(N=200)」「n=200」 at the label's end, so
 * under these the label was no time point, the points' N no at-risk line, and one interval's 死亡/打ち切り printed in
 * another table gave the events back (the fall less the censored). `headerForms` draws them over life63's shape; the
 * attacker is life63's `leakOf` (written apart from the engine: it knows the interval's fall and the lines' truth).
 * `npx node test/pubcheck/redf63-families.ts [count] [seed] [innocent]` prints the tally (`ROOT=<tree>` for another).
 */
import { checkerOfRoot, lcg } from './helpers.ts';
import { leakOf, type HeaderNCase } from './life63-families.ts';

/** The header forms attacked, each a point's label and its N. */
export const FORMS: Record<string, (point: string, n: number) => string> = {
  square: (p, n) => `${p} [N=${n}]`,
  rei: (p, n) => `${p} (${n}例)`,
  nrei: (p, n) => `${p} (n=${n}例)`,
  nnin: (p, n) => `${p}（N=${n}人）`,
  slash: (p, n) => `${p} / N=${n}`,
  prefix: (p, n) => `(N=${n}) ${p}`,
  nspace: (p, n) => `${p} N ${n}`,
  semi: (p, n) => `${p}; n=${n}`,
  patients: (p, n) => `${p} (${n} patients)`,
  atrisk: (p, n) => `${p} (at risk ${n})`,
  noAtRisk: (p, n) => `${p} (No. at risk: ${n})`,
  risk: (p, n) => `${p}（リスク数 ${n}）`,
};

export interface FormCase extends HeaderNCase {
  form: string;
  /** The same case under life63's own form 「0か月 (N=200)」. */
  plain: string;
}

/** life63's shape under every form in turn; with `innocent`, 表2's lines add up to no fall of the N nor of 表1's line. */
export function headerForms(count: number, seed: number, innocent = false): FormCase[] {
  const r = lcg(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const names = Object.keys(FORMS);
  const out: FormCase[] = [];
  for (let i = 0; i < count; i++) {
    const name = names[i % names.length]!;
    const form = FORMS[name]!;
    const k = int(3, 5);
    const step = [3, 6, 12][int(0, 2)]!;
    const ns = [int(150, 400)];
    for (let p = 1; p < k; p++) ns.push(ns[p - 1]! - int(12, 40));
    const j = int(1, k - 1);
    const fall = ns[j - 1]! - ns[j]!;
    const died = int(1, 9);
    const heads = ns.map((n, p) => form(`${p * step}か月`, n));
    const response = ns.map((n) => int(10, Math.floor(n / 2)));
    const falls = new Set([ns, response].flatMap((xs) => xs.flatMap((a, p) => xs.slice(p + 1).map((b) => Math.abs(a - b)))));
    let other = fall - died;
    if (innocent) while (falls.has(died + other) || other < 10) other = int(10, 60);
    const lines = [died, other];
    const of = (hs: string[]) =>
      `表1 奏効\n,${hs.join(',')}\n奏効,${response.join(',')}\n\n` +
      `表2 ${j * step}か月時点\n,${j * step}か月\n死亡,${lines[0]}\n打ち切り,${lines[1]}\n`;
    const plain = of(ns.map((n, p) => `${p * step}か月 (N=${n})`));
    out.push({ text: of(heads), fall, lines, form: name, plain });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { check, highs, bundle } = await checkerOfRoot();
  const count = Number(process.argv[2] ?? 120);
  const seed = Number(process.argv[3] ?? 4900);
  const innocent = process.argv[4] === 'innocent';
  for (const protection of ['threshold', 'not-exact'] as const) {
    let [read, leaked, hidden, life] = [0, 0, 0, 0];
    const refused = new Map<string, number>();
    const leakedBy = new Map<string, number>();
    for (const c of headerForms(count, seed, innocent)) {
      const res = check(highs, bundle, c.text, { details: true }, { protection, mipSeconds: 0.3 });
      if (!res.ok) {
        const why = `${c.form}:${res.errors.map((e) => e.code).join('+')}`;
        refused.set(why, (refused.get(why) ?? 0) + 1);
        continue;
      }
      read++;
      if (/"code":"life\//.test(JSON.stringify(res))) life++;
      hidden += res.tables.reduce((s, x) => s + x.status.filter((y) => y !== 'published').length, 0);
      if (!innocent && leakOf(c, res.tables[1]!.status)) {
        leaked++;
        leakedBy.set(c.form, (leakedBy.get(c.form) ?? 0) + 1);
      }
    }
    console.log(
      `${protection}: ${count} tables, read ${read} (life warned ${life}), refused ${count - read}, leaked ${leaked}, hidden ${hidden}`,
    );
    console.log(`  refused: ${JSON.stringify(Object.fromEntries(refused))}`);
    console.log(`  leaked by form: ${JSON.stringify(Object.fromEntries(leakedBy))}`);
  }
}
