/**
 * pointn69 (issue #11), pointn69-families.ts: time points' Ns printed in their headers are published constants.
 * 「0か月 (N=91)」「12か月 (N=85)」 read as a life table's at-risk line publish the fall 91 − 85 = 6 whatever is hidden:
 * beside 死亡 6 and 打ち切り 0 the hidden 死亡 came back, unsaid (step68's probe). Now refused in words
 * (`life/header-fall`, チェッカーの判断, the hint to rewrite the header: pointn.ts `headerFalls`); falls at or over the
 * threshold are tied as before, and headers' Ns over lines that take no fall are read as before.
 * `ROOT=<tree>` runs it against another tree: on the base the attacks are read and leak.
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot } from './helpers.ts';
import { family, leakOf } from './pointn69-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
const run = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
const codes = (r: ReturnType<typeof run>) => (r.ok ? [] : r.errors.map((e) => e.code));

describe('pointn69: points’ Ns in the headers are published constants', () => {
  it('across tables: 91 − 85 = 6 beside 死亡 6 and 打ち切り 0 is refused in words, with the hint', () => {
    const r = run('表1 奏効\n,0か月 (N=91),12か月 (N=85),24か月 (N=60)\n奏効,40,33,21\n\n表2\n,12か月,24か月\n死亡,6,4\n打ち切り,0,21\n');
    expect(codes(r)).toContain('life/header-fall');
    const e = !r.ok ? r.errors.find((x) => x.code === 'life/header-fall')! : undefined;
    expect(e?.message).toContain('チェッカーの判断');
    expect(e?.message).toContain('「0か月 (N=91)」と「12か月 (N=85)」');
    expect(e?.message).toContain('差 6 人');
    expect(e?.hint).toContain('見出しを書き直して');
  });

  it('within one table, and a bare N in brackets (life66), refused alike', () => {
    expect(codes(run('# 表1\n\t0か月 (N=91)\t12か月 (N=85)\t24か月 (N=60)\n死亡\t0\t6\t4\n打ち切り\t0\t0\t21\n'))).toContain(
      'life/header-fall',
    );
    expect(codes(run('表1 奏効\n,0か月 (91),12か月 (85)\n奏効,40,33\n\n表2\n,12か月\n死亡,6\n打ち切り,0\n'))).toContain('life/header-fall');
    // Both lines small and hidden: their sum (3 + 4) is still published by the headers.
    expect(
      codes(
        run('表1 追跡\n,0か月（N=120）,6か月（N=113）,12か月（N=80）\n継続,50,41,30\n\n表2\n,6か月,12か月\nイベント,3,8\n打ち切り,4,25\n'),
      ),
    ).toContain('life/header-fall');
  });

  it('once the header Ns are the at-risk line, a small fall no lines take is refused too (as a named line’s is)', () => {
    // 「0-12か月」 takes 91 − 70 = 21; 6か月's N publishes that 3 left in 0–6か月.
    const r = run('表1 奏効\n,0か月 (N=91),6か月 (N=88),12か月 (N=70)\n奏効,40,33,21\n\n表2\n,0-12か月\n死亡,6\n打ち切り,15\n');
    expect(codes(r)).toContain('life/header-fall');
    expect(!r.ok && r.errors[0]!.message).toContain('「0か月 (N=91)」と「6か月 (N=88)」');
  });

  it('falls at or over the threshold stay read and tied (the lines taking them hidden together)', () => {
    const r = run('表1 奏効\n,0か月 (N=91),12か月 (N=75),24か月 (N=60)\n奏効,40,33,21\n\n表2\n,12か月,24か月\n死亡,6,4\n打ち切り,10,11\n');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.tables[1]!.status.every((s) => s !== 'published')).toBe(true);
  });

  it('headers’ Ns over lines that take no fall stay read (no over-refusing)', () => {
    const r = run(
      '表1 奏効\n,0か月 (N=91),12か月 (N=85),24か月 (N=60)\n奏効,40,33,21\n\n表2\n,12か月,24か月\n部分奏効,16,27\n安定,22,31\n',
    );
    expect(codes(r)).not.toContain('life/header-fall');
    expect(r.ok).toBe(true);
  });

  it('the family (seed 5603): no attack leaks, every innocent read as before', async () => {
    for (const kind of ['across', 'within'] as const) {
      for (const c of family(kind, 12, 5603)) {
        const r = run(c.text);
        if (r.ok)
          expect(
            leakOf(
              c,
              r.tables.map((t) => t.status),
            ),
          ).toBe(false);
      }
      for (const c of family(kind, 12, 5604, true)) expect(codes(run(c.text))).not.toContain('life/header-fall');
    }
  });
});
