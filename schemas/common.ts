/** Shared building blocks of every schema: ids, dates that may be unknown, times, web addresses and sources. */
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';

/**
 * A permanent ASCII id (Akoma Ntoso's `wId` idea): never derived from a number or a Japanese heading,
 * never changed once published. Dots separate levels of meaning, hyphens separate words.
 * @example "publication.small-counts"
 */
export const Id = z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, {
  error: 'ids are lower-case ASCII words joined by "-" or ".", such as "publication.small-counts"',
});
export type Id = z.infer<typeof Id>;

/**
 * 根拠の種類 — how we know a fact.
 * - `fact`: stated by a public source (URL given)
 * - `seed`: stated in the project's own seed (the draft minutes of the 31st meeting)
 * - `inferred`: our reading of the sources, not stated by them; pages say so
 */
export const Basis = z.enum(['fact', 'seed', 'inferred']);
export type Basis = z.infer<typeof Basis>;

const DATE_SHAPE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/**
 * Why a date written in the shape YYYY, YYYY-MM or YYYY-MM-DD is not a day (or month) of the calendar, or
 * undefined when it is one. The calendar is Temporal's (ISO 8601, proleptic Gregorian): 2026-02-29 and
 * 2018-04-31 do not exist, nor does month 13 or 00. Temporal is the platform's own date API; Node 24 has it
 * only behind a flag, so the polyfill stands in for it.
 */
export function calendarProblem(text: string): string | undefined {
  if (!DATE_SHAPE.test(text) || text.length === 4) return undefined;
  const [year, month, day] = text.split('-').map(Number) as [number, number, number?];
  if (month < 1 || month > 12) return `there is no month ${month}; expected a month from 01 to 12`;
  if (day === undefined) return undefined;
  try {
    Temporal.PlainDate.from({ year, month, day }, { overflow: 'reject' });
    return undefined;
  } catch {
    const days = Temporal.PlainYearMonth.from({ year, month }).daysInMonth;
    return `${year}-${String(month).padStart(2, '0')} has ${days} days${month === 2 && days === 28 ? ` (${year} is not a leap year)` : ''}; expected a day that exists`;
  }
}

/** A calendar date as precise as the source allows: "2021", "2018-04" or "2021-02-01"; a day that exists. */
export const PartialDate = z
  .string()
  .regex(DATE_SHAPE, { error: 'dates are written YYYY, YYYY-MM or YYYY-MM-DD, such as 2021-02-01' })
  .superRefine((text, ctx) => {
    const problem = calendarProblem(text);
    if (problem)
      ctx.addIssue({
        code: 'custom',
        input: text,
        message: problem,
        params: { hint: 'write a date of the calendar, as the source gives it' },
      });
  });
export type PartialDate = z.infer<typeof PartialDate>;

/**
 * A time of day as the minutes print it, 24-hour "HH:MM" (16:00); a time that exists on a clock (no 25:61, no
 * 24:00), by Temporal's reading of it.
 */
export const ClockTime = z
  .string()
  .regex(/^\d{2}:\d{2}$/, { error: 'times are written HH:MM (24-hour), such as 16:00' })
  .superRefine((text, ctx) => {
    if (!/^\d{2}:\d{2}$/.test(text)) return;
    const [hour, minute] = text.split(':').map(Number) as [number, number];
    try {
      Temporal.PlainTime.from({ hour, minute }, { overflow: 'reject' });
    } catch {
      ctx.addIssue({
        code: 'custom',
        input: text,
        message: `no clock shows ${text}; expected hours 00–23 and minutes 00–59`,
        params: { hint: 'write the time as the minutes give it, 24-hour' },
      });
    }
  });

/** Whether clock time `a` is before `b` (both valid HH:MM). */
export const isBefore = (a: string, b: string) => Temporal.PlainTime.compare(Temporal.PlainTime.from(a), Temporal.PlainTime.from(b)) < 0;

/**
 * The address of a public web page: https or http, a domain name, no spaces, no user name or password. Nothing
 * else reaches a page's links (no javascript:, data: or relative addresses).
 */
export const WebUrl = z
  .string()
  .regex(/^[^\s]+$/, { error: 'an address has no spaces; write a space as %20' })
  // One finding per address: the shape of a URL is judged only once it has no spaces.
  .pipe(
    z.url({
      protocol: /^https?$/,
      hostname: z.regexes.domain,
      error: 'addresses are https:// or http:// URLs of a public page, such as https://www.pmda.go.jp/',
    }),
  )
  .refine((url) => !/^https?:\/\/[^/?#]*@/i.test(url), {
    error: "an address carries no user name or password (user:pass@); expected the public page's address",
  });

/** A date that the sources give (fully or in part). */
export const KnownDate = z.strictObject({
  date: PartialDate,
  basis: Basis,
  /** What the date is exactly (e.g. 通知日, 意見募集開始日), when that matters. */
  note: z.string().optional(),
});

/**
 * A date the sources do not give. Nothing is invented to fill it: say what is known instead.
 * @example { unknown: true, note: "第31回（2026-02-17）より前。正確な日付は未確認", notAfter: "2026-02-17" }
 */
export const UnknownDate = z.strictObject({
  unknown: z.literal(true),
  /** What is known, in Japanese, shown to readers. */
  note: z.string().min(1),
  /** The latest the date can be, when the sources bound it. */
  notAfter: PartialDate.optional(),
  /** The earliest the date can be, when the sources bound it. */
  notBefore: PartialDate.optional(),
});

/** 日付 — a known date, or an explicit statement that it is not known. */
export const DateFact = z.union([KnownDate, UnknownDate]);
export type DateFact = z.infer<typeof DateFact>;
export type KnownDate = z.infer<typeof KnownDate>;

/** A public page the fact comes from. */
export const UrlSource = z.strictObject({
  url: WebUrl,
  /** The page's title or what it is (通知, 意見募集, 報道). */
  title: z.string().optional(),
  note: z.string().optional(),
});

/** A meeting record in this repository (itself sourced), optionally one of its items. */
export const MeetingSource = z.strictObject({
  meeting: Id,
  /** A deliberation or report item id of that meeting, such as "d1-2" or "r3". */
  item: Id.optional(),
  /**
   * The exact passage of the document the meeting record transcribes (its `source.file`, e.g. the draft minutes)
   * that the statement rests on, as printed (whitespace aside). The checker proves it is there (source/quote); a
   * statement whose basis is `seed` must carry one (source/seed-quote). Our own wording is never a quote.
   */
  quote: z.string().min(1).optional(),
  note: z.string().optional(),
});
export type MeetingSource = z.infer<typeof MeetingSource>;

/** 出典 — where a statement comes from. */
export const Source = z.union([UrlSource, MeetingSource]);
export type Source = z.infer<typeof Source>;

/** A non-empty list of sources: every statement in content/ must be traceable. */
export const Sources = z.array(Source).min(1, { error: 'give at least one source (url or meeting)' });

/**
 * 本文の由来 — whose words a text is.
 * - `summary`: written here in our own words from the sources (pages label it as a summary)
 * - `official`: the official wording, copied from the published guideline
 * - `pending`: the text is not published yet (e.g. a revision whose draft is still to be discussed)
 */
export const Provenance = z.enum(['summary', 'official', 'pending']);
export type Provenance = z.infer<typeof Provenance>;
