/**
 * words59 (issue #11): a note's mark written in a count's cell — 「2※1」「3*」「5†」「4¹」「6^1」「8（注1）」「7a」 — read
 * as the count and the mark (cell.ts `markedCell`), never as 21, said with the note it names (read.ts `noteOfMark`,
 * `cell/note-mark`, チェッカーの判断); a letter (「7a」「7 (a)」) only where a note under the table opens with it, else
 * refused in words (`cell/mark`). A column of marked counts is values (layout.ts), not a label column: a3601f36 read
 * 「Hospitalization・7※1」 as a label and published the 7 unchecked. Measured (words59-families.ts / words59-measure.ts
 * / words59-attack.ts) in the README.
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot } from './helpers.ts';
import { apart59, column59, marked59, plain59 } from './words59-families.ts';
import { attack59 } from './words59-attack.ts';
import { attack57 } from './words57-attack.ts';

const k = await checkerOfRoot();
const run = (text: string) => k.check(k.highs, k.bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.2 });
const T = (a: string, b = '51') => `# 有害事象\n\tA群\tB群\n肺炎\t${a}\t14\n入院\t${b}\t12\nその他\t30\t17\n`;
const E = (a: string, b: string) => `# Outcomes\n\tArm A\tArm B\nHospitalization\t${a}\t46\nOther\t${b}\t47\n`;

describe('a count with a note’s mark in its cell', () => {
  it('read as the count and the mark, said with the note (base: refused as text)', () => {
    for (const [cell, note] of [
      ['2※1', '※1 同意撤回例を含む'],
      ['2 ※1', '※1 同意撤回例を含む'],
      ['2*', '* 追跡中'],
      ['2**', '** 判定保留を含む'],
      ['2†', '† 死亡例を含む'],
      ['2¹', '¹ 院外発症'],
      ['2^1', '¹ 同意撤回例を含む'],
      ['2（注1）', '注1）重複あり'],
      ['2a', 'a) 入院後の発症'],
      ['2 (b)', '(b) Central review'],
      ['2^c', 'c Central review'],
    ] as const) {
      const r = run(`${T(cell)}\n${note}\n`);
      expect(r.ok, cell).toBe(true);
      if (!r.ok) continue;
      expect(r.tables[0]!.table.cells[0]![0]!.value, cell).toEqual({ kind: 'count', n: 2 });
      expect(r.tables[0]!.status[0], cell).not.toBe('published');
      const w = r.warnings.find((x) => x.code === 'cell/note-mark');
      expect(w?.message, cell).toContain('チェッカーの判断');
      expect(w?.message, cell).toContain(note.slice(0, 6));
    }
  });
  it('a mark with no note opening with it: refused as before (a power, a p-value star or a hidden mark), the hint naming the note', () => {
    for (const cell of ['2※1', '2*', '2¹', '3²', '2^1', '2†']) {
      const r = run(T(cell));
      expect(r.ok, cell).toBe(false);
      if (r.ok) continue;
      const e = r.errors.find((x) => x.code === 'cell/text' || x.code === 'cell/mark');
      expect(e?.hint, cell).toContain('で始まる注を書いてください');
    }
  });
  it('a letter with no note opening with it: refused in words (a mark, or part of a number or a name)', () => {
    for (const cell of ['2a', '2 b', '2 (a)', '2^a']) {
      const r = run(T(cell));
      expect(
        !r.ok && r.errors.some((e) => e.code === 'cell/mark' && e.message.includes('注の記号') && e.message.includes('チェッカーの判断')),
        cell,
      ).toBe(true);
    }
  });
  it('a column of marked counts is values, its small count hidden (base: a label column, 7 published)', () => {
    for (const [a, b, note] of [
      ['7※1', '38※1', '※1 同意撤回'],
      ['7*', '38*', '* 追跡中'],
      ['7a', '38a', 'a) Central review'],
      ['7 (a)', '38 (a)', 'a) Central review'],
      ['7¹', '38¹', '¹ 同意撤回'],
    ] as const) {
      const r = run(`${E(a, b)}\n${note}\n`);
      expect(r.ok, a).toBe(true);
      if (!r.ok) continue;
      const t = r.tables[0]!;
      expect(
        t.table.rows.map((h) => h.label),
        a,
      ).toEqual(['Hospitalization', 'Other']);
      expect(t.table.cells[0]![0]!.value, a).toEqual({ kind: 'count', n: 7 });
      expect(t.status[0], a).not.toBe('published');
    }
  });
  it('what stays as it was: plain counts, 「1a」「1b」 labels in the first column, text, pre-hidden marks', () => {
    const plain = run(T('2'));
    expect(plain.ok && !plain.warnings.some((w) => w.code === 'cell/note-mark')).toBe(true);
    const stages = run('# 病期\n\tA群\tB群\n1a\t12\t14\n1b\t13\t12\n2a\t30\t17\n');
    expect(stages.ok && stages.tables[0]!.table.rows.map((h) => h.label)).toEqual(['1a', '1b', '2a']);
    for (const cell of ['*', '<10', '※12', 'x2', '2×1']) {
      const r = run(T(cell));
      expect(r.ok, cell).toBe(false);
    }
  });
});

describe('「Note 6 patients excluded」: a note’s number or a count', () => {
  const O = '# Outcomes\n\tArm A\tArm B\nStroke\t2\t1\nFall\t3\t4\nHospitalization\t51\t12\nOther\t29\t17\n';
  it('read where either reading shows nothing of the table (base: refused, line/count)', () => {
    for (const note of ['Note 6 patients excluded', 'Notes 11 patients were excluded', 'note 6 cases excluded'])
      for (const gap of ['', '\n']) {
        const r = run(`${O}${gap}${note}\n`);
        expect(
          r.ok &&
            r.warnings.some(
              (w) => w.code === 'line/not-read' && w.message.includes('注の番号と読んでも') && w.message.includes('チェッカーの判断'),
            ),
          note,
        ).toBe(true);
      }
  });
  it('refused where the count reading shows the table’s count or is no count left out', () => {
    for (const note of ['Note 7 patients excluded', 'Note 3 patients excluded', 'Note 6 patients died'])
      for (const gap of ['', '\n']) {
        const r = run(`${O}${gap}${note}\n`);
        expect(!r.ok && r.errors.some((e) => e.code === 'line/count'), note).toBe(true);
      }
    const n = run(
      `# Outcomes (N=119)\n\tArm A\tArm B\nStroke\t2\t1\nFall\t3\t4\nHospitalization\t51\t12\nOther\t29\t17\n\nNote 6 patients excluded\n`,
    );
    expect(!n.ok && n.errors.some((e) => e.code === 'line/count')).toBe(true);
  });
});

describe('words59 families (words59-attack.ts: the count without its mark, a MIP over the table)', () => {
  it('marked59 4121 (60): none leaked or misread; symbols and noted letters read, bare letters refused in words', () => {
    const out = marked59(4121, 60).map((c) => ({ c, a: attack59(k, c) }));
    expect(out.filter((x) => x.a.outcome === 'leaked' || x.a.outcome === 'failed').map((x) => `${x.a.why} ${x.c.text}`)).toEqual([]);
    expect(out.filter((x) => x.c.kind === 'bare').every((x) => x.a.codes.includes('cell/mark'))).toBe(true);
    expect(out.filter((x) => x.c.kind === 'letter').every((x) => x.a.outcome !== 'refused')).toBe(true);
    expect(out.filter((x) => x.c.kind === 'symbol' && x.a.outcome !== 'refused').length).toBeGreaterThan(20);
  }, 600_000);
  it('column59 4141 (60): none leaked (a3601f36 read a marked column as labels)', () => {
    const out = column59(4141, 60).map((c) => ({ c, a: attack59(k, c) }));
    expect(out.filter((x) => x.a.outcome === 'leaked' || x.a.outcome === 'failed').map((x) => `${x.a.why} ${x.c.text}`)).toEqual([]);
    expect(out.filter((x) => x.a.outcome !== 'refused').length).toBeGreaterThan(40);
  }, 600_000);
  it('apart59 4151 (60): none leaked to words57-attack.ts (a MIP given what the note truly counts)', () => {
    const out = apart59(4151, 60).map((c) => ({ c, a: attack57(k, c) }));
    expect(out.filter((x) => x.a.outcome === 'leaked' || x.a.outcome === 'failed').map((x) => x.c.said)).toEqual([]);
    expect(out.filter((x) => x.c.kind !== 'note').every((x) => x.a.outcome === 'refused')).toBe(true);
  }, 600_000);
  it('plain59 4131 (60): all read, nothing said of marks', () => {
    for (const c of plain59(4131, 60)) {
      const r = run(c.text);
      expect(r.ok && !r.warnings.some((w) => w.code === 'cell/note-mark'), c.text).toBe(true);
    }
  }, 600_000);
});
