// 「第N回」 in text, however N is written, and the date written right after it.
import { describe, expect, it } from 'vitest';
import { numeralValue } from '../../src/model/japanese.ts';
import { meetingMentions } from '../../src/model/mdx.ts';

const at = (index: number) => ({ line: 1, column: index + 1 });
const mentions = (text: string) =>
  meetingMentions(text, at).map(({ number, text: t, date }) => ({
    number,
    text: t,
    ...(date ? { date: date.date, written: date.text, column: date.pos.column } : {}),
  }));

describe('numerals', () => {
  it('reads half-width, full-width and kanji numerals', () => {
    expect([
      numeralValue('31'),
      numeralValue('３１'),
      numeralValue('三十一'),
      numeralValue('三一'),
      numeralValue('十'),
      numeralValue('百二十'),
      numeralValue('三〇'),
    ]).toEqual([31, 31, 31, 31, 10, 120, 30]);
  });

  it('refuses runs of kanji that are no numeral', () => {
    expect([numeralValue('十十'), numeralValue('二三十'), numeralValue('十百')]).toEqual([undefined, undefined, undefined]);
  });
});

describe('meeting mentions', () => {
  it('resolves 第N回 in every way of writing N', () => {
    expect(mentions('第31回、第 31 回、第３１回、第三十一回').map((m) => m.number)).toEqual([31, 31, 31, 31]);
  });

  it("reads the date in brackets right after a mention, or after the meeting's name", () => {
    expect(mentions('第31回（2026年2月17日）で了承')).toEqual([
      { number: 31, text: '第31回', date: '2026-02-17', written: '2026年2月17日', column: 6 },
    ]);
    expect(mentions('第31回有識者会議（令和8年2月17日開催）')[0]).toMatchObject({ date: '2026-02-17', written: '令和8年2月17日' });
    expect(mentions('第三十回(2026-01-20)')[0]).toMatchObject({ number: 30, date: '2026-01-20' });
    expect(mentions('第31回 MID-NETの利活用に関する有識者会議（2026年2月17日）')[0]).toMatchObject({ date: '2026-02-17' });
  });

  it('takes no date from brackets that hold something else, or that do not follow the mention', () => {
    expect(mentions('第31回（議題(1)②）')[0]).not.toHaveProperty('date');
    expect(mentions('前回（第30回）（2026年2月17日）')[0]).not.toHaveProperty('date');
    expect(mentions('第31回の議事概要によれば（2026年2月17日）')[0]).not.toHaveProperty('date');
  });
});
