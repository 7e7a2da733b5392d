/**
 * amendment/targets — what an amendment does agrees with the versions: a `remove-clause` amendment's targets are
 * gone from the version that carries it, and a `new-clause` amendment's targets did not exist in the version
 * before it. (That the targets exist where they must is amendment/timeline's.)
 *
 * Why: the 新旧対照表 and the clause histories show 新設 and 削除 from the versions' files, the amendment pages
 * from the amendment; when they disagree one of them tells readers a false story.
 * How to fix: correct the amendment's `kind` (modify-clause for a clause that was there and stays), or its
 * targets; or remove the clause file from the version (and declare it in the version's `removed`).
 *
 * @example not-ok
 *   amendments/a1.yaml: kind: remove-clause, version: r2, targets: [purpose]   ← r2/purpose.mdx still exists
 *   amendments/a2.yaml: kind: new-clause, version: r2, targets: [purpose]      ← r1/purpose.mdx existed already
 * @example ok
 *   amendments/a1.yaml: kind: remove-clause, version: r2, targets: [old]        ← in r1, not in r2
 *   amendments/a2.yaml: kind: new-clause, version: r2, targets: [publication]   ← in r2, not in r1
 */
import type { Model } from '../../src/model/model.ts';
import { versionIndex } from '../../src/model/versions.ts';
import { finding, inContent, placeOf, type Finding, type Rule } from './kit.ts';

const id = 'amendment/targets';

export const rule: Rule = {
  id,
  description: "A remove-clause amendment's targets are gone from its version; a new-clause amendment's did not exist before it.",
  check(model: Model): Finding[] {
    const out: Finding[] = [];
    for (const a of model.amendments.values()) {
      const { kind, version, targets } = a.data;
      if (kind !== 'remove-clause' && kind !== 'new-clause') continue;
      const i = versionIndex(model, version);
      if (i < 0) continue;
      const previous = i > 0 ? model.chain[i - 1]! : undefined;
      targets.forEach((t, j) => {
        const place = placeOf(a, ['targets', j]);
        if (kind === 'remove-clause' && model.clauses.get(version)?.has(t)) {
          out.push(
            finding(
              id,
              place,
              `「${t}」 is still a clause of ${version}, the version that carries ${a.data.id} (remove-clause); expected the clause gone from ${version}`,
              `remove ${inContent(model, `guideline/${version}/${t}.mdx`)} and declare it in the removed list of ${version}, or use kind modify-clause`,
            ),
          );
        } else if (kind === 'new-clause' && previous && model.clauses.get(previous)?.has(t)) {
          out.push(
            finding(
              id,
              place,
              `「${t}」 is already a clause of ${previous}, the version before ${version} that ${a.data.id} (new-clause) adds it to; expected a clause new in ${version}`,
              'use kind modify-clause for a clause that existed before, or name the new clause',
            ),
          );
        }
      });
    }
    return out;
  },
};
