/**
 * Machine-readable exports: the whole model as one JSON document (/api/model.json) and JSON Schemas generated
 * from the Zod schemas (/api/schema/<kind>.json, /api/schema/model.json). The Zod schemas stay the one definition.
 */
import { z } from 'zod';
import {
  Amendment,
  ClauseFrontmatter,
  DOCUMENT_KINDS,
  GuidelineVersion,
  Id,
  Meeting,
  Member,
  PublicationRule,
  Term,
  type DocumentKind,
} from '../../schemas/index.ts';
import { clauseText } from './clause-text.ts';
import { clausesInOrder } from './clauses.ts';
import type { Model } from './model.ts';
import { routes } from './routes.ts';
import { versionIndex } from './versions.ts';

/** Format version of /api/model.json: bump it when a field changes meaning or goes away. */
export const EXPORT_FORMAT = 1;

/** A reference found in a clause body (positions left out: they point into our source files). */
const ExportedRef = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('term'), id: z.string() }),
  z.strictObject({ kind: z.literal('clause'), id: z.string(), version: z.string().optional() }),
  z.strictObject({ kind: z.literal('rule-value'), rule: z.string(), param: z.string() }),
  z.strictObject({ kind: z.literal('meeting-mention'), number: z.number().int() }),
]);

/** A clause as exported: its frontmatter, its version, its source file, and its body as plain text. */
export const ExportedClause = ClauseFrontmatter.extend({
  /** The version this clause belongs to. */
  version: Id,
  /** Path of the source file in the repository. */
  file: z.string(),
  /** The body as plain text, references resolved for this version (one line per paragraph or list item). */
  text: z.string(),
  refs: z.array(ExportedRef),
});

/** /api/model.json. */
export const ModelExport = z.strictObject({
  $schema: z.string(),
  /** Format version of this document (see EXPORT_FORMAT). */
  format: z.literal(EXPORT_FORMAT),
  /** Version ids, oldest first, following `supersedes`. */
  chain: z.array(Id),
  versions: z.array(GuidelineVersion),
  /** Clauses of every version, versions in chain order, each version's clauses in reading order. */
  clauses: z.array(ExportedClause),
  terms: z.array(Term),
  members: z.array(Member),
  meetings: z.array(Meeting),
  amendments: z.array(Amendment),
  rules: z.array(PublicationRule),
});
export type ModelExport = z.infer<typeof ModelExport>;

const byId = <T extends { id: string }>(docs: Iterable<{ data: T }>): T[] =>
  [...docs].map((d) => d.data).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** The whole model as plain data. `root` is the site's root (site-url.ts) the `$schema` link is made from. */
export function exportModel(model: Model, root: string): ModelExport {
  return {
    $schema: routes(root).schema('model'),
    format: EXPORT_FORMAT,
    chain: [...model.chain],
    versions: model.chain
      .map((id) => model.versions.get(id)!.data)
      .concat(byId(model.versions.values()).filter((v) => versionIndex(model, v.id) < 0)),
    clauses: [...model.clauses.keys()]
      .sort((a, b) => rank(model, a) - rank(model, b) || (a < b ? -1 : 1))
      .flatMap((version) =>
        clausesInOrder(model, version).map((c) => ({
          ...c.data,
          version,
          file: c.file,
          text: clauseText(model, c),
          // Links to the site's own pages are the checker's concern (link/page), not part of the exported format.
          refs: c.refs
            .filter((r) => r.kind !== 'link')
            .map((r) => {
              switch (r.kind) {
                case 'term':
                  return { kind: r.kind, id: r.id };
                case 'clause':
                  return { kind: r.kind, id: r.id, ...(r.version ? { version: r.version } : {}) };
                case 'rule-value':
                  return { kind: r.kind, rule: r.rule, param: r.param };
                case 'meeting-mention':
                  return { kind: r.kind, number: r.number };
              }
            }),
        })),
      ),
    terms: byId(model.terms.values()),
    members: byId(model.members.values()),
    // `source.file` names the maintainers' local copy of the minutes (beside the project, not published): left out.
    meetings: byId(model.meetings.values()).map(({ source: { file: _local, ...source }, ...meeting }) => ({ ...meeting, source })),
    amendments: byId(model.amendments.values()),
    rules: byId(model.rules.values()),
  };
}

/** Versions outside the chain (a broken `supersedes`) still get exported, after the chain. */
function rank(model: Model, versionId: string): number {
  const i = versionIndex(model, versionId);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}

/** The kinds that get a JSON Schema: every document kind, plus `model` for /api/model.json. */
export type SchemaName = DocumentKind | 'model';
export const SCHEMA_NAMES: readonly SchemaName[] = [...(Object.keys(DOCUMENT_KINDS) as DocumentKind[]), 'model'];

/**
 * The JSON Schema (draft 2020-12) of a document kind, as authors write it in content/ (defaults optional), or
 * of /api/model.json, as the site writes it (defaults filled in).
 */
export function jsonSchemaOf(name: SchemaName, root: string): Record<string, unknown> {
  const [schema, io, title] =
    name === 'model'
      ? [ModelExport, 'output' as const, 'MID-NET利活用ガイドライン ポータルのデータ一式（/api/model.json）']
      : [DOCUMENT_KINDS[name].schema, 'input' as const, `${DOCUMENT_KINDS[name].label}（content/${DOCUMENT_KINDS[name].pattern}）`];
  const generated = z.toJSONSchema(schema, { io, reused: 'ref', unrepresentable: 'throw' });
  return { ...generated, $id: routes(root).schema(name), title };
}
