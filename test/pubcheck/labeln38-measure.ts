/**
 * The labeln38 family measured against a tree: `ROOT=<a checkout> npx node test/pubcheck/labeln38-measure.ts [n a seed]
 * [first seed] [last seed]` (this tree unless ROOT is given; seeds 1521–1540). Per family: tables whose band line's
 * number was read as its N (misread), refused, read with a blocking finding, read; read tables attacked by the oracle
 * (oracle.ts) on the same table: a hidden count pinned, or one under the threshold shown under 10, is a leak.
 */
import { checkerOfRoot, familyTally } from './helpers.ts';
import { bandTables } from './labeln38-families.ts';
import { attack } from './oracle.ts';

const { check, highs, bundle } = await checkerOfRoot();
const n = Number(process.argv[2] ?? 25);
const from = Number(process.argv[3] ?? 1521);
const to = Number(process.argv[4] ?? 1540);
const tally = familyTally({ width: 24, leaks: true });
let misread = 0;
let runs = 0;
const examples: string[] = [];
for (let seed = from; seed <= to; seed++)
  for (const t of bandTables(n, seed)) {
    runs++;
    const r = check(highs, bundle, t.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
    // A band line read with an N other than the one written in its label (「75+ (N=40)」): a misread.
    const tables = r.ok ? r.tables : [];
    const bands = tables.flatMap((tr) => (t.axis === 'rows' ? tr.table.rows : tr.table.cols));
    const wrong =
      r.warnings.some((w) => w.code === 'layout/label-n') ||
      bands.some((h) => h.kind === 'item' && h.denominator !== undefined && !/N=/.test(h.label));
    if (wrong) {
      misread++;
      if (examples.length < 8) examples.push(t.text.split('\n').slice(0, 4).join(' / '));
    }
    const finding = r.ok
      ? r.verdict.reasons.find((x) => x.severity === 'blocking' && x.kind !== 'primary' && x.kind !== 'secondary')
      : undefined;
    const family = `${t.family}${wrong ? ' MISREAD' : ''}`;
    if (!r.ok) {
      tally.add(family, r);
      continue;
    }
    const tr = r.tables[0]!;
    if (finding || tr.primary.headers.length > 0 || r.tables.length !== 1) {
      tally.add(family, { ok: false, errors: [{ code: finding ? `finding/${finding.kind}` : 'flagged-rest' }] } as never);
      continue;
    }
    // Cells matched to the text's by their labels (a line of ours, 「A群以外」「値なし（A群）」, is in no text).
    const grid = t.standard
      .trimEnd()
      .split('\n')
      .map((l) => l.split('\t'));
    const at = (labels: string[], label: string) =>
      labels.findIndex((x) => x === label || label.startsWith(`${x} (N=`) || (x !== '' && label.startsWith(`${x} (`)));
    const textRows = grid.slice(1).map((l) => l[0]!);
    const textCols = grid[0]!.slice(1);
    const cols = tr.table.cols.length;
    const hidden = new Set<string>();
    const small = new Set<string>();
    tr.status.forEach((s, id) => {
      const i = at(textRows, tr.table.rows[Math.floor(id / cols)]!.label);
      const j = at(textCols, tr.table.cols[id % cols]!.label);
      if (i < 0 || j < 0) return;
      const key = `0:${i}:${j}`;
      if (s !== 'published') hidden.add(key);
      if (s === 'primary') small.add(key);
    });
    const ranges = hidden.size > 0 ? attack(highs, t.standard, hidden, { zeroExempt: true }) : new Map();
    const leak = [...ranges].some(([k, g]) => g.hi !== null && (g.hi === g.lo || (small.has(k) && g.hi < 10)));
    tally.add(family, r, leak);
  }
tally.print();
console.log(`runs ${runs}, band lines read as an N: ${misread}`);
for (const e of examples) console.log('  e.g.', e);
