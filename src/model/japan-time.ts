/**
 * Moments (a report's creation, a build) in Japan time, whatever the time zone of the machine or the browser:
 * 「2026年12月2日 4:50（日本時間）」 for readers, `2026-12-02T04:50:24+09:00` for data.
 *
 * Japan has kept UTC+9 without daylight saving time since 1952, so a fixed offset gives exactly what
 * `Intl.DateTimeFormat` with `timeZone: 'Asia/Tokyo'` gives for any moment this site handles (the test compares
 * the two), without starting ICU's time-zone data, which costs the command-line checker a tenth of a second.
 */
const OFFSET_MS = 9 * 60 * 60 * 1000;

/** The wall-clock fields of Japan time at a moment. */
function fieldsOf(at: Date) {
  const d = new Date(at.getTime() + OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

const two = (n: number) => String(n).padStart(2, '0');

/** 「2026年12月2日 4:50（日本時間）」. */
export function japanTime(at: Date): string {
  const f = fieldsOf(at);
  return `${f.year}年${f.month}月${f.day}日 ${f.hour}:${two(f.minute)}（日本時間）`;
}

/** RFC 3339 in Japan time, to the second: `2026-12-02T04:50:24+09:00`. */
export function japanTimestamp(at: Date): string {
  const f = fieldsOf(at);
  return `${f.year}-${two(f.month)}-${two(f.day)}T${two(f.hour)}:${two(f.minute)}:${two(f.second)}+09:00`;
}
