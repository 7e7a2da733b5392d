/** Reads content/ into the linked model. Content mistakes become diagnostics; nothing here throws for them. */
import { basename, join, relative, resolve, sep } from 'node:path';
import type { Root } from 'mdast';
import { DOCUMENT_KINDS, type ClauseFrontmatter, type MeetingFrontmatter, type TermFrontmatter } from '../../schemas/index.ts';
import { meetingWithTexts, termWithTexts } from './bodies.ts';
import { closest, type Diagnostic, type Position } from './diagnostic.ts';
import { listContent, readDocument } from './files.ts';
import {
  COLLECTION,
  type ClauseDoc,
  type Doc,
  type LoadResult,
  type MeetingDoc,
  type Model,
  type TermDoc,
  type TextMention,
} from './model.ts';
import { locateIn, positionInValue, positionTable, valueIn, type PathKey, type PositionTable } from './parse-document.ts';
import { parseFile, type ParseCache, type ParsedFile } from './parse-file.ts';
import { readLocalCopy } from './local-copy.ts';
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
    versions: new Map(),
    chain: [],
    clauses: new Map(),
    terms: new Map(),
    members: new Map(),
    meetings: new Map(),
    amendments: new Map(),
    rules: new Map(),
    mentions: [],
    duplicates: [],
    localCopies: new Map(),
  };
  const rejected: LoadResult['rejected'] = [];
  let files = 0;

  /** Meetings and terms, with their frontmatter: their texts are read from their bodies once all is loaded. */
  const sectioned: { doc: MeetingDoc | TermDoc; kind: 'meeting' | 'term'; frontmatter: unknown }[] = [];

  const shown = model.root ? `${model.root}/` : '';
  const listing = listContent(absRoot, shown);
  for (const p of listing.problems) diagnostics.push({ ...p, file: shown + p.file });
  for (const c of listing.claims) {
    rejected.push({
      kind: c.kind,
      file: shown + c.path,
      id: c.id,
      ...(c.version ? { version: c.version } : {}),
      ...(c.cause ? { cause: shown + c.cause } : {}),
    });
  }
  const order = Object.keys(DOCUMENT_KINDS);
  const entries = listing.entries.sort(
    (a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );

  for (const { kind, path } of entries) {
    files++;
    const file = shown + path;
    // A version's id is its folder's name, a clause belongs to the version of its folder.
    const folder = path.split('/')[1]!;
    const nameId = kind === 'version' ? folder : basename(path).replace(/\.(?:yaml|mdx)$/, '');
    const reject = (claimedId?: string, extra: Partial<LoadResult['rejected'][number]> = {}) => {
      rejected.push({ kind, file, id: claimedId ?? nameId, ...(kind === 'clause' ? { version: folder } : {}), ...extra });
      // A document that names itself otherwise than its file is still referred to by its file's name.
      if (claimedId !== undefined && claimedId !== nameId)
        rejected.push({ kind, file, id: nameId, ...(kind === 'clause' ? { version: folder } : {}) });
    };
    const read = readDocument(join(absRoot, path), file);
    if ('problem' in read) {
      diagnostics.push(read.problem);
      reject();
      continue;
    }
    const text = read.text;
    let parsed = options.cache?.get(file, text);
    if (!parsed) {
      parsed = parseFile(kind, file, text);
      options.cache?.set(file, text, parsed);
    }
    diagnostics.push(...parsed.diagnostics);
    if (parsed.data === undefined || !parsed.yaml) {
      const uses = parsed.refs ? { uses: parsed.refs.flatMap((r) => (r.kind === 'term' ? [r.id] : [])) } : {};
      reject(parsed.claimedId, { ...(parsed.claimedNumber !== undefined ? { number: parsed.claimedNumber } : {}), ...uses });
      // A document of another kind in this kind's folder (a term among meetings) claims its id as what it is.
      if (parsed.misplaced) rejected.push({ kind: parsed.misplaced, file, id: parsed.claimedId ?? nameId, ...uses });
      continue;
    }
    const source = parsed.yaml;
    let table: PositionTable | undefined;
    const positions = () => (table ??= positionTable(source.text, source.lineOffset));
    const locate = (p: readonly PathKey[] = []) => locateIn(positions(), p);
    const locateValue = (p: readonly PathKey[]) => valueIn(positions(), p);
    const id = (parsed.data as { id: string }).id;
    // Named otherwise than its file (id/file-name reports it): what refers to it by either name, or finds the
    // new id new, follows from that one mistake. Its uses are in the model.
    if (id !== nameId) {
      for (const claimed of [nameId, id])
        rejected.push({ kind, file, id: claimed, uses: [], ...(kind === 'clause' ? { version: folder } : {}) });
    }
    let added: boolean;
    if (kind === 'clause') {
      const clauses = model.clauses.get(folder) ?? new Map<string, ClauseDoc>();
      model.clauses.set(folder, clauses);
      const body = parsed.body as Root;
      added = addOnce(model, kind, clauses, id, {
        data: parsed.data as ClauseFrontmatter,
        file,
        locate,
        locateValue,
        version: folder,
        body,
        refs: parsed.refs ?? [],
      });
    } else if (kind === 'meeting' || kind === 'term') {
      const doc: MeetingDoc | TermDoc = {
        data: parsed.data as never,
        file,
        locate,
        locateValue,
        body: parsed.body as Root,
        sections: parsed.sections ?? [],
        refs: parsed.refs ?? [],
      };
      // A meeting whose id and file say m31 and whose number says otherwise: the number is the typo
      // (meeting/number reports it); the model holds the named number (a copy: the parsed data is cached).
      const named = kind === 'meeting' && id === nameId ? /^m(\d+)$/.exec(id)?.[1] : undefined;
      const written = (parsed.data as { number?: unknown }).number;
      if (named !== undefined && typeof written === 'number' && Number(named) !== written) {
        doc.data = { ...(parsed.data as MeetingFrontmatter), number: Number(named) } as never;
        (doc as MeetingDoc).writtenNumber = written;
        // What names 第29回 (the written number) follows from the same mistake.
        rejected.push({ kind, file, id: `m${written}`, number: written, uses: [] });
      }
      added = addOnce(model, kind, model[COLLECTION[kind]] as Map<string, MeetingDoc | TermDoc>, id, doc);
      if (added) sectioned.push({ doc, kind, frontmatter: doc.data });
    } else {
      added = addOnce(model, kind, model[COLLECTION[kind]] as Map<string, Doc<never>>, id, {
        data: parsed.data as never,
        file,
        locate,
        locateValue,
      });
    }
    if (!added) continue;
    // 「第N回」 in YAML (an MDX file's frontmatter too); bodies keep theirs in `refs`.
    for (const { number, text, path: at, pos: index, date } of parsed.mentions) {
      const locate = (i: number) => {
        let pos: Position | undefined;
        return () => (pos ??= positionInValue(source.text, source.lineOffset, at, i));
      };
      const here = locate(index);
      const mention: TextMention = {
        file,
        number,
        text,
        get pos() {
          return here();
        },
      };
      if (date) {
        const there = locate(date.pos);
        mention.date = {
          date: date.date,
          text: date.text,
          get pos() {
            return there();
          },
        };
      }
      model.mentions.push(mention);
    }
  }
  // Clauses in a folder that is no version (version/folder reports it, at the folder's first clause) were meant
  // for the version whose name is closest: what looks for them there follows from that one mistake.
  // A folder that a version names as the one it supersedes is that version, its version.yaml missing: what
  // refers to the version follows from the folder's one finding (version/folder, at its first clause).
  const superseded = new Set([...model.versions.values()].map((v) => v.data.supersedes));
  for (const [folder, clauses] of model.clauses) {
    if (model.versions.has(folder) || rejected.some((r) => r.kind === 'version' && r.id === folder)) continue;
    const first = [...clauses.values()].map((c) => c.file).sort()[0]!;
    if (superseded.has(folder)) {
      rejected.push({ kind: 'version', file: first, id: folder });
      continue;
    }
    const meant = closest(folder, model.versions.keys(), 1)[0];
    if (!meant) continue;
    for (const c of clauses.values())
      rejected.push({ kind: 'clause', file: c.file, id: c.data.id, version: meant, uses: [], cause: first });
  }
  model.chain = versionChain(model);
  // A clause of the previous version that a version neither has nor declares removed (a deleted file): its
  // parent links and references in that version follow from version/removed-clause's one finding.
  model.chain.forEach((versionId, i) => {
    const version = model.versions.get(versionId);
    const previous = i > 0 ? model.clauses.get(model.chain[i - 1]!) : undefined;
    if (!version || !previous) return;
    const has = model.clauses.get(versionId);
    const declared = new Set(version.data.removed.map((r) => r.clause));
    for (const clauseId of previous.keys()) {
      if (
        has?.has(clauseId) ||
        declared.has(clauseId) ||
        rejected.some((r) => r.kind === 'clause' && r.id === clauseId && r.version === versionId)
      )
        continue;
      rejected.push({ kind: 'clause', file: version.file, id: clauseId, version: versionId, uses: [], missing: true });
    }
  });
  // The documents the meeting records transcribe, read from beside the project when there (quotes are checked on them).
  for (const meeting of model.meetings.values()) {
    const file = meeting.data.source.file;
    if (file !== undefined && !model.localCopies.has(file)) model.localCopies.set(file, readLocalCopy(file, absRoot, projectRoot));
  }
  // A body's plain text resolves terms, clauses and rule values: read it once every document is in.
  for (const { doc, kind, frontmatter } of sectioned) {
    doc.data =
      kind === 'meeting'
        ? meetingWithTexts(model, frontmatter as MeetingFrontmatter, doc.sections)
        : (termWithTexts(model, frontmatter as TermFrontmatter, doc.sections) as never);
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
