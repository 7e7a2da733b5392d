/**
 * words57 (issue #11): numbered notes under a table (「Note 1: 3 patients excluded」「注1: 3 例を除く」「注 2 6例を除外」
 * 「※1 3例を除く」「*1 2 sites excluded」) read as words55's `leftOutNote` reads 「※ 3 例を除く」 — the number before
 * the count the note's own, the count one left out where it is no line's sum nor any sum of one line's cells and no N
 * is stated (チェッカーの判断); else refused (`line/count`), said why. Base: refused (a numbered opening was a row,
 * `row/short`, or 「※1 3例」 read as 「13例」). A union over more than 256 choices refused in words (per-group counts).
 * Measured (words57-families.ts / words57-measure.ts / words57-attack.ts) in the README.
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot } from './helpers.ts';
import { numbered57, plain57 } from './words57-families.ts';
import { attack57 } from './words57-attack.ts';

const k = await checkerOfRoot();
const run = (text: string) => k.check(k.highs, k.bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.2 });

const T = '\tA群\tB群\n肺炎\t2\t1\n透析導入\t3\t4\n入院\t51\t12\nその他\t29\t17\n';
const E = '\tArm A\tArm B\nStroke\t2\t1\nFall\t3\t4\nHospitalization\t51\t12\nOther\t29\t17\n';

describe('a numbered note of what was left out', () => {
  it('read as a note where its count is no line’s sum nor cells’ (base: refused)', () => {
    for (const [text, note] of [
      [`# 有害事象\n${T}`, '注1: 6 例を除く'],
      [`# 有害事象\n${T}`, '注2 6例を除外'],
      [`# 有害事象\n${T}`, '注 2 6例を除外'],
      [`# 有害事象\n${T}`, '※1 11例を除外'],
      [`# 有害事象\n${T}`, '注1）2 施設を除く'],
      [`# Outcomes\n${E}`, 'Note 1: 6 patients excluded'],
      [`# Outcomes\n${E}`, '*1 11 patients were excluded (consent withdrawn)'],
      [`# Outcomes\n${E}`, '†2 2 sites excluded'],
    ] as const)
      for (const gap of ['', '\n']) {
        const r = run(`${text}${gap}${note}\n`);
        expect(r.ok, note).toBe(true);
        expect(
          r.warnings.some((w) => w.code === 'line/not-read' && w.message.includes('注の番号') && w.message.includes('チェッカーの判断')),
          note,
        ).toBe(true);
      }
  });
  it('its mark on a label: the note said of that line', () => {
    const r = run(`# 有害事象\n${T.replace('肺炎\t', '肺炎※1\t')}※1 6例を除外\n`);
    expect(r.ok && r.warnings.some((w) => w.code === 'line/not-read' && w.message.includes('行「肺炎※1」に付いた注'))).toBe(true);
  });
  it('refused where the count may be the table’s: a line’s sum, a cell, an N stated, no words of leaving out', () => {
    for (const text of [
      `# 有害事象\n${T}注1: 3 例を除く\n`,
      `# 有害事象\n${T}※1 2例を除外\n`,
      `# 有害事象\n${T.replace('肺炎\t', '肺炎※1\t')}※1 3例を除外\n`,
      `# 有害事象（N=119）\n${T}注1: 6 例を除く\n`,
      `# 有害事象\n${T}※1 6例は死亡\n`,
      `# Outcomes\n${E}Note 1: 7 patients excluded\n`,
      `# Outcomes\n${E}\nNote 1: 3 patients died\n`,
    ]) {
      const r = run(text);
      expect(!r.ok && r.errors.some((e) => e.code === 'line/count' && e.message.includes('チェッカーの判断')), text).toBe(true);
      expect(!r.ok && r.errors.find((e) => e.code === 'line/count')!.hint, text).toMatch(/除いた患者の数なら/);
    }
  });
  it('a number set apart and not closed stays ambiguous where a reading shows the table’s count (「Note 3 patients excluded」: 3 is Fall’s cell)', () => {
    for (const text of [`# Outcomes\n${E}Note 3 patients excluded\n`, `# Outcomes\n${E}\nNote 7 patients excluded\n`]) {
      const r = run(text);
      expect(!r.ok && r.errors.some((e) => e.code === 'line/count'), text).toBe(true);
    }
    // words59: read where either reading shows nothing of the table (a note's number, or sites left out of a table of
    // patients counting none) — said as the checker's.
    const r = run(`# Outcomes\n${E}\nNote 3 sites excluded\n`);
    expect(r.ok && r.warnings.some((w) => w.code === 'line/not-read' && w.message.includes('注の番号と読んでも'))).toBe(true);
  });
  it('a numbered note with no count is a note (base: a row, refused row/short)', () => {
    for (const note of ["Note 1: Fisher's exact test", '注1: 施設は除く', '注2）同意撤回例を含む']) {
      const r = run(`# Outcomes\n${E}${note}\n`);
      expect(r.ok && r.warnings.some((w) => w.code === 'line/not-read'), note).toBe(true);
    }
  });
});

describe('numbered57 family (words57-attack.ts: a MIP given what the note truly counts)', () => {
  const cases = numbered57(3752, 60);
  it('numbered57 3752 (60): none leaked; most left-out notes read; no line’s sum or cell read', () => {
    const out = cases.map((c) => ({ c, a: attack57(k, c) }));
    expect(out.filter((x) => x.a.outcome === 'leaked').map((x) => x.c.said)).toEqual([]);
    // Refused where the count is some cells' sum of a line the checker reads (「Hospitalization」 read as a total: the
    // line of what is left, 5 = 47 − 42 …): as words55's notes are.
    const notes = out.filter((x) => x.c.kind === 'note');
    expect(notes.filter((x) => x.a.outcome !== 'refused').length).toBeGreaterThanOrEqual(notes.length * 0.85);
    expect(out.filter((x) => (x.c.kind === 'sum' || x.c.kind === 'cell') && x.a.outcome !== 'refused').map((x) => x.c.said)).toEqual([]);
  });
  it('the attacker has teeth: the sum/cell notes taken for left-out ones (the note dropped: its cells hidden alone) leak', () => {
    const counts = cases.filter((c) => c.kind === 'sum' || c.kind === 'cell');
    const leaked = counts.filter((c) => attack57(k, { ...c, text: c.text.replace(c.said, '') }).outcome === 'leaked');
    expect(leaked.length).toBeGreaterThan(0);
  });
  it('plain57 3772 (30): numbered notes with no count read', () => {
    expect(
      plain57(3772, 30)
        .filter((c) => !run(c.text).ok)
        .map((c) => c.said),
    ).toEqual([]);
  });
});

describe('a union over more than 4,096 choices (256 before words60): refused in words', () => {
  it('says the choices and asks for one group’s count (base: said as if no inequality could be written)', () => {
    // words60: 2^9 choices are read now (UNION_ROWS 4,096, words60.test.ts); 2^13 past it, its own code.
    const cols = ['A群', 'B群', 'C群', 'D群', 'E群', 'F群', 'G群', 'H群', 'I群', 'J群', 'K群', 'L群', 'M群'];
    const row = (f: (i: number) => number) => cols.map((_, i) => f(i)).join('\t');
    const body = `\t${cols.join('\t')}\n肺炎\t${row((i) => 2 + (i % 3))}\n輸血\t${row((i) => 1 + (i % 2))}\n入院\t${row((i) => 30 + i)}\n`;
    // Each group's larger line sums to 38, the lines' sum to 57: 45 a union of groups apart.
    const r = run(`# 有害事象（肺炎または輸血の患者 45例）\n${body}`);
    const e = !r.ok ? r.errors.find((x) => x.code === 'title/union-not-searched') : undefined;
    expect(e?.message).toMatch(/2\^13 通り/);
    expect(e?.hint).toContain('「A群の肺炎または輸血の患者 ○例」');
    // One group's count, as the hint says, is read.
    const one = run(`# 有害事象（B群の肺炎または輸血の患者 4例）\n${body}`);
    expect(one.ok && one.warnings.some((w) => w.code === 'title/lines-sum')).toBe(true);
  });
});
