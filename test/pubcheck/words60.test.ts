/**
 * words60 (issue #11): a count's note mark (「2a」「2※1」「54#」, words59) is matched to the nearest note after its own
 * table only — the notes end where the next table begins (its title or header, read.ts `notesEnd`, `noteOfMark`). On
 * a9147354 the mark was matched to the first line below that opened with it, maybe a later table's note or the next
 * table's 「# 表2 背景」 title (a 「#」 mark), and said as the note it names. Measured (words60-families.ts /
 * words60-measure.ts, words59-attack.ts) in the README.
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot } from './helpers.ts';
import { attack59 } from './words59-attack.ts';
import type { Case59 } from './words59-families.ts';
import { later60, numbered60, wide60 } from './words60-families.ts';
import { recoversUnion53, runWith } from './words53-attack.ts';

const k = await checkerOfRoot();
const run = (text: string) => k.check(k.highs, k.bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.2 });
const T = (a: string, title = '有害事象') => `# ${title}\n\tA群\tB群\n肺炎\t${a}\t14\n入院\t51\t12\nその他\t30\t17\n`;
const B = `# 表2 背景\n\t男性\t女性\n65歳未満\t25\t54\n65歳以上\t73\t71\n`;

describe('a mark matched to the notes of its own table only', () => {
  it('a note only under a later table: refused as a mark with no note (base: read with the later table’s note)', () => {
    for (const [cell, note] of [
      ['2a', 'a) 入院後の発症'],
      ['2※1', '※1 同意撤回例を含む'],
      ['2*', '* 追跡中'],
      ['2 (b)', '(b) Central review'],
    ] as const) {
      const r = run(`${T(cell)}\n${B}\n${note}\n`);
      expect(r.ok, cell).toBe(false);
      if (r.ok) continue;
      expect(
        r.errors.some((e) => (e.code === 'cell/text' || e.code === 'cell/mark') && e.place?.table === 1),
        cell,
      ).toBe(true);
    }
  });
  it('a 「#」 mark is not the next table’s 「# 表2 …」 title (base: read, the title said as its note)', () => {
    const r = run(`${T('2#')}\n${B}`);
    expect(r.ok).toBe(false);
  });
  it('a note under its own table, another table after: read as before', () => {
    for (const [cell, note] of [
      ['2a', 'a) 入院後の発症'],
      ['2※1', '※1 同意撤回例を含む'],
      ['2#', '# 中央判定'],
    ] as const) {
      for (const gap of ['', '\n']) {
        const r = run(`${T(cell)}${gap}${note}\n\n${B}`);
        expect(r.ok, `${cell}${gap}`).toBe(true);
        if (!r.ok) continue;
        expect(r.tables[0]!.table.cells[0]![0]!.value).toEqual({ kind: 'count', n: 2 });
        expect(r.warnings.find((w) => w.code === 'cell/note-mark')?.message).toContain(note.slice(0, 4));
      }
    }
  });
  it('each table’s mark with its own note, the same mark in both', () => {
    const r = run(`${T('2a')}a) 入院後の発症\n\n${T('3a', '表3 転帰')}a) 中央判定\n`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const said = r.warnings.filter((w) => w.code === 'cell/note-mark').map((w) => w.message);
    expect(said.some((m) => m.includes('表1') && m.includes('入院後の発症'))).toBe(true);
    expect(said.some((m) => m.includes('表2') && m.includes('中央判定'))).toBe(true);
  });
});

describe('later60 family (words59-attack.ts on the first table)', () => {
  const cases = later60(4480, 120);
  const outcome = (c: (typeof cases)[number]) => attack59(k, c as unknown as Case59);
  it('notes only under a later table: none read, 0 leaked', () => {
    const got = cases.filter((c) => c.kind === 'later').map(outcome);
    expect(got.filter((a) => a.outcome === 'leaked' || a.outcome === 'failed')).toEqual([]);
    expect(got.filter((a) => a.outcome !== 'refused')).toEqual([]);
  });
  it('notes under their own table: most read, 0 leaked', () => {
    const got = cases.filter((c) => c.kind === 'own').map(outcome);
    expect(got.filter((a) => a.outcome === 'leaked' || a.outcome === 'failed')).toEqual([]);
    expect(got.filter((a) => a.outcome !== 'refused').length).toBeGreaterThanOrEqual(Math.floor(got.length * 0.8));
  });
});

describe('a numbered mark set apart (「2 1)」) and its note 「1) …」', () => {
  it('read as the count and the mark where the note opens with it, under the table or after an empty line (base: cell/text, row/short or line/count)', () => {
    for (const [cell, note] of [
      ['2 1)', '1) 入院後の発症'],
      ['2 1）', '1) 入院後の発症'],
      ['2 2)', '2) Central review'],
    ] as const)
      for (const gap of ['', '\n']) {
        const r = run(`${T(cell)}${gap}${note}\n`);
        expect(r.ok, `${cell}${gap}`).toBe(true);
        if (!r.ok) continue;
        expect(r.tables[0]!.table.cells[0]![0]!.value).toEqual({ kind: 'count', n: 2 });
        expect(r.tables[0]!.status[0]).not.toBe('published');
        const w = r.warnings.find((x) => x.code === 'cell/note-mark');
        expect(w?.message).toContain('チェッカーの判断');
        expect(w?.message).toContain(note.slice(0, 5));
      }
  });
  it('refused as before: glued (「21)」), another number’s note, a note with a count, no mark in the table', () => {
    for (const text of [
      `${T('21)')}1) 入院後の発症\n`,
      `${T('2 1)')}2) 入院後の発症\n`,
      `${T('2 1)')}\n2) 入院後の発症\n`,
      `${T('2 1)')}1) 3例を除く\n`,
      `${T('2 1)')}\n1) 3例を除く\n`,
      `${T('2')}1) 入院後の発症\n`,
      `${T('2')}\n1) 入院後の発症\n`,
    ])
      expect(run(text).ok, text).toBe(false);
  });
  it('numbered60 family: the marked read, 0 leaked; glued (under no 合計, words61), other, plain refused', () => {
    const cases = numbered60(4490, 80);
    for (const c of cases) {
      const a = attack59(k, c as unknown as Case59);
      expect(a.outcome === 'leaked' || a.outcome === 'failed', c.text).toBe(false);
      // words61: a glued 「21)」 under a 合計 that adds up without the mark's digit is read (21 cannot be the count).
      const total = /^(合計|Total)$/.test(String(c.shown[c.shown.length - 1]![0]));
      expect(a.outcome === 'refused', `${c.kind} ${c.text}`).toBe(c.kind !== 'numbered' && !(c.kind === 'glued' && total));
    }
  });
});

describe('a union over 257–4,096 choices (words53, lines^groups): read (base: refused over 256)', () => {
  const cols = ['A群', 'B群', 'C群', 'D群', 'E群', 'F群', 'G群', 'H群', 'I群'];
  const row = (f: (i: number) => number) => cols.map((_, i) => f(i)).join('\t');
  const body = `\t${cols.join('\t')}\n肺炎\t${row((i) => 2 + (i % 3))}\n輸血\t${row((i) => 1 + (i % 2))}\n入院\t${row((i) => 30 + i)}\n`;
  it('2 lines over 9 groups (2^9 choices): read as the inequalities, said', () => {
    // Each group's larger line sums to 27, the lines' sum to 40: 30 is a union of groups apart.
    const r = run(`# 有害事象（肺炎または輸血の患者 30例）\n${body}`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.find((w) => w.code === 'title/lines-sum')?.message).toContain('チェッカーの推定');
  });
  it('past 4,096 choices refused in words (`title/union-not-searched`), one group’s count asked', () => {
    const r = run(`# 有害事象（肺炎または輸血または転倒の患者 40例）\n${body}転倒\t${row((i) => 1 + (i % 4))}\n`);
    expect(!r.ok && r.errors.some((e) => e.code === 'title/union-not-searched' && e.message.includes('3^9'))).toBe(true);
  });
  it('wide60 family: 0 leaked (words53-attack.ts), the wide read, past refused in words', () => {
    const cases = wide60(4500, 24);
    for (const c of cases.filter((x) => x.kind === 'wide').slice(0, 6)) {
      const r = runWith(k, c.text);
      expect(r.ok, c.text).toBe(true);
      expect(recoversUnion53(k, c), c.text).toBe(false);
    }
    for (const c of cases.filter((x) => x.kind === 'past')) {
      const r = runWith(k, c.text);
      expect(!r.ok && r.errors.some((e) => e.code === 'title/union-not-searched'), c.text).toBe(true);
    }
  }, 120_000);
});
