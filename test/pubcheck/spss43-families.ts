/**
 * spss43 (issue #11): SPSS FREQUENCIES' table, seeded (seeds 2131–2140). Every printed number carries its true meaning
 * (formats33-attack.ts takes every number the check leaves published); `joined` is the same numbers as the checker reads
 * them (formats36's tree of running sums), for the oracle, which reads no listing.
 *
 * - `spssFreq`: the table with its columns 度数 / パーセント / 有効パーセント / 累積パーセント (English Frequency / Percent /
 *   Valid Percent / Cumulative Percent), rows 有効 (Valid) categories, their 合計 (Total), with or without 欠損値
 *   (Missing) rows 「システム欠損値」「System」 (one or two, then a 合計 of them) and a last 合計; its cells pasted (tab
 *   separated, as SPSS's viewer copies them) or its text (aligned by spaces), one decimal as SPSS prints it, one or two
 *   counts under the threshold among the categories, the missing counts 1–20.
 */
import { int, lcg, pick } from './helpers.ts';
import type { Token } from './formats33-families.ts';
import { cross, pct as roundPct, type Joined } from './formats35-families.ts';
import { cumTree, LONG, running } from './formats36-families.ts';

const WORDS = {
  ja: {
    head: ['度数', 'パーセント', '有効パーセント', '累積パーセント'],
    valid: '有効',
    missing: '欠損値',
    total: '合計',
    system: 'システム欠損値',
    others: ['無回答', '不明'],
    ours: { valid: '有効（合計）', missTotal: '欠損値（合計）', missing: (l: string) => `欠損値（${l}）` },
  },
  en: {
    head: ['Frequency', 'Percent', 'Valid Percent', 'Cumulative Percent'],
    valid: 'Valid',
    missing: 'Missing',
    total: 'Total',
    system: 'System',
    others: ['99', '98'],
    ours: { valid: 'Valid (Total)', missTotal: 'Missing (Total)', missing: (l: string) => `Missing (${l})` },
  },
};

