/** The schemas of every kind of document in content/, and where each kind lives. */
import { Amendment } from './amendment.ts';
import { ClauseFrontmatter } from './clause.ts';
import { GuidelineVersion } from './guideline-version.ts';
import { MeetingFrontmatter } from './meeting.ts';
import { Member } from './member.ts';
import { PublicationRule } from './publication-rule.ts';
import { TermFrontmatter } from './term.ts';

export * from './common.ts';
export * from './amendment.ts';
export * from './clause.ts';
export * from './guideline-version.ts';
export * from './meeting.ts';
export * from './member.ts';
export * from './publication-rule.ts';
export * from './term.ts';

/**
 * Every kind of document, its schema and its place under content/. The model loader, `allDocs()`, the JSON
 * Schemas and the docs read this table. The one other list is the format of /api/model.json, a public format
 * that names one field per kind: a test holds it to this table.
 *
 * `mdx` kinds are prose with data: YAML frontmatter (validated by `schema`) and an MDX body. Clauses are
 * their body; a meeting's body holds the minutes' text and a term's body its definitions, one section per
 * item or definition, headed by its id. The other kinds are data only (YAML).
 */
export const DOCUMENT_KINDS = {
  version: { schema: GuidelineVersion, pattern: 'guideline/*/version.yaml', format: 'yaml', label: 'ガイドラインの版' },
  clause: { schema: ClauseFrontmatter, pattern: 'guideline/*/*.mdx', format: 'mdx', label: '条項' },
  term: { schema: TermFrontmatter, pattern: 'terms/*.mdx', format: 'mdx', label: '用語' },
  member: { schema: Member, pattern: 'members/*.yaml', format: 'yaml', label: '委員' },
  meeting: { schema: MeetingFrontmatter, pattern: 'meetings/*.mdx', format: 'mdx', label: '会議' },
  amendment: { schema: Amendment, pattern: 'amendments/*.yaml', format: 'yaml', label: '改定事項' },
  rule: { schema: PublicationRule, pattern: 'rules/*.yaml', format: 'yaml', label: '公表基準' },
} as const;
export type DocumentKind = keyof typeof DOCUMENT_KINDS;
