/**
 * adversary23's families (adversary23.test.ts), plain data so that the same tables can be checked against an older
 * tree by hand (the numbers the test quotes for main were measured so).
 *
 * - `FORMS23`: an interval's limits in lines of their own after a rate (rates5-families.ts `intervalTables`) in forms
 *   rates5 did not join: other words for the limits (「LCI」「UCI」, 「Low」「High」, 「最小」「最大」), the upper limit's
 *   line alone (「上限」「UCL」「Upper」), and the upper limit's line first (「上限」「下限」, 「UCL」「LCL」).
 */
import type { IntervalForm } from './rates5-families.ts';

export const FORMS23: IntervalForm[] = [
  ['LCI', 'UCI'],
  ['Low', 'High'],
  ['最小', '最大'],
  ['上限', undefined, 'upper'],
  ['UCL', undefined, 'upper'],
  ['Upper', undefined, 'upper'],
  ['下限', '上限', 'reversed'],
  ['LCL', 'UCL', 'reversed'],
];
