/**
 * The whole check, in order: read the tables, read the rule values for the version, flag small cells (primary),
 * propose and audit complementary suppression (secondary), and give the verdict. Pure: the caller loads HiGHS
 * (Node or browser) and the rule bundle.
 */
import type { Highs, Model as LpModel } from 'highs';
import { atRiskLike, cumulativeAcross, cumulativeLike, cumulativeSteps, nestedBounds } from './cumulative.ts';
import { audit, failing, rangesUnder, SolverError, TimeLimitError, type AuditRequirement } from './audit.ts';
import { AWARE_VARS, awareApplies, choiceAware, PREFER_VARS, preferUntold, type ChoicePreferred } from './aware.ts';
import { normalise } from './cell.ts';
import { labelWarnings, numberLinkWarnings, SIZE_IN_BRACKETS } from './labels.ts';
import { primary, type SmallCellCheck } from './primary.ts';
import { bases, cellId, countOf, denominatorOf, saysSeveralAnswers, totalIndex, type Base } from './table.ts';
import { capWarnings, meanValue, plainNumber, readTables, tableNames, type ShareFact } from './read.ts';
import {
  defaultVersion,
  describeVersion,
  ruleApplies,
  smallCellCheckFor,
  smallCellRules,
  type RuleBundle,
  type UsedParam,
  type VersionUsed,
} from './rules.ts';
import { GOAL, leastLoss, lossOf, type Settle } from './exact.ts';
import { JOINT_WORK, jointSuppression, type ReadingSystem } from './joint.ts';
import { extend, OutOfWork, suppress, type Proposal, type Work } from './secondary.ts';
import {
  alternativeSystems,
  LINE_EQUATIONS,
  LINE_PAIRS,
  LINE_WORK,
  NEAR_NODES_GROUP,
  MAX_LINE_SETS,
  SET_LINES,
  SET_NODES,
  SET_NODES_GROUP,
  MAX_READING_CELLS,
  MAX_READINGS,
  everyChoice,
  onesRow,
  systemOf,
  type AlmostRelation,
  type Built,
  type ConstantPin,
  type LineGroup,
  type LinkCut,
  type LineRelation,
  type Link,
  type Row,
  type System,
} from './system.ts';
import type {
  Cell,
  CellAudit,
  CellStatus,
  CheckContext,
  FoundSum,
  InputError,
  PercentValue,
  Place,
  PrimaryFinding,
  PrimaryResult,
  Protection,
  Suppression,
  Table,
  TableRate,
  TableResult,
  Warning,
} from './types.ts';
import { verdict, type Verdict } from './verdict.ts';
import { alsoRate, plainRate } from './rates.ts';
import { intervalCounts, levelsOf, RATE_CI_COUNTS, RATE_CI_WORK, rateCellParts } from './rateci.ts';
import { quote } from './quote.ts';
import { sharesBesideMissing } from './missingshares.ts';
import { headerFalls } from './pointn.ts';
import { csr, runLp, runMip, workAfter } from './work.ts';

export interface CheckOptions {
  /** Guideline version whose rule values are used; default: the latest with a known threshold. */
  version?: string;
  /** What the audit requires of every suppressed cell; default `threshold`. */
  protection?: Protection;
  /**
   * The least-cost search's budget, in seconds of counted work (src/pubcheck/work.ts: about a second of an idle
   * machine's CPU each, the same choice at any load); 0 keeps the quick proposal. Default: secondary.ts' MIP_SECONDS.
   */
  mipSeconds?: number;
  /** `goal` (default): the least-loss search stops at a choice proved within 5% of both minima; `least`: it proves the least ratio (secondary.ts' SuppressOptions). */
  settle?: Settle;
  /**
   * Seconds (wall time) the whole suppression and audit may take before the check gives up in words — the safety net,
   * never a reason for another choice (the search's own limits are counted work). Default: TIME_LIMIT_SECONDS.
   */
  timeLimitSeconds?: number;
  /**
   * Check the choice against a reader who knows how the checker chooses (aware37, aware38, aware.ts): for each small
   * count hidden, a fill with it at the threshold or more under which the same cells are hidden. Off by default (aware38:
   * on, refuse4.test's 150 Table 1s took 519 s, not 120). `'prefer'` (systems of at most PREFER_VARS counts): where the
   * least choice fails it, another choice within the least-loss goal (≤ 1.05× the minima) that passes is taken, else
   * the least choice is kept and the counts it may tell are said (`suppress/choice-open`). `true`: more is hidden
   * instead (aware37; leaves the least-loss goal where it acts). `false`: no check.
   */
  aware?: boolean | 'prefer';
  /**
   * The input's work budgets on percentage tables read more than one way (counted work, not time; tests lower them):
   * `percentReading` (shares.ts PERCENT_READING_WORK), `readingSearches` (shares.ts READING_SEARCHES_INPUT),
   * `otherReadingsWork` (OTHER_READINGS_WORK), `jointWork` (joint.ts JOINT_WORK).
   */
  budgets?: { percentReading?: number; readingSearches?: number; otherReadingsWork?: number; jointWork?: number };
}

/**
 * What one check may take: inputs within the size limits (read.ts' LIMITS) finish well within it — a flat table of
 * 10,000 cells in seconds — but tables that share many counts make systems that are no networks, whose audit is a
 * linear program per hidden count; past this the check stops and says so rather than keep the user waiting.
 */
export const TIME_LIMIT_SECONDS = 60;

export const DEFAULT_PROTECTION: Protection = 'threshold';

export type CheckResult =
  | {
      ok: true;
      context: CheckContext;
      version: VersionUsed;
      protection: Protection;
      /** Every rule value the check used, with its source and whether it was assumed. */
      params: UsedParam[];
      checks: SmallCellCheck[];
      tables: TableResult[];
      /** Tables that share counts; each group was checked and protected together, with every equation of each. */
      links: Link[];
      verdict: Verdict;
      warnings: Warning[];
    }
  | { ok: false; errors: InputError[]; warnings: Warning[] };

const optionError = (code: string, message: string, hint: string): InputError => ({ code, message, hint });

/**
 * What the checks after the suppression read an attacker's reading against: the tables as checked, the system of
 * everything published, each cell's variable in it (by table, then cell id; -1 where none) and the counts hidden.
 */
interface Published {
  highs: Highs;
  tables: readonly TableResult[];
  sys: System;
  cellVar: readonly (readonly number[])[];
  hidden: ReadonlySet<number>;
  threshold: number;
}

/**
 * The LP ranges of `asked` under a reading added to what is published (audit.ts `rangesUnder`): `undefined` where the
 * reading cannot hold, or HiGHS fails on this one LP (the reading is then left unchecked, as where it cannot hold).
 */
function rangesOf(p: Published, extra: readonly Row[], asked: readonly number[]): { lo: number; hi: number }[] | undefined {
  try {
    return rangesUnder(p.highs, p.sys, p.hidden, extra, asked);
  } catch (e) {
    if (!(e instanceof SolverError)) throw e;
    return undefined;
  }
}

/** The first of `ranges` under the threshold or at one value (whole-number bounds), if any. */
function firstPinned(ranges: readonly { lo: number; hi: number }[] | undefined, threshold: number): { lo: number; hi: number } | undefined {
  const r = ranges?.find((x) => x.hi < threshold - 1e-6 || x.hi - x.lo < 1e-6);
  return r && { lo: Math.ceil(r.lo - 1e-6), hi: Math.floor(r.hi + 1e-6) };
}

/**
 * Cells hidden for their complement alone (primary.ts `complements`: a table of several answers whose percentages
 * stand for several counts, 98% of N = 250 is 244 to 246, so no line of ours holds N less it): the audit checks the
 * cell's own range and knows no count to be at most N, while an attacker adds up the sums the cell is in with every
 * count at most its N (高血圧 = 糖尿病 + 脂質異常症 found by arithmetic, 糖尿病 97% published: 高血圧 is 241 or more, 9
 * or fewer without it). Each such cell's LP range is taken again under those bounds, the suppression as proposed;
 * where it leaves the complement under the threshold (or the cell at one value), the table is refused in words,
 * naming the cell and how to write it so that the complement is a line the checker protects.
 */
function complementsSqueezed(p: Published, protection: Protection): InputError[] {
  const { tables, cellVar, hidden, threshold } = p;
  const errors: InputError[] = [];
  tables.forEach(({ table, primary: found }, t) => {
    const asked: { id: number; v: number; n: number }[] = [];
    for (const [id, findings] of found.findings) {
      const v = cellVar[t]![id]!;
      const n = findings.find((f) => f.via === 'complement')?.n;
      if (n !== undefined && v >= 0 && hidden.has(v) && findings.every((f) => f.via === 'complement')) asked.push({ id, v, n });
    }
    if (asked.length === 0) return;
    // Every count of the table is at most its N (a percentage's, a stated N's): what an attacker knows.
    const extra: Row[] = [];
    for (const row of table.cells)
      for (const cell of row) {
        const v = cellVar[t]![cellId(table, cell.row, cell.col)]!;
        const n = denominatorOf(table, cell.row, cell.col);
        if (v >= 0 && hidden.has(v) && n !== undefined) extra.push({ ids: [v], coefs: [1], lo: 0, hi: n });
      }
    const ranges = rangesOf(
      p,
      extra,
      asked.map((a) => a.v),
    );
    if (!ranges) return;
    asked.forEach(({ id, n }, k) => {
      const { lo, hi } = ranges![k]!;
      const rest = n - lo;
      if (hi - lo >= 1e-6 && !(protection === 'threshold' && rest < threshold - 1e-6)) return;
      const [r, c] = [Math.floor(id / table.cols.length), id % table.cols.length];
      const [row, col] = [table.rows[r]!.label, table.cols[c]!.label];
      // Why no line of ours holds N less the cell (ofwhich.ts `markedComplements`): a percentage of several counts, or
      // a table with うち lines or indented parts.
      const percent = table.cells[r]![c]!.value.kind === 'percent';
      errors.push({
        code: 'table/several-answers',
        message:
          `行${quote(row)}・列${quote(col)}（${table.cells[r]![c]!.text}）は、N ${n} から引いた当てはまらない患者の数が閾値 ${threshold} 未満になり得るため隠すセルですが（1人を複数の行に数える表と読みました。チェッカーの判断）、` +
          `和と「どの数も N を超えない」ことから、隠しても当てはまらない患者の数が ${hi - lo < 1e-6 ? `${Math.round(rest)} と決まります` : `${Math.max(0, Math.round(n - hi))}〜${Math.floor(rest + 1e-6)} と分かります`}。${percent ? '割合が一つの人数に決まらないため' : 'うち数の行や字下げした内訳があるため'}、N との差を行として確かめられず、判定しません`,
        hint: percent
          ? '人数を「244 (98%)」の形で書くか、割合を小数第1位まで書いてください（N が 1,000 以下なら、N との差を行として加えて確かめ、秘匿を提案します）'
          : 'うち数や内訳の行を別の表に分けて貼り付けてください（同じ見出しの表は一緒に確かめます。内訳のない複数回答の表では、N との差を行として加えて確かめ、秘匿を提案します）',
        place: { table: table.number, line: table.cells[r]![c]!.line, row, col },
      });
    });
  });
  return errors;
}

/**
 * words55: a title's count of lines' patients counted once read over groups that overlap (read.ts `readUnion`
 * `overlap`: the count is below the sum of each group's largest line, so no patient count of groups apart fits the
 * true counts). A reader who takes the groups for apart anyway (words53's reading: for every choice of one line per
 * group, the chosen cells' sum at most the count) may still find it fits what is published, the small counts hidden;
 * the reading is then wrong, but what it says of a small hidden count may be true (under the threshold). Refused
 * where that reading, added to what is published (`rangesUnder`, LP), can hold and leaves a small hidden count of
 * the table under the threshold or at one value (as `nBelowSums` does for an N read as of disjoint items).
 */
function unionsApart(p: Published): InputError[] {
  const { tables, cellVar, hidden, threshold } = p;
  const errors: InputError[] = [];
  tables.forEach(({ table, status, suppression }, t) => {
    // Where the protection fails already (the title's bounds under the true reading), that is said; nothing to add.
    if (suppression?.passed === false) return;
    for (const u of table.unions ?? []) {
      if (!u.overlap) continue;
      const at = (l: number, k: number) => cellVar[t]![u.axis === 'rows' ? cellId(table, l, k) : cellId(table, k, l)]!;
      const asked = [
        ...new Set(
          status.flatMap((s, id) => (s === 'primary' && cellVar[t]![id]! >= 0 && hidden.has(cellVar[t]![id]!) ? [cellVar[t]![id]!] : [])),
        ),
      ];
      if (asked.length === 0) continue;
      if (u.lines.some((l) => u.across.some((k) => at(l, k) < 0))) continue;
      // Each choice's sum at most the count: system.ts's rows of a union of groups apart.
      const rows = everyChoice(u.lines, u.across, at).map((chosen) => onesRow(chosen, 0, u.n));
      const pinned = firstPinned(rangesOf(p, rows, asked), threshold);
      if (!pinned) continue;
      const { lo, hi } = pinned;
      const [hs, os] = u.axis === 'rows' ? [table.rows, table.cols] : [table.cols, table.rows];
      const [kind, other] = u.axis === 'rows' ? ['行', '列'] : ['列', '行'];
      const names = u.lines.map((l) => quote(hs[l]!.label)).join('と');
      const groups = u.across.map((k) => quote(os[k]!.label)).join('・');
      errors.push({
        code: 'title/count',
        message:
          `表${table.number}の${u.line}行目の「${u.n}」を、${kind}${names}のどれかに当たる患者を一度だけ数えた数と読み、${other}${groups}は重なると読みました（チェッカーの推定：各${other}の大きい方の和より小さいため）。` +
          `ただ、${other}が重ならない（一人は一つの${other}だけ）と読む人には、隠した数の一つが ${lo === hi ? `${lo} と決まります` : `${lo}〜${hi}（閾値 ${threshold} 未満）に見えます`}（その読みは誤りですが、閾値未満の数は閾値未満に読まれます。チェッカーの判断）`,
        hint: `${other}ごとに重複を除いた数を書いてください（「${os[u.across[0]!]!.label}の${u.lines.map((l) => hs[l]!.label).join('または')}の患者 ○例」のように。${other}ごとに確かめます）。表の数でないなら題名から除いてください`,
        place: { line: u.line, table: table.number },
      });
      return;
    }
  });
  return errors;
}

export function check(highs: Highs, bundle: RuleBundle, text: string, context: CheckContext, options: CheckOptions = {}): CheckResult {
  const first = checkOnce(highs, bundle, text, context, options);
  // Tables whose every percentage is a whole count of both its row's N and its column's N, not saying which: checked
  // under every combination of their readings (up to BOTH_READINGS_TABLES tables; more are refused in words).
  if (first.ok || first.errors.length === 0 || first.errors.some((e) => e.code !== 'percent/two-bases' || e.place?.table === undefined))
    return first;
  const refusals = first.errors;
  if (refusals.length > BOTH_READINGS_TABLES) {
    const named = refusals.map((e) => `表${e.place!.table}`).join('・');
    return {
      ...first,
      errors: refusals.map((e) => ({
        ...e,
        message: `${e.message}。このように読める表が ${refusals.length} 個（${named}）あり、読み方の組み合わせ ${2 ** refusals.length} 通りは多すぎるため、確かめていません（チェッカーの判断。${BOTH_READINGS_TABLES} 個までは、すべての組み合わせで確かめます）`,
      })),
    };
  }
  return underBothReadings(highs, bundle, text, context, options, refusals);
}

const READING_WORDS = { rows: '行%（行の見出しの N に対する割合）', cols: '列%（列の見出しの N に対する割合）' } as const;

/** The readings of the tables read both ways in one combination of `underBothReadings`: each table's by its number. */
type Axes = ReadonlyMap<number, 'rows' | 'cols'>;
interface BothReadings {
  axes: Axes;
  /** Cells hidden under some combination (`${table index}:${cell id}`), and the primary findings of each reading. */
  hide: ReadonlyMap<string, CellStatus>;
  findings: ReadonlyMap<string, PrimaryFinding[]>;
  /** Given each combination's system as it is built, for the search under every reading at once (joint.ts). */
  seen?: (systems: ReadingSystem[]) => void;
}

/**
 * A table's primary findings under one combination of readings (`underBothReadings`): its own, said as of its reading
 * in that combination (a table read one way only: as they are), and the other reading's for cells it does not flag
 * itself (hidden as primary under both).
 */
function bothReadingsFindings(
  p: PrimaryResult,
  t: number,
  axis: 'rows' | 'cols' | undefined,
  findingsOf: BothReadings['findings'],
): PrimaryResult {
  if (!axis) return p;
  const as = (f: PrimaryFinding): PrimaryFinding =>
    f.reading ? f : { ...f, reading: axis, message: `${READING_WORDS[axis]}として読むと、${f.message}` };
  const findings = new Map([...p.findings].map(([id, fs]) => [id, fs.map(as)]));
  for (const [key, fs] of findingsOf) {
    const [table, id] = key.split(':').map(Number) as [number, number];
    if (table === t && !findings.has(id)) findings.set(id, fs);
  }
  return { ...p, findings };
}

/** Rounds of `underBothReadings` before it gives up in words (each checks the text under every combination). */
export const BOTH_READINGS_ROUNDS = 6;
/** Tables read both ways that one input may have: 2³ = 8 combinations of readings checked each round; more refused. */
export const BOTH_READINGS_TABLES = 3;

/** Every assignment of both readings to the tables `numbers` (the first all row percentages). */
function combinations(numbers: readonly number[]): Axes[] {
  return Array.from(
    { length: 2 ** numbers.length },
    (_, k) => new Map(numbers.map((n, i) => [n, (k >> i) & 1 ? 'cols' : 'rows'] as const)),
  );
}

/**
 * bothpct: a percentage table with an N on both axes, every cell a whole count of both, and no 「行%」「列%」 — an
 * attacker may take either reading, and the counts (and which are small) differ. Before, the axis whose lines add up to
 * 100% was taken (推定): column percentages whose columns leave categories out and whose rows add up to 100% by
 * chance were read as row percentages, the column reading's small counts published or pinned. Now the text is checked
 * under each reading, the cells hidden under either hidden under both (as primary where small under either), until
 * both readings' suppressions hide the same cells and pass their audits; else refused in words. both2: several such
 * tables (up to BOTH_READINGS_TABLES) under every combination of their readings, the cells hidden under any hidden
 * under all — tables linked to one another attacked together under each combination (before, refused).
 */
