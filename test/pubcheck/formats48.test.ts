/**
 * formats48 (issue #11): statistical software's output pasted as formats35–46 left it open (formats48-families.ts, seeds
 * 2641–2650; `npx node test/pubcheck/formats48-measure.ts cmd|wrap|tot [n] [from] [to] --oracle`, `ROOT=<checkout>` for
 * the base 382295c):
 * - Stata's and R's output under its command line (「. tabulate sex outcome, row col」, 「. by site, sort: …」 with
 *   「-> site = A」 over each group, 「> addmargins(table(…))」, continuations, the last prompt): 382295c refused 83 of 100
 *   (`table/no-rows`, `header/split`, `table/no-columns`); now 100 read, each command line said as taken out
 *   (`layout/command`), none leaking to formats33-attack.ts or the oracle.
 * - SAS's n-way 「Tot Pct」 (a share of the whole n-way table, as SAS documents it): 382295c 60 of 60 refused
 *   (`layout/sas-base`); now read, checked against the strata's summed N, none leaking.
 * - SAS's row labels wrapped past the stack: 382295c 60 of 60 refused (`input/spaces`); now read, none leaking.
 */
import { describe, expect, it } from 'vitest';
import { checkerIn } from './helpers.ts';
import { adversary } from './protection.ts';
import { sasStrataTot, sasWrapPast, withCommand } from './formats48-families.ts';
import { sasCrossMoreTable } from './formats42-families.ts';
import { readProtected } from './formats42-read.ts';
import { leaks } from './formats33-attack.ts';
import { expectProtected } from './protection.ts';

const { check, highs, bundle } = await checkerIn();
const checked = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });

describe('Stata and R output pasted with its command line (formats48)', () => {
  it('random family (382295c: 83 of 100 refused): read, every command line said, nothing given back', () => {
    const cs = [...withCommand(8, 2641), ...withCommand(8, 2643)];
    for (const c of cs) {
      const r = checked(c.text);
      expect(r.ok, c.text).toBe(true);
      if (!r.ok) continue;
      const said = r.warnings.filter((w) => w.code === 'layout/command');
      const prompts = c.text
        .split('\n')
        .filter((l) => /^(?:\. |> |\+ |-{20,}$|\.$|>$)/.test(l.trim() === '.' || l.trim() === '>' ? l.trim() : l));
      expect(said.length, c.text).toBe(prompts.length);
      expect(leaks(r, c), c.text).toEqual([]);
      expectProtected(highs, r, c.joined, 'threshold', false, { disjointParts: true });
    }
  });

  it('Stata by-groups: each group its own table, titled with its 「-> site = A」', () => {
    const c = withCommand(40, 2641).find((x) => x.family === 'stata-by')!;
    const r = checked(c.text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.tables.map((t) => t.table.title).every((t) => /（site = [ABC]）$/.test(t ?? ''))).toBe(true);
    expect(r.warnings.find((w) => w.code === 'layout/command')!.message).toContain('Stata に打ち込んだコマンドの行');
  });

  it('a hand case: 「. tabulate sex outcome, row」 over Stata text (382295c: `table/no-rows`)', () => {
    const text = [
      '. tabulate sex outcome, row',
      '',
      '           |        outcome',
      '       sex |      died      alive |     Total',
      '-----------+----------------------+----------',
      '      male |         4         41 |        45 ',
      '           |      8.89      91.11 |    100.00 ',
      '-----------+----------------------+----------',
      '    female |        28         52 |        80 ',
      '           |     35.00      65.00 |    100.00 ',
      '-----------+----------------------+----------',
      '     Total |        32         93 |       125 ',
      '           |     25.60      74.40 |    100.00 ',
      '',
      '. ',
    ].join('\n');
    const r = checked(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.filter((w) => w.code === 'layout/command').map((w) => w.message.slice(0, 4))).toEqual(['1行目「', '15行目']);
    expect(r.tables[0]!.status[0]).toBe('primary');
  });

  it('row labels that look like prompts stay labels: 「> 180」「> moderate」 under no command', () => {
    const text = ['weight\tn', '< 140\t25', '140-180\t31', '> 180\t12', '> moderate\t40'].join('\n');
    const r = checked(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.map((w) => w.code)).not.toContain('layout/command');
    expect(r.tables[0]!.table.rows.map((h) => h.label.trim())).toContain('> 180');
  });

  it('a prompt-like line that says a count is never taken as a command: 「> n = 5」「. drop 3 patients」', () => {
    for (const line of ['> n = 5', '> excluded(5 patients)', '. drop 3 patients', '. n = 5']) {
      const r = checked([line, '', 'group\tn', 'A\t25', 'B\t31'].join('\n'));
      expect(r.ok && r.warnings.some((w) => w.code === 'layout/command'), line).toBe(false);
    }
  });
});

