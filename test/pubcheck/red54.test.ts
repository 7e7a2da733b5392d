/**
 * red54 (issue #11): a Markdown title in emphasis (「**表1 背景（N=380）**」, then an empty line, then the table — red53's
 * Markdown shape) was a note stating a count (`line/count`) where 「# 表1 背景（N=380）」 titles the table. Read now as a
 * # line is: the title of the table after it, its N read as a title's (a gap under the threshold still refused).
 */
import { describe, expect, it } from 'vitest';
import { checkerIn, codesOf } from './helpers.ts';

const table = (title: string) => `${title}

| | 男性 | 女性 |
|---|---|---|
| 軽症 | 120 | 80 |
| 重症 | 100 | 80 |
`;

describe('red54: a title in emphasis', () => {
  it('**…**, __…__ and *…* over a table after an empty line are its title, its N read', async () => {
    const { check, highs, bundle } = await checkerIn();
    for (const t of ['**表1 背景（N=380）**', '__表1 背景（N=380）__', '*表1 背景（N=380）*']) {
      const r = check(highs, bundle, table(t), { details: true });
      expect(r.ok, `${t}: ${r.ok ? '' : codesOf(r)}`).toBe(true);
      if (r.ok) expect(r.tables[0]!.table.title).toBe('表1 背景（N=380）');
    }
    // The title's N 3 over the table's sum: 3 patients the table does not show, refused as under a # title.
    const gap = check(highs, bundle, table('**表1 背景（N=383）**'), { details: true });
    const hash = check(highs, bundle, table('# 表1 背景（N=383）'), { details: true });
    expect(codesOf(gap)).toEqual(codesOf(hash));
    expect(JSON.stringify(gap)).toContain('N=383 は表の内訳の和より 3 多く');
  });

  it('a bold section row inside a table stays a row; a bold value alone is no title', async () => {
    const { check, highs, bundle } = await checkerIn();
    const inside = check(highs, bundle, '項目\t実薬群\t対照群\n**性別**\t\t\n男性\t120\t80\n女性\t100\t80\n', { details: true });
    const plain = check(highs, bundle, '項目\t実薬群\t対照群\n性別\t\t\n男性\t120\t80\n女性\t100\t80\n', { details: true });
    expect(codesOf(inside)).toEqual(codesOf(plain));
    const value = check(highs, bundle, table('**380**'), { details: true });
    expect(value.ok).toBe(false);
  });
});
