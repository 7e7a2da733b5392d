/**
 * Date facts (`{date, basis}` or `{unknown, note, notBefore?, notAfter?}`) and partial dates (2018, 2018-04,
 * 2018-04-01): how they sort, how readers and messages see them, what a feed entry may be dated by.
 */
import type { DateFact, PartialDate } from '../../schemas/index.ts';
import { halfWidthDigits } from './japanese.ts';

/** A date fact as a sortable string: the known date, or the latest it can be, or undefined. */
export function sortableDate(d: DateFact): string | undefined {
  return 'date' in d ? d.date : d.notAfter;
}

/** The date a record can honestly be dated by: the date, else its bound (the latest it can be, else the earliest). */
export function knownOrBound(d: DateFact): PartialDate | undefined {
  return 'date' in d ? d.date : (d.notAfter ?? d.notBefore);
}

/** The latest of some partial dates (they sort as strings), ignoring the missing ones. */
export function latestDate(dates: readonly (string | undefined)[]): string | undefined {
  return dates
    .filter((d): d is string => d !== undefined)
    .sort()
    .at(-1);
}

/** The earliest and latest day a date fact can be, as sortable strings (YYYY-MM-DD); absent when unbounded. */
export function dateBounds(d: DateFact): { earliest?: string; latest?: string } {
  if ('date' in d) return partialBounds(d.date);
  return {
    ...(d.notBefore ? { earliest: widen(d.notBefore, '01', '01') } : {}),
    ...(d.notAfter ? { latest: widen(d.notAfter, '12', '31') } : {}),
  };
}

/** The earliest and latest day a partial date (2018, 2018-04, 2018-04-01) can be, as sortable strings. */
function partialBounds(date: PartialDate): { earliest: string; latest: string } {
  return { earliest: widen(date, '01', '01'), latest: widen(date, '12', '31') };
}

/** Whether an unknown date's bounds cross (notBefore after notAfter): then it says nothing about any order. */
export function boundsCrossed(d: DateFact): boolean {
  const { earliest, latest } = dateBounds(d);
  return !('date' in d) && earliest !== undefined && latest !== undefined && earliest > latest;
}

/**
 * Whether `a` is certainly before `b`: the latest day `a` can be comes before the earliest `b` can be. Unknown
 * dates count by their bounds; a date with no bound on that side is never certainly anything.
 */
export function certainlyBefore(a: DateFact, b: DateFact): boolean {
  if (boundsCrossed(a) || boundsCrossed(b)) return false;
  const { latest } = dateBounds(a);
  const { earliest } = dateBounds(b);
  return latest !== undefined && earliest !== undefined && latest < earliest;
}

/** Whether two date facts can be the same day (their ranges of possible days overlap, or one is unbounded). */
export function canBeSameDay(a: DateFact, b: DateFact): boolean {
  return !certainlyBefore(a, b) && !certainlyBefore(b, a);
}

const ERAS: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };

/**
 * A date as Japanese text writes it, at the start of `text`: 2026年2月17日, 2026年（令和8年）2月17日 (as pages
 * write it, japaneseDate), 2026年2月, 令和8年2月17日 (元年 too),
 * 2026-02-17 or 2026/2/17, in half- or full-width digits. Returns the partial date and how many characters it
 * takes; undefined when the text does not start with a date.
 */
export function leadingDate(text: string): { date: PartialDate; length: number } | undefined {
  const t = halfWidthDigits(text);
  const pad = (n: string) => n.padStart(2, '0');
  const written =
    /^(?:(\d{4})年(?:[（(](?:令和|平成|昭和)(?:元|\d{1,2})年[）)])?|(令和|平成|昭和)(元|\d{1,2})年)(?:(\d{1,2})月(?:(\d{1,2})日)?)?/.exec(
      t,
    );
  if (written) {
    const year = written[1] ?? String(ERAS[written[2]!]! + (written[3] === '元' ? 1 : Number(written[3])));
    const [, , , , month, day] = written;
    return { date: [year, month && pad(month), month && day && pad(day)].filter(Boolean).join('-'), length: written[0].length };
  }
  const iso = /^(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?(?![\d/-])/.exec(t);
  if (iso) return { date: [iso[1], pad(iso[2]!), iso[3] && pad(iso[3])].filter(Boolean).join('-'), length: iso[0].length };
  return undefined;
}

/**
 * A month and day without a year at the start of `text` (3月17日, ３月１７日), as `--MM-DD` (ISO 8601's form for a
 * day of an unnamed year): a date a text gives a meeting it has just named, whose year the reader takes from it.
 */
export function leadingMonthDay(text: string): { date: string; length: number } | undefined {
  const m = /^(\d{1,2})月(\d{1,2})日/.exec(halfWidthDigits(text));
  return m ? { date: `--${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`, length: m[0].length } : undefined;
}

/** Whether a year-less `--MM-DD` is the month and day of a full date (YYYY-MM-DD). */
export function sameMonthDay(monthDay: string, date: string): boolean {
  return date.length === 10 && date.slice(4) === monthDay.slice(1);
}

function widen(date: string, month: string, day: string): string {
  const [y, m, dd] = date.split('-');
  return `${y}-${m ?? month}-${dd ?? day}`;
}

/** A partial date as an RFC 3339 timestamp at the start of the period it names, in Japan time. */
export function timestampOf(date: PartialDate): string {
  const [y, m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}T00:00:00+09:00`;
}

/** A date fact for readers, in Japanese: 2021年2月1日, 2018年4月, 不明（…）. */
export function formatDate(d: DateFact): string {
  if (!('date' in d)) return `不明（${d.note}）`;
  const text = japaneseDate(d.date);
  return d.basis === 'inferred' ? `${text}（推定）` : text;
}

const ERA = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * A date as a Japanese reader expects it: the Western year with the era alongside — 2026年（令和8年）2月17日,
 * 2023年（令和5年）5月, 2018年（平成30年）. The one formatter for pages, feeds, reports and the scripts in the
 * browser (Intl only). A month or a year is named by the era of its first day. Other text is returned as given.
 */
export function japaneseDate(date: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  const era = ERA.format(new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1)));
  return `${y}年（${era}）${mo ? `${Number(mo)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}

/** Today in Japan as YYYY-MM-DD (a citation's 閲覧日, the date of a test run). */
export function todayInJapan(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(now);
}

/** A date in a few words for lists: 2026年2月17日, 日付不明（2026年2月17日以前）, 日付不明. */
export function shortDate(d: DateFact): string {
  if ('date' in d) return formatDate(d);
  const bound = d.notAfter
    ? `${formatDate({ date: d.notAfter, basis: 'fact' })}以前`
    : d.notBefore
      ? `${formatDate({ date: d.notBefore, basis: 'fact' })}以後`
      : '';
  return bound ? `日付不明（${bound}）` : '日付不明';
}

/** A date fact as the checker's messages show it: 2021-02-01, or "unknown (≤ 2026-02-17)". */
export function showDate(d: DateFact): string {
  if ('date' in d) return d.date;
  const b = [d.notBefore && `≥ ${d.notBefore}`, d.notAfter && `≤ ${d.notAfter}`].filter(Boolean).join(', ');
  return b ? `unknown (${b})` : 'unknown';
}
