/**
 * One content file → plain data: validated, located, its references found. The loader links these into the
 * model; being plain (JSON-safe) data, they can also be kept in a cache between runs (see `ParseCache`).
 */
import type { Root } from 'mdast';
import { DOCUMENT_KINDS, type DocumentKind } from '../../schemas/index.ts';
import type { Diagnostic } from './diagnostic.ts';
import { MEETING_MENTION, meetingMentions, parseMdx, type MeetingMention, type Reference } from './mdx.ts';
import { parseContentYaml, type LocatedYaml, type PathKey } from './parse-document.ts';
import { splitSections, type BodySection } from './sections.ts';

export interface ParsedFile {
  diagnostics: Diagnostic[];
  /** The validated data (an MDX file's frontmatter); absent when the file was rejected. */
  data?: unknown;
  /** The id the document gives itself, even when the rest of it is invalid. */
  claimedId?: string;
  /** A meeting's number as the document gives it, even when the rest of it is invalid. */
  claimedNumber?: number;
  /**
   * The YAML (an MDX file's frontmatter) and the line it starts after, from which positions are computed when a
   * rule first asks for one (`positionTable`); most valid files never need them.
   */
  yaml?: { text: string; lineOffset: number };
  /**
   * 「第N回」 in the YAML's strings (with the date written after one): the value's path, and where in the value
   * (an index, located when a rule reports it).
   */
  mentions: (Omit<MeetingMention<number>, 'kind'> & { path: PathKey[] })[];
  /** An MDX file's body and the references in it. */
  body?: Root;
  refs?: Reference[];
  /** A meeting's or a term's body cut at its headings (see sections.ts). */
  sections?: BodySection[];
  /** The kind the document is, when it is valid as that kind and filed in the folder of another. */
  misplaced?: DocumentKind;
}

/** Something that keeps parsed files between runs, keyed by file and text (a changed text is a miss). */
export interface ParseCache {
  get(file: string, text: string): ParsedFile | undefined;
  set(file: string, text: string, parsed: ParsedFile): void;
}

/** What the frontmatter of each MDX kind starts with, for the message when it is missing. */
const FIELDS: Partial<Record<DocumentKind, string>> = {
  clause: 'id, number, heading, parent, order, provenance, sources',
  meeting: 'id, number, date, status, source, attendees, deliberations, reports',
  term: 'id, label, reading, english, definitions',
};

/** Parse and validate one file of a kind; `file` (relative to the project root) is what diagnostics name. */
export function parseFile(kind: DocumentKind, file: string, text: string): ParsedFile {
  const { schema, format } = DOCUMENT_KINDS[kind];
  if (format === 'yaml') {
    const yaml = parseContentYaml(schema, file, text);
    return misfiled(kind, file, yaml, fromYaml(yaml, text, 0));
  }
  const mdx = parseMdx(file, text, { quote: kind === 'meeting' });
  if (!mdx.frontmatter) {
    // An unreadable file already has its diagnostic; a missing frontmatter would only repeat it.
    const missing: Diagnostic[] = mdx.unreadable
      ? []
      : [
          {
            file,
            line: 1,
            column: 1,
            severity: 'error',
            rule: 'schema/invalid',
            message: `the ${kind} has no frontmatter; expected a YAML block between --- lines at the top`,
            hint: `start the file with ---, the fields ${FIELDS[kind] ?? 'id, …'}, then ---`,
          },
        ];
    return { diagnostics: [...mdx.diagnostics, ...missing], mentions: [] };
  }
  const yaml = parseContentYaml(schema, file, mdx.frontmatter.text, mdx.frontmatter.line);
  const parsed = misfiled(kind, file, yaml, fromYaml(yaml, mdx.frontmatter.text, mdx.frontmatter.line));
  if (kind !== 'clause') parsed.diagnostics = parsed.diagnostics.map((d) => bodyFieldHint(kind, d));
  return {
    ...parsed,
    diagnostics: [...mdx.diagnostics, ...parsed.diagnostics],
    body: mdx.body,
    refs: mdx.refs,
    ...(kind === 'clause' ? {} : { sections: splitSections(mdx.body, mdx.refs) }),
  };
}

