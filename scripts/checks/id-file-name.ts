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
import { allDocs, type Model } from '../../src/model/model.ts';
import { finding, placeOf, type Finding, type Rule } from './kit.ts';

const id = 'id/file-name';

export const rule: Rule = {
  id,
  description: "A document's id is its file name; a version's id is its folder's name.",
  check(model: Model): Finding[] {
    const out: Finding[] = [];
    for (const { kind, doc } of allDocs(model)) {
      // A version is a folder (guideline/<id>/version.yaml); every other document is a file named by its id.
      const [name, what] =
        kind === 'version' ? [basename(dirname(doc.file)), "folder's name"] : [basename(doc.file, extname(doc.file)), "file's name"];
      if (doc.data.id !== name) {
        out.push(
          finding(
            id,
            placeOf(doc, ['id']),
            `「${doc.data.id}」 is the id in ${doc.file}; expected 「${name}」, the ${what}`,
            `rename the ${what === "file's name" ? 'file' : 'folder'} to 「${doc.data.id}」, or correct the id (ids are permanent: prefer renaming)`,
          ),
        );
      }
    }
    return out;
  },
};
