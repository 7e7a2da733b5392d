/**
 * denom30 (issue #11): published denominators and shares main c9d7a3c refused (not read) or explained wrongly.
 *
 * 1. 「n/N」 rows sharing one N per column that stay under it (「重症 20/55」「軽症 34/55」; 喫煙・飲酒), beside blocks
 *    of other Ns: refused as `fraction/unknown-base`. Now a block whose rest N − Σn is a line of ours
 *    (「重症・軽症以外」), protected as any count — it is the unprinted category a reader takes, and each row's
 *    complement (two binary variables) is the other rows and it. Measured (denom30-families.ts, seed 781, 100 tables):
 *    main refused 100, now 0; each attacked by the oracle (the checker's lines of its own written out, the oracle
 *    taking every run of rows adding up to a fraction's N): none pinned, no small count shown under 10.
 * 2. 「3 (5.3%, 3/57)」「3 (3/57, 5.3%)」「3/57例」「3例/57例」: refused as `cell/text`. Now read as 「3/57 (5.3%)」 and
 *    「3/57」 (the share checked against n/N; two different counts in one cell refused, `cell/fraction-mismatch`).
 *    Measured (seed 782, 100 tables): main refused 100, now 0; attacked by the oracle as above.
 * 3. A row of rates per patients 「死亡 (‰)」「per 1,000」 with the N only in the column headers: still refused
 *    (`header/rate`), but the message said no line of 患者数 was in the table; it now names the headers' Ns and how to
 *    write the cells as shares of them.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary, asAttacked, expectProtected, THRESHOLD, written, type Ok } from './protection.ts';
import { attack } from './oracle.ts';
import type { Protection } from '../../src/pubcheck/types.ts';
import { blank100, blocks100, bracketed, permille, unprinted } from './denom30-families.ts';

const highs = await solver();

/**
 * The check's hidden cells as the reader sees the table printed (its lines of ours left out), attacked by the oracle
 * on the text as printed: none pinned, and under `threshold` no small count shown under it. (The oracle on the
 * checker's lines written out, `asAttacked`, takes runs of rows through those lines that add up to a fraction's N by
 * chance — 11 of 120 runs here — which no reader of the printed table can see; the lines of ours are checked apart:
 * each under the threshold primary, protected by the check's own audit.)
 */
function expectPrinted(r: Ok, text: string, protection: Protection): boolean {
  const t = r.tables[0]!;
  if (t.primary.headers.length > 0 || t.suppression?.passed === false) return false;
  const hidden = new Set<string>();
  const small = new Set<string>();
  let printed = 0;
  t.table.rows.forEach((h, row) => {
    if (h.rest) return;
    t.table.cols.forEach((_, col) => {
      const s = t.status[row * t.table.cols.length + col];
      if (s !== 'published') hidden.add(`0:${printed}:${col}`);
      if (s === 'primary') small.add(`0:${printed}:${col}`);
    });
    printed++;
  });
  for (const [key, range] of attack(highs, text, hidden, { zeroExempt: true })) {
    expect(range.hi === null || range.hi > range.lo, `${key} is pinned to ${range.lo} in ${text}`).toBe(true);
    if (protection === 'threshold' && small.has(key)) expect(range.hi ?? Infinity, `${key} in ${text}`).toBeGreaterThanOrEqual(THRESHOLD);
  }
  return true;
}
const bundle = fixtureBundle();
const { result, run, codes, errors } = adversary(highs, bundle);