/** One SPSS frequency table of the counts `c` under `rows`, `miss` the missing counts (none: no missing rows). */
export function spssTable(rows: string[], c: number[][], miss: number[], ja: boolean, pasted: boolean, title: string, cut = false): Joined {
  // formats46: `cut`, the shares cut (truncated) to their decimals rather than rounded.
  const pct = cut
    ? (n: number, d: number, dec: number) => (Math.floor(((100 * n) / d) * 10 ** dec + 1e-9) / 10 ** dec).toFixed(dec)
    : roundPct;
  const w = WORDS[ja ? 'ja' : 'en'];
  const { truth, sums } = cross(c);
  const V = truth.get('N')!;
  const cum = running(c, truth, sums);
  const lines: string[] = [title];
  const tokens: Token[] = [];
  const N = V + miss.reduce((a, b) => a + b, 0);
  // spss44: the whole's table as the checker reads it (the valid 合計 over the categories, the missing rows, 合計 N).
  const whole: string[] =
    miss.length > 0
      ? [
          title,
          `\t${w.head[0]}`,
          `${w.ours.valid}\t${V} (${pct(V, N, 1)}%)`,
          ...cumTree(
            rows,
            running(c, new Map(truth), []).map((x) => ({
              ...x,
              cell: `${x.x} (${pct(x.x, N, 1)}%)`,
              runCell: `${x.run} (${pct(x.run, N, 1)}%)`,
            })),
            '',
            '',
          )
            .slice(1, -1)
            .map((l) => `  ${l}`),
        ]
      : [];
  if (miss.length > 0) {
    // The whole N over the valid and the missing; 'N' stays the valid total (the categories' sum, as `running` holds it).
    truth.set('W', N);
    miss.forEach((m, j) => truth.set(`m:${j}`, m));
    sums.push(['W', ['N', ...miss.map((_, j) => `m:${j}`)]]);
  }
  const row = (xs: string[]) =>
    pasted
      ? xs.join('\t')
      : `${xs[0]!.padEnd(10)}${xs[1]!.padEnd(16)}${xs
          .slice(2)
          .map((x, j) => x.padStart(j === 0 ? 10 : 20))
          .join('')}`;
  lines.push(pasted ? ['', '', ...w.head].join('\t') : `${''.padEnd(26)}${w.head.map((h, j) => h.padStart(j === 0 ? 10 : 20)).join('')}`);
  rows.forEach((r, i) => {
    const { x, run } = cum[i]!;
    const vp = pct(x, V, 1);
    const cp = pct(run, V, 1);
    lines.push(row([i === 0 ? w.valid : '', r, String(x), pct(x, N, 1), vp, cp]));
    // spss44: with missing rows the checker reads 度数 with パーセント (of the whole) as a table of its own.
    if (miss.length > 0)
      tokens.push({
        line: lines.length,
        text: `${x} (${pct(x, N, 1)}%)`,
        meanings: [
          { kind: 'count', v: `c:${i}:0` },
          { kind: 'pct', num: `c:${i}:0`, den: 'W', dec: 1, scale: 100 },
        ],
      });
    tokens.push({
      line: lines.length,
      text: `${x} (${vp}%)`,
      meanings: [
        { kind: 'count', v: `c:${i}:0` },
        { kind: 'pct', num: `c:${i}:0`, den: 'N', dec: 1, scale: 100 },
      ],
    });
    if (i >= 1 && i < rows.length - 1)
      tokens.push({
        line: lines.length,
        text: `${run} (${cp}%)`,
        meanings: [
          { kind: 'count', v: `cum:${i}` },
          { kind: 'pct', num: `cum:${i}`, den: 'N', dec: 1, scale: 100 },
        ],
      });
  });
  lines.push(row(['', w.total, String(V), pct(V, N, 1), '100.0']));
  if (miss.length > 0)
    tokens.push({
      line: lines.length,
      text: `${V} (${pct(V, N, 1)}%)`,
      meanings: [
        { kind: 'count', v: 'N' },
        { kind: 'pct', num: 'N', den: 'W', dec: 1, scale: 100 },
      ],
    });
  tokens.push({
    line: lines.length,
    text: `${V} (100.0%)`,
    meanings: [{ kind: 'count', v: 'N' }],
  });
  if (miss.length > 0) {
    const labels = miss.length === 1 ? [w.system] : [...w.others.slice(0, miss.length - 1), w.system];
    miss.forEach((m, j) => {
      lines.push(row([j === 0 ? w.missing : '', labels[j]!, String(m), pct(m, N, 1)]));
      tokens.push({
        line: lines.length,
        text: `${m} (${pct(m, N, 1)}%)`,
        meanings: [
          { kind: 'count', v: `m:${j}` },
          { kind: 'pct', num: `m:${j}`, den: 'W', dec: 1, scale: 100 },
        ],
      });
      whole.push(`${miss.length > 1 ? '  ' : ''}${w.ours.missing(labels[j]!)}\t${m} (${pct(m, N, 1)}%)`);
    });
    if (miss.length > 1) {
      const m = miss.reduce((a, b) => a + b, 0);
      truth.set('M', m);
      sums.push(['M', miss.map((_, j) => `m:${j}`)]);
      lines.push(row(['', w.total, String(m), pct(m, N, 1)]));
      tokens.push({
        line: lines.length,
        text: `${m} (${pct(m, N, 1)}%)`,
        meanings: [
          { kind: 'count', v: 'M' },
          { kind: 'pct', num: 'M', den: 'W', dec: 1, scale: 100 },
        ],
      });
      whole.splice(whole.length - miss.length, 0, `${w.ours.missTotal}\t${m} (${pct(m, N, 1)}%)`);
    }
    lines.push(
      pasted ? [w.total, '', String(N), '100.0'].join('\t') : `${w.total.padEnd(26)}${String(N).padStart(10)}${'100.0'.padStart(20)}`,
    );
    tokens.push({ line: lines.length, text: `${N} (100.0%)`, meanings: [{ kind: 'count', v: 'W' }] });
    whole.push(`${w.total}\t${N} (100.0%)`, '');
  }
  const tree = cumTree(
    rows,
    cum.map((x) => ({ ...x, cell: `${x.x} (${pct(x.x, V, 1)}%)`, runCell: `${x.run} (${pct(x.run, V, 1)}%)` })),
    `\t${w.head[0]}`,
    `${w.total}\t${V} (100.0%)`,
  );
  // spss44: with missing rows the valid's table is the tree under the valid 合計, a line of ours, first.
  const valid = miss.length > 0 ? [tree[0]!, `${w.ours.valid}\t${V} (100.0%)`, ...tree.slice(1, -1).map((l) => `  ${l}`)] : tree;
  return {
    family: `spss-${ja ? 'ja' : 'en'}-${miss.length > 0 ? 'missing' : 'complete'}-${pasted ? 'pasted' : 'text'}`,
    text: lines.join('\n') + '\n',
    truth,
    sums,
    tokens,
    joined: [...whole, ...valid].join('\n') + '\n',
  };
}

/** `n` SPSS frequency tables a seed: JA or EN, pasted or text, with missing rows or not (`missing`: always, never, or half). */
export function spssFreq(n: number, seed: number, missing: 'always' | 'never' | 'half' = 'half'): Joined[] {
  const next = lcg(seed);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const rows = pick(next, LONG);
    const c = rows.map(() => [int(next, 10, 99)]);
    for (let t = int(next, 1, 2); t > 0; t--) c[int(next, 0, rows.length - 1)]![0] = int(next, 1, 9);
    const withMissing = missing === 'always' || (missing === 'half' && next() < 0.5);
    const miss = withMissing ? Array.from({ length: next() < 0.7 ? 1 : 2 }, () => int(next, 1, 20)) : [];
    const ja = next() < 0.5;
    out.push(
      spssTable(
        rows,
        c,
        miss,
        ja,
        next() < 0.5,
        ja ? pick(next, ['重症度', '年齢区分', '病期']) : pick(next, ['grade', 'age group', 'stage']),
      ),
    );
  }
  return out;
}