function underBothReadings(
  highs: Highs,
  bundle: RuleBundle,
  text: string,
  context: CheckContext,
  options: CheckOptions,
  refusals: readonly InputError[],
): CheckResult {
  const numbers = refusals.map((e) => e.place!.table!);
  const combos = combinations(numbers);
  let hide = new Map<string, CellStatus>();
  // Each reading's own primary findings (`${table}:${id}`), given to the other readings' checks: the cells it hides as
  // primary say why (13% is 6 of 45 under the column reading), the verdict and the reasons count them.
  let findings = new Map<string, PrimaryFinding[]>();
  const notes = (passed: boolean, fewer = false): Warning[] =>
    refusals.map((refusal) => ({
      code: 'percent/both-readings',
      ...(refusal.place && { place: refusal.place }),
      message:
        '行の見出しにも列の見出しにも N があり、どの割合もどちらの N の整数人にも合います。行%とも列%とも読めるため、両方の読み方で確かめました（チェッカーの判断）。' +
        (numbers.length > 1
          ? `このように読める表が ${numbers.length} 個（${numbers.map((n) => `表${n}`).join('・')}）あり、読み方の組み合わせ ${combos.length} 通りすべてで確かめ、どの組み合わせの読み手にも割り出せないよう、` +
            (fewer ? `すべての組み合わせ${FEWER_WORDS}` : 'どれかの組み合わせで隠すセルを合わせて隠しています')
          : `どちらの読み方の読み手にも割り出せないよう、${fewer ? `両方の読み方${FEWER_WORDS}` : '両方で隠すセルを合わせて隠しています'}`) +
        (passed
          ? numbers.length > 1
            ? '（判定結果と監査に示す値はどの表も行%として読んだときのもので、ほかの組み合わせの監査も通っています。一次秘匿のセルには、どちらの読み方で閾値未満になるかを添えています）'
            : '（判定結果と監査に示す値は行%として読んだときのもので、列%として読んだときの監査も通っています。一次秘匿のセルには、どちらの読み方で閾値未満になるかを添えています）'
          : '') +
        '。角のセル（1行目の1列目）に「行%」か「列%」と書くと、読み方が一つに決まります',
    }));
  for (let round = 0; round < BOTH_READINGS_ROUNDS; round++) {
    const runs: Extract<CheckResult, { ok: true }>[] = [];
    const systems: ReadingSystem[][] = [];
    for (const axes of combos) {
      const r = checkOnce(highs, bundle, text, context, options, { axes, hide, findings, seen: (s) => systems.push(s) });
      if (!r.ok) return r;
      runs.push(r);
    }
    // A combination under which the tables cannot be protected (no suppression passing): that one.
    const failed = runs.find((r) => r.tables.some((t) => t.suppression?.passed === false));
    if (failed) return { ...failed, warnings: [...failed.warnings, ...notes(false)] };
    // red53: one under which they cannot be published as they are (a header finding) is that one too, but only once
    // every combination hides the cells of the others: returned at once, the cells the other reading hides were
    // published (a row reading's 19% of 26 beside a 5 hidden in the count table, seed 3202).
    const stuck = runs.find((r) => r.tables.some((t) => t.primary.headers.length > 0));
    const hidden = runs.map(hiddenOf);
    const next = new Map(hide);
    for (const h of hidden) for (const [k, s] of h) if (next.get(k) !== 'primary') next.set(k, s === 'primary' ? 'primary' : 'secondary');
    // Each table's own findings under each of its readings (the same in every combination that reads it so).
    const found = new Map<string, PrimaryFinding[]>();
    runs.forEach((r, i) =>
      r.tables.forEach((t, ti) => {
        const axis = combos[i]!.get(t.table.number);
        if (!axis) return;
        for (const [id, fs] of t.primary.findings) {
          const own = fs.filter((f) => f.reading === axis);
          const key = `${ti}:${id}`;
          const had = found.get(key) ?? [];
          if (own.length > 0 && !had.some((f) => f.reading === axis)) found.set(key, [...had, ...own]);
        }
      }),
    );
    const sameFindings = found.size === findings.size && [...found].every(([k, fs]) => findings.get(k)?.length === fs.length);
    if (hidden.every((h) => h.size === next.size) && next.size === hide.size && sameFindings) {
      if (stuck) return { ...stuck, warnings: [...stuck.warnings, ...notes(false)] };
      const fewer =
        systems.length === combos.length
          ? fewerUnderAll(highs, bundle, text, context, options, combos, systems.flat(), hide, findings)
          : undefined;
      const r = fewer ?? runs[0]!;
      return { ...r, warnings: [...r.warnings, ...notes(true, fewer !== undefined)] };
    }
    hide = next;
    findings = found;
  }
  return {
    ok: false,
    warnings: [],
    errors: refusals.map((refusal) => ({
      ...refusal,
      message: `${refusal.message}。${numbers.length > 1 ? `読み方の組み合わせ ${combos.length} 通りすべてで` : '両方の読み方で'}確かめましたが、${BOTH_READINGS_ROUNDS} 回合わせても、${numbers.length > 1 ? 'すべての組み合わせ' : '両方の読み方'}で同じセルを隠す案に落ち着きませんでした（チェッカーの判断）`,
    })),
  };
}

/** The note's words where the fewest cells under every reading at once are hidden (`fewerUnderAll`), not the union. */
const FEWER_WORDS =
  'で同時に守られるセルの組のうち、隠すセルがいちばん少ない組を探して隠しています（それぞれの読み方で隠すセルを合わせるより少なく済むため）';

/** `hiddenOf`: a result's hidden cells (`${table index}:${cell id}`) and how each is hidden. */
const hiddenOf = (r: Extract<CheckResult, { ok: true }>) =>
  new Map(r.tables.flatMap((t, ti) => t.status.flatMap((s, id) => (s === 'published' ? [] : [[`${ti}:${id}`, s] as const]))));

/**
 * both3: where the union `hide` of every combination's suppression is settled, the fewest cells protected under every
 * combination at once (joint.ts, within its work), checked again as a whole under each combination (its own audit,
 * and its other checks); that result where every combination hides exactly those cells and passes, else undefined
 * (the union stands: the search found nothing fewer, ran out of work, or some combination would hide more).
 */
function fewerUnderAll(
  highs: Highs,
  bundle: RuleBundle,
  text: string,
  context: CheckContext,
  options: CheckOptions,
  combos: readonly Axes[],
  systems: readonly ReadingSystem[],
  hide: ReadonlyMap<string, CellStatus>,
  findings: BothReadings['findings'],
): Extract<CheckResult, { ok: true }> | undefined {
  const required = new Set([...hide].flatMap(([k, s]) => (s === 'primary' ? [k] : [])));
  const work = { used: 0, limit: options.budgets?.jointWork ?? JOINT_WORK };
  let found: ReturnType<typeof jointSuppression>;
  try {
    found = jointSuppression(highs, systems, required, new Set(hide.keys()), work);
  } catch (e) {
    // Past the check's time, or HiGHS failing on an audit: the union, which every combination has passed, stands.
    if (!(e instanceof TimeLimitError || e instanceof SolverError || e instanceof highs.errors.HighsError)) throw e;
    return undefined;
  }
  if (!found) return undefined;
  const fewer = new Map([...found.hidden].map((k) => [k, required.has(k) ? 'primary' : 'secondary'] as const));
  let first: Extract<CheckResult, { ok: true }> | undefined;
  for (const axes of combos) {
    const r = checkOnce(highs, bundle, text, context, options, { axes, hide: fewer, findings });
    if (!r.ok || r.tables.some((t) => t.suppression?.passed === false || t.primary.headers.length > 0)) return undefined;
    const h = hiddenOf(r);
    if (h.size !== fewer.size || [...h.keys()].some((k) => !fewer.has(k))) return undefined;
    first ??= r;
  }
  return first;
}

function checkOnce(
  highs: Highs,
  bundle: RuleBundle,
  text: string,
  context: CheckContext,
  options: CheckOptions,
  both?: BothReadings,
): CheckResult {
  const protection = options.protection ?? DEFAULT_PROTECTION;
  const rules = smallCellRules(bundle);
  if (rules.length === 0) {
    return {
      ok: false,
      warnings: [],
      errors: [
        optionError(
          'rules/missing',
          '公表基準の規則（kind: small-cell）が内容データにありません',
          'content/rules/small-counts.yaml を確かめてください',
        ),
      ],
    };
  }
  const versionId = options.version ?? defaultVersion(bundle);
  const version = versionId === undefined ? undefined : describeVersion(bundle, versionId);
  if (!version) {
    const known = bundle.versions.map((v) => v.id).join(', ');
    return {
      ok: false,
      warnings: [],
      errors: [
        versionId === undefined
          ? optionError(
              'version/none',
              '閾値の分かっている版が内容データにありません',
              'content/rules/ の threshold の値を確かめてください',
            )
          : optionError('version/unknown', `版${quote(versionId)}はありません`, `次のどれかを指定してください: ${known}`),
      ],
    };
  }

  const checks: SmallCellCheck[] = [];
  const params: UsedParam[] = [];
  const errors: InputError[] = [];
  for (const rule of rules) {
    const found = smallCellCheckFor(bundle, rule, version.id);
    if (!found.ok) {
      errors.push(optionError(found.code, found.message, found.hint));
      continue;
    }
    const { threshold, zeroExempt } = found.values;
    checks.push({ ...found.values, applies: ruleApplies(rule, context) });
    params.push(threshold, ...(zeroExempt ? [zeroExempt] : []));
  }
  if (errors.length > 0) return { ok: false, errors, warnings: [] };

  const applying = checks.filter((c) => c.applies);
  const threshold = Math.max(0, ...applying.map((c) => c.threshold.value as number));
  const read = readTables(text, {
    ...(options.budgets?.percentReading !== undefined && { percentWork: options.budgets.percentReading }),
    threshold,
    ...(both && { percentAxis: both.axes }),
  });
  if (read.errors.length > 0) return { ok: false, errors: read.errors, warnings: read.warnings };

  const zeroExempt = applying.length > 0 && applying.every((c) => c.zeroExempt?.value === true);
  const inLabels = [
    ...labelNumbers(read.tables, threshold, zeroExempt),
    ...titleGroupNs(read.tables, threshold),
    ...sharesBesideMissing(read.tables, threshold),
  ];
  if (inLabels.length > 0) return { ok: false, errors: inLabels, warnings: read.warnings };
  const steps = [
    ...cumulativeSteps(read.tables, threshold, zeroExempt),
    ...cumulativeAcross(read.tables, threshold, zeroExempt),
    ...nestedBounds(read.tables, threshold, zeroExempt),
    // pointn69: a life table's at-risk line the points' Ns in the headers, a fall under the threshold (published).
    ...headerFalls(read.tables, threshold, zeroExempt),
  ];
  if (steps.length > 0) return { ok: false, errors: steps, warnings: read.warnings };
  const built = systemOf(read.tables, { zeroExempt });
  const { sys, cellVar, links, relations, unsearched } = built;
  const together = (a: number, b: number) => links.some((l) => l.tables.includes(a) && l.tables.includes(b));
  const warnings = [
    ...read.warnings,
    ...linkWarnings(read.tables, links),
    ...relationWarnings(read.tables, relations),
    ...unsearchedWarnings(read.tables, unsearched),
    ...cutWarnings(read.tables, built.cut),
    ...cappedLabelWarnings(read.tables, together),
    ...numberLinkWarnings(built.numbered),
    ...built.sameGroups.map((g) => ({
      code: 'tables/same-groups',
      place: { line: read.tables.find((t) => t.number === g.tables[0])!.line, table: g.tables[0] },
      message:
        g.tables[0] === g.tables[1]
          ? `表${g.tables[0]}の${g.labels.map((l) => `${quote(l)}`).join('と')}を、同じ患者を別の項目で分けた区分と読みました（推定：どの位置でも和が等しいため）。` +
            '一方の区分の和から、もう一方の区分で秘匿した数が割り出せるため、和が等しいことを式として、秘匿を決め、監査しました'
          : `表${g.tables[0]}・表${g.tables[1]}を、同じ群（${g.labels
              .slice(0, 6)
              .map((l) => `${quote(l)}`)
              .join(
                '',
              )}${g.labels.length > 6 ? ' など' : ''}）を別の項目で分けた表と読みました（推定：群ごとの和が両方の表で等しいため）。` +
            '一方の表の群の和から、もう一方の表で秘匿した数が割り出せるため、群の和が等しいことを式として、まとめて秘匿を決め、監査しました',
    })),
    ...cumulativeLike(read.tables, threshold, zeroExempt),
    ...atRiskLike(read.tables, threshold, zeroExempt),
  ];
  const unexplained = unexplainedPercentages(highs, read.tables, cellVar, threshold);
  if (unexplained.errors.length > 0) return { ok: false, errors: unexplained.errors, warnings };
  warnings.push(...unexplained.warnings);
  const primaries = read.tables.map((table) => primary(table, checks));
  const primaryVars = new Set<number>();
  primaries.forEach((p, t) => {
    for (const id of p.findings.keys()) {
      const v = cellVar[t]![id]!;
      if (v < 0) continue;
      primaryVars.add(v);
      sys.vars[v]!.hideable = true;
    }
  });
  // bothpct: the cells hidden under the other reading of a table read both ways are hidden under this one too (as
  // primary: protected as such, the threshold asked only of counts small under this reading, audit.ts).
  for (const key of both?.hide.keys() ?? []) {
    const [t, id] = key.split(':').map(Number) as [number, number];
    const v = cellVar[t]?.[id] ?? -1;
    if (v < 0) continue;
    primaryVars.add(v);
    sys.vars[v]!.hideable = true;
  }
  // Other readings of percentage tables, searched before the suppression (they do not depend on it): where the input's
  // limits left some table's readings unsearched, no suppression can be shown to hold under them, so none is sought.
  const alternatives =
    primaryVars.size > 0 && read.tables.some((t) => t.otherReadings?.length)
      ? alternativeSystems(read.tables, { zeroExempt }, built, options.budgets?.readingSearches)
      : undefined;
  if (alternatives && alternatives.cut.length > 0)
    return { ok: false, errors: [readingsUnchecked(read.tables, alternatives.cut, 'searches')], warnings };
  const giveUpAt = performance.now() + 1000 * (options.timeLimitSeconds ?? TIME_LIMIT_SECONDS);
  // The joint search (joint.ts) asks a choice to pass this combination's system and its other sum readings' alike.
  both?.seen?.(
    [sys, ...(alternatives?.systems.map((a) => a.sys) ?? [])].map((s) => ({ sys: s, cellVar, req: { protection, threshold, giveUpAt } })),
  );
  let proposal: Proposal | undefined;
  try {
    const req = {
      protection,
      threshold,
      primary: primaryVars,
      giveUpAt,
    };
    proposal =
      primaryVars.size > 0
        ? suppress(highs, sys, req, {
            ...(options.mipSeconds !== undefined && { mipSeconds: options.mipSeconds }),
            ...(options.settle && { settle: options.settle }),
          })
        : undefined;
    if (proposal && alternatives) {
      const other = underOtherReadings(highs, read.tables, alternatives, built, req, proposal, options.budgets?.otherReadingsWork);
      if (other.error) return { ok: false, errors: [other.error], warnings };
      proposal = other.proposal;
      warnings.push(...other.warnings);
    }
    // An attacker who knows the choice (aware37, aware38, aware.ts): each small count hidden must be at the threshold or
    // more in some fill under which the suppression hides the same cells. By default another choice near the least is
    // taken where one tells nothing, else the least choice is kept and the counts it may tell are said (`aware:
    // 'prefer'`); `aware: true` hides more instead (aware37); off by default.
    const awareMode =
      options.aware === 'prefer' ? (sys.vars.length <= PREFER_VARS ? 'prefer' : 'off') : options.aware === true ? 'hide' : 'off';
    if (
      awareMode !== 'off' &&
      proposal?.passed &&
      !both &&
      !alternatives &&
      sys.vars.length <= AWARE_VARS &&
      awareApplies(sys, req, zeroExempt === true)
    ) {
      const suppressOptions = {
        ...(options.mipSeconds !== undefined && { mipSeconds: options.mipSeconds }),
        ...(options.settle && { settle: options.settle }),
      };
      const choose = (s: System, r: AuditRequirement) => suppress(highs, s, r, suppressOptions).hidden;
      const least = proposal.least;
      const start = proposal.hidden;
      const startLoss = lossOf(sys, start);
      // As little lost as the least-loss goal allows: within GOAL of the proved bounds on both minima, or no worse a
      // ratio than the search's own choice; without a search, within GOAL of the search's choice in cells and value.
      const within = (h: ReadonlySet<number>) => {
        const l = lossOf(sys, h);
        if (!least) return l.cells <= GOAL * startLoss.cells + 1e-9 && l.value <= GOAL * startLoss.value + 1e-9;
        const { cellsBound, valueBound } = least.minima;
        if (l.cells <= GOAL * cellsBound + 1e-9 && l.value <= GOAL * valueBound + 1e-9) return true;
        return leastLoss(sys, h, least.minima, false).ratioBound <= least.ratioBound + 1e-9;
      };
      const alternative = (v: number) => {
        const kept = { ...sys, vars: sys.vars.map((x, u) => (u === v ? { ...x, hideable: false } : x)) };
        const p = suppress(highs, kept, req, suppressOptions);
        return p.passed ? p.hidden : undefined;
      };
      const aware =
        awareMode === 'hide'
          ? { ...choiceAware(highs, sys, req, zeroExempt === true, start, choose), moved: false, more: undefined }
          : preferUntold(highs, sys, req, zeroExempt === true, start, choose, alternative, within);
      if (aware.hidden.size !== start.size || [...aware.hidden].some((v) => !start.has(v))) {
        const audited = audit(highs, sys, aware.hidden, req);
        proposal = {
          ...proposal,
          hidden: aware.hidden,
          secondary: new Set([...aware.hidden].filter((v) => !primaryVars.has(v))),
          audit: audited,
          passed: audited.every((a) => a.protected),
          method: 'heuristic',
          ...(least && { least: leastLoss(sys, aware.hidden, least.minima, false) }),
        };
      }
      if (aware.open.length > 0) warnings.push(choiceOpen(read.tables, sys, aware.open, aware.proved, aware.more));
    }
    // Means of counts some of which are hidden (attack36), published where their interval still protects (means37).
    const sharesCut: string[] = [];
    const ratesCut: string[] = [];
    if (
      proposal?.passed &&
      !both &&
      !alternatives &&
      meansShown(highs, read.tables, sys, cellVar, proposal.hidden, req, sharesCut, ratesCut) > 0
    )
      proposal = { ...proposal, audit: audit(highs, sys, proposal.hidden, req) };
    // rates70: a share whose readings were not all tried stays hidden, said.
    if (sharesCut.length > 0)
      warnings.push({
        code: 'layout/share',
        message: `${sharesCut.slice(0, 4).join('、')}${sharesCut.length > 4 ? `ほか ${sharesCut.length - 4} か所` : ''}の割合は、分母からほかの行・列を除いた読み方を ${LINE_SHARE_WORK.toLocaleString('en-US')} 通りまで調べたところで打ち切りました。割合から秘匿する数が絞られないことを確かめきれないため、割合も秘匿します（チェッカーの判断）。割合の分母の行・列（「患者数」「評価可能例数」など）を表に加えてください`,
      });
    // rates73: a rate's interval whose readings were not all tried stays hidden with its count, said.
    if (ratesCut.length > 0)
      warnings.push({
        code: 'layout/rate',
        message: `${ratesCut.slice(0, 4).join('、')}${ratesCut.length > 4 ? `ほか ${ratesCut.length - 4} か所` : ''}の率と信頼区間（または標準誤差）は、率の読み方が残すイベント数を 1 か所 ${RATE_CI_COUNTS.toLocaleString('en-US')} 通り、表全体で計算法・信頼水準ごとに延べ ${RATE_CI_WORK.toLocaleString('en-US')} 通りまで調べたところで打ち切りました。区間から秘匿する数が絞られないことを確かめきれないため、率も区間も秘匿します（チェッカーの判断）。公表する率は区間を付けずに載せるか、区間を別の表にして確かめてください`,
      });
    if (proposal) hiddenElsewhere(read.tables, cellVar, proposal.hidden);
    // rates72: rates published beside a hidden count, said as our judgement with the reason.
    const ratesOut = ratesShownBeside(read.tables);
    if (ratesOut.length > 0)
      warnings.push({
        code: 'layout/rate',
        message: `${ratesOut.slice(0, 4).join('、')}${ratesOut.length > 4 ? `ほか ${ratesOut.length - 4} か所` : ''}の率は、イベント数（または分母）を秘匿しますが公表します。率を丸めた値・切り捨てた値、分母（人年など）を書いたとおり・丸めた値・切り捨てた値、単位の取り方のどの読み方でも、率 × 分母 ÷ 単位から秘匿する数が秘匿の要件を割るほどには絞られないことを監査で確かめたためです（チェッカーの判断）。率の桁を増やすと秘匿する数が絞られるため、公表用の表は率を書いたとおりの桁で載せてください`,
      });
    // rates74: among them rates fitting other lines too (`also`), said with why those readings give nothing.
    const alsoOut = ratesShownBeside(read.tables, false, false, true);
    if (alsoOut.length > 0)
      warnings.push({
        code: 'layout/rate',
        message: `${alsoOut.slice(0, 4).join('、')}${alsoOut.length > 4 ? `ほか ${alsoOut.length - 4} か所` : ''}の率は、単位や分母の取り方によってほかの行・列の件数の率とも読めますが、その${'行・列'}ではイベント数のほかの数をすべて公表するため、そう読んでも分かる数はありません。率自身のイベント数の読み方で、秘匿する数が秘匿の要件を割るほどには絞られないことを監査で確かめたので公表します（チェッカーの判断）。率がどの件数の率かは見出しに「死亡率（/1,000人年）」のように書いてください`,
      });
    // rates73: among them rates with their interval or SE in the cell: every method read, said as our judgement.
    const withCi = ratesShownBeside(read.tables, true);
    // rates74: those over a published count line (患者数): the binomial readings too.
    const overCounts = ratesShownBeside(read.tables, true, true);
    if (withCi.length > 0)
      warnings.push({
        code: 'layout/rate',
        message: `${withCi.slice(0, 4).join('、')}${withCi.length > 4 ? `ほか ${withCi.length - 4} か所` : ''}の率は信頼区間（または標準誤差）ごと公表します。区間の計算法（正確法・ミッドP法・ワルド法・対数変換・バイアー近似・スコア法・平方根変換）と信頼水準（${'90・95・99%'}のうち見出しにあるもの）、端の丸め方のうち実際の値に合うどの読み方で区間からイベント数を逆算しても、秘匿する数が秘匿の要件を割るほどには絞られないことを監査で確かめたためです（チェッカーの推定）。${overCounts.length > 0 ? `${overCounts.slice(0, 4).join('、')}${overCounts.length > 4 ? `ほか ${overCounts.length - 4} か所` : ''}は患者数あたりの率なので、公表する患者数を分母に、二項分布の区間（クロッパー・ピアソン法・ウィルソン法・ワルド法・アグレスティ・クール法）、標準誤差は √(件数 ×（1 − 件数 ÷ 患者数）) の読み方でも確かめました（チェッカーの推定）。` : ''}これら以外の計算法の区間は公表できないため秘匿します。区間の桁を増やすと秘匿する数が絞られるため、公表用の表は書いたとおりの桁で、見出しに信頼水準を書いて載せてください`,
      });
  } catch (e) {
    if (e instanceof TimeLimitError) {
      const seconds = options.timeLimitSeconds ?? TIME_LIMIT_SECONDS;
      const cells = read.tables.reduce((s, t) => s + t.rows.length * t.cols.length, 0);
      return {
        ok: false,
        warnings,
        errors: [
          optionError(
            'input/too-slow',
            `表が大きく、秘匿の計算が制限時間（${seconds} 秒）内に終わりませんでした（表 ${read.tables.length}、${cells.toLocaleString('en-US')} セル、隠す候補 ${primaryVars.size.toLocaleString('en-US')} 個）`,
            links.length > 0
              ? '同じ見出しの値を共有する表はまとめて計算するため、時間がかかります。公表する単位の表だけを、少しずつ確かめてください'
              : '公表する単位の小さな表に分けて確かめてください',
          ),
        ],
      };
    }
    // HiGHS failing is no fault of the table, but the check has no result to give: say so in words, no stack trace.
    if (!(e instanceof SolverError || e instanceof highs.errors.HighsError || e instanceof WebAssembly.RuntimeError)) throw e;
    return {
      ok: false,
      warnings,
      errors: [
        optionError(
          'solver/failed',
          `秘匿の計算が途中で止まりました（${(e as Error).message}）`,
          '表を小さく分けて確かめてください。続く場合は、この表と一緒に報告してください',
        ),
      ],
    };
  }
  const auditOf = new Map(proposal?.audit.map((a) => [a.var, a]));
  const tables = read.tables.map((table, t): TableResult => {
    const p = both ? bothReadingsFindings(primaries[t]!, t, both.axes.get(table.number), both.findings) : primaries[t]!;
    const vars = cellVar[t]!;
    const status: CellStatus[] = vars.map((v, id) => {
      const other = both?.hide.get(`${t}:${id}`);
      if (other && !p.findings.has(id)) return other;
      if (p.findings.has(id) || primaryVars.has(v)) return 'primary';
      return proposal?.hidden.has(v) ? 'secondary' : 'published';
    });
    const hiddenIds = status.flatMap((s, id) => (s === 'published' || vars[id]! < 0 ? [] : [id]));
    if (!proposal || hiddenIds.length === 0) return { table, status, primary: p };
    const cells = hiddenIds.map((id): CellAudit => {
      const a = auditOf.get(vars[id]!)!;
      return { id, value: a.value, interval: a.interval, exact: a.exact, protected: a.protected };
    });
    const suppression: Suppression = {
      suppressed: new Set(hiddenIds),
      secondary: new Set(hiddenIds.filter((id) => status[id] === 'secondary')),
      rounds: proposal.rounds,
      audit: cells,
      passed: cells.every((c) => c.protected),
      ...(proposal.structural && !cells.every((c) => c.protected) && { structural: true as const }),
      method: proposal.method,
      // Under both readings the least-loss search saw one reading with the other's cells forced: no least is claimed.
      ...(proposal.least && !both && { least: proposal.least }),
    };
    return { table, status, primary: p, suppression };
  });
  const slipped = almostRelations(read.tables, built.almost, (v) => primaryVars.has(v) || proposal?.hidden.has(v) === true);
  if (slipped.length > 0) return { ok: false, errors: slipped, warnings };
  const given = constantPins(read.tables, sys, built.pinned, primaryVars);
  if (given.length > 0) return { ok: false, errors: given, warnings };
  const hiddenVars = new Set([...primaryVars, ...(proposal?.hidden ?? [])]);
  const published: Published = { highs, tables, sys, cellVar, hidden: hiddenVars, threshold };
  const squeezed = complementsSqueezed(published, protection);
  if (squeezed.length > 0) return { ok: false, errors: squeezed, warnings };
  const apart = unionsApart(published);
  if (apart.length > 0) return { ok: false, errors: apart, warnings };
  const below = nBelowSums(published);
  if (below.errors.length > 0) return { ok: false, errors: below.errors, warnings };
  const shared = sharesOverHidden(read.shares ?? [], tables, threshold);
  if (shared.length > 0) return { ok: false, errors: shared, warnings };
  warnings.push(...below.warnings);
  warnings.unshift(scopeWarning(read.tables));
  return {
    ok: true,
    context,
    version,
    protection,
    params,
    checks,
    tables,
    links,
    warnings,
    verdict: verdict({ bundle, context, version, checks, tables, protection }),
  };
}

