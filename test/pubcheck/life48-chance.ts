/**
 * life48: how often ordinary count tables change under life48's readings (the points' N beside lines of another
 * table, at-risk points finer than another table's, intervals as written; no life table read from groups' 「(N=…)」 or
 * lines that never fall). One line per random table (its hidden cells or its refusal's codes, then the life warnings
 * said) through the checker of `ROOT` (this tree unless said): `npx node test/pubcheck/life48-chance.ts 1000 2631 >
 * now; ROOT=<base> npx node … > base; diff base now`. Shapes, in turn: 「人数」 falling (visits' N) beside 1–3 lines
 * under it over 2–4 month points, another table of 1–3 lines over the same points (「死亡」「中止」 half the time); a
 * falling line (「群A」「区分1」「全体」; 「人数」 alone is refused, header/count) over 0/3/6/9/12か月 beside a table of
 * 2–4 lines over 0/6/12か月; the same over 「0-6か月」「6-12か月」; denom31's `zeros` Table 1 (「n/N」 blocks, a 0 line,
 * groups' N).
 */
import { checkerOfRoot, codesOf, int, lcg, pick } from './helpers.ts';
import { zeros } from './denom31-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
const count = Number(process.argv[2] ?? 100);
const seed = Number(process.argv[3] ?? 2631);
const next = lcg(seed);
/** Lines of the other table (no digit: 「死亡1」 is refused, header/count). */
const WORDS = ['死亡', '中止', '有害事象', '入院'];
const LIFE = new Set(['line/maybe-at-risk', 'table/life-table']);
const row = (label: string, values: number[]) => [label, ...values].join('\t');
const falling = (n: number, top: number) => {
  const out = [top];
  for (let k = 1; k < n; k++) out.push(out[k - 1]! - int(next, 0, 30));
  return out;
};
const innocent = zeros(Math.ceil(count / 4), seed);
for (let n = 0; n < count; n++) {
  const shape = n % 4;
  let text: string;
  if (shape === 0) {
    const points = int(next, 2, 4);
    const times = Array.from({ length: points }, (_, k) => `${k * 3}か月`);
    const ns = falling(points, int(next, 60, 200));
    const lines = Array.from({ length: int(next, 1, 3) }, (_, i) =>
      row(
        `区分${'ABC'[i]}`,
        ns.map((x) => int(next, 0, Math.floor(x / 3))),
      ),
    );
    const other = Array.from({ length: int(next, 1, 3) }, (_, i) =>
      row(
        next() < 0.5 ? WORDS[i]! : `群${'BCDE'[i]}`,
        times.map(() => int(next, 0, 30)),
      ),
    );
    text = `# 表1\n${['', ...times].join('\t')}\n${row(pick(next, ['人数', '患者数', '例数']), ns)}\n${lines.join('\n')}\n\n# 表2\n${['', ...times].join('\t')}\n${other.join('\n')}`;
  } else if (shape === 1 || shape === 2) {
    const fine = ['0か月', '3か月', '6か月', '9か月', '12か月'];
    const values = falling(5, int(next, 80, 250));
    const coarse = shape === 1 ? ['0か月', '6か月', '12か月'] : ['0-6か月', '6-12か月'];
    const other = Array.from({ length: int(next, 2, 4) }, (_, i) =>
      row(
        next() < 0.5 ? WORDS[i]! : `群${'BCDE'[i]}`,
        coarse.map(() => int(next, 0, 40)),
      ),
    );
    text = `# 表1\n${['', ...fine].join('\t')}\n${row(pick(next, ['群A', '区分1', '全体']), values)}\n\n# 表2\n${['', ...coarse].join('\t')}\n${other.join('\n')}`;
  } else text = innocent[(n - 3) / 4]!.text;
  if (process.env.SHOW) console.log(text);
  const r = check(highs, bundle, text.trimEnd() + '\n', { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
  console.log(
    shape,
    // life52: counts before 「0か月」 said in the reading's warning (no refusal, no cell more).
    r.warnings.some((w) => w.message.includes('追跡開始より前')) ? 'early' : '-',
    r.ok ? r.tables.map((t) => t.status.map((s) => (s === 'published' ? '.' : s[0])).join('')).join('|') : `refused ${codesOf(r)}`,
    r.warnings
      .filter((w) => LIFE.has(w.code))
      .map((w) => w.code)
      .join(','),
  );
}
