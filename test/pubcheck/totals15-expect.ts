/**
 * totals15: what a test asserts of a table read under both readings (overtotal.ts `readBoth`) in place of the
 * `total/rest` refusal it asserted before: the table is read (exit 0 or 1 with a suppression), the line is said as read
 * both ways (`total/both-readings`, チェッカーの判断, the marks named), the rest is a line of ours, and no count of 1–9 is
 * given back as a total (the integer attacker over line = others + rest ≥ 0, `rangesAsTotal`) or as an item (the
 * oracle over the printed table, `rangesAsItem`) under the protection asked (threshold unless said).
 */
import { expect } from 'vitest';
import type { Highs } from 'highs';
import type { CheckResult } from '../../src/pubcheck/check.ts';
import { leaks, rangesAsItem, rangesAsTotal, type Protection } from './totals15-families.ts';
import type { Read } from './totals14-families.ts';

export function expectReadBothWays(highs: Highs, r: CheckResult, text: string, label: string, protection: Protection = 'threshold'): void {
  if (!r.ok) throw new Error(`refused: ${r.errors.map((e) => `${e.code} ${e.message}`).join('\n')}\n${text}`);
  const w = r.warnings.filter((x) => x.code === 'total/both-readings' && x.message.includes(`「${label.trim()}」`));
  expect(w.length, text).toBe(1);
  expect(w[0]!.message, text).toContain('チェッカーの判断');
  expect(w[0]!.message, text).toContain('「[項目]」');
  const tr = r.tables[0]! as unknown as Read;
  const axis = tr.table.rows.some((h) => !h.rest && h.label.trim() === label.trim()) ? 'rows' : 'cols';
  const ours = (axis === 'rows' ? tr.table.rows : tr.table.cols).filter((h) => h.rest && h.label.startsWith(label.trim()));
  expect(
    ours.map((h) => h.label),
    text,
  ).toEqual([`${label.trim()}を合計と読んだときの残り`]);
  const total = rangesAsTotal(highs, tr, axis, label);
  expect(total, text).toBeDefined();
  expect(
    total!.filter((f) => leaks(f, protection)),
    `as a total: ${text}`,
  ).toEqual([]);
  expect(
    rangesAsItem(highs, tr).filter((f) => leaks(f, protection)),
    `as an item: ${text}`,
  ).toEqual([]);
}