/**
 * Means of lines of counts (read.ts `setAsideMeans`, attack36) at positions where a count they average is hidden
 * (means37). A printed mean m of k counts rounded to half h of its last digit says k·(m − h) ≤ their sum ≤ k·(m + h):
 * an interval row over the counts, no equation. Where that row, added to every row the published cells state, leaves
 * every hidden count meeting the requirement (the audit's own test, `failing`), the mean tells an attacker nothing
 * that would recover a hidden count, so it is published (the cell's `shown`) and its row joins the system (`sys.rows`,
 * so that every later audit and check holds under it); else it stays hidden with its counts (report.ts). Chosen as a
 * set (means39): each mean tried alone (one failing alone fails with any others), then all those together; where
 * that fails, greedy sets in three orders (the tables' order as means37 tried it, its reverse, fewest hidden counts
 * first), the largest kept — never fewer than means37's one order, each set audited whole before it is published.
 * A ratio r of a over b (read.ts `setAsideMeans`, means37) alike: (r − h)·b ≤ a ≤ (r + h)·b, two rows (`ratioRows`);
 * a weighted mean's total (read.ts `tableWeighted`, means39) with its rows (`weightedRows`).
 * Our reading (チェッカーの判断): the mean (ratio) is read as the printed rounding of the mean of those counts (of a ÷ b),
 * as read.ts found it at every position. Returns how many were published.
 */
function meansShown(
  highs: Highs,
  tables: readonly Table[],
  sys: System,
  cellVar: readonly (readonly number[])[],
  hidden: ReadonlySet<number>,
  req: AuditRequirement,
  cut?: string[],
  ratesCut?: string[],
): number {
  // rates73: the work of every rate's interval readings in this check (rateci.ts `RATE_CI_WORK`).
  const ciWork = { left: RATE_CI_WORK };
  // Every mean (ratio, weighted total's mean) beside a hidden count, with its rows and the hidden counts it bears on.
  const candidates: { rows: Row[]; cell: { shown?: true }; hiddenVars: number }[] = [];
  tables.forEach((table, t) => {
    const C = table.cols.length;
    const vars = (cells: readonly [number, number][]) => cells.map(([r, c]) => cellVar[t]![r * C + c] ?? -1);
    for (const rate of table.rates ?? []) {
      if (rate.weighted) {
        // means57: a mean whose readings were not all searched (`unsearched`) is never published by these rows.
        for (const cell of rate.cells.filter((c) => (c.total || c.perSum) && !c.unsearched)) {
          const own = cell.total ? weightedRows(rate, cell.at, C, cellVar[t]!, (u) => varsIn(tables, cellVar, u)) : [];
          // means48: each count the relation weighs under a stated N is at most N (死亡 of a row of 患者数 N): the
          // system states it only where a count equals its N (system.ts), but beside a mean's inequalities it cuts.
          if (own && cell.total) own.push(...nBounds(table, rate, cell.at, vars));
          // means48: a sum and its 患者数 in another table (read.ts `sumElsewhere`): that table's variables.
          const u = cell.perSum?.table;
          const there = u === undefined ? vars : varsIn(tables, cellVar, u);
          const tie = cell.perSum ? perSumRows(cell.perSum, cell.text, there) : [];
          const hiddenVars = new Set(
            [
              ...vars(cell.events),
              ...(u === undefined ? [] : there(cell.perSum!.sizes)),
              // means49: the counts it bears on in the table of its weights (read.ts `weightsElsewhere`).
              ...(cell.there ? varsIn(tables, cellVar, cell.there.table)(cell.there.events) : []),
              ...(cell.thereAlso ?? []).flatMap((x) => varsIn(tables, cellVar, x.table)(x.events)),
            ].filter((v) => hidden.has(v)),
          ).size;
          if (own && tie && hiddenVars > 0) candidates.push({ rows: [...own, ...tie], cell, hiddenVars });
        }
        continue;
      }
      if (rate.lineShare) {
        // rates70: a share line over the 合計 (or the lines' sum) that fits that base less other lines too: its rows
        // under every reading at the position (`lineShareRows`); past its work, left hidden and said.
        for (const cell of rate.cells) {
          const vs = vars(cell.events);
          const base = cell.base ? vars([cell.base])[0]! : undefined;
          const hiddenHere = new Set([...vs, ...(base === undefined ? [] : [base])].filter((v) => hidden.has(v)));
          if (hiddenHere.size === 0) continue;
          // rates72: the counts of other tables under this position's label (a line of another table a reader may
          // add to the base: 表2 「転院」 under the same 「A群」).
          const label = rate.axis === 'cols' ? table.rows[cell.at]?.label : table.cols[cell.at]?.label;
          const outside =
            label === undefined
              ? []
              : sameLabelVars(tables, cellVar, t, label, { at: cell.at, across: rate.axis }).filter((v) => !vs.includes(v) && v !== base);
          const rows = lineShareRows(sys, vs, base, cell.text, hidden, outside);
          if (rows === 'cut') {
            cut?.push(
              `表${table.number}の${rate.axis === 'cols' ? `列${quote(rate.label)}・行${quote(table.rows[cell.at]!.label)}` : `行${quote(rate.label)}・列${quote(table.cols[cell.at]!.label)}`}`,
            );
            continue;
          }
          if (rows)
            candidates.push({
              rows,
              cell,
              hiddenVars: hiddenHere.size,
            });
        }
        continue;
      }
      if (plainRate(rate)) {
        // rates72: a rate per person-time (or per patients) beside a hidden event count (or base): its rows under
        // every reading a reader may take at the position (`rateRows`), published where they leave the audit whole.
        for (const cell of rate.cells) {
          const vs = vars(cell.events);
          const base = cell.base ? vars([cell.base])[0]! : undefined;
          const hiddenHere = new Set([...vs, ...(base === undefined ? [] : [base])].filter((v) => hidden.has(v)));
          if (hiddenHere.size === 0) continue;
          // rates74: a count base published (not hidden) is a number a reader has, printed exactly.
          const rows = rateRows(sys, vs, base, cell.text, cell.baseText, rate, ciWork, base !== undefined && !hidden.has(base));
          if (rows === 'cut') {
            // rates73: an interval's readings past `RATE_CI_COUNTS` counts not tried: hidden, said.
            ratesCut?.push(
              `表${table.number}の${rate.axis === 'cols' ? `列${quote(rate.label)}・行${quote(table.rows[cell.at]!.label)}` : `行${quote(rate.label)}・列${quote(table.cols[cell.at]!.label)}`}`,
            );
            continue;
          }
          if (rows) candidates.push({ rows, cell, hiddenVars: hiddenHere.size });
        }
        continue;
      }
      if (alsoRate(rate)) {
        // rates74: a rate fitting other lines too (`also`): each other reading a rate of the counts of its position; where
        // every count there but its own event count is published, those readings give a reader nothing, and its own
        // reading's rows (`rateRows`) decide as for a plain rate.
        const own = rate.events[0]!;
        for (const cell of rate.cells) {
          const label = ([r, c]: [number, number]) => (rate.axis === 'cols' ? table.cols[c]!.label : table.rows[r]!.label);
          const mine = cell.events.filter((e) => label(e) === own && !rate.also.includes(own));
          if (mine.length !== 1) continue;
          const v = vars(mine)[0]!;
          const base = cell.base ? vars([cell.base])[0]! : undefined;
          const across: [number, number][] =
            rate.axis === 'cols' ? table.cols.map((_, j) => [cell.at, j]) : table.rows.map((_, i) => [i, cell.at]);
          const others = vars(across).filter((x) => x !== v);
          if (!hidden.has(v) || others.some((x) => x < 0 || hidden.has(x))) continue;
          const rows = rateRows(sys, [v], base, cell.text, cell.baseText, rate, ciWork, base !== undefined && !hidden.has(base));
          if (rows === 'cut') {
            ratesCut?.push(
              `表${table.number}の${rate.axis === 'cols' ? `列${quote(rate.label)}・行${quote(table.rows[cell.at]!.label)}` : `行${quote(rate.label)}・列${quote(table.cols[cell.at]!.label)}`}`,
            );
            continue;
          }
          if (rows) candidates.push({ rows, cell, hiddenVars: 1 });
        }
        continue;
      }
      if (rate.mean === undefined && !rate.ratio) continue;
      for (const cell of rate.cells) {
        const vs = vars(cell.events);
        const m = plainNumber(cell.text.trim());
        if (!m || vs.some((v) => v < 0) || !vs.some((v) => hidden.has(v))) continue;
        // The mean (ratio) lies within half its last digit of what it prints, however it was rounded.
        const half = 0.5 * 10 ** -m.decimals;
        const rows = rate.ratio ? ratioRows(vs, m.value, half) : [meanRow(vs, m.value, half, rate.mean!)];
        if (rows) candidates.push({ rows, cell, hiddenVars: new Set(vs.filter((v) => hidden.has(v))).size });
      }
    }
  });
  const passes = (rows: readonly Row[]) => failing(highs, { ...sys, rows: [...sys.rows, ...rows] }, hidden, req).length === 0;
  // Rows only narrow what an attacker sees: a mean failing alone fails with any others, and is left out at once.
  const alone = candidates.filter((c) => passes(c.rows));
  let chosen = alone;
  if (alone.length > 1 && !passes(alone.flatMap((c) => c.rows))) {
    // No joint publication of them all: greedy sets in three orders (the tables' order, its reverse, fewest hidden
    // counts first), each mean kept where the audit with every mean kept before it still passes; the largest set.
    const greedy = (order: readonly (typeof alone)[number][]) => {
      const kept: typeof alone = [];
      for (const c of order) if (passes([...kept.flatMap((k) => k.rows), ...c.rows])) kept.push(c);
      return kept;
    };
    const orders = [alone, [...alone].reverse(), [...alone].sort((x, y) => x.hiddenVars - y.hiddenVars)];
    chosen = [];
    for (const order of alone.length <= MEANS_ORDERS_UP_TO ? orders : orders.slice(0, 1)) {
      const kept = greedy(order);
      if (kept.length > chosen.length) chosen = kept;
    }
  }
  for (const c of chosen) {
    sys.rows.push(...c.rows);
    c.cell.shown = true;
  }
  return chosen.length;
}

