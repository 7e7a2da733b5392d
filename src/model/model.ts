/** The linked model of all content: what the checker, the site and the exports consume. */
import type { Root } from 'mdast';
import {
  DOCUMENT_KINDS,
  type Amendment,
  type ClauseFrontmatter,
  type DocumentKind,
  type GuidelineVersion,
  type Meeting,
  type Member,
  type PublicationRule,
  type Term,
} from '../../schemas/index.ts';
import type { Diagnostic, Position } from './diagnostic.ts';
import type { MeetingMention, Reference } from './mdx.ts';
import type { PathKey } from './parse-document.ts';
import type { BodySection } from './sections.ts';

/** A validated document and the means to point back into its file. */
export interface Doc<T> {
  data: T;
  /** Path relative to the project root. */
  file: string;
  /** Position of a field, by its path in the data. */
  locate(path?: readonly PathKey[]): Position;
  /**
   * Where the YAML value at `path` starts (for a text: its first character, quotes or block indicator
   * included); undefined where the file has no such node (a default, a text read from the body).
   */
  locateValue(path: readonly PathKey[]): Position | undefined;
}

export interface ClauseDoc extends Doc<ClauseFrontmatter> {
  /** The version this clause file belongs to (its folder). */
  version: string;
  /** The MDX body as an mdast tree (frontmatter removed); its plain text as readers see it is `clauseText`. */
  body: Root;
  /** References found in the body: terms, clauses, rule values, 「第N回」 mentions. */
  refs: Reference[];
}

/**
 * A meeting or a term: its data (the frontmatter, with the texts the model reads from the body: a meeting
 * item's `summary`, a definition's `text` and `change`) and the body itself, cut into its sections.
 */
export interface SectionedDoc<T> extends Doc<T> {
  /** The MDX body as an mdast tree (frontmatter removed). */
  body: Root;
  /** The body cut at its headings: one section per meeting item, per definition (and its 変更点). */
  sections: BodySection[];
  /** References found in the body: terms, clauses, rule values, 「第N回」 mentions. */
  refs: Reference[];
}
export type MeetingDoc = SectionedDoc<Meeting> & {
  /**
   * The number as the file writes it, when it disagrees with the number its name says (m31 → 31): the model
   * holds the named number, so that what refers to 第31回 follows the one mistake that meeting/number reports.
   */
  writtenNumber?: number;
};
export type TermDoc = SectionedDoc<Term>;

/** A 「第N回」 mention inside a YAML text field (with the date written after it, if any). */
export interface TextMention extends Omit<MeetingMention, 'kind'> {
  file: string;
}

export interface Model {
  /** The content folder the model was read from, relative to the project root. */
  root: string;
  versions: Map<string, Doc<GuidelineVersion>>;
  /** Version ids from the first to the latest, following `supersedes` (only when the chain is sound). */
  chain: string[];
  /** version id → clause id → clause. */
  clauses: Map<string, Map<string, ClauseDoc>>;
  terms: Map<string, TermDoc>;
  members: Map<string, Doc<Member>>;
  meetings: Map<string, MeetingDoc>;
  amendments: Map<string, Doc<Amendment>>;
  rules: Map<string, Doc<PublicationRule>>;
  /** 「第N回」 mentions in YAML text fields (bodies keep theirs in `refs`). */
  mentions: TextMention[];
  /** Documents whose id was already taken by another file of the same kind. */
  duplicates: { kind: string; id: string; file: string; pos: Position; first: string }[];
  /**
   * The local copies of the documents the meeting records transcribe, by the path a record names in
   * `source.file` (see local-copy.ts): the text found, or null when no copy is beside the project.
   */
  localCopies: Map<string, LocalCopy | null>;
}

/** A local copy of a source document: where it was found and its text. */
export interface LocalCopy {
  /** The path found, relative to the project root. */
  path: string;
  text: string;
}

/** What loading found before any rule ran: unreadable files and schema errors. */
export interface LoadResult {
  model: Model;
  diagnostics: Diagnostic[];
  /** Number of files read. */
  files: number;
  /**
   * Ids that a file claims but the model does not hold under them: documents read but not admitted (unreadable
   * or invalid: the id they claim and their file's name), files in the wrong place or of the wrong type (their
   * file's name), and documents whose id is not their file's name (that name). A finding that follows only from
   * one of them is explained by that file's own diagnostic (see scripts/checks/kit.ts, `Subject`).
   */
  rejected: Claimed[];
}

/** An id claimed by a file that the model does not hold under it (see `LoadResult.rejected`). */
export interface Claimed {
  kind: DocumentKind;
  /** The file that claims it, relative to the project root (a folder ends with "/"). */
  file: string;
  id: string;
  /** A clause's version (its folder), when known. */
  version?: string;
  /** A meeting's number, when the rejected file gives one. */
  number?: number;
  /** The term ids an MDX body uses, when its body could be read (absent: not known). */
  uses?: string[];
  /** Where the finding that explains it is, when not at `file` (the first file of a misnamed folder). */
  cause?: string;
  /**
   * Claimed by a version (its version.yaml) that lacks a clause of the version before it and does not declare it
   * removed: version/removed-clause's one finding, which what refers to the clause in that version follows from.
   */
  missing?: true;
}

/** Where each kind of document is filed in the model (clauses by version, then id). */
export const COLLECTION = {
  version: 'versions',
  clause: 'clauses',
  term: 'terms',
  member: 'members',
  meeting: 'meetings',
  amendment: 'amendments',
  rule: 'rules',
} as const satisfies Record<DocumentKind, keyof Model>;

/** Every document of the model with its kind, kinds in the order of DOCUMENT_KINDS (clauses by version folder, then file). */
export function* allDocs(model: Model): Generator<{ kind: DocumentKind; doc: Doc<{ id: string }> }> {
  for (const kind of Object.keys(DOCUMENT_KINDS) as DocumentKind[]) {
    if (kind === 'clause') {
      for (const clauses of model.clauses.values()) for (const doc of clauses.values()) yield { kind, doc };
    } else {
      for (const doc of model[COLLECTION[kind]].values()) yield { kind, doc };
    }
  }
}
