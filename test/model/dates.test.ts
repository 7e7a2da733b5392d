// Dates: for readers (the Western year with the Japanese era alongside), as orderings see them (bounds, certainly
// before), and as Japanese text writes them.
import { describe, expect, it } from 'vitest';
import {
  boundsCrossed,
  canBeSameDay,
  certainlyBefore,
  formatDate,
  japaneseDate,
  leadingDate,
  shortDate,
  todayInJapan,
} from '../../src/model/dates.ts';

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

const on = (date: string) => ({ date, basis: 'fact' as const });
const unknown = (bounds: { notBefore?: string; notAfter?: string }) => ({ unknown: true as const, note: '不明', ...bounds });

describe('ordering date facts', () => {
  it('calls a date certainly before another only when every day it can be comes first', () => {
    expect(certainlyBefore(on('2021-01-15'), on('2021-02-01'))).toBe(true);
    expect(certainlyBefore(on('2021-02'), on('2021-02-01'))).toBe(false);
    expect(certainlyBefore(on('2021-01'), on('2021-02-01'))).toBe(true);
    expect(certainlyBefore(on('2021'), on('2021-12-31'))).toBe(false);
  });

  it('reads an unknown date by its bounds, and never orders one without a bound on that side', () => {
    expect(certainlyBefore(unknown({ notAfter: '2026-02-17' }), on('2026-02-18'))).toBe(true);
    expect(certainlyBefore(unknown({ notAfter: '2026-02-17' }), on('2026-02-17'))).toBe(false);
    expect(certainlyBefore(unknown({ notBefore: '2026-02-17' }), on('2030'))).toBe(false);
    expect(certainlyBefore(on('2025-12-01'), unknown({ notBefore: '2026-02-17' }))).toBe(true);
  });

  it('leaves crossed bounds out of every ordering', () => {
    const crossed = unknown({ notBefore: '2026-03', notAfter: '2026-02' });
    expect(boundsCrossed(crossed)).toBe(true);
    expect(boundsCrossed(unknown({ notBefore: '2026-02', notAfter: '2026-02' }))).toBe(false);
    expect(certainlyBefore(crossed, on('2030-01-01'))).toBe(false);
    expect(certainlyBefore(on('2020-01-01'), crossed)).toBe(false);
  });

  it('lets a month and a day in it be the same day, but not two different days', () => {
    expect(canBeSameDay(on('2026-02'), on('2026-02-17'))).toBe(true);
    expect(canBeSameDay(on('2026-03-17'), on('2026-02-17'))).toBe(false);
    expect(canBeSameDay(on('2026-03-17'), unknown({}))).toBe(true);
  });
});

describe('a date at the start of Japanese text', () => {
  it('reads 年月日, era years and ISO forms, in half- or full-width digits, with their length', () => {
    expect(leadingDate('2026年2月17日）で了承')).toEqual({ date: '2026-02-17', length: 10 });
    expect(leadingDate('２０２６年２月１７日')).toEqual({ date: '2026-02-17', length: 10 });
    expect(leadingDate('2026年2月')).toEqual({ date: '2026-02', length: 7 });
    expect(leadingDate('令和8年2月17日')).toEqual({ date: '2026-02-17', length: 9 });
    expect(leadingDate('2026年（令和8年）2月17日')).toEqual({ date: '2026-02-17', length: 16 });
    expect(leadingDate(japaneseDate('2019-05-01'))).toEqual({ date: '2019-05-01', length: japaneseDate('2019-05-01').length });
    expect(leadingDate('令和元年5月1日')).toEqual({ date: '2019-05-01', length: 8 });
    expect(leadingDate('平成30年4月')).toEqual({ date: '2018-04', length: 7 });
    expect(leadingDate('2026-02-17')).toEqual({ date: '2026-02-17', length: 10 });
    expect(leadingDate('2026/2/17')).toEqual({ date: '2026-02-17', length: 9 });
  });

  it('finds no date where the text does not start with one', () => {
    expect(leadingDate('議題(1)②')).toBeUndefined();
    expect(leadingDate('火曜日')).toBeUndefined();
    expect(leadingDate('第31回')).toBeUndefined();
  });
});