/**
 * means48: for a weighted mean's relations at `at` (`TableRate.weighted`), each count they weigh under a stated N (the
 * smallest of its row's, its column's and the table's) bounded by it: 0 ≤ x ≤ N, a row each.
 */
function nBounds(table: Table, rate: TableRate, at: number, vars: (cells: readonly [number, number][]) => number[]): Row[] {
  const out: Row[] = [];
  const seen = new Set<number>();
  for (const w of (rate.weighted ?? []).filter((x) => x.total === at && x.tables === undefined))
    for (const [r, c] of [w.total, ...w.parts].flatMap((j) => w.groups?.[j] ?? [])) {
      const v = vars([[r, c]])[0]!;
      const ns = [table.rows[r]?.denominator, table.cols[c]?.denominator, table.denominator].filter((n) => n !== undefined);
      if (v < 0 || seen.has(v) || ns.length === 0) continue;
      seen.add(v);
      out.push({ ids: [v], coefs: [1], lo: 0, hi: Math.min(...ns) });
    }
  return out;
}

/** The variables of cells of table `u` (-1 where none). */
const varsIn =
  (tables: readonly Table[], cellVar: readonly (readonly number[])[], u: number) =>
  (cells: readonly [number, number][]): number[] =>
    cells.map(([r, c]) => cellVar[u]?.[r * tables[u]!.cols.length + c] ?? -1);

/**
 * means48: a mean tied to a sum and 患者数 in another table (read.ts `sumElsewhere`) is hidden where one of those
 * counts is hidden and `meansShown` did not publish it: the places of those counts (`perSum.hiddenThere`) for report.ts.
 */
function hiddenElsewhere(tables: readonly Table[], cellVar: readonly (readonly number[])[], hidden: ReadonlySet<number>): void {
  for (const table of tables)
    for (const rate of table.rates ?? [])
      for (const cell of rate.cells) {
        // means49: the counts it bears on in the table of its weights (read.ts `weightsElsewhere`).
        // means53: and the second table of weights in two (read.ts `weightsAcrossTwo`).
        for (const there of [cell.there, ...(cell.thereAlso ?? [])]) {
          if (!there) continue;
          const U = tables[there.table]!;
          const vs = varsIn(tables, cellVar, there.table)(there.events);
          const places = there.events
            .filter((_, k) => vs[k]! >= 0 && hidden.has(vs[k]!))
            .map(([r, c]) => `表${U.number}の行${quote(U.rows[r]!.label)}・列${quote(U.cols[c]!.label)}`);
          if (places.length > 0 && !cell.shown) there.hidden = places;
          else delete there.hidden;
        }
        const tie = cell.perSum;
        if (tie?.table === undefined) continue;
        const U = tables[tie.table]!;
        const vs = varsIn(tables, cellVar, tie.table)(tie.sizes);
        const places = tie.sizes
          .filter((_, k) => vs[k]! >= 0 && hidden.has(vs[k]!))
          .map(([r, c]) => `表${U.number}の行${quote(U.rows[r]!.label)}・列${quote(U.cols[c]!.label)}`);
        if (places.length > 0 && !cell.shown) tie.hiddenThere = places;
        else delete tie.hiddenThere;
      }
}

/**
 * rates72: the count variables of the tables other than `t` at a line labelled `label` (a column or a row of that
 * label: every count cell of it), for `lineShareRows`' readings over a base taking in another table's line.
 */
function sameLabelVars(
  tables: readonly Table[],
  cellVar: readonly (readonly number[])[],
  t: number,
  label: string,
  position?: { at: number; across: 'rows' | 'cols' },
): number[] {
  const key = normalise(label).trim();
  const out = new Set<number>();
  const own = tables[t]!;
  // rates73: the positions of this table (its columns where the share is a row, else its rows), for another table's
  // lines under other labels.
  const ours = position ? (position.across === 'rows' ? own.cols : own.rows).map((h) => normalise(h.label).trim()) : [];
  tables.forEach((u, k) => {
    if (k === t) return;
    const C = u.cols.length;
    // rates73: a table none of whose lines is labelled as one of ours but with as many lines across (表2 「A」「B」 beside
    // 表1 「A群」「B群」): a reader may take its line at the same place as ours under another label — every count of it.
    if (position)
      for (const [lines, isCol] of [
        [u.cols, true],
        [u.rows, false],
      ] as const) {
        const theirs = lines.map((h) => normalise(h.label).trim());
        if (theirs.length !== ours.length || theirs.some((x) => ours.includes(x))) continue;
        if (isCol) u.rows.forEach((_, i) => out.add(cellVar[k]?.[i * C + position.at] ?? -1));
        else u.cols.forEach((_, j) => out.add(cellVar[k]?.[position.at * C + j] ?? -1));
      }
    u.cols.forEach((h, j) => {
      if (normalise(h.label).trim() !== key) return;
      u.rows.forEach((_, i) => out.add(cellVar[k]?.[i * C + j] ?? -1));
    });
    u.rows.forEach((h, i) => {
      if (normalise(h.label).trim() !== key) return;
      u.cols.forEach((_, j) => out.add(cellVar[k]?.[i * C + j] ?? -1));
    });
  });
  out.delete(-1);
  return [...out];
}

/**
 * rates70: work `lineShareRows` may take at one position (subsets of the hidden lines times the sums of the published
 * lines tried, and the steps adding those sums up); past it the share stays hidden there, said (never published unproved).
 */
export const LINE_SHARE_WORK = 200_000;

/**
 * rates70: the rows a share line's cell states (rates.ts `RateReading.lineShare`, a share p of the count `vs[0]` printed
 * to half h of its last digit) under every reading a reader may take at its position: over the 合計 `base` (or, none,
 * the sum of every count line `vs`) less any set L of the other lines. Each reading whose base the share fits for the
 * true counts (|p − 100·c ÷ n| ≤ h, as rates.ts reads it) states (p − h)·n ≤ 100·c ≤ (p + h)·n — true of the counts (and, where the share
 * may be cut off rather than rounded, p·n ≤ 100·c < (p + 2h)·n, as cell.ts `baseRange` reads a percentage), so all of them together only narrow what any one reader sees (a reader takes one reading; the audit takes all). L's
 * hidden lines stay variables; its published lines are a constant q, and of the readings with the same hidden lines
 * left out only the largest q (for the upper row) and the smallest (for the lower) bind. A reading fitting at this
 * position only is taken too (the share may be hidden at the positions that would rule it out). Undefined where no
 * count is a variable; `cut` past `LINE_SHARE_WORK`.
 */
export function lineShareRows(
  sys: System,
  vs: readonly number[],
  base: number | undefined,
  text: string,
  hidden: ReadonlySet<number>,
  outside: readonly number[] = [],
): Row[] | 'cut' | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*[%％]?$/.exec(normalise(text).trim());
  if (!m || vs.some((v) => v < 0) || new Set(vs).size !== vs.length || (base !== undefined && (base < 0 || vs.includes(base))))
    return undefined;
  const p = Number(m[1]);
  const unit = 10 ** -(m[1]!.split('.')[1]?.length ?? 0);
  const h = 0.5 * unit;
  const value = (v: number) => sys.vars[v]!.value;
  const [c, ...others] = vs as [number, ...number[]];
  // The share rounded (p − h ≤ 100·c ÷ n ≤ p + h) or cut off (p ≤ 100·c ÷ n < p + 2h), as cell.ts `baseRange` reads a
  // printed percentage: each reading whose base fits the true counts; the cut-off's strict end held a step inside
  // (100·c and (p + 2h)·n differ by a multiple of the share's last digit).
  const modes = [
    { lo: Math.max(0, p - h), hi: p + h, fits: (t: number) => Math.abs(t - p) <= h + 1e-9, gap: 0 },
    { lo: p, hi: p + 2 * h, fits: (t: number) => t >= p - 1e-9 && t < p + 2 * h - 1e-9, gap: unit / 2 },
  ];
  const baseVars = base !== undefined ? [base] : [...vs];
  const whole = baseVars.reduce((a, v) => a + value(v), 0);
  const hid = others.filter((v) => hidden.has(v));
  const pub = others.filter((v) => !hidden.has(v));
  // rates72: counts of other tables under this position's label, added to the base by a reader (a line of another
  // table taken in with this table's lines left out): hidden ones variables with the sign +, published ones constants.
  const out = [...new Set(outside)].filter((v) => v >= 0 && v !== c && !vs.includes(v) && v !== base);
  const hidOut = out.filter((v) => hidden.has(v));
  const pubOut = out.filter((v) => !hidden.has(v));
  if (hid.length + hidOut.length > 16) return 'cut';
  // The constants q a reading takes off the base: a sum of a set of the published lines less a sum of a set of the
  // published outside counts (each q ≤ the base; indexed from −the outside's sum).
  let work = 0;
  const off = pubOut.reduce((a, v) => a + value(v), 0);
  const reach = new Uint8Array(whole + off + 1);
  reach[off] = 1;
  for (const v of pub) {
    const x = value(v);
    work += whole + off + 1;
    if (work > LINE_SHARE_WORK) return 'cut';
    if (x === 0) continue;
    for (let q = whole + off - x; q >= 0; q--) if (reach[q]) reach[q + x] = 1;
  }
  for (const v of pubOut) {
    const y = value(v);
    work += whole + off + 1;
    if (work > LINE_SHARE_WORK) return 'cut';
    if (y === 0) continue;
    for (let q = y; q <= whole + off; q++) if (reach[q]) reach[q - y] = 1;
  }
  const sums = [...reach.keys()].filter((q) => reach[q] === 1).map((q) => q - off);
  const rows: Row[] = [];
  // 100·c − k·(base − Σ left) within the bound: the coefficients merged (c is in the lines' sum), times 2 ÷ the
  // share's last digit so that every coefficient and bound is whole (HiGHS' MIP over the audit's lattice aborted on
  // halves: smallEvent 5677 #24).
  const scale = Math.round(2 / unit);
  const whole10 = (x: number) => Math.round(x * scale);
  const row = (left: readonly number[], added: readonly number[], k: number, lo: number, hi: number): Row => {
    const coef = new Map<number, number>([[c, whole10(100)]]);
    for (const v of baseVars) coef.set(v, (coef.get(v) ?? 0) - whole10(k));
    for (const v of left) coef.set(v, (coef.get(v) ?? 0) + whole10(k));
    for (const v of added) coef.set(v, (coef.get(v) ?? 0) - whole10(k));
    const ids = [...coef.keys()].filter((v) => coef.get(v) !== 0);
    return {
      ids,
      coefs: ids.map((v) => coef.get(v)!),
      lo: Number.isFinite(lo) ? whole10(lo) : lo,
      hi: Number.isFinite(hi) ? whole10(hi) : hi,
    };
  };
  const both = [...hid, ...hidOut];
  for (let mask = 0; mask < 1 << both.length; mask++) {
    const left = hid.filter((_, k) => (mask >> k) & 1);
    const added = hidOut.filter((_, k) => (mask >> (hid.length + k)) & 1);
    const rest = whole - left.reduce((a, v) => a + value(v), 0) + added.reduce((a, v) => a + value(v), 0);
    work += 2 * sums.length;
    if (work > LINE_SHARE_WORK) return 'cut';
    for (const mode of modes) {
      const qs = sums.filter((q) => rest - q > 0 && mode.fits((100 * value(c)) / (rest - q)));
      if (qs.length === 0) continue;
      const [qMin, qMax] = [qs[0]!, qs[qs.length - 1]!];
      rows.push(row(left, added, mode.hi, -Infinity, -mode.hi * qMax - mode.gap));
      if (mode.lo > 0) rows.push(row(left, added, mode.lo, -mode.lo * qMin, Infinity));
    }
  }
  return rows;
}

/** rates72: the places of plain rates (rates.ts `plainRate`) `meansShown` published beside a hidden count. */
function ratesShownBeside(tables: readonly Table[], withInterval = false, overCounts = false, also = false): string[] {
  return tables.flatMap((table) =>
    (table.rates ?? [])
      .filter((rate) => (also ? alsoRate(rate) : plainRate(rate) || alsoRate(rate)))
      .flatMap((rate) =>
        rate.cells
          .filter((c) => c.shown && (!withInterval || rateCellParts(c.text) !== undefined) && (!overCounts || c.base !== undefined))
          .map(
            (c) =>
              `表${table.number}の${rate.axis === 'cols' ? `列${quote(rate.label)}・行${quote(table.rows[c.at]!.label)}` : `行${quote(rate.label)}・列${quote(table.cols[c.at]!.label)}`}`,
          ),
      ),
  );
}

/** rates72: readings of a rate's unit `rateRows` takes where the unit was read from the numbers (powers of ten each way). */
export const RATE_UNIT_TRIED = 3;

/**
 * rates72: the rows a rate cell states (count c = `vs[0]`, a plain number r printed to half h of its last digit, its
 * base either the count `base` (患者数, a variable) or the number `baseText` printed beside it (person-time, an N:
 * published as written)) under every reading a reader may take: the rate rounded (r − h ≤ c·S ÷ T ≤ r + h) or cut off
 * (r ≤ c·S ÷ T < r + 2h), the printed base exact, rounded or cut off, the unit S either end of its range (1年＝365〜365.25日)
 * and, where the unit was read from the numbers, each power of ten up to `RATE_UNIT_TRIED` either way. Each reading
 * that fits the true counts states a true row, so all of them together only narrow what any one reader sees (a reader
 * takes one; the audit takes all): over a printed base, the whole counts every fitting reading leaves (their
 * intersection); over a count line, (r − h)·n ≤ S·c ≤ (r + h)·n per reading, scaled to whole coefficients (HiGHS, as
 * `lineShareRows`). Undefined where the cell is no plain number over a plain base, the count is no single variable,
 * or no reading fits (the rate stays hidden with its count).
 */
export function rateRows(
  sys: System,
  vs: readonly number[],
  base: number | undefined,
  text: string,
  baseText: string,
  rate: Pick<TableRate, 'scale' | 'scaleHi' | 'scaleRead'> & { label?: string },
  ciWork: { left: number } = { left: RATE_CI_WORK },
  baseShown = false,
): Row[] | 'cut' | undefined {
  const number = (t: string) => {
    const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(normalise(t).trim());
    if (!m) return undefined;
    const digits = m[2]?.length ?? 0;
    return { value: Number(`${m[1]!.replace(/,/g, '')}.${m[2] ?? '0'}`), digits, h: 0.5 * 10 ** -digits };
  };
  // rates73: a rate with its interval or SE in its cell (rateci.ts): the rate's readings, then the interval's.
  const parts = number(text) ? undefined : rateCellParts(text);
  const r = number(parts?.rate ?? text);
  if (!r || vs.length !== 1 || vs[0]! < 0 || (base !== undefined && (base < 0 || base === vs[0]))) return undefined;
  // Over a count line (患者数) the interval is no row of whole coefficients: hidden with its count where the count
  // line is hidden there too; rates74: where it is published, a number a reader has (the base printed exactly, every
  // binomial method of the share's interval tried as well as the Poisson ones).
  if (parts && base !== undefined && !baseShown) return undefined;
  const c = vs[0]!;
  const value = (v: number) => sys.vars[v]!.value;
  const x = value(c);
  const exactBase = parts && base !== undefined ? value(base) : undefined;
  const scales = new Set([rate.scale, rate.scaleHi]);
  if (rate.scaleRead)
    for (let k = 1; k <= RATE_UNIT_TRIED; k++)
      for (const s of [rate.scale, rate.scaleHi]) (scales.add(s * 10 ** k), scales.add(s / 10 ** k));
  // The rate rounded or cut off (the cut-off's upper end strict).
  const modes = [
    { lo: Math.max(0, r.value - r.h), hi: r.value + r.h, strict: false },
    { lo: r.value, hi: r.value + 2 * r.h, strict: true },
  ];
  const eps = 1e-9;
  if (base === undefined || exactBase !== undefined) {
    const t = exactBase !== undefined ? { value: exactBase, h: 0 } : number(baseText);
    if (!t || t.value <= 0) return undefined;
    const bases = [
      { lo: t.value, hi: t.value, strict: false },
      ...(exactBase !== undefined
        ? []
        : [
            { lo: Math.max(0, t.value - t.h), hi: t.value + t.h, strict: false },
            { lo: t.value, hi: t.value + 2 * t.h, strict: true },
          ]),
    ];
    let [lo, hi] = [0, Infinity];
    let fits = false;
    const readings: { s: number; m: (typeof modes)[number]; b: (typeof bases)[number] }[] = [];
    for (const s of scales)
      for (const m of modes)
        for (const b of bases) {
          const a = (m.lo * b.lo) / s;
          const z = (m.hi * b.hi) / s;
          const strict = m.strict || b.strict;
          const l = Math.ceil(a - eps * Math.max(1, a));
          const u = strict ? Math.ceil(z - eps * Math.max(1, z)) - 1 : Math.floor(z + eps * Math.max(1, z));
          if (x < l || x > u) continue;
          fits = true;
          lo = Math.max(lo, l);
          hi = Math.min(hi, u);
          readings.push({ s, m, b });
        }
    if (!fits) return undefined;
    if (parts) {
      // rates73: each reading of the interval (or SE) fitting the true count under each reading of the rate: the counts
      // all of them leave (an interval pins a count tighter than its rate); none fitting: nothing proved, hidden.
      if (hi - lo + 1 > RATE_CI_COUNTS) return 'cut';
      let keep: boolean[] | undefined;
      const levels = levelsOf(rate.label ?? '');
      for (const { s, m, b } of readings) {
        const set = intervalCounts(parts, levels, s, [m.lo, m.hi], [b.lo, b.hi], lo, hi, x, ciWork, exactBase);
        if (set === 'cut') return 'cut';
        if (set) keep = keep ? keep.map((k, i) => k && set[i]!) : set;
      }
      if (!keep) return undefined;
      const left = keep.flatMap((k, i) => (k ? [lo + i] : []));
      // A set with holes is no interval row: hidden (the reader's set would be narrower than the row says).
      if (left.length === 0 || left[left.length - 1]! - left[0]! + 1 !== left.length) return undefined;
      [lo, hi] = [left[0]!, left[left.length - 1]!];
    }
    return [{ ids: [c], coefs: [1], lo, hi }];
  }
  // Over a count line n (a variable): S·c − k·n within the bound for each reading fitting the true counts, every
  // coefficient times 2 ÷ the rate's last digit (whole where S is).
  const n = value(base);
  const f = 2 * 10 ** r.digits;
  const whole = (y: number) => Math.round(y * f);
  const rows: Row[] = [];
  for (const s of scales) {
    // rates74: a unit not whole (a power of ten below 1 read from the numbers, 0.1 of a rate per 100 with no unit
    // written): every coefficient of its rows times the power of ten that makes it whole (`RATE_UNIT_WHOLE`); a unit
    // no such power makes whole: hidden with its count as before.
    const p = wholeBy(s);
    if (p === undefined) return undefined;
    for (const m of modes) {
      if (!(
        m.lo * n <= s * x + eps * Math.max(1, s * x) && (m.strict ? s * x < m.hi * n - eps : s * x <= m.hi * n + eps * Math.max(1, s * x))
      ))
        continue;
      rows.push({ ids: [c, base], coefs: [whole(s * p), -whole(m.hi * p)], lo: -Infinity, hi: m.strict ? -1 : 0 });
      if (m.lo > 0) rows.push({ ids: [c, base], coefs: [whole(s * p), -whole(m.lo * p)], lo: 0, hi: Infinity });
    }
  }
  return rows.length > 0 ? rows : undefined;
}

