/**
 * whole67 (issue #11): red66's `wholeGroupWord` read a fixed list of the whole group's words (「Patients (n)」「対象患者数」
 * 「Enrolled」…): 「患者全体数」「対象者全体」「全被験者数」「Overall population」「Patients overall」 over 「ICU」「Ward」 sharing
 * patients were no union, and a small site came back from means48's `mipAttack` (general 5430/5435: 3 + 3 of 80
 * leaked on 535a16ab). Now a word for the patients with a word for all of them, either order, with or without a
 * count's mark (overtotal.ts `allOfGroup`); a word the checker reads as a total (「全対象者」「All patients」「患者総数」)
 * under its lines' sum stayed refused in words (`total/mismatch`, `total/not-sum`) — read as the union since whole68; 「全身症状」「総コレステロール」「Total score」「患者背景」 name no group.
 * `ROOT=/tmp/base-whole67 npx vitest run test/pubcheck/whole67.test.ts` runs it against the base (fails).
 */
import { describe, expect, it } from 'vitest';
import { envForFile } from './helpers.ts';
import { mipChecker, wholeTable as table } from './red60-families.ts';
import { OVERLAP as overlap } from './red61-families.ts';
import { generalCases, generalInnocentCases, notWholeCases } from './whole67-families.ts';

const { result, attack, hiddenOf } = await mipChecker();
const codes = (r: { warnings?: { code: string }[] }) => (r.warnings ?? []).map((w) => w.code);

envForFile('NOMEAN');

describe('the whole group under words outside red66 list (「全患者数」「Overall population」)', () => {
  it('must fail on 535a16ab: a patients word with an all/whole/total word, either order, over ICU and Ward sharing patients: tied', () => {
    for (const whole of [
      '全患者数',
      '患者全体数',
      '対象者全体',
      '全被験者数',
      '症例全体（例）',
      'Overall population',
      'Patients overall',
      'Whole population (N)',
      'Entire cohort',
    ]) {
      const { r, leaks } = attack(table(overlap, whole));
      expect(r.ok, whole).toBe(true);
      expect(codes(r), whole).toContain('header/union-line');
      expect(leaks, whole).toEqual([]);
    }
  });

  it("since whole68: a word the checker reads as a total (「全対象者」「All patients」「患者総数」) under its lines' sum: read as their union", () => {
    for (const whole of ['全対象者', 'All subjects, n', '全例', 'All patients', '患者総数', '総患者数', 'Total patients (n)']) {
      const { r, leaks } = attack(table(overlap, whole));
      expect(r.ok, whole).toBe(true);
      expect(codes(r), whole).toContain('header/union-line');
      expect(leaks, whole).toEqual([]);
    }
  });

  it('must pass: words that are no whole group (「全身症状」「総コレステロール」「Total score」「患者背景」) are no union', () => {
    for (const word of ['全身症状', '総コレステロール', 'Total score', '患者背景', '全身倦怠感']) {
      const r = result(table(overlap, word).text);
      expect(codes(r), word).not.toContain('header/union-line');
    }
  });

  it('must fail on 535a16ab: family general 5430 (40): none leaked; innocents hidden as on the base', () => {
    expect(generalCases(40, 5430).filter((c) => attack(c).leaks.length > 0).length).toBe(0);
    const inn = generalInnocentCases(20, 5432).map((c) => attack(c));
    expect(inn.filter(({ leaks }) => leaks.length > 0).length).toBe(0);
    const not = notWholeCases(20, 5433).map((c) => attack(c));
    expect(not.filter(({ r }) => !r.ok).length).toBe(0);
    expect([
      inn.filter(({ r }) => !r.ok).length,
      inn.reduce((a, { r }) => a + hiddenOf(r), 0),
      not.reduce((a, { r }) => a + hiddenOf(r), 0),
      // since whole68: 5 of the 11 refused (a total's word, 「全対象者」「患者総数」) read as the union (13 cells hidden
      // there); the tables read before hide as before.
    ]).toEqual([6, 52, 93]);
  });
});
