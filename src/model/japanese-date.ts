/**
 * Dates as a Japanese reader expects them: the Western year with the Japanese era alongside,
 * 2026年（令和8年）2月17日, 2023年（令和5年）5月, 2018年（平成30年）. One formatter for the pages, the feeds and the
 * scripts in the browser (pure: Intl only). A month or a year is named by the era of its first day.
 */
const ERA = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-02-17", "2023-05" or "2018" in words; the text as given when it is not such a date. */
export function japaneseDate(date: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  const era = ERA.format(new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1)));
  return `${y}年（${era}）${mo ? `${Number(mo)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}

/** Today in Japan as YYYY-MM-DD (for 閲覧日 and test dates). */
export function todayInJapan(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(now);
}