/** rates74: the powers of ten (10^0 … 10^k) `rateRows` tries to make a unit not whole whole over a count line. */
export const RATE_UNIT_WHOLE = 6;

/** The least power of ten up to 10^`RATE_UNIT_WHOLE` that makes `s` whole (within 1e-9), undefined where none does. */
function wholeBy(s: number): number | undefined {
  for (let k = 0; k <= RATE_UNIT_WHOLE; k++) {
    const y = s * 10 ** k;
    if (Math.abs(y - Math.round(y)) <= 1e-9 * Math.max(1, y)) return 10 ** k;
  }
  return undefined;
}

/** Means (ratios) beside hidden counts up to which `meansShown` tries three orders; past it, the tables' order only. */
const MEANS_ORDERS_UP_TO = 24;

/**
 * A weighted mean's rows at its total's position `at` (means39, read.ts `tableWeighted`): for each relation across with
 * that total, the total's mean M (half H of its last digit) and each part's m_j (h_j) with the part's size n_j (the
 * counts `group` at position j), N the total's: Σ n_j·(m_j − h_j) − N·(M + H) ≤ 0, and where every part's mean is
 * printed Σ n_j·(m_j + h_j) − N·(M − H) ≥ 0 (a part with no mean printed taken as a mean of 0 or more: of ages, days,
 * BMI). None where a count is no variable.
 */
function weightedRows(
  rate: TableRate,
  at: number,
  C: number,
  vars: readonly number[],
  varsOf?: (u: number) => (cells: readonly [number, number][]) => number[],
): Row[] | undefined {
  const cellAt = (j: number) => rate.cells.find((c) => c.at === j);
  const total = cellAt(at);
  const M = total && meanValue(total.text.trim());
  if (!total || !M) return undefined;
  const H = 0.5 * 10 ** -M.decimals;
  const out: Row[] = [];
  for (const { parts, groups, offsets, tables } of (rate.weighted ?? []).filter((x) => x.total === at)) {
    // means49: weights in two tables (read.ts `weightsElsewhere`): each cell's table's variables.
    const varOf = (r: number, c: number, u: number | undefined) =>
      u === undefined ? (vars[r * C + c] ?? -1) : varsOf ? varsOf(u)([[r, c]])[0]! : -1;
    // means47: a constant part of each size (the N printed, person-time): moved to the rows' bounds.
    let [lowK, highK] = [0, 0];
    const groupAt = (j: number) => groups?.[j] ?? cellAt(j)?.group;
    const low = new Map<number, number>();
    const high = new Map<number, number>();
    const add = (terms: Map<number, number>, cells: readonly [number, number][], f: number, at: number) => {
      for (const [k, [r, c]] of cells.entries()) {
        const v = varOf(r, c, tables?.[at]?.[k]);
        if (v < 0) return false;
        terms.set(v, (terms.get(v) ?? 0) + f);
      }
      return true;
    };
    let all = true;
    for (const j of parts) {
      const cell = cellAt(j);
      const m = cell && meanValue(cell.text.trim());
      const g = groupAt(j);
      if (!cell || !m || !g) {
        all = false;
        continue;
      }
      const h = 0.5 * 10 ** -m.decimals;
      if (!add(low, g, m.value - h, j) || !add(high, g, m.value + h, j)) return undefined;
      lowK += (offsets?.[j] ?? 0) * (m.value - h);
      highK += (offsets?.[j] ?? 0) * (m.value + h);
    }
    if (!add(low, groupAt(at) ?? [], -(M.value + H), at) || !add(high, groupAt(at) ?? [], -Math.max(0, M.value - H), at)) return undefined;
    lowK -= (offsets?.[at] ?? 0) * (M.value + H);
    highK -= (offsets?.[at] ?? 0) * Math.max(0, M.value - H);
    const row = (terms: Map<number, number>, lo: number, hi: number): Row => ({
      ids: [...terms.keys()],
      coefs: [...terms.values()],
      lo,
      hi,
    });
    out.push(row(low, -Infinity, 1e-7 - lowK), ...(all ? [row(high, -1e-7 - highK, Infinity)] : []));
  }
  return out;
}

/**
 * red46: a weighted mean m (half h of its last digit) beside its sum over the same patients (read.ts `sumOverMean`):
 * the counts n (`sizes`) and the sum S (a count's variable, or printed within lo–hi) hold n·(m − h) ≤ S ≤ n·(m + h),
 * two rows; none where a count is no variable or the mean no plain number.
 */
function perSumRows(
  tie: NonNullable<TableRate['cells'][number]['perSum']>,
  text: string,
  vars: (cells: readonly [number, number][]) => number[],
): Row[] | undefined {
  const m = meanValue(text.trim());
  const ns = vars(tie.sizes);
  const sum = tie.sum ? vars([tie.sum])[0]! : undefined;
  if (!m || ns.some((v) => v < 0) || (sum !== undefined && sum < 0)) return undefined;
  const h = 0.5 * 10 ** -m.decimals;
  const row = (f: number, sign: number, lo: number, hi: number): Row => {
    const terms = new Map<number, number>();
    for (const v of ns) terms.set(v, (terms.get(v) ?? 0) + f);
    if (sum !== undefined) terms.set(sum, (terms.get(sum) ?? 0) - 1);
    return { ids: [...terms.keys()], coefs: [...terms.values()].map((x) => x * sign), lo, hi };
  };
  // n·(m − h) − S ≤ 0 and n·(m + h) − S ≥ 0; with S printed, n·(m − h) ≤ hi and n·(m + h) ≥ lo.
  return sum !== undefined
    ? [row(Math.max(0, m.value - h), 1, -Infinity, 1e-7), row(m.value + h, 1, -1e-7, Infinity)]
    : [row(Math.max(0, m.value - h), 1, -Infinity, tie.hi! + 1e-7), row(m.value + h, 1, tie.lo! - 1e-7, Infinity)];
}

/** A mean m (half h of its last digit) of the k counts `vars`: k·(m − h) ≤ their sum ≤ k·(m + h), whole numbers. */
function meanRow(vars: readonly number[], m: number, h: number, k: number): Row {
  const terms = new Map<number, number>();
  for (const v of vars) terms.set(v, (terms.get(v) ?? 0) + 1);
  return {
    ids: [...terms.keys()],
    coefs: [...terms.values()],
    lo: Math.ceil(k * (m - h) - 1e-9),
    hi: Math.floor(k * (m + h) + 1e-9),
  };
}

/**
 * A ratio r (half h of its last digit) of the count a over the count b (`vars`, means37): (r − h)·b ≤ a ≤ (r + h)·b,
 * two rows; none where a and b are one count (a ratio of 1 tells nothing of it).
 */
function ratioRows(vars: readonly number[], r: number, h: number): Row[] | undefined {
  const [a, b] = vars as [number, number];
  if (a === b) return undefined;
  return [
    { ids: [a, b], coefs: [1, -(r + h)], lo: -Infinity, hi: 0 },
    { ids: [a, b], coefs: [1, -Math.max(0, r - h)], lo: 0, hi: Infinity },
  ];
}

/**
 * The suppression under every other reading of a percentage table (`Table.otherReadings`: a sum or breakdown found
 * by arithmetic on integer percentages' ranges that can hold alone but not with those taken, `sum/not-taken`): an
 * attacker who takes it for the table's structure must not work a hidden count back either. Each reading is a system
 * of the same counts (system.ts `alternativeSystems`); where the proposal fails its audit, more is hidden there
 * (protection flows, `extend`) — hiding more never protects less, so the proposal still passes the readings before
 * and the table as read. Where no hiding protects under a reading, the table is refused naming it
 * (`percent/sum-unclear`). Each reading that made more hidden is reported (`sum/other-reading`, our reading).
 */
/**
 * Work the audits under other readings of percentage tables may take in all, counted as hidden counts × counts of the
 * system audited (an audit bounds each hidden count over the whole system), and the protection flows that hide more
 * there as twice the counts each (secondary.ts `Work`), not as time, so that what is checked does not depend on the
 * machine's load. About 3 s of audits on the shared 2 cores (100 lists of 16 integer percentages: one audit is about
 * 800 × 1,700); a table of 16 cells uses a few hundred. Past it, the first table's readings left are said unchecked
 * (the limit it would have alone); any other table's refuse the input (`percent/readings-unchecked`).
 */
export const OTHER_READINGS_WORK = 2_000_000;

function underOtherReadings(
  highs: Highs,
  tables: readonly Table[],
  alternatives: ReturnType<typeof alternativeSystems>,
  main: Built,
  req: AuditRequirement,
  proposal: Proposal,
  budget: number = OTHER_READINGS_WORK,
): { proposal: Proposal; warnings: Warning[]; error?: InputError } {
  const { systems, left, complete } = alternatives;
  const warnings: Warning[] = [];
  const hidden = new Set(proposal.hidden);
  const work: Work = { used: 0, limit: budget };
  let unchecked = 0;
  const cut = new Set<number>();
  const first = systems[0]?.table;
  for (const alt of systems) {
    if (work.used > work.limit) {
      unchecked++;
      if (alt.table !== first) cut.add(alt.table);
      continue;
    }
    work.used += hidden.size * alt.sys.vars.length;
    if (failing(highs, alt.sys, hidden, req).length === 0) continue;
    const before = hidden.size;
    const table = tables[alt.table]!;
    const other = alt.sums.filter((f) => table.otherReadings?.includes(f));
    const what = other.map((f) => readingText(table, f)).join('、');
    const where = readingPlace(table, other[0]!);
    // Where the protection flows find nothing more to hide, every count of the table that may be hidden is: where
    // even that fails, the reading's own equations bound a hidden count whatever is published.
    // `extend` is true exactly where the audit of the reading's system then passes, so its answer is not audited again.
    const trial = new Set(hidden);
    let passes: boolean;
    try {
      passes = extend(highs, alt.sys, req, trial, work);
      if (!passes) {
        for (const c of main.cellVar[alt.table]!) if (c >= 0 && alt.sys.vars[c]!.hideable) trial.add(c);
        work.used += trial.size * alt.sys.vars.length;
        passes = failing(highs, alt.sys, trial, req).length === 0 || extend(highs, alt.sys, req, trial, work);
      }
    } catch (e) {
      if (!(e instanceof OutOfWork)) throw e;
      // Past the budget within this reading: not checked (nothing of the trial kept).
      unchecked++;
      if (alt.table !== first) cut.add(alt.table);
      continue;
    }
    if (passes) for (const v of trial) hidden.add(v);
    else {
      return {
        proposal,
        warnings,
        error: {
          code: 'percent/sum-unclear',
          place: where,
          message: `表${table.number}: ${what}と読む読み方（表の式に入れた和の一部とは同時に成り立たないため、入れていない読み方。チェッカーの判断）をとると、この表の隠せるセルをすべて隠しても、その読み方の和だけで隠したセルが割り出せてしまいます（閾値未満と分かる場合を含みます）`,
          hint: '小計・合計なら字下げか「小計」「合計」で示し、別の項目なら見出しを改めるか、割合を小数第1位まで書いてください（人数が一つに決まり、読み分けられます）',
        },
      };
    }
    warnings.push({
      code: 'sum/other-reading',
      place: where,
      message: `表${table.number}: ${what}と読む読み方（表の式に入れた和の一部とは同時に成り立たないため、入れていない読み方）をとる読み手にも隠したセルが割り出せないよう、さらに ${hidden.size - before} 個の値を隠しました（チェッカーの判断）。小計なら字下げか「小計」で示すか、割合を小数第1位まで書くと、読み方が一つに決まります`,
    });
  }
  if (cut.size > 0)
    return {
      proposal,
      warnings,
      error: readingsUnchecked(
        tables,
        [...cut].sort((a, b) => a - b),
        'audits',
      ),
    };
  if (left > 0 || unchecked > 0 || !complete) {
    const many =
      left > 0
        ? `${MAX_READINGS + left} 通り以上あり、${MAX_READINGS} 通りを超える分`
        : unchecked > 0
          ? `多く、計算量の上限を超えた ${unchecked} 通り`
          : `多い（または表が ${MAX_READING_CELLS} セルを超える）ため、探索の上限を超えた分`;
    warnings.push({
      code: 'sum/other-reading',
      place: { line: tables[0]!.line, table: tables[0]!.number },
      message: `割合の表に、同時には成り立たない和の読み方の組み合わせが${many}は、その読み方で隠したセルが割り出せないかを確かめていません（チェッカーの判断）。小計は字下げか「小計」で示すか、割合を小数第1位まで書くと、読み方が一つに決まります`,
    });
  }
  if (hidden.size === proposal.hidden.size) return { proposal, warnings };
  const result = audit(highs, main.sys, hidden, req);
  return {
    proposal: {
      hidden,
      secondary: new Set([...hidden].filter((v) => !req.primary.has(v))),
      rounds: proposal.rounds,
      audit: result,
      passed: result.every((a) => a.protected),
      method: 'heuristic',
    },
    warnings,
  };
}

/**
 * Tables whose other readings the input's limits left unsearched or unaudited because the tables before them used
 * those limits (system.ts `alternativeSystems` `cut`, or the audits' work above): an attacker may take any of those
 * readings, and no suppression was shown to hold under them, so the input is refused naming the tables and what to
 * do — never passed as protected on readings it did not check.
 */
function readingsUnchecked(tables: readonly Table[], cut: readonly number[], what: 'searches' | 'audits'): InputError {
  const numbers = cut.map((t) => tables[t]!.number);
  const first = tables[cut[0]!]!;
  const named = tableNames(numbers);
  return {
    code: 'percent/readings-unchecked',
    place: { line: first.line, table: first.number },
    message:
      `割合（整数の%）だけの表が多く、同時には成り立たない和の読み方を${what === 'searches' ? '探す' : '確かめる'}計算が入力全体の上限に達したため、` +
      `${named}の読み方（和として扱っていない行の組を和と読む読み方）は${what === 'searches' ? '探していません' : 'すべては確かめていません'}（チェッカーの判断）。` +
      `その読み方をとる読み手にも隠したセルが割り出せないかを確かめられないため、判定しません`,
    hint: '一度に確かめる表を減らしてください。割合を小数第1位まで書くか、人数を併記すると（「8 (3.2%)」）、人数が一つに決まり、読み方も一つになって計算が少なくなります',
  };
}

/** A reading of a percentage table in words: 行「b・c」を行「b」「c」の和, 列「A」の行「x」「y」を内訳. */
function readingText(table: Table, sum: FoundSum): string {
  const kind = sum.axis === 'rows' ? '行' : '列';
  const headers = sum.axis === 'rows' ? table.rows : table.cols;
  const parts = sum.parts.map((p) => `${quote(headers[p]!.label)}`).join('');
  if (sum.header !== null) return `${kind}${quote(headers[sum.header]!.label)}を${kind}${parts}の和`;
  const k = sum.stated!.findIndex((x) => x !== undefined);
  const across = sum.axis === 'rows' ? table.cols : table.rows;
  return `${sum.axis === 'rows' ? '列' : '行'}${quote(across[k]!.label)}の${kind}${parts}を 100% の内訳`;
}

function readingPlace(table: Table, sum: FoundSum): Place {
  const headers = sum.axis === 'rows' ? table.rows : table.cols;
  if (sum.header === null) return { line: table.line, table: table.number };
  return sum.axis === 'rows'
    ? { line: table.cells[sum.header]![0]!.line, table: table.number, row: headers[sum.header]!.label }
    : { line: table.line, table: table.number, col: headers[sum.header]!.label };
}

/** Look-alike labels across tables (labels.ts), one warning per pair of tables: past 20 of a kind, counted in one line. */
function cappedLabelWarnings(tables: readonly Table[], together: (a: number, b: number) => boolean): Warning[] {
  const said = capWarnings(
    labelWarnings(tables, together),
    'labels/apart',
    (n, numbers) =>
      `ほかに ${n.toLocaleString('en-US')} 組の表（${tableNames(numbers)}と、その前の表）にも、似ていても同じ群とは読まなかった見出しがあります（推定）。同じ群なら見出しを同じ書き方にそろえて、もう一度確かめてください`,
  );
  return capWarnings(
    said,
    'labels/equated',
    (n, numbers) =>
      `ほかに ${n.toLocaleString('en-US')} 組の表（${tableNames(numbers)}と、その前の表）にも、書き方が違っても同じ群を指すと読んだ見出しがあります（推定）。別の群なら見出しを書き分けてください`,
  );
}

/**
 * attack26: what a check leaves open, said in every report (`scope/one-input`). The checker protects the tables of one
 * input together (every sum, shared label and base among them); a table of the same patients published elsewhere —
 * the same table's rows in another file checked on its own, the paper's text, an earlier report — is no equation it
 * knows: a table with its 合計 and a table of some of its rows, each checked alone, each pass, and together give every
 * hidden count back (attack26.test.ts). Said in plain words, with what to do: paste them together.
 */