/**
 * A document that its folder's schema rejects but another kind's (of the same format) accepts is that kind,
 * filed in the wrong folder (a term saved under meetings/): one finding, that it belongs elsewhere, instead of
 * every field the wrong schema misses; the loader lets it claim its id as its own kind.
 */
function misfiled(kind: DocumentKind, file: string, yaml: { data?: unknown; yaml?: LocatedYaml }, parsed: ParsedFile): ParsedFile {
  if (yaml.data !== undefined || !yaml.yaml || parsed.diagnostics.some((d) => d.rule !== 'schema/invalid')) return parsed;
  const raw = yaml.yaml.data;
  const format = DOCUMENT_KINDS[kind].format;
  const other = (Object.keys(DOCUMENT_KINDS) as DocumentKind[]).find(
    (k) => k !== kind && DOCUMENT_KINDS[k].format === format && DOCUMENT_KINDS[k].schema.safeParse(raw).success,
  );
  if (!other) return parsed;
  // The content folder is what the file's path has before its kind's pattern (guideline/*/*.mdx: 3 parts).
  const parts = file.split('/');
  const root = parts.slice(0, parts.length - DOCUMENT_KINDS[kind].pattern.split('/').length).join('/');
  const name = parts[parts.length - 1]!;
  const target = DOCUMENT_KINDS[other].pattern.replace(/\*(\.\w+)$/, name.replace(/\.\w+$/, '$1')).replace('*', '<version>');
  return {
    ...parsed,
    diagnostics: [
      {
        file,
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'file/unexpected',
        message: `「${file}」 is a ${other} (its ${format === 'mdx' ? 'frontmatter' : 'data'} is valid as one), filed among ${kind}s; expected ${root ? `${root}/` : ''}${target}`,
        hint: `move it to ${root ? `${root}/` : ''}${target}`,
      },
    ],
    misplaced: other,
  };
}

/** The texts that live in the body of a meeting or a term: a frontmatter field of that name says where they went. */
const BODY_FIELDS: Record<string, Partial<Record<DocumentKind, string>>> = {
  summary: { meeting: "the item's text is the body's section under its id: write it under ## <id> (### <id> for a sub-item)" },
  text: { term: "a definition's words are the body's section under its since: write them under ## <since>" },
  change: { term: "what a definition changed is the body's section ### 変更点 under ## <since>" },
};

function bodyFieldHint(kind: DocumentKind, d: Diagnostic): Diagnostic {
  const field = d.rule === 'schema/invalid' ? /^「(\w+)」 is not a field of/.exec(d.message)?.[1] : undefined;
  const hint = field ? BODY_FIELDS[field]?.[kind] : undefined;
  return hint ? { ...d, hint } : d;
}

function fromYaml(parsed: { data?: unknown; yaml?: LocatedYaml; diagnostics: Diagnostic[] }, text: string, lineOffset: number): ParsedFile {
  const out: ParsedFile = { diagnostics: parsed.diagnostics, mentions: [] };
  const raw = parsed.yaml?.data as { id?: unknown; number?: unknown } | null | undefined;
  if (typeof raw?.id === 'string') out.claimedId = raw.id;
  if (typeof raw?.number === 'number') out.claimedNumber = raw.number;
  if (!parsed.yaml || parsed.data === undefined) return out;
  out.data = parsed.data;
  out.yaml = { text, lineOffset };
  // Most files mention no meeting: look at the strings only when the text has a 「第N回」 at all.
  if (new RegExp(MEETING_MENTION.source).test(text)) {
    const walk = (value: unknown, path: PathKey[]): void => {
      if (typeof value === 'string') {
        for (const { kind: _, ...m } of meetingMentions(value, (index) => index)) out.mentions.push({ ...m, path });
      } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    };
    walk(parsed.yaml.data, []);
  }
  return out;
}