describe('1. 「n/N」 rows under one N that do not add up to it', () => {
  it('the example: read, the unprinted rest 1 a count of ours, hidden', () => {
    const text = '\tA群 (N=57)\tB群 (N=43)\n重症\t20/55\t11/40\n軽症\t34/55\t27/40\n';
    expect(codes(text)).toEqual([]);
    const r = run(text);
    const t = r.tables[0]!;
    const rest = t.table.rows.findIndex((h) => h.label === '重症・軽症以外');
    expect(rest).toBeGreaterThanOrEqual(0);
    expect(t.table.rows[rest]!.rest).toBe(true);
    expect(t.table.cells[rest]!.map((c) => c.value.kind === 'count' && c.value.n)).toEqual([1, 2]);
    expect(t.status[rest * t.table.cols.length]).toBe('primary');
    expect(r.warnings.find((w) => w.code === 'fraction/blocks')?.message).toContain('「重症」「軽症」の残り「重症・軽症以外」');
    expectProtected(highs, r, asAttacked(r, text));
    expectPrinted(r, text, 'threshold');
    expectPrinted(run(text, 'not-exact'), text, 'not-exact');
  });
  it('two binary variables under one N: each complement protected through the rest', () => {
    // 喫煙 52/57 shows 5 non-smokers; 飲酒 3/57 and the rest 2 are small.
    const text = '\tA群\tB群\n喫煙\t52/57\t12/43\n飲酒\t3/57\t20/43\n男性\t30/58\t20/44\n女性\t28/58\t24/44\n';
    const r = run(text);
    expectProtected(highs, r, asAttacked(r, text));
    const t = r.tables[0]!;
    const smoke = t.table.rows.findIndex((h) => h.label === '喫煙');
    // 52 is hidden: published, it would give 飲酒 + rest = 5.
    expect(t.status[smoke * t.table.cols.length]).not.toBe('published');
  });
  // denom31: rows passing their shared N with no adjacent rows among them adding up to it are read (each row's
  // complement a line of ours); the refusal, and its message, stay where some of them add up to the N in a column.
  it('rows that pass their shared N, some adding up to it, are still refused, naming the rows and their sum (the message said no other fraction shared the N)', () => {
    const e = errors(
      '\tA群 (N=60)\tB群 (N=45)\n喫煙\t30/55\t25/41\n飲酒\t40/55\t30/41\n運動\t15/55\t11/41\n男性\t30/58\t20/44\n女性\t28/58\t24/44\n',
    );
    expect(e.map((x) => x.code)).toContain('fraction/unknown-base');
    const m = e.find((x) => x.code === 'fraction/unknown-base')!;
    expect(m.message).toContain('「喫煙」「飲酒」');
    expect(m.message).toContain('を超えます');
    expect(m.message).not.toContain('ほかの分数とも分母が違います');
    expect(m.hint).toContain('喫煙なし');
    // Two rows sharing an N in one column only: named, not said to share none.
    const one = errors(
      '\tA群 (N=30)\tB群 (N=40)\n男性\t12/28\t20/38\n女性\t16/29\t18/38\n65歳未満\t10/30\t22/40\n65歳以上\t20/30\t18/40\n',
    );
    expect(one.find((x) => x.place?.col === 'B群 (N=40)')?.message).toContain('「男性」「女性」');
  });
  it('random family (seed 781): all read, protected against the oracle under both protections', () => {
    let read = 0;
    let small = 0;
    let attacked = 0;
    for (const c of unprinted(40, 781)) {
      const r = result(c.text);
      expect(r.ok, c.text).toBe(true);
      if (!r.ok) continue;
      read++;
      const t = r.tables[0]!;
      // Every rest of ours under the threshold is a primary count.
      t.table.rows.forEach((h, i) => {
        if (!h.rest || !h.label.endsWith('以外')) return;
        t.table.cells[i]!.forEach((cell, j) => {
          if (cell.value.kind === 'count' && cell.value.n >= 1 && cell.value.n < THRESHOLD) {
            small++;
            expect(t.status[i * t.table.cols.length + j], `${h.label} in ${c.text}`).toBe('primary');
          }
        });
      });
      if (expectPrinted(r, c.text, 'threshold')) attacked++;
      expectPrinted(run(c.text, 'not-exact'), c.text, 'not-exact');
    }
    expect(read).toBe(40);
    expect(attacked).toBeGreaterThan(30);
    expect(small).toBeGreaterThan(10);
  });
});