function scopeWarning(tables: readonly Table[]): Warning {
  const which = tables.length === 1 ? '表1' : `表${tables.map((t) => t.number).join('・表')}`;
  return {
    code: 'scope/one-input',
    place: { line: tables[0]?.line ?? 1, table: tables[0]?.number ?? 1 },
    message:
      `確かめたのは、この入力に貼り付けた${which}だけです。秘匿は、これらの表の値どうしの関係（合計、同じ見出しの値、割合の分母など）を使う読み手に対して決め、監査しました。` +
      '同じ患者の数をほかにも公表するなら（論文のほかの表・本文、一部の行や群だけの表、別の発表や報告書）、それらも一緒に貼り付けて確かめてください。' +
      '別々に確かめると、それぞれは基準を満たしても、あわせると一方で秘匿した数がもう一方で公表した数から割り出せることがあります（例: 合計のある表と、その一部の行だけの表）。チェッカーの判断',
  };
}

/**
 * Small counts for which the check of the choice (aware.ts) found no fill at the threshold or more under which the
 * suppression hides the same cells, within its rounds: said, not refused (more cells are hidden already).
 */
function choiceOpen(
  tables: readonly Table[],
  sys: System,
  open: readonly number[],
  proved: boolean,
  more?: ChoicePreferred['more'],
): Warning {
  const names = open.slice(0, 6).map((v) => {
    const { table: t, id } = sys.vars[v]!.cells[0]!;
    const table = tables[t]!;
    const C = table.cols.length;
    return `表${table.number}の${quote(table.rows[Math.floor(id / C)]!.label)}・${quote(table.cols[id % C]!.label)}`;
  });
  const first = tables[sys.vars[open[0]!]!.cells[0]!.table]!;
  const cost =
    more === undefined
      ? ''
      : more.closed
        ? `隠すセルを ${more.hidden} 個に増やせば（この案より多く、失う情報が最も少ない案ではなくなります）これを避けられる見込みです。`
        : '';
  return {
    code: 'suppress/choice-open',
    place: { line: first.line, table: first.number },
    message:
      `秘匿した小さな数（${names.join('、')}${open.length > 6 ? ' など' : ''}）について、` +
      (proved
        ? '公表する表と矛盾しない値の組をすべて確かめましたが、その数が基準値以上で同じセルを隠すことになる組はありませんでした（確かめ済み：どの組でも秘匿の計算をやり直した結果です）。'
        : 'その数が基準値以上でも同じセルを隠すことになる値の組を見つけられませんでした（試しただけ：値の組をいくつか試したのみで、すべては確かめていません）。') +
      '秘匿の選び方を知る読み手には、どのセルを隠したかから基準値未満と推し量られるおそれがあります。' +
      cost +
      'ほかのセルも隠すか、区分をまとめることを検討してください（チェッカーの判断）',
    count: open.length,
  };
}

/** Say which tables were protected together. */
function linkWarnings(tables: readonly Table[], links: readonly Link[]): Warning[] {
  return links.map((l) => ({
    code: 'tables/linked',
    place: { line: tables.find((t) => t.number === l.tables[0])!.line, table: l.tables[0]! },
    message: `表${l.tables.join('・表')}は、${linkReason(l)}ため、まとめて秘匿を決め、監査しました`,
  }));
}

/**
 * Why tables were protected together, in words: the counts they share, and (stats44) the lines read as the largest or
 * smallest of another table's counts (read.ts `extremesAcross`), which share none (stats43 said 「共有…（1 個）」 there).
 */
function linkReason(l: Link): string {
  // means50: lines read as parts of another table's line of patients (system.ts `nestedAcross`).
  // means53: of them, lines whose label names another table's line as their whole (「入院中死亡」 in 「入院」).
  const whole =
    l.named === l.nested
      ? 'ほかの表の、見出しが全体として示す行・列'
      : l.named
        ? 'ほかの表の患者数、または見出しが全体として示す行・列'
        : 'ほかの表の患者数';
  const nested = l.nested ? `行・列（${l.nested} 本）を${whole}の内数（それ以下）として読んで結んだ（チェッカーの判断）` : '';
  if (nested && !l.extremes) return l.shared > 0 ? `同じ見出しの値を共有し（${l.shared} 個）、${nested}` : nested;
  if (!l.extremes) return `同じ見出しの値を共有している（${l.shared} 個）`;
  const word = l.extremes.how.map((h) => (h === 'max' ? '最大' : '最小')).join('・');
  const tied = `行・列（${l.extremes.lines} 本）をほかの表の数の${word}の値として読んで結んだ（チェッカーの判断）`;
  return l.shared > 0 ? `同じ見出しの値を共有し（${l.shared} 個）、${tied}` : tied;
}

/** Lines read as differences or running sums of others (system.ts `lineRelations`): our reading, said so. */
function relationWarnings(tables: readonly Table[], relations: readonly LineRelation[]): Warning[] {
  const name = (l: LineRelation['line']) => `表${l.table}の${l.axis === 'rows' ? '行' : '列'}${quote(l.label)}`;
  const placeOf = (r: LineRelation) => ({ line: tables.find((t) => t.number === r.line.table)!.line, table: r.line.table });
  const said: Warning[] = relations.slice(0, RELATION_WARNINGS).map((r) => ({
    code: 'lines/related',
    place: placeOf(r),
    message: r.near
      ? nearMessage(r, name)
      : r.how === 'difference'
        ? `${name(r.line)}は、どの位置でも${name(r.of[0]!)}と${name(r.of[1]!)}の差です。差からも秘匿した数が割り出せるため、その関係を式として加えて秘匿を決め、監査しました（推定）`
        : r.how === 'sum'
          ? `${name(r.line)}は、どの位置でも${r.of.map(name).join('・')}の和です。和からも秘匿した数が割り出せるため、その関係を式として加えて秘匿を決め、監査しました（推定）`
          : `${name(r.line)}は、${r.of.length > 1 ? `${r.of.map(name).join('・')}の和` : name(r.of[0]!)}の累積（順に足した和）です。累積からも秘匿した数が割り出せるため、その関係を式として加えて秘匿を決め、監査しました（推定）`,
  }));
  const rest = relations.length - said.length;
  if (rest > 0)
    said.push({
      code: 'lines/related',
      place: placeOf(relations[RELATION_WARNINGS]!),
      message: `ほかに${rest}件、行・列どうしの差・和・累積の関係を式として加えました（推定）`,
    });
  return said;
}

/**
 * whole72: a relation across tables holding in most positions, not all (system.ts `lineRelations`, `near`): taken
 * where it holds, said as the checker's estimate with the places where it does not and how to print it exactly.
 */
function nearMessage(r: LineRelation, name: (l: LineRelation['line']) => string): string {
  const near = r.near!;
  const other = near.axis === 'rows' ? '行' : '列';
  const what =
    r.how === 'difference'
      ? `${name(r.of[0]!)}と${name(r.of[1]!)}の差`
      : r.how === 'sum'
        ? `${r.of.map(name).join('・')}の和`
        : `${name(r.of[0]!)}の累積（順に足した和）`;
  const off = near.off.map(quote).join('・');
  return (
    `${name(r.line)}は、${near.places} か所のうち ${near.holds} か所で${what}です（${other}${off}では成り立ちません）。` +
    `関係と読む人は、成り立つ${other}から秘匿した数を割り出せるため、成り立つ${other}の関係を式として加えて秘匿を決め、監査しました（チェッカーの推定）。` +
    `関係でなければこのままで構いません。関係なら${off}の値を直すと、すべての${other}の式として正しく扱えます`
  );
}

/**
 * Lines whose differences, sums and running sums were not all searched (system.ts `lineRelations` past its work
 * budget): the checker's judgement, said with what it leaves open and how to make the input smaller.
 */
function unsearchedWarnings(tables: readonly Table[], groups: readonly LineGroup[]): Warning[] {
  const said: Warning[] = [];
  for (const why of ['work', 'lines', 'near', 'sums'] as const) {
    const these = groups.filter((g) => g.why === why);
    if (these.length === 0) continue;
    const first = these[0]!;
    const lines = these.reduce((n, g) => n + g.lines, 0);
    const named = [...new Set(these.flatMap((g) => g.tables))].sort((x, y) => x - y);
    const limit =
      why === 'sums'
        ? `3本以上の和（他の表の行・列の和に等しい行・列）を探す上限（1本 ${SET_NODES.toLocaleString('en-US')} 回・1組 ${SET_NODES_GROUP.toLocaleString('en-US')} 回の試し、1本 ${MAX_LINE_SETS} 通りの和）に達したため`
        : why === 'near'
          ? `1か所だけ合わない3本以上の和（ほぼ成り立つ和）を探す上限（1組 ${NEAR_NODES_GROUP.toLocaleString('en-US')} 回）に達したため`
          : why === 'work'
            ? `同じ値の行・列が多く、差・和・累積の関係の探索が上限（比べる値 ${LINE_WORK.toLocaleString('en-US')} 個、式 ${LINE_EQUATIONS.toLocaleString('en-US')} 本）に達したため`
            : `同じ位置（見出し）を持つ行・列が多く、差を探す上限（1組 ${Math.floor((1 + Math.sqrt(1 + 8 * LINE_PAIRS)) / 2).toLocaleString('en-US')} 本）か、3本以上の和を探す上限（1組 ${SET_LINES} 本）を超えたため`;
    said.push({
      code: 'lines/not-searched',
      place: { line: tables.find((t) => t.number === first.tables[0])!.line, table: first.tables[0]! },
      message:
        `${tableNames(named)}の行・列（${lines} 本）は、` +
        `${limit}、すべては探していません。探していない関係（ある行・列が他の2本の差や和であること）から秘匿した数が割り出せるかは確かめていません（チェッカーの判断）。` +
        `表を分けて確かめるか、同じ値を繰り返す行・列をまとめてください`,
    });
  }
  return said;
}

/**
 * Searches for links between tables that a bound of ours cut short (system.ts `Built.cut`, linked35): a title's or
 * corner's names among the lines of a long table, and numbered ranges regrouped in another table (「Grade 1-2」 beside
 * 「Grade 1」「Grade 2」, 「20-39歳」 beside 「20代」「30代」). Said, with what it leaves open: a link not searched may be
 * one a reader sees, and a hidden count it gives back is not ruled out (the checker's judgement).
 */
function cutWarnings(tables: readonly Table[], cut: readonly LinkCut[]): Warning[] {
  if (cut.length === 0) return [];
  // Once per input (linked37): the searches cut short, each in its words, the tables of all of them named once.
  const whats = cut.map((c) => {
    const n = c.limit.toLocaleString('en-US');
    const what =
      c.search === 'others'
        ? `「その他」の行・列が別の表のどの行・列をまとめたものかは、${c.why === 'lines' ? `行・列か位置が ${n} を超える表については` : `照合が上限（比べる値 ${n} 個）に達し、残りは`}探していません`
        : c.search === 'named'
          ? `表の題名・左上の見出しが他の表の行・列を名指ししているか（「男性の内訳」など）は、項目が ${n} 本を超える表については探していません`
          : c.why === 'lines'
            ? `番号の付いた区分（年齢・Grade・Stage・年・年度・回・月）を別の表がまとめ直しているか（「Grade 1-2」と「Grade 1」「Grade 2」など）は、区分か位置が ${n} を超える行・列については探していません`
            : `番号の付いた区分（年齢・Grade・Stage・年・年度・回・月）を別の表がまとめ直しているかの照合が上限（比べる値 ${n} 個）に達し、残りは探していません`;
    return cut.length > 1 ? `${tableNames(c.tables)}：${what}` : what;
  });
  const all = [...new Set(cut.flatMap((c) => c.tables))].sort((a, b) => a - b);
  return [
    {
      code: 'links/not-searched',
      place: { line: tables.find((t) => t.number === all[0])!.line, table: all[0]! },
      message:
        `${tableNames(all)}：${whats.join('。')}。その結びつき（一方の表の数が他方の表の数の和であること）から秘匿した数が割り出せるかは確かめていません（チェッカーの判断）。` +
        `表を分けるか行・列を減らして確かめてください`,
    },
  ];
}

/**
 * A line that is the difference of two others in all positions but one (system.ts `lineRelations`, `almost`), with a
 * count of the three lines hidden: a reader takes it for the difference with a slip and works the hidden count back
 * where it holds (20 − 17 = 3), yet it is no equation the checker can use. Refused, naming the lines and the place
 * where it does not hold, as a total with a slip is (`total/almost`).
 */
function almostRelations(tables: readonly Table[], almost: readonly AlmostRelation[], hidden: (v: number) => boolean): InputError[] {
  const name = (l: AlmostRelation['line']) => `表${l.table}の${l.axis === 'rows' ? '行' : '列'}${quote(l.label)}`;
  const out: InputError[] = [];
  const said = new Set<string>();
  for (const r of almost) {
    if (!r.vars.some(hidden)) continue;
    const key = `${r.line.table}:${r.line.axis}:${r.line.label}`;
    if (said.has(key)) continue;
    said.add(key);
    const other = r.slip.axis === 'rows' ? '行' : '列';
    out.push({
      code: 'lines/almost',
      message:
        `${name(r.line)}は、${other}${quote(r.slip.label)}を除くすべての${other}（${r.holds} か所）で${name(r.of[0]!)}と${name(r.of[1]!)}の差です` +
        `（${quote(r.slip.label)}では ${r.slip.value}、差は ${r.slip.expected}）。差と読む人は、差の成り立つ${other}から秘匿した数を引き算で割り出せます（チェッカーの判断）`,
      hint: `差なら${quote(r.slip.label)}の値を直してください（差の関係は式として秘匿に加えます）。差でなければ、これらの行・列を別々に確かめるか、秘匿する数が差から割り出せないよう表を分けてください`,
      place: {
        line: tables.find((t) => t.number === r.line.table)!.line,
        table: r.line.table,
        ...(r.line.axis === 'rows' ? { row: r.line.label } : { col: r.line.label }),
      },
    });
  }
  return out;
}

/**
 * rel73: a small count a relation with a line read as the rows' N (「例数」 beside 「対照」, `count/sizes`: published
 * constants) gives back exactly — the steps of a running sum of A群 printed as 「例数」 — cannot be protected by hiding
 * (no N is hidden): refused, naming the line, the count and what to print instead.
 */
function constantPins(tables: readonly Table[], sys: System, pins: readonly ConstantPin[], primary: ReadonlySet<number>): InputError[] {
  const out: InputError[] = [];
  const said = new Set<number>();
  for (const p of pins) {
    if (!primary.has(p.var) || said.has(p.var)) continue;
    said.add(p.var);
    const cell = sys.vars[p.var]!.cells[0];
    if (!cell) continue;
    const table = tables[cell.table]!;
    const row = Math.floor(cell.id / table.cols.length);
    const col = cell.id % table.cols.length;
    const kind = p.line.axis === 'rows' ? '行' : '列';
    const place = `表${table.number}の行${quote(table.rows[row]!.label)}・列${quote(table.cols[col]!.label)}`;
    if (p.header) {
      // rel74: Ns written in headers (「A群 (N=40)」), compared as a line of constants.
      out.push({
        code: 'lines/constant',
        message:
          `${p.line.label}（見出しに書かれた患者数）を、秘匿できない公表の数の並びと読みました（チェッカーの判断）。その並びが表${table.number}の行・列と差・和・累積の関係にあり（チェッカーの推定）、` +
          `見出しの N から${place}の ${p.value} がそのまま決まります。見出しの N は秘匿を提案できないため、この数を守れません`,
        hint: '見出しの N が累積や別の時点・集団の N で、差から本文の数が分かるなら、見出しから N を外すか（外した N は本文にも書かないでください）、群や時点をまとめて差が閾値以上になるようにしてください',
        place: { line: table.line, table: table.number, row: table.rows[row]!.label, col: table.cols[col]!.label },
      });
      continue;
    }
    out.push({
      code: 'lines/constant',
      message:
        `表${p.line.table}の${kind}${quote(p.line.label)}は${p.line.axis === 'rows' ? '列' : '行'}ごとの患者数（N）と読みましたが（チェッカーの判断）、表${table.number}の行・列と差・和・累積の関係にあり（チェッカーの推定）、` +
        `その値から表${table.number}の行${quote(table.rows[row]!.label)}・列${quote(table.cols[col]!.label)}の ${p.value} がそのまま決まります。N として読んだ数は秘匿を提案できないため、この数を守れません`,
      hint: `${quote(p.line.label)}が累積や差なら、公表する表から除いてください。患者数（N）なら、内訳を漏れなく書いて${quote(p.line.label)}が内訳の和になるようにしてください（和なら秘匿を提案できます）`,
      place: {
        line: table.line,
        table: table.number,
        row: table.rows[row]!.label,
        col: table.cols[col]!.label,
      },
    });
  }
  return out;
}

/** Relations said one by one; the rest are counted in one more line. */
const RELATION_WARNINGS = 20;

/**
 * Bare percentages whose count the checker cannot know — no N written for them, none printed by a count table, and
 * not percentages of a count table's cells: 10.0% may be 3 patients of 30, so the table cannot be judged (exit 2),
 * rather than passed as having nothing to hide.
 */
