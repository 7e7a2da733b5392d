/**
 * life60: how often ordinary inputs of many tables over the same time points change under life60's reading (the fall
 * of a line taken by one line of each of four or five other tables). One line per random input (its hidden cells or
 * its refusal's codes, then the life warnings said, then the milliseconds rounded to 100s) through the checker of
 * `ROOT` (this tree unless said): `npx node test/pubcheck/life60-chance.ts 200 4450 > now; ROOT=<base> npx node … >
 * base; diff base now` (a fourth argument `oracle`: the oracle's verdict last; `oracle-few`: the oracle over two or three other tables only). Shapes: 5–8 tables of 1–4 lines (words of events, of censoring, or none; a 「計」 half the
 * time) over 3–4 month points, counts 0–40; the first table a falling line (「人数」「区分1」) falling by 20–150 a step.
 */
import { checkerOfRoot, int, lcg, pick } from './helpers.ts';
import { oracleVerdict } from './attack35-measure.ts';
import { lifeTable as table } from './life48-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
const count = Number(process.argv[2] ?? 100);
const next = lcg(Number(process.argv[3] ?? 4450));
const WORDS = ['死亡', '中止', '転院', '追跡不能', '区分A', '区分B', '理由C', 'Group D', 'その他', '入院', '有害事象'];
const LIFE = new Set(['line/maybe-at-risk', 'table/life-table', 'life/not-searched']);
for (let n = 0; n < count; n++) {
  const points = pick(next, [3, 4]);
  const times = Array.from({ length: points }, (_, j) => `${j * 6}か月`);
  const top = int(next, 200, 500);
  const risk = [top];
  for (let k = 1; k < points; k++) risk.push(risk[k - 1]! - int(next, 20, 150));
  const out = [table('# 表1', [pick(next, ['人数', '区分1', '患者数'])], [risk], times, next() < 0.5)];
  const tables = int(next, 5, 8);
  for (let t = 2; t <= tables; t++) {
    const lines = int(next, 1, 4);
    const names = [...new Set(Array.from({ length: lines }, () => pick(next, WORDS)))];
    const series = names.map(() => times.map(() => int(next, 0, 40)));
    if (names.length > 1 && next() < 0.5) {
      names.push('計');
      series.push(times.map((_, k) => series.reduce((s, v) => s + v[k]!, 0)));
    }
    out.push(table(`# 表${t}`, names, series, times, next() < 0.5));
  }
  const started = performance.now();
  const text = out.join('\n\n') + '\n';
  const r = check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
  const ms = Math.round((performance.now() - started) / 100) * 100;
  const hidden = r.ok
    ? r.tables.reduce((s, t) => s + t.status.filter((x) => x !== 'published').length, 0)
    : r.errors.map((e) => e.code).join('+');
  const said = r.ok ? r.warnings.filter((w) => LIFE.has(w.code)).map((w) => w.code) : [];
  // With a fourth argument 'oracle': the oracle's verdict (attack35-measure.ts, two to five other tables) last.
  const more = { oneStep: true, threeWay: true, fourWay: true, manyWay: [4, 5] };
  const v = (m: object) => (r.ok ? oracleVerdict(highs, r, text, 'threshold', m) : '');
  const verdict =
    process.argv[4] === 'oracle' ? `\t${v(more)}` : process.argv[4] === 'oracle-few' ? `\t${v({ ...more, manyWay: [] })}` : '';
  console.log(`${n}\t${hidden}\t${said.join(' ')}\t${ms}${verdict}`);
}
