/** The whole input as one system: shared counts across tables, and flat tables as networks. */
import { describe, expect, it } from 'vitest';
import { FlowGraph, orient } from '../../src/pubcheck/network.ts';
import { readTables } from '../../src/pubcheck/read.ts';
import { systemOf } from '../../src/pubcheck/system.ts';

const build = (text: string) => {
  const read = readTables(text);
  if (read.errors.length) throw new Error(read.errors[0]!.message);
  return systemOf(read.tables, { zeroExempt: true });
};

describe('one variable per count, across tables', () => {
  it('a table and its transpose count the same things', () => {
    const { cellVar, links } = build('\tA\tB\nx\t3\t20\ny\t25\t40\n\n\tx\ty\nA\t3\t25\nB\t20\t40\n');
    expect(cellVar[1]).toEqual([cellVar[0]![0], cellVar[0]![2], cellVar[0]![1], cellVar[0]![3]]);
    expect(links).toEqual([{ tables: [1, 2], shared: 4 }]);
  });
  it('the same labels with other values are other counts (patients and events, say)', () => {
    const { links } = build('\tA\tB\nx\t3\t20\n\n\tA\tB\nx\t5\t22\n');
    expect(links).toEqual([]);
  });
  it('a single column of counts names a measure, not a category', () => {
    const { cellVar } = build('\tA\tB\t合計\nx\t3\t20\t23\ny\t25\t40\t65\n\n\t人数\nx\t23\ny\t65\n');
    expect(cellVar[1]).toEqual([cellVar[0]![2], cellVar[0]![5]]);
  });
  it('a margin one table leaves out and another prints is an equation between them', () => {
    const { sys, cellVar, links } = build('\tA\tB\nx\t3\t20\ny\t25\t40\n\n\tA\tB\t合計\n患者数\t28\t60\t88\n');
    // means50: x and y each at most 患者数 of A and B (system.ts `nestedAcross`; implied by the margins' sums here).
    expect(links).toEqual([{ tables: [1, 2], shared: 3, nested: 2 }]);
    // Column A: x + y of the first table is the second table's A.
    const [x, y] = [0, 2].map((id) => cellVar[0]![id]!);
    expect(sys.rows.some((r) => r.ids.length === 3 && r.ids.includes(x!) && r.ids.includes(y!) && r.ids.includes(cellVar[1]![0]!))).toBe(
      true,
    );
  });
});

describe('networks', () => {
  it('a flat table with margins is a network; subtotals in both directions are not', () => {
    const flat = build('\tA\tB\t合計\nx\t3\t20\t23\ny\t25\t40\t65\n合計\t28\t60\t88\n').sys;
    expect(
      orient(
        flat.rows,
        flat.vars.map((_, v) => v),
      ),
    ).toBeDefined();
    const both = build(
      '\tA\tB\t B1\t B2\t合計\n男性\t3\t26\t12\t14\t29\n 20代\t1\t11\t5\t6\t12\n 30代\t2\t15\t7\t8\t17\n女性\t20\t52\t22\t30\t72\n合計\t23\t78\t34\t44\t101\n',
    ).sys;
    expect(
      orient(
        both.rows,
        both.vars.map((_, v) => v),
      ),
    ).toBeUndefined();
  });
  it('maximum flow with a limit, unlimited arcs, and a minimum cut', () => {
    const g = new FlowGraph(4);
    g.add(0, 1, 3, 0);
    g.add(0, 2, 2, 1);
    g.add(1, 3, Infinity, 2);
    g.add(2, 3, 1, 3);
    expect(g.maxFlow(0, 3)).toBe(4);
    expect(g.maxFlow(0, 3, 2)).toBe(2);
    expect(g.maxFlow(0, 3, Infinity, 0)).toBe(1);
    expect(g.maxFlow(1, 3)).toBe(Infinity);
    expect([...g.minCut(0, 3, 10).side!]).toEqual([1, 0, 1, 0]);
  });
});
