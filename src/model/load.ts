/** Reads content/ into the linked model. Content mistakes become diagnostics; nothing here throws for them. */
import { globSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import type { Root } from 'mdast';
import { DOCUMENT_KINDS, type ClauseFrontmatter, type DocumentKind, type MeetingFrontmatter, type TermFrontmatter } from '../../schemas/index.ts';
import { meetingWithTexts, termWithTexts } from './bodies.ts';
import type { Diagnostic } from './diagnostic.ts';
import { COLLECTION, type ClauseDoc, type Doc, type LoadResult, type MeetingDoc, type Model, type TermDoc } from './model.ts';
import { locateIn, valueIn, type PathKey } from './parse-document.ts';
import { parseFile, type ParseCache, type ParsedFile } from './parse-file.ts';
import { versionChain } from './versions.ts';

export interface LoadOptions {
  /** Parsed files kept from an earlier run: an unchanged file is not parsed again (the checker's CLI keeps one). */
  cache?: ParseCache;
}

/** The content folder when none is named: $MIDNET_CONTENT_DIR, else content/ (the checker, the site and the build agree). */
export const defaultContentDir = (): string => process.env['MIDNET_CONTENT_DIR'] ?? 'content';

/**
 * Load every document under `contentDir` (default: $MIDNET_CONTENT_DIR, else content/ of the current project;
 * the benchmark points the variable at a synthetic tree). `projectRoot` is what file paths in diagnostics are
 * relative to.
 */
export function loadModel(contentDir = defaultContentDir(), projectRoot = process.cwd(), options: LoadOptions = {}): LoadResult {
  const absRoot = resolve(projectRoot, contentDir);
  const rel = (abs: string) => relative(projectRoot, abs).split(sep).join('/');
  const diagnostics: Diagnostic[] = [];
  const model: Model = {
    root: rel(absRoot),
    versions: new Map(), chain: [], clauses: new Map(), terms: new Map(), members: new Map(),
    meetings: new Map(), amendments: new Map(), rules: new Map(), mentions: [], duplicates: [],
  };
  const rejected: LoadResult['rejected'] = [];
  let files = 0;

  /** Meetings and terms, with their frontmatter: their texts are read from their bodies once all is loaded. */
  const sectioned: { doc: MeetingDoc | TermDoc; kind: 'meeting' | 'term'; frontmatter: unknown }[] = [];

  for (const kind of Object.keys(DOCUMENT_KINDS) as DocumentKind[]) {
    for (const path of globSync(DOCUMENT_KINDS[kind].pattern, { cwd: absRoot }).sort()) {
      files++;
      const file = rel(join(absRoot, path));
      const text = readFileSync(join(absRoot, path), 'utf8');
      let parsed = options.cache?.get(file, text);
      if (!parsed) {
        parsed = parseFile(kind, file, text);
        options.cache?.set(file, text, parsed);
      }
      diagnostics.push(...parsed.diagnostics);
      // A version's id is its folder's name, a clause belongs to the version of its folder.
      const folder = path.split(/[\\/]/)[1]!;
      if (parsed.data === undefined || !parsed.positions) {
        const fallback = kind === 'version' ? folder : basename(path).replace(/\.(?:yaml|mdx)$/, '');
        rejected.push({ kind, file, id: parsed.claimedId ?? fallback, ...(kind === 'clause' ? { version: folder } : {}) });
        continue;
      }
      const table = parsed.positions;
      const locate = (p: readonly PathKey[] = []) => locateIn(table, p);
      const locateValue = (p: readonly PathKey[]) => valueIn(table, p);
      const id = (parsed.data as { id: string }).id;
      let added: boolean;
      if (kind === 'clause') {
        const clauses = model.clauses.get(folder) ?? new Map<string, ClauseDoc>();
        model.clauses.set(folder, clauses);
        const body = parsed.body as Root;
        added = addOnce(model, kind, clauses, id, {
          data: parsed.data as ClauseFrontmatter, file, locate, locateValue, version: folder, body, refs: parsed.refs ?? [],
        });
      } else if (kind === 'meeting' || kind === 'term') {
        const doc: MeetingDoc | TermDoc = { data: parsed.data as never, file, locate, locateValue, body: parsed.body as Root, sections: parsed.sections ?? [], refs: parsed.refs ?? [] };
        added = addOnce(model, kind, model[COLLECTION[kind]] as Map<string, MeetingDoc | TermDoc>, id, doc);
        if (added) sectioned.push({ doc, kind, frontmatter: parsed.data });
      } else {
        added = addOnce(model, kind, model[COLLECTION[kind]] as Map<string, Doc<never>>, id, { data: parsed.data as never, file, locate, locateValue });
      }
      if (!added) continue;
      // 「第N回」 in YAML (an MDX file's frontmatter too); bodies keep theirs in `refs`.
      for (const m of parsed.mentions) model.mentions.push({ file, ...m });
    }
  }
  model.chain = versionChain(model);
  // A body's plain text resolves terms, clauses and rule values: read it once every document is in.
  for (const { doc, kind, frontmatter } of sectioned) {
    doc.data = kind === 'meeting'
      ? meetingWithTexts(model, frontmatter as MeetingFrontmatter, doc.sections)
      : termWithTexts(model, frontmatter as TermFrontmatter, doc.sections) as never;
  }
  return { model, diagnostics, files, rejected };
}

/** Add a document under its id, unless the id is taken: then record the duplicate and leave it out. */
function addOnce<D extends Doc<unknown>>(model: Model, kind: string, map: Map<string, D>, id: string, doc: D): boolean {
  const first = map.get(id);
  if (first) {
    model.duplicates.push({ kind, id, file: doc.file, pos: doc.locate(['id']), first: first.file });
    return false;
  }
  map.set(id, doc);
  return true;
}

export type { ParseCache, ParsedFile };
