/** 用語 — a defined term with its definition history (content/terms/<id>.yaml). */
import { z } from 'zod';
import { Basis, Id, MeetingSource, Sources } from './common.ts';

/** One definition, in force from a version until the next entry. */
export const TermDefinition = z.strictObject({
  /** The first guideline version this definition belongs to. */
  since: Id,
  /** 定義 — in our words unless the official wording is known. */
  text: z.string().min(1),
  basis: Basis,
  /** The meeting (item) that decided this definition, when known. */
  decidedAt: MeetingSource.optional(),
  /** What changed compared with the previous definition, shown on the term's history. */
  change: z.string().optional(),
  /** A remark for readers, e.g. why the start version is our reading. */
  note: z.string().optional(),
  sources: Sources,
});
export type TermDefinition = z.infer<typeof TermDefinition>;

export const Term = z.strictObject({
  /** Permanent ASCII id used by `<Term id="…">`. @example "utilization" */
  id: Id,
  /** 表記 — the one correct way to write the term. @example "利活用" */
  label: z.string().min(1),
  /** 読み (hiragana). */
  reading: z.string().regex(/^[\u3041-\u309f\u30fc・ ]+$/, { error: '読み is written in hiragana' }),
  /** English label, for readers and ids. */
  english: z.string().min(1),
  /** Definition history, oldest first. */
  definitions: z.array(TermDefinition).min(1),
  /** Other surface forms that may appear inside `<Term>` (活用形など), e.g. "利活用する". */
  forms: z.array(z.string().min(1)).default([]),
  /** Wrong or deprecated ways of writing it: prose lint (prh) rejects them. */
  variants: z.array(z.string().min(1)).default([]),
  related: z.array(Id).default([]),
});
export type Term = z.infer<typeof Term>;
