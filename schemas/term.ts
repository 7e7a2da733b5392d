/**
 * 用語 — a defined term with its definition history (content/terms/<id>.mdx). The frontmatter holds the
 * term's 表記, 読み, English and its dated definitions with their sources; the body holds what readers see on
 * the term page: one section per definition, headed by its `since` (`## r2026`), with the definition's text
 * and, when it changed the previous one, a `### 変更点` section saying what changed.
 */
import { z } from 'zod';
import { Basis, Id, MeetingSource, Provenance, Sources } from './common.ts';

/** One definition, in force from a version until the next entry, as the frontmatter holds it. */
export const TermDefinitionFrontmatter = z.strictObject({
  /** The first guideline version this definition belongs to; the heading of its section in the body. */
  since: Id,
  basis: Basis,
  /**
   * Whose words the definition is: `summary` (ours, from the sources), `official`, or `pending` — the new wording
   * is not published: the section then gives what was approved (the minutes' words, quoted in `sources`), and
   * pages say the wording is not out rather than showing a definition under 改正後.
   */
  provenance: Provenance.default('summary'),
  /** The meeting (item) that decided this definition — for a pending one, that approved the direction of the change. */
  decidedAt: MeetingSource.optional(),
  /** A remark for readers, e.g. why the start version is our reading. */
  note: z.string().optional(),
  sources: Sources,
});

/** What a term file's frontmatter holds. */
export const TermFrontmatter = z.strictObject({
  /** Permanent ASCII id used by `<Term id="…">`. @example "utilization" */
  id: Id,
  /** 表記 — the one correct way to write the term. @example "利活用" */
  label: z.string().min(1),
  /** 読み (hiragana). */
  reading: z.string().regex(/^[\u3041-\u309f\u30fc・ ]+$/, { error: '読み is written in hiragana' }),
  /** English label, for readers and ids. */
  english: z.string().min(1),
  /** Definition history, oldest first; each has its section in the body. */
  definitions: z.array(TermDefinitionFrontmatter).min(1),
  /** Other surface forms that may appear inside `<Term>` (活用形など), e.g. "利活用する". */
  forms: z.array(z.string().min(1)).default([]),
  /** Wrong or deprecated ways of writing it: prose lint (prh) rejects them. */
  variants: z.array(z.string().min(1)).default([]),
  related: z.array(Id).default([]),
});
export type TermFrontmatter = z.infer<typeof TermFrontmatter>;

/** A definition as the model holds it: the frontmatter's fields and its words from the body, as plain text. */
export const TermDefinition = TermDefinitionFrontmatter.extend({
  /** 定義 — in our words unless the official wording is known (the definition's section in the body). */
  text: z.string().min(1),
  /** What changed compared with the previous definition (its `### 変更点` section), shown on the term's history. */
  change: z.string().optional(),
});
export type TermDefinition = z.infer<typeof TermDefinition>;

/** A term as the model (and /api/model.json) holds it. */
export const Term = TermFrontmatter.extend({
  definitions: z.array(TermDefinition).min(1),
});
export type Term = z.infer<typeof Term>;
