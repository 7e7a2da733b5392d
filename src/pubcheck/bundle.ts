/** Cuts the rule bundle out of the model at build time (pages) or start-up (CLI); the browser never runs this. */
import { PURPOSE_LABEL, Purpose } from '../../schemas/publication-rule.ts';
import type { Model } from '../model/model.ts';
import { currentVersion, standingLabel, versionStanding } from '../model/versions.ts';
import type { RuleBundle } from './rules.ts';

export function bundleFromModel(model: Model): RuleBundle {
  const rules = [...model.rules.values()].map((d) => d.data).sort((a, b) => (a.id < b.id ? -1 : 1));
  const cited = new Set(rules.flatMap((r) => [r.clause, ...r.params.flatMap((p) => p.values.map((v) => v.clause))]));
  const clauses: RuleBundle['clauses'] = {};
  for (const id of model.chain) {
    const inVersion: RuleBundle['clauses'][string] = {};
    for (const [clauseId, clause] of model.clauses.get(id) ?? []) {
      if (cited.has(clauseId)) inVersion[clauseId] = { heading: clause.data.heading, number: clause.data.number };
    }
    clauses[id] = inVersion;
  }
  const current = currentVersion(model);
  return {
    versions: model.chain.map((id) => {
      const v = model.versions.get(id)!.data;
      const standing = versionStanding(model, id)!;
      return {
        id,
        label: v.label,
        status: v.status,
        statusLabel: standingLabel(standing),
        inForce: current?.doc.data.id === id && current.effect === 'known',
      };
    }),
    rules,
    clauses,
    purposes: Purpose.options.map((id) => ({ id, label: PURPOSE_LABEL[id] })),
  };
}
