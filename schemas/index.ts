/** The schemas of every kind of document in content/, and where each kind lives. */
import { Amendment } from './amendment.ts';
import { ClauseFrontmatter } from './clause.ts';
import { GuidelineVersion } from './guideline-version.ts';
import { Meeting } from './meeting.ts';
import { Member } from './member.ts';
import { PublicationRule } from './publication-rule.ts';
import { Term } from './term.ts';

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
 */
export const DOCUMENT_KINDS = {
  version: { schema: GuidelineVersion, pattern: 'guideline/*/version.yaml', label: 'ガイドラインの版' },
  clause: { schema: ClauseFrontmatter, pattern: 'guideline/*/*.mdx', label: '条項' },
  term: { schema: Term, pattern: 'terms/*.yaml', label: '用語' },
  member: { schema: Member, pattern: 'members/*.yaml', label: '委員' },
  meeting: { schema: Meeting, pattern: 'meetings/*.yaml', label: '会議' },
  amendment: { schema: Amendment, pattern: 'amendments/*.yaml', label: '改定事項' },
  rule: { schema: PublicationRule, pattern: 'rules/*.yaml', label: '公表基準' },
} as const;
export type DocumentKind = keyof typeof DOCUMENT_KINDS;
