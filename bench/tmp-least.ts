import loadHighs from 'highs';
import { readTables } from '../src/pubcheck/read.ts';
import { suppress } from '../src/pubcheck/secondary.ts';
import { systemOf } from '../src/pubcheck/system.ts';
import { mulberry32 as random } from './random.ts';
const T = 10;
function table(rows: number, cols: number, seed: number, spread: string): string {
  const rnd = random(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const cells = Array.from({ length: rows }, () => Array.from({ length: cols }, () => Math.floor(Math.exp((spread === 'many' ? 3 : 4.5) + 1.2 * normal()))));
  const lines = [['', ...cells[0]!.map((_, j) => `c${j + 1}`), '合計'].join('\t')];
  cells.forEach((row, i) => lines.push([`r${i + 1}`, ...row, row.reduce((a, b) => a + b, 0)].join('\t')));
  const sums = cells[0]!.map((_, j) => cells.reduce((s, row) => s + row[j]!, 0));
  lines.push(['合計', ...sums, sums.reduce((a, b) => a + b, 0)].join('\t'));
  return lines.join('\n');
}
const highs = await loadHighs();
const [r, c] = (process.argv[2] ?? '30x30').split('x').map(Number);
const secs = Number(process.argv[3] ?? 1);
for (const spread of ['many', 'few']) for (const protection of ['threshold', 'not-exact'] as const) for (let k = 0; k < 5; k++) {
  const { sys } = systemOf(readTables(table(r!, c!, 1000 * r! + c! + k, spread)).tables, { zeroExempt: true });
  const primary = new Set(sys.vars.flatMap((x, v) => (x.value > 0 && x.value < T ? [v] : [])));
  const t0 = performance.now();
  const p = suppress(highs, sys, { protection, threshold: T, primary }, { mipSeconds: secs });
  const ms = performance.now() - t0;
  const l = p.least;
  console.log(spread, protection, k, Math.round(ms), 'ms', p.method, l ? `cells ${l.cells}/${l.minima.cells}(${l.minima.cellsBound}) value ${l.value}/${l.minima.value}(${l.minima.valueBound}) t ${l.ratio.toFixed(3)} tb ${l.ratioBound.toFixed(3)} ${l.proved}` : '-');
}
