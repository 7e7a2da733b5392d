/**
 * Date facts (`{date, basis}` or `{unknown, note, notBefore?, notAfter?}`) and partial dates (2018, 2018-04,
 * 2018-04-01): how they sort, how readers and messages see them, what a feed entry may be dated by.
 */
import type { DateFact, PartialDate } from '../../schemas/index.ts';

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
  return dates.filter((d): d is string => d !== undefined).sort().at(-1);
}

/** The earliest and latest day a date fact can be, as sortable strings (YYYY-MM-DD); absent when unbounded. */
export function dateBounds(d: DateFact): { earliest?: string; latest?: string } {
  if ('date' in d) return { earliest: widen(d.date, '01', '01'), latest: widen(d.date, '12', '31') };
  return {
    ...(d.notBefore ? { earliest: widen(d.notBefore, '01', '01') } : {}),
    ...(d.notAfter ? { latest: widen(d.notAfter, '12', '31') } : {}),
  };
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
  const bound = d.notAfter ? `${formatDate({ date: d.notAfter, basis: 'fact' })}以前` : d.notBefore ? `${formatDate({ date: d.notBefore, basis: 'fact' })}以後` : '';
  return bound ? `日付不明（${bound}）` : '日付不明';
}

/** A date fact as the checker's messages show it: 2021-02-01, or "unknown (≤ 2026-02-17)". */
export function showDate(d: DateFact): string {
  if ('date' in d) return d.date;
  const b = [d.notBefore && `≥ ${d.notBefore}`, d.notAfter && `≤ ${d.notAfter}`].filter(Boolean).join(', ');
  return b ? `unknown (${b})` : 'unknown';
}
