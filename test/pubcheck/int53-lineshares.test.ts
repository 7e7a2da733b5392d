import { describe, expect, it } from 'vitest';
import { checkerIn, codesOf } from './helpers.ts';

// red53's open leak (seed 3213 #13): one-decimal shares under a corner N whose every column adds up to 100%. Read as
// shares of the one N, nothing was hidden; a reader takes them as column percentages and pins 1.4% as 3.
const TABLE = [
  '対象患者 (N=974)\tDrug\tPlacebo\tControl\tOther',
  '肺炎\t38.5%\t22.0%\t41.0%\t5.0%',
  '心不全\t9.4%\t10.1%\t7.5%\t19.8%',
  '脳梗塞\t11.3%\t12.5%\t41.5%\t23.7%',
  '腎不全\t16.9%\t31.0%\t8.5%\t22.5%',
  'その他\t23.9%\t24.4%\t1.4%\t29.0%',
].join('\n');

const transpose = (text: string) => {
  const rows = text.split('\n').map((l) => l.split('\t'));
  return rows[0]!.map((_, k) => rows.map((r) => r[k]!).join('\t')).join('\n');
};

describe('shares under one N whose every column adds up to 100% (int53, sizes.ts ownLineShares)', () => {
  it('refused, naming the columns as column shares with no N and how to write each (cac6902: read, nothing hidden)', async () => {
    const { check, highs, bundle } = await checkerIn();
    const r = check(highs, bundle, TABLE, { details: true });
    expect(codesOf(r)).toBe('percent/line-n');
    if (r.ok) return;
    expect(r.errors[0]!.message).toContain('チェッカーの判断');
    expect(r.errors[0]!.hint).toContain('「Drug (N=…)」');
  });

  it('the same by rows', async () => {
    const { check, highs, bundle } = await checkerIn();
    const r = check(highs, bundle, transpose(TABLE), { details: true });
    expect(codesOf(r)).toBe('percent/line-n');
  });

  it('each column stating its N, or one column only: not this refusal', async () => {
    const { check, highs, bundle } = await checkerIn();
    const stated = TABLE.replace(/^.*$/m, '対象患者 (N=974)\tDrug (N=974)\tPlacebo (N=974)\tControl (N=974)\tOther (N=974)');
    expect(codesOf(check(highs, bundle, stated, { details: true }))).not.toContain('percent/line-n');
    const one = TABLE.split('\n')
      .map((l) => l.split('\t').slice(0, 2).join('\t'))
      .join('\n');
    expect(codesOf(check(highs, bundle, one, { details: true }))).not.toContain('percent/line-n');
  });
});
