/**
 * term/used-before-definition — a term is used (`<Term id>` in a clause or in a term's definition) only in versions
 * where it is defined: not before the `since` of its first definition. (A meeting's minutes are read in a version
 * the model derives from the meeting's links; they are not judged here.)
 *
 * Why: a <Term> links the word to its definition as of the version the text is read in; before the first
 * definition there is none, and the page would show a term without meaning (or a later meaning).
 * How to fix: where one text uses the term too early, write the word without <Term> there (or use the term
 * that was defined then); where the term is used in many places before its first definition, the definition's
 * `since` is the likely mistake — give the definition from the first version that uses the term.
 *
 * @example not-ok
 *   terms/secretariat-review.mdx: definitions: [{ since: r2, … }]
 *   guideline/r1/application.mdx: 「<Term id="secretariat-review">事務局審査</Term>」
 * @example ok
 *   guideline/r1/application.mdx: 「事務局による審査」 (no <Term>, the term is defined from r2)
 */
import { allBodies, definitionSections } from '../../src/model/bodies.ts';
import type { Position } from '../../src/model/diagnostic.ts';
import type { Model } from '../../src/model/model.ts';
import { versionIndex } from '../../src/model/versions.ts';
import { finding, placeOf, type Finding, type Rule } from './kit.ts';

const id = 'term/used-before-definition';

interface Use {
  file: string;
  pos: Position;
  text: string;
  version: string;
}

export const rule: Rule = {
  id,
  description: 'A term is used only in versions from its first definition on.',
  check(model: Model): Finding[] {
    const out: Finding[] = [];
    const early = new Map<string, Use[]>();
    const first = new Map<string, { index: number; def: number }>();
    for (const t of model.terms.values()) {
      let best: { index: number; def: number } | undefined;
      t.data.definitions.forEach((d, def) => {
        const index = versionIndex(model, d.since);
        if (index >= 0 && (!best || index < best.index)) best = { index, def };
      });
      if (best) first.set(t.data.id, best);
    }
    for (const body of allBodies(model)) {
      if (body.kind === 'meeting' || !body.placed) continue;
      const at = body.version === undefined ? -1 : versionIndex(model, body.version);
      if (at < 0) continue;
      for (const ref of body.refs) {
        if (ref.kind !== 'term') continue;
        const f = first.get(ref.id);
        if (!f || at >= f.index) continue;
        const list = early.get(ref.id) ?? [];
        list.push({ file: body.file, pos: ref.pos, text: ref.text, version: body.version! });
        early.set(ref.id, list);
      }
    }
    for (const [termId, uses] of early) {
      const term = model.terms.get(termId)!;
      const { def, index } = first.get(termId)!;
      const since = model.chain[index]!;
      const files = [...new Set(uses.map((u) => u.file))].sort();
      if (files.length > 1) {
        // A since that names no section of the body is body/sections' finding (a misspelt since): not again here.
        if (!definitionSections(term.sections, term.data.definitions[def]!.since).text) continue;
        const versions = [...new Set(uses.map((u) => u.version))].sort((a, b) => versionIndex(model, a) - versionIndex(model, b));
        out.push(
          finding(
            id,
            placeOf(term, ['definitions', def, 'since']),
            `「${since}」 is the first definition of ${termId}, which is used before it in ${versions.join(', ')} (${files.length} files: ${files.slice(0, 3).join(', ')}${files.length > 3 ? ', …' : ''}); expected a definition from the first version that uses it (${versions[0]})`,
            `give the definition from ${versions[0]} (its since), or remove <Term id="${termId}"> from the texts of the versions before ${since}`,
          ),
        );
        continue;
      }
      const [use, ...rest] = uses.sort((a, b) => a.pos.line - b.pos.line || a.pos.column - b.pos.column);
      out.push(
        finding(
          id,
          { file: use!.file, ...use!.pos },
          `「${use!.text || term.data.label}」 uses ${termId} in ${use!.version}, before its first definition (since ${since})${rest.length ? ` (and ${rest.length} more in this file)` : ''}; expected a term defined as of ${use!.version}`,
          `write the word without <Term> in ${use!.version}, or define ${termId} from ${use!.version} in ${term.file}`,
        ),
      );
    }
    return out;
  },
};
