/** 条項 — one clause of one version (content/guideline/<version>/<clause-id>.mdx: frontmatter + MDX body). */
import { z } from 'zod';
import { Id, Provenance, Sources } from './common.ts';

export const ClauseFrontmatter = z.strictObject({
  /** Permanent id, the same in every version that has this clause. @example "publication.small-counts" */
  id: Id,
  /**
   * 番号 as printed in the official text (第5 2. (1) …). null while the official numbering is not known:
   * we never make a number up.
   */
  number: z.string().min(1).nullable(),
  /** 見出し. */
  heading: z.string().min(1),
  /** The parent clause's id, or null at the top level. */
  parent: Id.nullable(),
  /** Position among its siblings (any numbers; only their order counts). */
  order: z.number(),
  /** Whose words the body is: our summary, the official text, or not yet published. */
  provenance: Provenance,
  /** Facts used in this clause that are our reading rather than the source's words. */
  inferred: z.array(z.string().min(1)).default([]),
  /** What the sources do not tell about this clause (e.g. the criteria are not published), shown to readers. */
  unknowns: z.array(z.string().min(1)).default([]),
  sources: Sources,
});
export type ClauseFrontmatter = z.infer<typeof ClauseFrontmatter>;
