/**
 * red54 (issue #11): a Markdown title in emphasis (「**表1 背景（N=380）**」, then an empty line, then the table — red53's
 * Markdown shape) was a note stating a count (`line/count`) where 「# 表1 背景（N=380）」 titles the table. Read now as a
 * # line is: the title of the table after it, its N read as a title's (a gap under the threshold still refused).
 */
import { describe, expect, it } from 'vitest';
import { checkerIn, codesOf } from './helpers.ts';

// 「n (p)」 cells, no % and no 「n (%)」 written, under a line of 「(100.0%)」 (column shares) or beside a column of them
// (row shares): refused as text on 1da0a559 (`cell/text`; red53's npct families, 10 of 49 at seeds 3240–3249).
const COLUMN_100 = `n\t実薬群\t対照群\t併用群\t未治療群
対象者\t102 (100.0%)\t105 (100.0%)\t62 (100.0%)\t150 (100.0%)
肺炎\t14 (13.7)\t6 (5.7)\t4 (6.5)\t36 (24.0)
心不全\t47 (46.1)\t75 (71.4)\t23 (37.1)\t64 (42.7)
脳梗塞\t41 (40.2)\t24 (22.9)\t35 (56.5)\t50 (33.3)
`;
const ROW_100 = `n,Drug,Placebo,Control,Total (n)
男性,77 (56.2),1 (0.7),59 (43.1),137 (100.0%)
女性,34 (22.1),74 (48.1),46 (29.9),154 (100.0%)
Sum:,111,75,105,291
`;

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

  it('「n (p)」 cells beside a line of 「(100.0%)」 are read as counts and their shares, the small ones hidden', async () => {
    const { check, highs, bundle } = await checkerIn();
    for (const [text, row, col] of [
      [COLUMN_100, '肺炎', '併用群'],
      [ROW_100, '男性', 'Placebo'],
    ] as const) {
      const r = check(highs, bundle, text, { details: true });
      expect(r.ok, r.ok ? '' : codesOf(r)).toBe(true);
      if (!r.ok) continue;
      const t = r.tables[0]!;
      const C = t.table.cols.length;
      const at = t.table.rows.findIndex((h) => h.label === row) * C + t.table.cols.findIndex((h) => h.label === col);
      expect(t.status[at]).not.toBe('published');
      expect(r.warnings.some((w) => w.code === 'cell/bracket-percent')).toBe(true);
    }
  });
});
