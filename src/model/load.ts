/** Reads content/ into the linked model. Content mistakes become diagnostics; nothing here throws for them. */
import { globSync, readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { DOCUMENT_KINDS, type DocumentKind } from '../../schemas/index.ts';
import type { Diagnostic } from './diagnostic.ts';
import { meetingMentions, parseMdx, textOf } from './mdx.ts';
import type { ClauseDoc, Doc, LoadResult, Model } from './model.ts';
import { parseDocument, type LocatedYaml } from './parse-document.ts';
import { versionChain } from './query.ts';

/**
 * Load every document under `contentDir` (default: content/ of the current project).
 * `projectRoot` is what file paths in diagnostics are relative to.
 */
export function loadModel(contentDir = 'content', projectRoot = process.cwd()): LoadResult {
  const absRoot = join(projectRoot, contentDir);
  const rel = (abs: string) => relative(projectRoot, abs).split(sep).join('/');
  const diagnostics: Diagnostic[] = [];
  const model: Model = {
    root: rel(absRoot),
    versions: new Map(), chain: [], clauses: new Map(), terms: new Map(), members: new Map(),
    meetings: new Map(), amendments: new Map(), rules: new Map(), mentions: [], duplicates: [],
  };
  const rejected: LoadResult['rejected'] = [];
  let files = 0;

  const maps: Record<Exclude<DocumentKind, 'clause'>, Map<string, Doc<never>>> = {
    version: model.versions, term: model.terms, member: model.members, meeting: model.meetings,
    amendment: model.amendments, rule: model.rules,
  } as never;

  for (const [kind, spec] of Object.entries(DOCUMENT_KINDS) as [DocumentKind, (typeof DOCUMENT_KINDS)[DocumentKind]][]) {
    for (const path of globSync(spec.pattern, { cwd: absRoot }).sort()) {
      files++;
      const abs = join(absRoot, path);
      const file = rel(abs);
      const text = readFileSync(abs, 'utf8');
      if (kind === 'clause') {
        loadClause(model, diagnostics, rejected, file, text, path.split(/[\\/]/)[1]!);
        continue;
      }
      const parsed = parseDocument(spec.schema, file, text);
      diagnostics.push(...parsed.diagnostics);
      if (!parsed.data || !parsed.yaml) {
        const folder = path.split(/[\\/]/)[1]!;
        rejected.push({ kind, file, id: rawId(parsed.yaml?.data) ?? (kind === 'version' ? folder : basename(path, '.yaml')) });
        continue;
      }
      const data = parsed.data as { id: string };
      const doc: Doc<never> = { data: data as never, file, locate: parsed.yaml.locate };
      const map = maps[kind];
      const first = map.get(data.id);
      if (first) {
        model.duplicates.push({ kind, id: data.id, file, pos: parsed.yaml.locate(['id']), first: first.file });
        continue;
      }
      map.set(data.id, doc);
      collectMentions(model, file, parsed.yaml);
    }
  }
  model.chain = versionChain(model);
  return { model, diagnostics, files, rejected };
}

/** The `id` a document gives itself, even when the rest of it is invalid. */
function rawId(data: unknown): string | undefined {
  const id = (data as { id?: unknown } | null | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}

function loadClause(
  model: Model, diagnostics: Diagnostic[], rejected: LoadResult['rejected'], file: string, text: string, version: string,
): void {
  const mdx = parseMdx(file, text);
  diagnostics.push(...mdx.diagnostics);
  const reject = (id: string | undefined) =>
    rejected.push({ kind: 'clause', file, id: id ?? basename(file, '.mdx'), version });
  if (!mdx.frontmatter) {
    reject(undefined);
    // An unreadable file already has its diagnostic; a missing frontmatter would only repeat it.
    if (!mdx.unreadable) diagnostics.push({
      file, line: 1, column: 1, severity: 'error', rule: 'schema/invalid',
      message: 'the clause has no frontmatter; expected a YAML block between --- lines at the top',
      hint: 'start the file with ---, the fields id, number, heading, parent, order, provenance, sources, then ---',
    });
    return;
  }
  const parsed = parseDocument(DOCUMENT_KINDS.clause.schema, file, mdx.frontmatter.text, mdx.frontmatter.line);
  diagnostics.push(...parsed.diagnostics);
  if (!parsed.data || !parsed.yaml) {
    reject(rawId(parsed.yaml?.data));
    return;
  }
  const doc: ClauseDoc = {
    data: parsed.data, file, locate: parsed.yaml.locate, version, body: mdx.body, refs: mdx.refs, text: textOf(mdx.body.children),
  };
  let clauses = model.clauses.get(version);
  if (!clauses) model.clauses.set(version, (clauses = new Map()));
  const first = clauses.get(doc.data.id);
  if (first) {
    model.duplicates.push({ kind: 'clause', id: doc.data.id, file, pos: parsed.yaml.locate(['id']), first: first.file });
    return;
  }
  clauses.set(doc.data.id, doc);
  // 「第N回」 in the frontmatter (a heading, a note) counts like any YAML text; the body keeps its own in `refs`.
  collectMentions(model, file, parsed.yaml);
}

function collectMentions(model: Model, file: string, yaml: LocatedYaml): void {
  for (const s of yaml.strings()) {
    for (const m of meetingMentions(s.value, s.position)) {
      if (m.kind === 'meeting-mention') model.mentions.push({ file, number: m.number, text: m.text, pos: m.pos });
    }
  }
}
