/**
 * meeting/outcome — every decided item has an outcome: a deliberation (審議事項) either gives its `outcome` or is
 * decided through sub-items, each of which gives its own. (Reports, 報告事項, are not decided and have none.)
 *
 * Why: the meeting page, the amendment histories and the feed say what each deliberation decided (了承, 継続審議,
 * …); a deliberation without an outcome and without sub-items shows as decided on nothing.
 * How to fix: give the outcome the minutes record (`outcome: approved`, `approved-with-changes`, `continued`,
 * `discussed`, `rejected`, `explained`), or list the sub-items with theirs; an item that only reports belongs
 * under `reports`.
 *
 * @example not-ok — `deliberations: [{ id: d2, number: "(2)", title: 申出 }]`
 * @example ok — `deliberations: [{ id: d2, number: "(2)", title: 申出, outcome: continued }]`
 */
import { OUTCOME_LABEL } from '../../schemas/index.ts';
import type { Model } from '../../src/model/model.ts';
import { finding, placeOf, type Finding, type Rule } from './kit.ts';

const id = 'meeting/outcome';

export const rule: Rule = {
  id,
  description: "Every deliberation has an outcome, its own or its sub-items'.",
  check(model: Model): Finding[] {
    const out: Finding[] = [];
    for (const m of model.meetings.values()) {
      m.data.deliberations.forEach((d, i) => {
        if (d.outcome || d.subItems.length) return;
        out.push(
          finding(
            id,
            placeOf(m, ['deliberations', i, 'id']),
            `「${d.id}」 is a deliberation of ${m.data.id} with no outcome and no sub-items; expected the outcome the minutes record`,
            `add outcome: one of ${Object.keys(OUTCOME_LABEL).join(', ')} (as the minutes say: ${Object.values(OUTCOME_LABEL).join('、')}), or move the item to reports if it was only reported`,
          ),
        );
      });
    }
    return out;
  },
};
