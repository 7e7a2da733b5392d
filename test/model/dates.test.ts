// Dates for readers: the Western year with the Japanese era alongside, from one formatter.
import { describe, expect, it } from 'vitest';
import { formatDate, japaneseDate, shortDate, todayInJapan } from '../../src/model/dates.ts';

describe('japaneseDate', () => {
  it('writes a day, a month or a year with the era alongside', () => {
    expect(japaneseDate('2026-02-17')).toBe('2026年（令和8年）2月17日');
    expect(japaneseDate('2023-05')).toBe('2023年（令和5年）5月');
    expect(japaneseDate('2018')).toBe('2018年（平成30年）');
  });

  it('names the era of the day itself around a change of era, and the first year as 元年', () => {
    expect(japaneseDate('2019-04-30')).toBe('2019年（平成31年）4月30日');
    expect(japaneseDate('2019-05-01')).toBe('2019年（令和元年）5月1日');
  });

  it('leaves text that is not a date as it is', () => {
    expect(japaneseDate('不明')).toBe('不明');
  });
});

describe('formatDate and shortDate use it', () => {
  it('keeps 推定 and 不明 as before', () => {
    expect(formatDate({ date: '2021-02-01', basis: 'fact' })).toBe('2021年（令和3年）2月1日');
    expect(formatDate({ date: '2018-04', basis: 'inferred' })).toBe('2018年（平成30年）4月（推定）');
    expect(shortDate({ unknown: true, note: 'x', notAfter: '2026-02-17' })).toBe('日付不明（2026年（令和8年）2月17日以前）');
  });
});

describe('todayInJapan', () => {
  it('is the date in Japan, not in UTC', () => {
    expect(todayInJapan(new Date('2026-12-01T19:50:24Z'))).toBe('2026-12-02');
  });
});
