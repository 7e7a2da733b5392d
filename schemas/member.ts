/** 委員 — a person on the expert meeting, with affiliations over time (content/members/<id>.yaml). */
import { z } from 'zod';
import { Id, MeetingSource } from './common.ts';

export const Affiliation = z.strictObject({
  /** 所属・役職, exactly as the minutes print it. */
  text: z.string().min(1),
  /** The meeting whose minutes give this affiliation. */
  asOf: MeetingSource,
  /** A remark for readers about how the affiliation is printed. */
  note: z.string().optional(),
});

export const Member = z.strictObject({
  id: Id,
  /** 氏名, as the minutes print it (family name, space, given name). */
  name: z.string().min(1),
  /** Affiliations, oldest first. */
  affiliations: z.array(Affiliation).min(1),
});
export type Member = z.infer<typeof Member>;