function unexplainedPercentages(
  highs: Highs,
  tables: readonly Table[],
  cellVar: number[][],
  threshold: number,
): { errors: InputError[]; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const errors = tables.flatMap((table, t) => {
    const cells = table.cells.flat().filter((c) => c.value.kind === 'percent' && cellVar[t]![c.row * table.cols.length + c.col]! < 0);
    if (cells.length === 0) return [];
    // notes44: columns of shares left without N beside a note's N (「※A群 N=30」 over A群 and B群), one table alone.
    // notes46: beside other tables too, where none shares a label with it (no group, no line read across tables).
    // notes50: sharing one, refused saying which table and label (a line read across tables: notes50-across.ts).
    const shared = table.noteN ? sharedLabel(tables, table) : undefined;
    const unknown = table.noteN && !shared ? unknownNColumns(highs, table, cells) : undefined;
    if (unknown && unknown.every((u) => u.least >= threshold)) {
      for (const u of unknown)
        warnings.push({
          code: 'percent/no-denominator',
          place: { table: table.number, line: table.line, col: table.cols[u.col]!.label },
          message:
            `表${table.number}の列${quote(table.cols[u.col]!.label)}の割合には N が書かれていません。どの割合も整数人になる最小の N（${u.n}）でも、` +
            `どの割合も ${u.least} 人以上を示し（N が大きければ人数も大きい）、閾値 ${threshold} 未満の数を示していないと判断して、秘匿の式には入れずにそのまま読みました（チェッカーの判断）。` +
            `この列の N も注に「${normalise(table.cols[u.col]!.label).trim()} N=…」と書けば、その N で確かめます`,
        });
      return [];
    }
    const named = unknown !== undefined || shared !== undefined;
    // A bare number in brackets on the header of a cell left without N (「A群（28）」) was not read as its N
    // (sizes.ts readBracketNs): some percentage under it is no whole count of it, or the axis was unclear.
    const bracketed = cells
      .flatMap((x) => [table.cols[x.col]!, table.rows[x.row]!])
      .map((h) => ({ h, m: SIZE_IN_BRACKETS.exec(normalise(h.label)) }))
      .find((x) => x.m !== null);
    const c = bracketed ? cells.find((x) => table.cols[x.col] === bracketed.h || table.rows[x.row] === bracketed.h)! : cells[0]!;
    const [row, col] = [table.rows[c.row]!.label, table.cols[c.col]!.label];
    const why = bracketed
      ? `見出し${quote(bracketed.h.label)}の括弧内の ${bracketed.m![1]} は、その下（横）の割合がどれもその人数の整数人になるとは限らない（または行と列のどちらの分母か読み分けられない）ため、分母とは読みませんでした。`
      : shared
        ? `表${shared.table}も${quote(shared.label)}を持ちます。表をまたいで同じ${shared.axis}を読む人（表${shared.table}の${shared.axis}${quote(shared.label)}の数の和が表${table.number}の同じ${shared.axis}の人数の和なら）は、N のない列の N と人数を引き算で割り出し、秘匿した数に届くことがあるため、注の N だけでは N のない列を読みません（チェッカーの判断）。`
        : '';
    return [
      {
        code: 'percent/no-denominator',
        place: { table: table.number, line: c.line, row, col },
        message: `表${table.number}の割合 ${cells.length} 個に分母（N）がありません（最初は行${quote(row)}・列${quote(col)}の ${c.text.trim()}）。${why}分母が分からないと、割合が閾値未満の患者数を示していないかを判定できません`,
        hint: bracketed
          ? `分母なら${quote(`${normalise(bracketed.h.label).replace(SIZE_IN_BRACKETS, '')} (N=${bracketed.m![1]})`)}の形で書き、割合がその人数に対して正しいか確かめてください。番号なら括弧を外すか、見出しに「(N=…)」で分母を書いてください`
          : named
            ? `表の下の注にほかの列の N があるのと同じに、列${quote(col)}の N も注に「${normalise(col).trim()} N=…」と書くか、見出しに「${normalise(col).trim()} (N=…)」と書いてください${shared ? '' : '（N がなくても、どの割合も閾値以上の人数を示すと割合から分かる列は、そのまま読みます）'}`
            : '列か行の見出しに「投与群 (N=250)」、表題に「(N=250)」の形で分母を書くか、同じ見出しの件数の表も一緒に貼り付けてください',
      },
    ];
  });
  return { errors, warnings };
}

/**
 * notes46: the first other table naming a line or a group of `table` (a label in common, read in either axis), and that
 * label as `table` writes it; undefined where none does (notes50: said with the refusal).
 */
function sharedLabel(tables: readonly Table[], table: Table): { table: number; label: string; axis: string } | undefined {
  const key = (l: string) =>
    normalise(l)
      .replace(/\s+/g, '')
      .replace(/[(（][^()（）]*[)）]$/u, '');
  const own = new Map<string, { label: string; axis: string }>();
  for (const [hs, axis] of [
    [table.rows, '行'],
    [table.cols, '列'],
  ] as const)
    for (const h of hs) if (key(h.label) !== '' && !own.has(key(h.label))) own.set(key(h.label), { label: h.label, axis });
  for (const t of tables) {
    if (t === table) continue;
    const h = [...t.rows, ...t.cols].find((x) => own.has(key(x.label)));
    if (h) return { table: t.number, ...own.get(key(h.label))! };
  }
  return undefined;
}

/**
 * notes44: the columns of bare shares a note's N left without N (`cells`, every one of each column, the table's other
 * cells counts or shares of a read N): per column the least N every share of it fits (rounded or cut, cell.ts
 * `baseRange`) and the least count any share can stand for, ⌈(p − h)·N⌉ at that N — a larger N gives each share a larger
 * count (c ≥ (p − h)·N), so no count under it is shown whatever the column's N. Undefined where the cells are not whole
 * columns of shares adding up to 100% (within rounding), or an equation ties the column to others (a total column, a
 * column that is a sum, sums across tables or rates), through which its N could come back. notes46: a total line
 * (「合計 100.0%」) and lines that are sums of lines (subtotals) tie a column's shares to its own N only: read, the
 * leaves adding up to 100% and each total line's share 100% (within rounding); the least count over every share.
 */
function unknownNColumns(highs: Highs, table: Table, cells: readonly Cell[]): { col: number; n: number; least: number }[] | undefined {
  if (totalIndex(table, 'cols') !== undefined || table.sums.some((s) => s.axis === 'cols')) return undefined;
  if ((table.crossSums?.length ?? 0) > 0 || (table.unions?.length ?? 0) > 0 || (table.rates?.length ?? 0) > 0) return undefined;
  // notes49: a column that may be a sum of others (実薬計 beside 低用量 and 高用量, no label saying so) ties a column
  // with no N to the others: a reader who finds its N works a hidden count back as the difference of two shown ones.
  if (mayBeColumnSum(highs, table)) return undefined;
  // Rows that are sums of rows (a total line, subtotals): left out of the 100% of the leaves.
  const summed = new Set<number>([
    ...table.rows.flatMap((h, i) => (h.kind === 'total' ? [i] : [])),
    ...table.sums.flatMap((s) => (s.axis === 'rows' && s.header !== null ? [s.header] : [])),
  ]);
  if (table.sums.some((s) => s.axis === 'rows' && s.header === null)) return undefined;
  const total = totalIndex(table, 'rows');
  const cols = [...new Set(cells.map((c) => c.col))];
  const out: { col: number; n: number; least: number }[] = [];
  for (const j of cols) {
    const column = table.cells.map((r) => r[j]);
    if (column.some((c) => c === undefined || !cells.includes(c))) return undefined;
    const shares = column.map((c) => c!.value as PercentValue);
    const half = (v: PercentValue) => 0.5 * 10 ** -v.decimals;
    const leaves = shares.filter((_, i) => !summed.has(i));
    const sum = leaves.reduce((a, v) => a + v.percent, 0);
    if (Math.abs(sum - 100) > leaves.reduce((a, v) => a + 2 * half(v), 0) + 1e-9) return undefined;
    if (total !== undefined && Math.abs(shares[total]!.percent - 100) > 2 * half(shares[total]!) + 1e-9) return undefined;
    // A whole count c of m with p − h ≤ 100c/m ≤ p + 2h (rounded or cut; closed, so the least m is no larger than it is).
    const fits = (v: PercentValue, m: number) => {
      const c = Math.max(0, Math.ceil(((v.percent - half(v)) * m) / 100 - 1e-9));
      return 100 * c <= (v.percent + 2 * half(v)) * m + 1e-9;
    };
    let n = 0;
    for (let m = 1; m <= 100000 && n === 0; m++) if (shares.every((v) => fits(v, m))) n = m;
    if (n === 0) return undefined;
    const least = Math.min(...shares.map((v) => Math.ceil((Math.max(0, v.percent - half(v)) * n) / 100 - 1e-9)));
    out.push({ col: j, n, least: Math.max(0, least) });
  }
  return out;
}

/**
 * notes49: whether some column of `table` may be the sum of two or more others, read from the shares alone (each
 * column's shares, or its counts over their sum): a sum's shares are the others' weighted by their Ns (w_j = N_j/N,
 * the same in every line, adding up to 1). Each share is taken as the interval it may round or cut from
 * ([p − h, p + 2h]); some one set of weights must fit every line at once. notes50: for three or more columns too (notes49
 * asked each line alone to lie within theirs, a weight of its own per line: 14 of 40 innocent tables of four or five
 * groups refused for it, notes50-families.ts `four-cols`): a linear feasibility in the weights (`weightsFit`), so
 * necessary still — a column whose shares some weights fit is said to be a possible sum though it may be none. Known Ns
 * pin the weights (w_j = N_j/N_s; with N_s unknown, w_j/w_k = N_j/N_k) and, with no column of unknown N among the
 * parts, the sum (N_s = ΣN_j). Columns of anything else are left out. The lines that are sums of lines are left out
 * (their share is 100% in every column). notes52: where the weights fit, whole counts must too (`wholeSumFits`).
 */
function mayBeColumnSum(highs: Highs, table: Table): boolean {
  const summed = new Set<number>([
    ...table.rows.flatMap((h, i) => (h.kind === 'total' ? [i] : [])),
    ...table.sums.flatMap((s) => (s.axis === 'rows' && s.header !== null ? [s.header] : [])),
  ]);
  const rows = table.rows.map((_, i) => i).filter((i) => !summed.has(i));
  const cols: { lo: number; hi: number }[][] = [];
  const ns: (number | undefined)[] = [];
  for (let j = 0; j < table.cols.length; j++) {
    const column = rows.map((i) => table.cells[i]?.[j]?.value);
    if (column.every((v) => v?.kind === 'percent')) {
      ns.push(table.cols[j]!.denominator);
      cols.push(
        column.map((v) => {
          const p = v as PercentValue;
          const h = 0.5 * 10 ** -p.decimals;
          return { lo: p.percent - h, hi: p.percent + 2 * h };
        }),
      );
    } else if (column.every((v) => v?.kind === 'count')) {
      const total = column.reduce((a, v) => a + (v as { n: number }).n, 0);
      if (total <= 0) continue;
      ns.push(total);
      cols.push(column.map((v) => ({ lo: (100 * (v as { n: number }).n) / total, hi: (100 * (v as { n: number }).n) / total })));
    }
  }
  for (let s = 0; s < cols.length; s++) {
    const others = cols.map((_, j) => j).filter((j) => j !== s);
    const known = others.filter((j) => ns[j] !== undefined);
    const unknown = others.filter((j) => ns[j] === undefined);
    const nsum = ns[s];
    // Each set of the known-N columns among the parts (the others' weights 0); the unknown-N ones free (≥ 0).
    for (let mask = 0; mask < 1 << known.length; mask++) {
      const parts = known.filter((_, k) => mask & (1 << k));
      if (parts.length + unknown.length < 2) continue;
      const partsN = parts.reduce((a, j) => a + ns[j]!, 0);
      if (nsum !== undefined && (unknown.length === 0 ? partsN !== nsum : partsN >= nsum)) continue;
      const vars = [...parts, ...unknown];
      const eq: { a: number[]; b: number }[] = [{ a: vars.map(() => 1), b: 1 }];
      if (nsum !== undefined) parts.forEach((j, k) => eq.push({ a: vars.map((_, l) => (l === k ? 1 : 0)), b: ns[j]! / nsum }));
      else
        for (let k = 1; k < parts.length; k++)
          eq.push({ a: vars.map((_, l) => (l === 0 ? ns[parts[k]!]! : l === k ? -ns[parts[0]!]! : 0)), b: 0 });
      const le: { a: number[]; b: number }[] = [];
      rows.forEach((_, i) => {
        le.push({ a: vars.map((j) => cols[j]![i]!.lo), b: cols[s]![i]!.hi });
        le.push({ a: vars.map((j) => -cols[j]![i]!.hi), b: -cols[s]![i]!.lo });
      });
      if (
        weightsFit(highs, vars.length, eq, le) &&
        wholeSumFits(
          highs,
          cols[s]!,
          nsum,
          vars.map((j) => ({ shares: cols[j]!, n: ns[j] })),
        )
      )
        return true;
    }
  }
  return false;
}

/**
 * notes52: the work `wholeSumFits` may take (deterministic: work.ts, and HiGHS' nodes, its ticks per node being few on
 * so small a model); not settled by then, said to fit.
 */
const WHOLE_SUM_SECONDS = 0.01;
const WHOLE_SUM_NODES = 50;

/**
 * notes52: whether whole counts may make `sum` the sum of `parts` — a part of unknown N taken or left (its N 0): N_s =
 * ΣN_j and, in every line, c_s = Σc_j, each count within its share's interval of its column's N (c ≥ lo·N/100,
 * c ≤ hi·N/100; a known N fixed, the others whole numbers ≥ 0, N_s ≥ 1). A MIP in HiGHS, asked only where the weights
 * fit (`weightsFit`, its relaxation, w_j = N_j/N_s): it refutes sums that no whole-number table makes (「65.9%」 of an
 * N under 23, notes50 `four-cols` of two lines whose shares lie between others'), so a table of the sum is never read
 * by it. Not settled within `WHOLE_SUM_SECONDS` or `WHOLE_SUM_NODES`: said to fit (refused, as before).
 */
function wholeSumFits(
  highs: Highs,
  sum: readonly { lo: number; hi: number }[],
  nsum: number | undefined,
  parts: readonly { shares: readonly { lo: number; hi: number }[]; n: number | undefined }[],
): boolean {
  const lines = sum.length;
  // Columns: N_s, c_s (lines), then per part N_j and c_j (lines).
  const cols = (1 + lines) * (1 + parts.length);
  const at = (k: number) => k * (1 + lines); // the N of column k (0: the sum)
  const lower = new Array<number>(cols).fill(0);
  const upper = new Array<number>(cols).fill(highs.infinity);
  if (nsum !== undefined) lower[0] = upper[0] = nsum;
  else lower[0] = 1;
  parts.forEach((p, k) => {
    if (p.n !== undefined) lower[at(k + 1)] = upper[at(k + 1)] = p.n;
  });
  const rows: { idx: number[]; val: number[]; lo: number; hi: number }[] = [];
  [sum, ...parts.map((p) => p.shares)].forEach((shares, k) =>
    shares.forEach((x, i) => {
      rows.push({ idx: [at(k) + 1 + i, at(k)], val: [1, -x.lo / 100], lo: 0, hi: highs.infinity });
      rows.push({ idx: [at(k) + 1 + i, at(k)], val: [1, -x.hi / 100], lo: -highs.infinity, hi: 0 });
    }),
  );
  for (let i = 0; i <= lines; i++) {
    // i = 0: N_s = ΣN_j; else line i's counts.
    const idx = [i, ...parts.map((_, k) => at(k + 1) + i)];
    rows.push({ idx, val: [1, ...parts.map(() => -1)], lo: 0, hi: 0 });
  }
  const { starts, indices, values } = csr(rows.map((r) => ({ cols: r.idx, coefs: r.val })));
  const model: LpModel = highs.createModel({
    numCols: cols,
    numRows: rows.length,
    colCost: new Array<number>(cols).fill(0),
    colLower: lower,
    colUpper: upper,
    rowLower: rows.map((r) => r.lo),
    rowUpper: rows.map((r) => r.hi),
    matrix: { format: 'csr', numRows: rows.length, numCols: cols, starts, indices, values },
    integrality: new Array(cols).fill(highs.constants.variableType.integer),
  });
  try {
    model.options.set({
      output_flag: false,
      mip_heuristic_run_feasibility_jump: false,
      presolve: 'off',
      mip_heuristic_effort: 0,
      mip_max_nodes: WHOLE_SUM_NODES,
    });
    runMip(highs, model, workAfter(WHOLE_SUM_SECONDS), undefined, {}, 'whole-sum-mip');
    return model.getModelStatus() !== highs.constants.modelStatus.infeasible;
  } finally {
    model.dispose();
  }
}

/**
 * notes50: whether some x ≥ 0 (n of them) meets every `eq` (a·x = b) and `le` (a·x ≤ b): an LP of no objective in
 * HiGHS (simplex, HiGHS' feasibility tolerance; its work counted, work.ts `runLp`). notes52: HiGHS instead of a
 * phase-one simplex of our own beside it. Any status but infeasible (not settled) is said to fit: a possible sum
 * refuses, never reads.
 */
export function weightsFit(
  highs: Highs,
  n: number,
  eq: readonly { a: readonly number[]; b: number }[],
  le: readonly { a: readonly number[]; b: number }[],
): boolean {
  const rows = [...eq, ...le];
  const { starts, indices, values } = csr(rows.map((r) => ({ cols: r.a.map((_, j) => j), coefs: r.a })));
  const model: LpModel = highs.createModel({
    numCols: n,
    numRows: rows.length,
    colCost: new Array<number>(n).fill(0),
    colLower: new Array<number>(n).fill(0),
    colUpper: new Array<number>(n).fill(highs.infinity),
    rowLower: rows.map((r, i) => (i < eq.length ? r.b : -highs.infinity)),
    rowUpper: rows.map((r) => r.b),
    matrix: { format: 'csr', numRows: rows.length, numCols: n, starts, indices, values },
  });
  try {
    model.options.set({ output_flag: false, solver: 'simplex', presolve: 'off' });
    runLp(model, 'weights-lp');
    return model.getModelStatus() !== highs.constants.modelStatus.infeasible;
  } finally {
    model.dispose();
  }
}

/**
 * A bare number closing a label that is neither the group's N nor a numbering (read.ts `bracketNumbers`): 「死亡（3）」
 * reads as 3 deaths, a small count published in the label that no cell checks; 「死亡 3」 alike. Refused under the
 * threshold, naming the label and how to write it. One in brackets at the threshold or over (「死亡（12）」 over a row
 * of 37) is refused too: a reader who takes it for the count of the line, or of some of its cells, works the hidden
 * cells back from it (12 − the cells published); in a percentage table only where its cells have an N otherwise
 * (the table's, or the other axis's; without one, the table is refused as having no N, saying how to write
 * 「(N=…)」). A number after a space at the
 * threshold or over (「年齢 65」「BMI 25」), and a year in brackets (「調査（2020）」), are left in the label.
 */
/**
 * Shares in words that narrow a count of a published N to fewer values than the threshold, strictly inside it
 * (「A群の半数が死亡」 of A群's 100: 50; read.ts `ShareFact`), where a count they may stand for is hidden: the line of the
 * group the words name, else the table of a title's, corner's or label's share, else every table for a note's. A
 * reader who takes the share for the hidden count (50 hidden beside B群's 3 under a published row total) works the
 * small one back (53 − 50 = 3; words9: the checker hid it as a complement, exit 0). Refused (`line/share`), naming the
 * share and the hidden cells: which count the words mean is our guess (チェッカーの判断), so any hidden in scope is.
 */
