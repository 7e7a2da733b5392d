/**
 * id/file-name — a document's id is its file name (a version's id is its folder's name).
 *
 * Why: the layout is the index (`content/terms/<term-id>.mdx`, `content/guideline/<version>/<clause-id>.mdx`):
 * people find a thing by its id, and a clause's folder says which version it belongs to.
 * How to fix: rename the file, or correct the id (ids are permanent: prefer renaming the file).
 *
 * @example not-ok — content/terms/riyou.mdx containing `id: utilization`
 * @example ok — content/terms/utilization.mdx containing `id: utilization`
 */
import { basename, dirname, extname } from 'node:path';
import type { Model } from '../../src/model/model.ts';
import { finding, placeOf, type Finding, type Rule } from './rule.ts';

const id = 'id/file-name';

export const rule: Rule = {
  id,
  description: 'A document\'s id is its file name; a version\'s id is its folder\'s name.',
  check(model: Model): Finding[] {
    const out: Finding[] = [];
    const docs = [
      ...[...model.terms.values(), ...model.members.values(), ...model.meetings.values(), ...model.amendments.values(), ...model.rules.values()]
        .map((d) => ({ doc: d, name: basename(d.file, extname(d.file)), what: 'file\'s name' })),
      ...[...model.versions.values()].map((d) => ({ doc: d, name: basename(dirname(d.file)), what: 'folder\'s name' })),
      ...[...model.clauses.values()].flatMap((m) => [...m.values()]).map((d) => ({ doc: d, name: basename(d.file, '.mdx'), what: 'file\'s name' })),
    ];
    for (const { doc, name, what } of docs) {
      if (doc.data.id !== name) {
        out.push(finding(id, placeOf(doc, ['id']), `「${doc.data.id}」 is the id in ${doc.file}; expected 「${name}」, the ${what}`,
          `rename the ${what === 'file\'s name' ? 'file' : 'folder'} to 「${doc.data.id}」, or correct the id (ids are permanent: prefer renaming)`));
      }
    }
    return out;
  },
};
