/** Japan time by a fixed offset agrees with Intl's Asia/Tokyo, at the day boundary and on any date since 1970. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { japanTime, japanTimestamp } from '../../src/model/japan-time.ts';

const TOKYO = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});
const viaIntl = (at: Date) => {
  const p = Object.fromEntries(TOKYO.formatToParts(at).map((x) => [x.type, x.value]));
  return `${p['year']}年${p['month']}月${p['day']}日 ${p['hour']}:${p['minute']}（日本時間）`;
};

describe('japan time', () => {
  it('is the next day in Japan at 19:50 UTC', () => {
    const at = new Date('2026-12-01T19:50:24.342Z');
    expect(japanTime(at)).toBe('2026年12月2日 4:50（日本時間）');
    expect(japanTimestamp(at)).toBe('2026-12-02T04:50:24+09:00');
  });
  it('turns the year at 15:00 UTC on 31 December', () => {
    expect(japanTime(new Date('2026-12-31T14:59:59Z'))).toBe('2026年12月31日 23:59（日本時間）');
    expect(japanTime(new Date('2026-12-31T15:00:00Z'))).toBe('2027年1月1日 0:00（日本時間）');
  });
  it('says what Intl says for Asia/Tokyo, for any moment from 1970 to 2200', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true }), (at) => {
        expect(japanTime(at)).toBe(viaIntl(at));
        expect(new Date(japanTimestamp(at)).getTime()).toBe(Math.floor(at.getTime() / 1000) * 1000);
      }),
      { numRuns: 2000 },
    );
  });
});