describe("SAS's n-way 「Tot Pct」: a share of the whole n-way table, as SAS documents it (formats48)", () => {
  it('random family (382295c: 60 of 60 refused, layout/sas-base): read, said, nothing given back', () => {
    const cs = [...sasStrataTot(6, 2648), ...sasStrataTot(6, 2650)];
    for (const c of cs) {
      const r = checked(c.text);
      expect(r.ok, c.text).toBe(true);
      if (!r.ok) continue;
      expect(r.warnings.filter((w) => w.code === 'layout/sas-cross').every((w) => w.message.includes('多元表全体'))).toBe(true);
      expect(r.tables.some((t) => /Tot Pct：多元表全体 N=\d+ に対する割合/.test(t.table.title ?? ''))).toBe(true);
      expect(leaks(r, c), c.text).toEqual([]);
      expectProtected(highs, r, c.joined, 'threshold', false, { disjointParts: true });
    }
  });

  it("a stratum's Tot Pct of the stratum alone (formats44's guess, not SAS's): refused naming the whole n-way table", () => {
    const part = (c: number[][], s: number) =>
      sasCrossMoreTable(['male', 'female'], ['died', 'alive'], c, ['count', 'tot'], { names: 'both' }).text.replace(
        'Table of sex by outcome',
        `Table ${s} of sex by outcome\nControlling for site=${'AB'[s - 1]}`,
      );
    const r = checked(
      part(
        [
          [12, 41],
          [3, 52],
        ],
        1,
      ) +
        part(
          [
            [20, 30],
            [25, 44],
          ],
          2,
        ),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]!.code).toBe('layout/sas-base');
    expect(r.errors[0]!.message).toContain('多元表全体の総数（2つの層の総数の和 227。SAS の説明による）');
  });
});

describe("SAS's row labels wrapped over more lines than the stack (formats48)", () => {
  it('random family (382295c: 60 of 60 refused, input/spaces): read, each label whole, nothing given back', () => {
    const cs = [...sasWrapPast(6, 2645), ...sasWrapPast(6, 2647)];
    for (const c of cs) {
      const r = checked(c.text);
      expect(r.ok, c.text).toBe(true);
      if (!r.ok) continue;
      expect(r.warnings.map((w) => w.code)).toContain('layout/sas-cross');
      expect(r.tables[0]!.table.rows.some((h) => / at entry$| disease$| kind$| their life$| 1 year$/.test(h.label))).toBe(true);
      expect(leaks(r, c), c.text).toEqual([]);
      expectProtected(highs, r, c.joined, 'threshold', false, { disjointParts: true });
    }
  });

  it('a line under the stack with a number in a cell is no label: left as before (refused)', () => {
    const c = sasWrapPast(1, 2645)[0]!;
    const bad = c.text.replace(/\nentry {4}\| {8}\|/, '\nentry    |      3 |');
    expect(bad).not.toBe(c.text);
    expect(checked(bad).ok).toBe(false);
  });
});

void adversary;
void readProtected;