describe('2. a share and a fraction in one cell, a fraction with its unit', () => {
  it('the examples: read as 3/57 (5.3%) and 3/57', () => {
    for (const text of [
      '\tA群\tB群\n死亡\t3 (5.3%, 3/57)\t12 (27.9%, 12/43)\n生存\t54 (94.7%, 54/57)\t31 (72.1%, 31/43)\n',
      '\tA群\tB群\n死亡\t3 (3/57, 5.3%)\t12 (12/43, 27.9%)\n生存\t54 (54/57, 94.7%)\t31 (31/43, 72.1%)\n',
      '\tA群\tB群\n死亡\t3/57例\t12/43例\n生存\t54/57例\t31/43例\n',
      '\tA群\tB群\n死亡\t3例/57例\t12例/43例\n生存\t54例/57例\t31例/43例\n',
    ]) {
      const r = run(text);
      expect(r.tables[0]!.table.cells[0]![0]!.value).toMatchObject({ kind: 'count', n: 3, denominator: 57 });
      expect(r.tables[0]!.status[0]).toBe('primary');
      expectProtected(highs, r, text);
    }
  });
  it('two different counts, or a share of another base, refused naming the cell', () => {
    const two = errors('\tA群\tB群\n死亡\t3 (5.3%, 4/57)\t12 (27.9%, 12/43)\n生存\t54 (94.7%, 54/57)\t31 (72.1%, 31/43)\n');
    expect(two.map((e) => e.code)).toContain('cell/fraction-mismatch');
    expect(two[0]!.message).toContain('4/57');
    expect(codes('\tA群\tB群\n死亡\t3 (6.0%, 3/57)\t12 (27.9%, 12/43)\n生存\t54 (94.7%, 54/57)\t31 (72.1%, 31/43)\n')).toContain(
      'cell/rate-mismatch',
    );
  });
  it('random family (seed 782): all read and protected against the oracle', () => {
    for (const c of bracketed(40, 782)) {
      const r = result(c.text);
      expect(r.ok, c.text).toBe(true);
      if (!r.ok) continue;
      expectProtected(highs, r, c.text);
    }
  });
});

describe('4. counts and shares per mille in two columns', () => {
  it('「A群 n」「A群 ‰」 and 「A群」 over 「n」「(‰)」: joined as 「3 (5.3‰)」, read against the column’s sum', () => {
    for (const text of [
      '\tA群 n\tA群 ‰\tB群 n\tB群 ‰\n死亡\t3\t5.3\t12\t27.9\n生存\t567\t994.7\t418\t972.1\n',
      '\tA群\t\tB群\t\n\tn\t(‰)\tn\t(‰)\n死亡\t3\t5.3\t12\t27.9\n生存\t567\t994.7\t418\t972.1\n',
    ]) {
      const r = run(text);
      expect(r.tables[0]!.table.cells[0]![0]!.text).toBe('3 (5.3‰)');
      expect(r.tables[0]!.status[0]).toBe('primary');
      expectProtected(highs, r, written(r));
    }
  });
  it('a share per mille that is no share of its column stays refused', () => {
    expect(codes('\tA群 n\tA群 ‰\tB群 n\tB群 ‰\n死亡\t3\t9.3\t12\t27.9\n生存\t567\t994.7\t418\t972.1\n')).not.toEqual([]);
  });
  it('random family (seed 783): all read and protected against the oracle (the joined cells written out)', () => {
    for (const c of permille(30, 783)) {
      const r = result(c.text);
      expect(r.ok, c.text).toBe(true);
      if (!r.ok) continue;
      expectProtected(highs, r, written(r));
      const n = run(c.text, 'not-exact');
      expectProtected(highs, n, written(n), 'not-exact');
    }
  });
});