function sharesOverHidden(facts: readonly ShareFact[], tables: readonly TableResult[], threshold: number): InputError[] {
  const errors: InputError[] = [];
  for (const f of facts) {
    const hidden: string[] = [];
    for (const { table, status } of tables) {
      if (f.table !== undefined && table.number !== f.table) continue;
      const lines = f.lines?.filter((l) => l.table === table.number);
      if (f.lines && lines!.length === 0) continue;
      status.forEach((s, id) => {
        if (s === 'published') return;
        const r = Math.floor(id / table.cols.length);
        const k = id % table.cols.length;
        if (lines && !lines.some((l) => (l.axis === 'rows' ? l.index === r : l.index === k))) return;
        hidden.push(`表${table.number}の${quote(table.rows[r]!.label)}・${quote(table.cols[k]!.label)}`);
      });
    }
    if (hidden.length === 0) continue;
    const said = f.lo === f.hi ? `${f.lo}人` : `${f.lo}〜${f.hi}人`;
    errors.push({
      code: 'line/share',
      message:
        `${f.where}の${quote(f.written)}は、${f.n === 0 ? 'その行（列）の各セルが、それぞれの人数に対して示す割合' : `N ${f.n} のうち${said}`}と読めます（チェッカーの判断）。秘匿するセル（${hidden.slice(0, 3).join('、')}${hidden.length > 3 ? ` ほか ${hidden.length - 3} 個` : ''}）の数をこの割合から読み取られると、` +
        `合計との差から閾値 ${threshold} 未満の数が割り出せるおそれがあります`,
      hint: '割合の言葉（「半数」「二割」など）も N から人数が分かります。表の内訳なら表の行として書いて確かめ、そうでなければ注や題名から除いてください',
      place: { line: f.line, table: f.table ?? 0 },
    });
  }
  return errors;
}

function labelNumbers(tables: readonly Table[], threshold: number, zeroExempt: boolean): InputError[] {
  const errors: InputError[] = [];
  for (const table of tables) {
    for (const [axis, headers, across] of [
      ['行', table.rows, table.cols],
      ['列', table.cols, table.rows],
    ] as const) {
      // In a percentage table, whether the cells under (beside) these headers have an N otherwise.
      const stated = table.denominator !== undefined || across.some((h) => h.denominator !== undefined);
      for (const [i, h] of headers.entries()) {
        if (
          h.numberingSum &&
          h.denominator !== undefined &&
          h.denominator < threshold &&
          numberingPins(table, axis, i, h.denominator, zeroExempt)
        ) {
          const n = h.denominator;
          errors.push({
            code: 'header/count',
            message: `表${table.number}の${axis}${quote(h.label)}の見出しの番号 ${n} は、その${axis}の数の和と同じです（チェッカーの判断）。番号を件数と読む人には、その${axis}の数が合わせて ${n}（閾値 ${threshold} 未満）と読め、隠したセルが割り出せるか、閾値未満だと分かります`,
            hint: `番号なら「No.${n} ${normalise(h.label).replace(SIZE_IN_BRACKETS, '')}」のように前に出すか、括弧を外してください`,
            place: {
              line: axis === '行' ? (table.cells[i]?.[0]?.line ?? table.line) : table.line,
              table: table.number,
              ...(axis === '行' ? { row: h.label } : { col: h.label }),
            },
          });
          continue;
        }
        const n = h.bracketNumber;
        if (n === undefined || (n === 0 && zeroExempt)) continue;
        const small = n < threshold;
        // A year in brackets (「調査（2020）」) is left in the label.
        const year = n >= 1900 && n <= 2099;
        // A number after a space at the threshold or over (「年齢 65」「BMI 25」) stays a label, but not where it is the sum
        // of some of the line's cells with a small one among them (「死亡 12」 over 3, 9 and 25): a reader who takes it
        // for their count works the small one back (12 − 9 = 3).
        const parts =
          !small && h.numberAfterSpace && table.kind === 'count' ? smallPart(table, axis, i, n, threshold, zeroExempt) : undefined;
        if (!small && ((h.numberAfterSpace && !parts) || year || (table.kind === 'percent' && !stated))) continue;
        const name = h.numberAfterSpace
          ? normalise(h.label).replace(/(?<!\s)\s*(?<![\d,])[\d,]+$/, '')
          : normalise(h.label).replace(SIZE_IN_BRACKETS, '');
        const where = `表${table.number}の${axis}${quote(h.label)}`;
        const what = h.numberAfterSpace ? '見出しの最後の数' : '見出しの括弧内の数';
        const reason = small
          ? `件数なら、閾値 ${threshold} 未満の数を見出しにそのまま示していることになります`
          : parts
            ? `件数と読む人には、${parts.map((p) => `${quote(across[p.at]!.label)}の ${p.value}`).join('、')} の和と読め、閾値未満のセルが「${n} − ほかのセル」から割り出せます`
            : `件数と読む人には、その${axis}（またはその一部のセル）の数が ${n} と読め、隠したセルが「${n} − 公表した数」から割り出せます`;
        const nWhy = h.numberAfterSpace
          ? `${table.kind === 'count' ? '人数なら内訳の和以上' : '割合の表では空白の後の数を人数とは読みません'}。段階や番号なら「Grade 3」「第 3」のような語が前にあるか、（1）から他の見出しにも続く番号があるはずです`
          : table.kind === 'count'
            ? `人数なら内訳の和以上、番号なら（1）から他の見出しにも続く番号があるはずです`
            : `人数なら割合がどれもその人数の整数人に合い、番号なら（1）から他の見出しにも続く番号があるはずです`;
        errors.push({
          code: 'header/count',
          message: `${where}の${what} ${n} は、群の人数（N）とも番号とも読めません（チェッカーの判断。${nWhy}）。${reason}`,
          hint:
            `件数なら表の${axis}として書いてください（秘匿が必要かどうかを確かめます）。` +
            `番号なら「（1）」「（2）」…と1から他の見出しにも続けて振るか、番号を前に出してください（${quote(`No.${n} ${name}`)}）。` +
            (small || table.kind === 'percent'
              ? `群の人数なら${quote(`${name} (N=${n})`)}の形で書いてください`
              : `群の人数なら${quote(`${name} (N=${n})`)}の形で書き、1人を複数の項目に数える表（複数回答）であることを確かめてください`),
          place: {
            line: axis === '行' ? (table.cells[i]?.[0]?.line ?? table.line) : table.line,
            table: table.number,
            ...(axis === '行' ? { row: h.label } : { col: h.label }),
          },
        });
      }
    }
  }
  return errors;
}

/**
 * Whether line `i`'s sum `n`, read from a numbering (「糖尿病（2）」), pins a count of the line: where zeros are
 * published, one count not 0 (it is n) or every count not 0 a 1 (1 and 1 under 2); else a line of one count, or n = 0.
 * Other small sums show the line's counts under the threshold without pinning one: left (README, limits).
 */
function numberingPins(table: Table, axis: '行' | '列', i: number, n: number, zeroExempt: boolean): boolean {
  const across = axis === '行' ? table.cols : table.rows;
  const counts = across.flatMap((h, k) =>
    h.kind === 'item' && h.parent === null ? [countOf(axis === '行' ? table.cells[i]![k]! : table.cells[k]![i]!)] : [],
  );
  const notZero = counts.filter((c) => c > 0).length;
  return zeroExempt ? notZero <= 1 || n === notZero : counts.length === 1 || n === 0;
}

/** Work (cells × sums) past which `smallPart` stops and answers as if a set were found (stricter). */
const SMALL_PART_WORK = 2_000_000;

/**
 * A set of two cells or more of line `i` (top-level items across) adding up to `n`, with a count under the threshold
 * among them (0 too where zeros are not exempt): the cells of the first such set, by position; undefined where none.
 */
function smallPart(
  table: Table,
  axis: '行' | '列',
  i: number,
  n: number,
  threshold: number,
  zeroExempt: boolean,
): { at: number; value: number }[] | undefined {
  const across = axis === '行' ? table.cols : table.rows;
  const cells = across.flatMap((h, k) =>
    h.kind === 'item' && h.parent === null ? [{ at: k, value: countOf(axis === '行' ? table.cells[i]![k]! : table.cells[k]![i]!) }] : [],
  );
  if (cells.length * n > SMALL_PART_WORK) return cells.slice(0, 2);
  for (const [j, small] of cells.entries()) {
    if (small.value >= threshold || (small.value === 0 && zeroExempt) || small.value >= n) continue;
    // Sets of the other cells reaching n − small (at least one cell), each sum remembering the cell that reached it.
    const target = n - small.value;
    const from = new Int32Array(target + 1).fill(-1);
    from[0] = -2;
    for (const [k, c] of cells.entries()) {
      if (k === j || c.value === 0 || c.value > target) continue;
      for (let v = target; v >= c.value; v--) if (from[v] === -1 && from[v - c.value] !== -1) from[v] = k;
    }
    if (from[target] === -1) continue;
    const out = [small];
    for (let v = target; v > 0;) {
      const k = from[v]!;
      out.push(cells[k]!);
      v -= cells[k]!.value;
    }
    return out.sort((a, b) => a.at - b.at);
  }
  return undefined;
}

/**
 * A group's N in a title or the corner whose name is no header's, in a list of groups' Ns (「第1群 N=40、第2群 N=60」
 * over 「実薬」「対照」, read.ts `statedCounts` → `Table.groupNs`): a reader who pairs the names in order, or by
 * elimination (「第2群 N=60」 is 対照's sum), takes it for a line's N, and where it is above that line's sum by less than the threshold, finds a
 * small count left out of the line (40 − 37 = 3), and a hidden count of the line under the threshold (at most
 * 40 − the cells published). Refused (`title/group-n`), naming the line, and how to write the N.
 */
function titleGroupNs(tables: readonly Table[], threshold: number): InputError[] {
  const errors: InputError[] = [];
  for (const table of tables) {
    // Only where the text lists two groups' Ns or more (「第1群 N=40、第2群 N=60」): one alone (「実薬群 N=120」 over
    // a table of adverse events by grade, several per patient) is read as the table's N, as before — refusing it
    // where some line's sum is within the threshold below it refused 21 of 200 random 6×3 tables.
    for (const g of (table.groupNs ?? []).filter((x) => x.groups >= 2)) {
      for (const [kind, headers, across] of [
        ['列', table.cols, table.rows],
        ['行', table.rows, table.cols],
      ] as const) {
        const items = across.flatMap((h, k) => (h.kind === 'item' && h.parent === null ? [k] : []));
        const found = headers.findIndex((h, i) => {
          if (h.kind !== 'item' || h.parent !== null || h.denominator !== undefined) return false;
          const sum = items.reduce((x, k) => x + countOf(kind === '行' ? table.cells[i]![k]! : table.cells[k]![i]!), 0);
          return g.n > sum && g.n - sum < threshold;
        });
        if (found < 0) continue;
        const h = headers[found]!;
        const sum = items.reduce((x, k) => x + countOf(kind === '行' ? table.cells[found]![k]! : table.cells[k]![found]!), 0);
        errors.push({
          code: 'title/group-n',
          message:
            `表${table.number}の${g.where === 'title' ? '題名' : '左上のセル'}${quote(g.whole)}の${quote(g.text)}は群の人数ですが、その群の名前がどの見出しとも違うため、どの${kind}の人数か決められません（チェッカーの判断）。` +
            `${kind}${quote(h.label)}の人数と読む人には、表に載っていない ${g.n - sum} 人（${g.n} − ${sum}）と、その${kind}の隠したセルが閾値 ${threshold} 未満であることが分かります`,
          hint: `${kind}${quote(h.label)}の人数なら、見出しに${quote(`${h.label} (N=${g.n})`)}の形で書き、載っていない患者を「不明」などの${kind === '列' ? '行' : '列'}として加えてください。別の群の人数なら、題名の群の名前を見出しと同じ書き方にしてください`,
          place: { line: g.line, table: table.number, ...(kind === '列' ? { col: h.label } : { row: h.label }) },
        });
        break;
      }
    }
  }
  return errors;
}

/**
 * An N below the sum of the items it is the N of (「A (N=20)」 over 3 and 25, a title's N=40 over a table of 97):
 * read as a table where one patient may be counted in several items (複数回答), said as our reading — nothing follows
 * from N for a hidden count then. But a reader who takes the items for disjoint reads the sum of the line's hidden
 * cells as N minus the cells published beside them (where that is above 0: no contradiction in view). Refused where
 * that reading shows a small hidden count:
 * - N within the threshold of the sum (the reading nearly right) and N less the published cells under the threshold;
 * - whatever N is below the sum by: where the reading, added to what is published (`rangesUnder`, LP), can hold and
 *   leaves the small count under the threshold or at one value. The reading is then off by what N is below the sum,
 *   and so is what it says of the line's hidden cells together; of the small one, it says what is true (under the
 *   threshold), and a reader cannot tell which of what it says is wrong.
 * Not where the N already has a finding of a line read both ways (primary.ts `leftOutOfBothPositions`, `leftOutOfBoth`:
 * the N less that line, small, totals40): the N is then not published as it is — taken off or the left-out patients
 * added as a line — and the table is checked again; the reading through it is of an N no reader gets.
 */

function nBelowSums(p: Published): { errors: InputError[]; warnings: Warning[] } {
  const { tables, cellVar, hidden, threshold } = p;
  const errors: InputError[] = [];
  const warnings: Warning[] = [];
  tables.forEach(({ table, status, primary: found }, t) => {
    if (table.kind !== 'count') return;
    const lines: { what: string; n: number; base: Base; place: Place }[] = [];
    // An N with a finding of a line read both ways on it (totals40): not published as it is, so not read through. The
    // finding is the N less that line, said as such or as what the N leaves out of that line alone (rests.ts, the same
    // count said once: in a table of one column, on the column's N, the table's).
    const both = new Set(
      [table.rows, table.cols].flatMap((hs) => hs.flatMap((h) => (h.bothRest === undefined ? [] : [hs[h.bothRest]!.label]))),
    );
    const single = table.cols.length === 1 || table.rows.length === 1;
    const flagged = (axis: 'row' | 'col' | 'table', index: number) =>
      found.headers.some(
        (h) =>
          (h.both !== undefined || (h.block?.labels.length === 1 && both.has(h.block.labels[0]!))) &&
          (axis === 'table' ? h.axis === 'table' || (single && h.denominator === table.denominator) : h.axis === axis && h.index === index),
      );
    // The base is worked out only for a line with an N (each costs a pass over the table: 200 rows without N did 200).
    const add = (what: string, n: number | undefined, baseOf: () => Base | undefined, place: Place) => {
      const base = n === undefined ? undefined : baseOf();
      if (n !== undefined && base !== undefined && base.cells.length > 1 && base.value > n) lines.push({ what, n, base, place });
    };
    const of = (row: number, col: number, kind: Base['of']) => () => bases(table, row, col).find((b) => b.of === kind);
    table.cols.forEach((h, c) =>
      add(`列${quote(h.label)}`, h.kind === 'total' || flagged('col', c) ? undefined : h.denominator, of(0, c, 'col'), {
        line: table.line,
        table: table.number,
        col: h.label,
      }),
    );
    table.rows.forEach((h, r) =>
      add(`行${quote(h.label)}`, h.kind === 'total' || flagged('row', r) ? undefined : h.denominator, of(r, 0, 'row'), {
        line: table.cells[r]?.[0]?.line ?? table.line,
        table: table.number,
        row: h.label,
      }),
    );
    add('表全体', flagged('table', -1) ? undefined : table.denominator, of(0, 0, 'table'), { line: table.line, table: table.number });
    // A table of several answers per patient read with a line of Ns (ofwhich.ts): its own lines under the Ns, each
    // column's against its N, as a reader who takes them for disjoint reads them.
    const nLine = table.rows.findIndex((h) => h.ns);
    if (nLine >= 0) {
      const own = table.rows.flatMap((h, r) => (h.parent === nLine && !h.rest ? [r] : []));
      table.cols.forEach((h, c) => {
        const cells = own.map((row) => ({ row, col: c }));
        const value = cells.reduce((s, x) => s + countOf(table.cells[x.row]![x.col]!), 0);
        const n = countOf(table.cells[nLine]![c]!);
        if (cells.length > 1 && value > n && !flagged('col', c))
          lines.push({
            what: `列${quote(h.label)}`,
            n,
            base: { of: 'col', cells, value },
            place: { line: table.line, table: table.number, col: h.label },
          });
      });
    }
    // A table a reader sees is one of several answers per patient — a line whose published cells alone pass its N, or a
    // title saying so (複数回答) — is not read as disjoint in its other lines either (checker's judgement).
    const published = (base: Base) =>
      base.cells.reduce((s, c) => s + (status[cellId(table, c.row, c.col)] === 'published' ? countOf(table.cells[c.row]![c.col]!) : 0), 0);
    const several = saysSeveralAnswers(table) || lines.some((l) => published(l.base) > l.n);
    for (const { what, n, base, place } of lines) {
      const over = base.value - n;
      const statusOf = (c: { row: number; col: number }) => status[cellId(table, c.row, c.col)];
      const shownPublished = published(base);
      // A cell hidden for its complement alone (a count near N, primary.ts) is no small count a disjoint reading shows.
      const smalls = base.cells.filter(
        (c) => statusOf(c) === 'primary' && !(found.findings.get(cellId(table, c.row, c.col)) ?? []).every((f) => f.via === 'complement'),
      );
      const rest = n - shownPublished;
      let shown: string | undefined;
      if (smalls.length > 0 && shownPublished < n) {
        if (over < threshold && rest < threshold) shown = `閾値 ${threshold} 未満に見えます`;
        else if (!several) {
          // The reading as a row: the line's counts add up to N.
          const vars = base.cells.map((c) => cellVar[t]![cellId(table, c.row, c.col)]!);
          const asked = [...new Set(smalls.map((c) => cellVar[t]![cellId(table, c.row, c.col)]!))].filter((v) => v >= 0 && hidden.has(v));
          const pinned =
            vars.every((v) => v >= 0) && asked.length > 0 ? firstPinned(rangesOf(p, [onesRow(vars, n, n)], asked), threshold) : undefined;
          if (pinned) {
            const { lo, hi } = pinned;
            shown = `閾値 ${threshold} 未満に見え、隠した数の一つは ${lo === hi ? `${lo} と決まります` : `${lo}〜${hi} に見えます`}`;
          }
        }
      }
      if (shown) {
        errors.push({
          code: 'header/n-below-sum',
          message:
            `表${table.number}の${what}の N=${n} は、その数の和 ${base.value} より ${over} 小さい値です。項目が重ならない表と読む人には、隠したセルの和が「N − 公表した数」= ${rest} と、${shown}` +
            (over >= threshold ? '（その読みは誤りですが、閾値未満の数は閾値未満に読まれます）' : '') +
            '（チェッカーの判断）',
          hint: '1人を1つの項目にだけ数える表なら、和は N 以下です。N か数を直してください。1人を複数の項目に数える表（複数回答）なら、N を見出しや題名から除いて確かめてください',
          place,
        });
      } else {
        warnings.push({
          code: 'header/n-below-sum',
          message: `表${table.number}の${what}の N=${n} は、その数の和 ${base.value} より小さいため、1人を複数の項目に数える表（複数回答）と読みました（推定）。N から各項目の数を引いた数（当てはまらない患者の数）は公表される患者数として確かめ、ほかに N から隠したセルについて分かることはないものとして確かめています。1人1項目の表なら N か数が誤っています`,
          place,
        });
      }
    }
  });
  return { errors, warnings };
}