describe('5. rows of 100% heading blocks of different Ns', () => {
  const text =
    '\tA群\tB群\n性別\t100%\t100%\n男性\t30 (52.6%)\t20 (46.5%)\n女性\t27 (47.4%)\t23 (53.5%)\n年齢\t100%\t100%\n65歳未満\t20 (36.4%)\t3 (7.0%)\n65歳以上\t35 (63.6%)\t40 (93.0%)\n';
  it('read: each block’s N the one its shares prove, the group’s N the largest, the 2 with no age a count of ours', () => {
    const r = run(text);
    expect(r.warnings.map((w) => w.code)).toContain('layout/share-total');
    const t = r.tables[0]!;
    const rest = t.table.rows.findIndex((h) => h.rest && h.label.startsWith('値なし'));
    expect(t.table.cells[rest]!.map((c) => c.value.kind === 'count' && c.value.n)).toEqual([2, 0]);
    expect(t.status[rest * 2]).toBe('primary');
    // Shown as printed.
    expect(t.table.cells[0]![0]!.text).toBe('30 (52.6%)');
  });
  it('a block whose shares prove no N, or one other than its sum, stays refused', () => {
    expect(codes(text.replace('27 (47.4%)', '27 (48.4%)'))).not.toEqual([]);
    expect(codes(text.replace('20 (36.4%)\t3 (7.0%)', '20 (36.4%)\t4 (7.0%)'))).not.toEqual([]);
  });
  it('random family (seed 784): all read, protected against the oracle reading the blocks’ Ns from the shares', () => {
    let read = 0;
    let attacked = 0;
    for (const c of blocks100(30, 784)) {
      const r = result(c.text);
      expect(r.ok, c.text).toBe(true);
      if (!r.ok) continue;
      read++;
      const t = r.tables[0]!;
      t.table.rows.forEach((h, i) => {
        if (!h.rest) return;
        t.table.cells[i]!.forEach((cell, j) => {
          if (cell.value.kind === 'count' && cell.value.n >= 1 && cell.value.n < THRESHOLD)
            expect(t.status[i * t.table.cols.length + j], `${h.label} in ${c.text}`).toBe('primary');
        });
      });
      if (expectPrinted(r, c.attacked, 'threshold')) attacked++;
      expectPrinted(run(c.text, 'not-exact'), c.attacked, 'not-exact');
    }
    expect(read).toBe(30);
    expect(attacked).toBeGreaterThan(20);
  });
});

describe('6. a line of 100% with a blank cell; a row and a column of 100%', () => {
  it('a blank in a line of 100%: read as its column’s 100%, the N its shares prove', () => {
    const text = '\tA群\tB群\tC群\n合計\t100%\t\t100%\n男性\t30 (52.6%)\t3 (13.0%)\t10 (50.0%)\n女性\t27 (47.4%)\t20 (87.0%)\t10 (50.0%)\n';
    const r = run(text);
    expect(r.warnings.map((w) => w.code)).toContain('layout/share-total');
    expect(r.tables[0]!.table.cells[0]![1]!.value).toMatchObject({ kind: 'count', n: 23 });
    expect(r.tables[0]!.table.cells[0]![1]!.text).toBe('');
    expectProtected(highs, r, text.replace('100%\t\t100%', '100%\t100%\t100%'));
    // A blank whose column's shares prove no N stays refused.
    expect(codes(text.replace('3 (13.0%)', '3 (14.0%)'))).not.toEqual([]);
  });
  it('random family (seed 785): all read and protected against the oracle (the blank as 100%)', () => {
    for (const c of blank100(40, 785)) {
      const r = result(c.text);
      expect(r.ok, c.text).toBe(true);
      if (!r.ok) continue;
      expectProtected(highs, r, c.attacked);
      const n = run(c.text, 'not-exact');
      expectProtected(highs, n, c.attacked, 'not-exact');
    }
  });
  it('a row and a column of 100%: refused naming the line the shares prove and how to write the other', () => {
    const text = '\t男性\t女性\t合計\nA群\t30 (54.5%)\t20 (44.4%)\t100%\nB群\t25 (45.5%)\t25 (55.6%)\t100%\n合計\t100%\t100%\t100%\n';
    const e = errors(text).find((x) => x.code === 'table/share-total')!;
    expect(e.message).toContain('4行目の行「合計」の「100%」は割合の分母（合計）と読めます');
    expect(e.message).toContain('列「合計」の「100%」は割合の分母になりません');
    expect(e.hint).toContain('50 (50.0%)');
    // Written so, it is read.
    expect(codes(text.replace('20 (44.4%)\t100%', '20 (44.4%)\t50 (50.0%)').replace('25 (55.6%)\t100%', '25 (55.6%)\t50 (50.0%)'))).toEqual(
      [],
    );
  });
});

describe('3. a row of rates per patients with the N only in the headers', () => {
  it('the message names the headers’ N, not a missing line', () => {
    for (const label of ['死亡 (‰)', '死亡 per 1,000']) {
      const e = errors(`\tA群 (N=570)\tB群 (N=430)\n${label}\t5.3\t27.9\n生存\t567\t418\n`).find((x) => x.code === 'header/rate');
      expect(e, label).toBeDefined();
      expect(e!.message).toContain('N=570');
      expect(e!.message).not.toContain('表の中に、この率の患者数の行がありません');
      expect(e!.hint).toContain('5.3‰');
    }
  });
});
