/**
 * The review report attached to a publication request: one JSON object (the CLI's --json, the page's JSON
 * download) and, rendered from that same object, HTML (the page's results, its print and HTML download) and
 * terminal text. Both renderings put the action first (which cells to hide), then the verdict's reasons, each
 * with what it rests on and the readings of ours it applies (［推定］); ids stay in the JSON and in a collapsed
 * 技術情報 section. Status is always written in text, never by colour alone.
 */
import { formatValue } from '../model/component-text.ts';
import { escapeHtml } from '../model/escape.ts';
import { japanTime, japanTimestamp } from '../model/japan-time.ts';
import type { CheckResult } from './check.ts';
import { versionName, type RuleBundle } from './rules.ts';
import type { CellStatus, InputError, Table, TableRate, TableResult, Warning } from './types.ts';
import {
  BASIS_LABEL,
  basisOf,
  OUR_BASES,
  PROTECTION_LABEL,
  type Citation,
  type Ground,
  type ReasonBasis,
  type Route,
  type Severity,
} from './verdict.ts';
import { quote, visible } from './quote.ts';
import { alsoRate, countWords, DERIVED_COUNT, divisor, plainRate } from './rates.ts';

/** Text for HTML: control characters shown as their pictures (`visible`), then escaped. */
const esc = (s: string) => escapeHtml(visible(s));

export const REPORT_FORMAT = 'midnet-pubcheck/2';

export const STATUS_LABEL: Record<CellStatus, string> = { published: '公表', primary: '一次秘匿', secondary: '二次秘匿' };
const SEVERITY_TAG: Record<Severity, string> = { blocking: '［要対応］', caution: '［注意］', info: '［情報］' };

export interface ReportCell {
  /** Row and column labels as written (totals included). */
  row: string;
  col: string;
  rowIndex: number;
  colIndex: number;
  text: string;
  /** The count (or, in a percentage table, the percentage). */
  value: number;
  status: CellStatus;
  /** Why the cell is primary (or would be, under a rule that does not apply). */
  findings: string[];
  /** stats53: the text the table to publish shows (a range's two ends in one cell, 「X–45」: `rangeMerged`). */
  maskedText?: string;
}

export interface ReportRateCell {
  row: string;
  col: string;
  /** The table's row (axis `cols`) or column (axis `rows`) the rate is in. */
  at: number;
  text: string;
  hidden: boolean;
  /** Why the rate is hidden: the count it would give back, with the base (チェッカーの判断). */
  why: string | null;
  /** A mean of lines of counts (read.ts `setAsideMeans`, attack36), no rate: marked 「平均も秘匿」. */
  mean?: true;
  /** A share's confidence interval (rates.ts `shareInterval`, rates11), no rate: marked 「区間も秘匿」 (rates12). */
  interval?: true;
  /** A count's SD or SE read as √count (rates.ts, rates12): marked 「標準偏差も秘匿」. */
  sd?: true;
  /**
   * A line of the largest, smallest, range, median or geometric mean of lines of counts (read.ts `extremesAside`,
   * stats39): its name (「最大」「範囲」「中央値」), marked 「最大も秘匿」 and so on.
   */
  extreme?: string;
  /**
   * The event count the checker computes from the hidden rate and its printed base (rates.ts `derivedCounts`), named as
   * our reading: 「率から求めた件数（チェッカーの推定）: 3」 (`DERIVED_COUNT`), also the end of `why`; null otherwise.
   */
  note: string | null;
}

export interface ReportRate {
  axis: 'rows' | 'cols';
  label: string;
  unit: string;
  scale: number;
  cells: ReportRateCell[];
}

export interface ReportAuditCell {
  row: string;
  col: string;
  value: number;
  status: Exclude<CellStatus, 'published'>;
  /** Range of values consistent with the published cells; `hi: null` = unbounded. */
  lo: number;
  hi: number | null;
  exact: boolean;
  protected: boolean;
}

export interface ReportTable {
  number: number;
  title: string | null;
  kind: 'count' | 'percent';
  corner: string;
  /**
   * stats53: a line 「範囲」 of ranges in one cell read as two lines 「最小」「最大」 (read.ts `splitRanges`): the cells
   * keep both; the table to publish shows them as one line again, a hidden end as X (「X–45」, `rangeMerged`). As read
   * (types.ts `Table.rangeSplit`: stats55's 「範囲（%）」 with the ends as printed, `shares`).
   */
  rangeSplit?: Table['rangeSplit'];
  /** A line of group sizes printed in the table and read as its Ns (never hidden): shown where it stood. */
  sizeLine: { axis: 'rows' | 'cols'; index: number; label: string; texts: string[] } | null;
  /**
   * Lines of rates (発現率（/1,000人年）, rates.ts): set aside from the counts, each rate derived from its events' count
   * and its base; `hidden` where either is hidden (`why` says which count the rate would give back). Shown after the
   * table's lines, in the order read.
   */
  rates: ReportRate[];
  /** `ours`: a line the checker added (a うち line's rest, the line of Ns: ofwhich.ts), which need not be printed. */
  rows: { label: string; kind: string; depth: number; ours?: true }[];
  cols: { label: string; kind: string; depth: number; ours?: true }[];
  cells: ReportCell[];
  /** `structural`: not passed with every count hidden either (zeros34): the pin is the table's published structure. */
  audit: { passed: boolean; rounds: number; cells: ReportAuditCell[]; structural?: true } | null;
  loss: { suppressedCells: number; suppressedTotal: number; secondaryCells: number; secondaryTotal: number };
  /**
   * The proposal against the fewest hidden cells and the least hidden value possible (the least-loss search), over
   * every table protected together with this one (`linked`); null where the search did not run.
   */
  least: {
    cells: number;
    value: number;
    fewestCells: number;
    leastValue: number;
    /** Lower bounds proved for the two minima (equal to them when proved). */
    fewestCellsBound: number;
    leastValueBound: number;
    /** max(cells ÷ fewestCells, value ÷ leastValue); at most `ratioBound` against the true minima. */
    ratio: number;
    ratioBound: number;
    /**
     * A lower bound proved on the least ratio any choice has to the true minima, where the search for the least
     * ratio ran and stopped before proving it (absent otherwise).
     */
    leastRatioBound?: number;
    /** No choice has a smaller ratio (the minima and the ratio proved by the MIP). */
    proved: boolean;
    linked: boolean;
  } | null;
}

interface BasisField {
  basis: ReasonBasis;
  basisLabel: string;
}
export interface ReportRoute extends BasisField {
  route: Route;
  label: string;
}
export interface ReportReason extends BasisField {
  kind: string;
  severity: Severity;
  text: string;
  grounds: (Ground & { basisLabel: string })[];
  citation: Citation | null;
  inferred: string[];
}

export interface Report {
  format: typeof REPORT_FORMAT;
  /** RFC 3339 in Japan time (+09:00). */
  generatedAt: string;
  ok: boolean;
  verdict: (ReportRoute & { publishableAsIs: boolean; afterChanges: ReportRoute | null; reasons: ReportReason[] }) | null;
  context: { purpose: string | null; purposeLabel: string | null; details: boolean; venue: string | null } | null;
  version: {
    id: string;
    label: string;
    name: string;
    status: string;
    statusLabel: string;
    inForce: boolean;
    inForceVersion: string | null;
  } | null;
  protection: { id: string; label: string } | null;
  parameters: {
    rule: string;
    ruleTitle: string;
    param: string;
    label: string;
    value: number | boolean | string;
    shown: string;
    assumed: boolean;
    assumptionNote: string | null;
    since: string;
    sinceName: string;
    clause: string;
    basis: ReasonBasis;
    basisLabel: string;
  }[];
  tables: ReportTable[];
  warnings: Warning[];
  errors: InputError[];
}

/** Within 5% of both minima: the goal the least-loss search states (the checker's own measure). */
export const LEAST_GOAL = 1.05;

/** review72: what the reason a rate's cell is hidden needs: the hidden counts it bears on and how a place is named. */
interface RateWhy {
  rate: TableRate;
  c: TableRate['cells'][number];
  /** The counts of the cell's `events` that are hidden. */
  events: [number, number][];
  /** The cell's base where it is hidden. */
  base: [number, number] | undefined;
  place: (at: [number, number]) => string;
  /** The count computed from the rate and its base (rates7), said as ours. */
  note: string | null;
  lineLabel: (at: [number, number]) => string;
}

/** The hidden events (and the base where hidden) named by place, joined. */
const eventsAndBase = ({ events, base, place }: RateWhy) => [...events, ...(base ? [base] : [])].map(place).join('・');

/** Why a rate's cell is hidden (null: published), by the kind of its reading. */
function rateWhy(x: RateWhy): string | null {
  const { rate } = x;
  if (rate.weighted) return weightedWhy(x);
  if (rate.binary) return binaryWhy(rate.binary, x);
  if (rate.extreme) return extremeWhy(rate.extreme, x);
  if (rate.ratio) return ratioWhy(x);
  if (rate.sd) return sdWhy(x);
  if (rate.mean) return meanWhy(rate.mean, x);
  if (rate.interval) return intervalWhy(x);
  return plainRateWhy(x);
}

/** A weighted mean (means39/46/48/49/53, red46): its total, its sum over the same patients, its weights in other tables. */
function weightedWhy({ c, events, place }: RateWhy): string | null {
  if (c.total && events.length > 0 && !c.shown)
    return `${events.map(place).join('・')}の数を秘匿するため、この全体の平均も秘匿します（全体の平均と各群の平均から、群の人数が丸めの範囲で分かるため（Σ 人数 × 平均 = 全体の人数 × 全体の平均）${c.perSum ? '。同じ患者の和（延べ）÷ この平均でも人数が分かります' : ''}。チェッカーの判断）`;
  if (c.perSum && events.length > 0 && !c.shown)
    return `${events.map(place).join('・')}の数を秘匿するため、この平均も秘匿します（同じ患者の和（延べの値）÷ 平均 ${c.text} で人数が丸めの範囲で分かるため。チェッカーの判断）`;
  if (c.there?.hidden || c.thereAlso?.some((x) => x.hidden)) {
    const hidden = [c.there, ...(c.thereAlso ?? [])].flatMap((x) => x?.hidden ?? []);
    return `${hidden.slice(0, 4).join('・')}${hidden.length > 4 ? 'ほか' : ''}の数を秘匿するため、この平均も秘匿します（同じ見出しの表の人数で重みづけた全体の平均や、和（延べの値）÷ 平均 ${c.text} から人数が丸めの範囲で分かるため。チェッカーの判断）`;
  }
  if (c.perSum?.hiddenThere)
    return `${c.perSum.hiddenThere.join('・')}の数を秘匿するため、この平均も秘匿します（同じ見出しの表の和（延べの値）÷ 平均 ${c.text} で人数が丸めの範囲で分かるため。チェッカーの判断）`;
  return null;
}

/** A 0/1 variable's mean or SD (stats39/40): hidden with its count or its N. */
function binaryWhy(kind: NonNullable<TableRate['binary']>, x: RateWhy): string | null {
  if (!(x.events.length > 0 || x.base)) return null;
  return `${eventsAndBase(x)}の数を秘匿するため、この 0/1 の変数の${BINARY_WORD[kind]}も秘匿します（${kind === 'sd' ? '標準偏差から平均が決まり、平均 × 患者数で件数が' : '平均 × 患者数で件数が'}丸めの範囲で分かるため。チェッカーの判断）`;
}

/** A largest, smallest, range, median or geometric mean of lines (stats39): hidden with a count it is taken over. */
function extremeWhy(kind: NonNullable<TableRate['extreme']>, { rate, c, events, place }: RateWhy): string | null {
  // ext73 (read.ts `shareMeans`): a median of another table's shares, hidden where a count of its position there is.
  const there = [c.there, ...(c.thereAlso ?? [])].flatMap((x) => x?.hidden ?? []);
  if (there.length > 0)
    return `${there.slice(0, 4).join('・')}${there.length > 4 ? 'ほか' : ''}の数を秘匿するため、この${rate.unit}の割合も秘匿します（${rate.unit}の割合は割合の一つか二つの平均に等しく、秘匿した数の割合が分かることがあるため。チェッカーの推定）`;
  if (events.length === 0) return null;
  return `${events.length > 4 ? `${events.slice(0, 4).map(place).join('・')}ほか` : events.map(place).join('・')}の数を秘匿するため、この${rate.unit}の値も秘匿します（${rate.unit}の値は${EXTREME_OF[kind]}、秘匿した数が分かることがあるため。チェッカーの判断）`;
}

/** A ratio of two lines of counts (means37). */
function ratioWhy({ c, events, place }: RateWhy): string | null {
  if (!(events.length > 0 && !c.shown)) return null;
  return `${events.map(place).join('・')}の数を秘匿するため、この比も秘匿します（比 ${c.text} と一方の数から、他方の数が丸めの範囲で分かるため。チェッカーの判断）`;
}

/** A count's SD or SE read as a Poisson count's (rates12). */
function sdWhy({ c, events, place }: RateWhy): string | null {
  if (events.length === 0) return null;
  return `${events.map(place).join('・')}の数を秘匿するため、この標準偏差も秘匿します（標準偏差 ${c.text} の 2 乗が件数に丸めの範囲で一致し、件数が分かるため。チェッカーの判断）`;
}

/** A mean of `mean` lines of counts (attack36). */
function meanWhy(mean: number, { c, events, place }: RateWhy): string | null {
  // ext73 (read.ts `shareMeans`): a mean of another table's shares, hidden where a count of its position there is.
  const there = [c.there, ...(c.thereAlso ?? [])].flatMap((x) => x?.hidden ?? []);
  if (there.length > 0)
    return `${there.slice(0, 4).join('・')}${there.length > 4 ? 'ほか' : ''}の数を秘匿するため、この平均の割合も秘匿します（平均 ${c.text} × ${mean} は平均した ${mean} 個の割合の和に丸めの範囲で一致し、公表した割合を引くと秘匿した数の割合が分かるため。チェッカーの推定）`;
  if (!(events.length > 0 && !c.shown)) return null;
  return `${events.map(place).join('・')}の数を秘匿するため、この平均も秘匿します（平均 ${c.text} × ${mean} は平均した ${mean} 個の数の和に丸めの範囲で一致し、公表した数を引くと秘匿した数の和が分かるため。チェッカーの判断）`;
}

/** A share's confidence interval (rates11): hidden with its count or its N. */
function intervalWhy(x: RateWhy): string | null {
  if (!(x.events.length > 0 || x.base)) return null;
  return `${eventsAndBase(x)}の数を秘匿するため、この割合の信頼区間も秘匿します（区間は件数と${x.rate.unit}から決まり、区間 ${x.c.text} から件数か${x.rate.unit}が分かるか、狭い範囲に絞られるため。チェッカーの判断）`;
}

/** A rate (rates3–8, rates66–70): hidden with its events (its own, or lines it fits under another base or unit) or its base. */
function plainRateWhy({ rate, c, events, base, place, note, lineLabel }: RateWhy): string | null {
  if (events.length > 0 && events.every((e) => rate.also.includes(lineLabel(e))))
    return `${events.map(place).join('・')}の数を秘匿するため、この率も秘匿します（単位や分母（人年・患者数）の取り方を変えると、率 ${c.text} からその数が丸めの範囲で分かるため。チェッカーの判断）`;
  if (events.length > 0)
    return `${events.map(place).join('・')}のイベント数を秘匿するため、この率も秘匿します（率 ${c.text} × ${rate.unit} ${c.baseText || '（別に公表される値）'} ÷ ${divisor(rate.scaleWords)} でイベント数が丸めの範囲で分かるため。チェッカーの判断${note ? `。${note}` : ''}）`;
  if (base)
    return `${place(base)}の${rate.unit}を秘匿するため、この率も秘匿します（${rate.events.map((e) => `${rate.axis === 'cols' ? '列' : '行'}${quote(e)}`).join('・')}の数 × ${rate.scaleWords} ÷ 率 ${c.text} で${rate.unit}が丸めの範囲で分かるため。チェッカーの判断）`;
  return null;
}

function tableReport(tr: TableResult, linked: boolean): ReportTable {
  const t = tr.table;
  const cols = t.cols.length;
  const at = (id: number) => ({ r: Math.floor(id / cols), c: id % cols });
  const cells: ReportCell[] = t.cells.flat().map((cell) => {
    const id = cell.row * cols + cell.col;
    return {
      row: t.rows[cell.row]!.label,
      col: t.cols[cell.col]!.label,
      rowIndex: cell.row,
      colIndex: cell.col,
      text: cell.text.trim(),
      value: cell.value.kind === 'count' ? cell.value.n : cell.value.percent,
      status: tr.status[id]!,
      findings: [
        ...(tr.primary.findings.get(id) ?? []).map((f) => f.message),
        ...(tr.primary.findings.has(id)
          ? []
          : (tr.primary.notApplied.get(id) ?? []).map((f) => `${f.message}（この条件では規則の適用外）`)),
      ],
    };
  });
  const statusAt = ([r, c]: [number, number]) => tr.status[r * cols + c]!;
  const place = ([r, c]: [number, number]) => `行${quote(t.rows[r]!.label)}・列${quote(t.cols[c]!.label)}`;
  const rates: ReportRate[] = (t.rates ?? []).map((rate) => ({
    axis: rate.axis,
    label: rate.label,
    unit: rate.unit,
    scale: rate.scale,
    cells: rate.cells.map((c) => {
      const events = c.events.filter((e) => statusAt(e) !== 'published');
      const base = c.base && statusAt(c.base) !== 'published' ? c.base : undefined;
      // Lines the rate fits only under another base or unit (rates.ts `also`): said without the equation read.
      const lineLabel = ([r, col]: [number, number]) => (rate.axis === 'cols' ? t.cols[col]!.label : t.rows[r]!.label);
      // The count computed from the rate and its base, said as ours (rates7): only for the rate's own events.
      const note =
        events.length > 0 && !events.every((e) => rate.also.includes(lineLabel(e))) && c.derived
          ? `${DERIVED_COUNT}: ${countWords(c.derived)}`
          : null;
      // rates70: a share line published beside a hidden count where its rows under every reading protect (check.ts).
      // rates72: a plain rate published beside a hidden count (or base) where its rows protect (check.ts `rateRows`).
      // rates74: a rate fitting other lines too published beside its own hidden count where the rest is published.
      const why =
        (rate.lineShare || plainRate(rate) || alsoRate(rate)) && c.shown
          ? null
          : rateWhy({ rate, c, events, base, place, note, lineLabel });
      return {
        row: rate.axis === 'cols' ? t.rows[c.at]!.label : rate.label,
        col: rate.axis === 'cols' ? rate.label : t.cols[c.at]!.label,
        at: c.at,
        text: c.text,
        hidden: why !== null,
        why,
        ...(rate.mean !== undefined && { mean: true as const }),
        ...(rate.interval && { interval: true as const }),
        ...(rate.sd && { sd: true as const }),
        ...(rate.extreme && { extreme: EXTREME_MARK_WORD[rate.extreme] }),
        ...(rate.binary && { extreme: BINARY_WORD[rate.binary] }),
        note: why !== null ? note : null,
      };
    }),
  }));
  const suppressed = cells.filter((c) => c.status !== 'published');
  const secondary = cells.filter((c) => c.status === 'secondary');
  const sum = (list: ReportCell[]) => (t.kind === 'count' ? list.reduce((s, c) => s + c.value, 0) : 0);
  const s = tr.suppression;
  return {
    number: t.number,
    title: t.title ?? null,
    kind: t.kind,
    corner: t.corner,
    ...(t.rangeSplit && { rangeSplit: t.rangeSplit }),
    sizeLine: t.sizeLine ?? null,
    rates,
    rows: t.rows.map((h) => ({ label: h.label, kind: h.kind, depth: h.depth, ...((h.rest || h.ns) && { ours: true as const }) })),
    cols: t.cols.map((h) => ({ label: h.label, kind: h.kind, depth: h.depth, ...((h.rest || h.ns) && { ours: true as const }) })),
    cells,
    audit: s
      ? {
          passed: s.passed,
          ...(s.structural && { structural: s.structural }),
          rounds: s.rounds,
          cells: s.audit.map((a) => {
            const { r, c } = at(a.id);
            return {
              row: t.rows[r]!.label,
              col: t.cols[c]!.label,
              value: a.value,
              status: tr.status[a.id] as 'primary' | 'secondary',
              lo: a.interval.lo,
              hi: a.interval.hi,
              exact: a.exact,
              protected: a.protected,
            };
          }),
        }
      : null,
    loss: {
      suppressedCells: suppressed.length,
      suppressedTotal: sum(suppressed),
      secondaryCells: secondary.length,
      secondaryTotal: sum(secondary),
    },
    least: s?.least
      ? {
          cells: s.least.cells,
          value: s.least.value,
          fewestCells: s.least.minima.cells,
          leastValue: s.least.minima.value,
          fewestCellsBound: s.least.minima.cellsBound,
          leastValueBound: s.least.minima.valueBound,
          ratio: s.least.ratio,
          ratioBound: s.least.ratioBound,
          ...(s.least.minima.leastRatioBound !== undefined && { leastRatioBound: s.least.minima.leastRatioBound }),
          proved: s.least.proved,
          linked,
        }
      : null,
  };
}

/** 1.0432 → "1.05": a ratio said as "within", rounded up. */
const within = (ratio: number) => (Math.ceil(ratio * 100 - 1e-9) / 100).toFixed(2);

/**
 * The checker's judgement of how little the proposal hides, in plain words: against the fewest cells and the least
 * value that meet the requirement, whether one proposal comes within 5% of both, and whether that was proved.
 */
export function leastSentence(least: NonNullable<ReportTable['least']>): string {
  const scope = least.linked ? 'まとめて秘匿を決めた表全体で、' : '';
  const minima = `セル ${least.fewestCells} 個、値の合計 ${least.leastValue}`;
  const unproved = `決められた計算量の探索では、これより少ない秘匿がないことまでは確かめられませんでした（本当に最も少ない場合と比べても ${within(least.ratioBound)} 倍以内であることは確かめました）。`;
  // Within the goal against the bounds proved (the search settles there): within 5% of the true minima, not proved least.
  if (!least.proved && least.ratioBound <= LEAST_GOAL + 1e-9)
    return `チェッカーの判断: ${scope}秘匿するセルの数と値の合計は、どちらも本当に最も少ない場合の ${within(least.ratioBound)} 倍以内で、目標の ${LEAST_GOAL.toFixed(2)} 倍以内であることを確かめました（より少ない秘匿がないことまでは確かめていません）。`;
  if (least.ratio <= 1 + 1e-9)
    return least.proved
      ? `チェッカーの判断: ${scope}秘匿するセルの数も値の合計も、保護の基準を満たす秘匿のうちで最も少なくなっています。`
      : `チェッカーの判断: ${scope}秘匿するセルの数も値の合計も、見つかった秘匿のうちで最も少なくなっています。${unproved}`;
  if (least.ratio <= LEAST_GOAL + 1e-9)
    return least.proved
      ? `チェッカーの判断: ${scope}秘匿するセルの数と値の合計は、どちらも最も少ない場合（${minima}）の ${LEAST_GOAL.toFixed(2)} 倍以内です。`
      : `チェッカーの判断: ${scope}秘匿するセルの数と値の合計は、どちらも見つかった中で最も少ない場合（${minima}）の ${LEAST_GOAL.toFixed(2)} 倍以内です。${unproved}`;
  const ratios = `セルの数は ${(least.cells / Math.max(1, least.fewestCells)).toFixed(2)} 倍、値の合計は ${(least.value / Math.max(1, least.leastValue)).toFixed(2)} 倍`;
  // No choice within the goal of both, and the least ratio not proved: where this one's ratio to the true minima is
  // proved within 5% of the least ratio any suppression has (the search stops there), it is said so.
  const lb = least.leastRatioBound;
  if (!least.proved && lb !== undefined && least.ratioBound <= LEAST_GOAL * lb + 1e-9) {
    const atLeast = (Math.floor(lb * 100 + 1e-9) / 100).toFixed(2);
    const none =
      lb > LEAST_GOAL + 1e-9
        ? `セルの数と値の合計の両方を本当に最も少ない場合の ${LEAST_GOAL.toFixed(2)} 倍以内にする秘匿はなく（どの秘匿もどちらかが ${atLeast} 倍以上になります）、`
        : `どの秘匿も、セルの数か値の合計のどちらかが本当に最も少ない場合の ${atLeast} 倍以上になり、`;
    return `チェッカーの判断: ${scope}${none}この提案は両方とも ${within(least.ratioBound)} 倍以内（見つかった中で最も少ない場合（${minima}）と比べると${ratios}）で、この倍率が最も小さい秘匿と比べても ${LEAST_GOAL.toFixed(2)} 倍以内であることを確かめました（倍率が最も小さいことまでは確かめていません）。`;
  }
  return least.proved
    ? `チェッカーの判断: ${scope}セルの数と値の合計の両方を、最も少ない場合（${minima}）の ${LEAST_GOAL.toFixed(2)} 倍以内にする秘匿はありません（セルを最も少なくすると値の合計が増え、値の合計を最も少なくするとセルが増えます）。この提案は両方とも ${within(least.ratio)} 倍以内で（${ratios}）、この倍率が最も小さい秘匿です。`
    : `チェッカーの判断: ${scope}見つかった中で最も少ない場合（${minima}）と比べると、この提案の${ratios}です。${unproved}`;
}

const withLabel = <T extends { basis: ReasonBasis }>(x: T): T & { basisLabel: string } => ({ ...x, basisLabel: BASIS_LABEL[x.basis] });

/**
 * The report of a check that could not judge: its errors and warnings, nothing else. Also what the CLI prints with
 * --json where it cannot check at all (a file it cannot read, bytes that are no text, a failure of its own), so that
 * a reader of its JSON gets one whole report whatever happened.
 */
export function failureReport(errors: InputError[], warnings: Warning[], generatedAt: Date): Report {
  return {
    format: REPORT_FORMAT,
    generatedAt: japanTimestamp(generatedAt),
    ok: false,
    verdict: null,
    context: null,
    version: null,
    protection: null,
    parameters: [],
    tables: [],
    warnings,
    errors,
  };
}

export function toReport(result: CheckResult, bundle: RuleBundle, generatedAt: Date): Report {
  const when = japanTimestamp(generatedAt);
  if (!result.ok) return failureReport(result.errors, result.warnings, generatedAt);
  const v = result.verdict;
  const purpose = result.context.purpose;
  const route = (r: { route: Route; label: string; basis: ReasonBasis }): ReportRoute =>
    withLabel({ route: r.route, label: r.label, basis: r.basis });
  return {
    format: REPORT_FORMAT,
    generatedAt: when,
    ok: true,
    verdict: {
      ...route(v),
      publishableAsIs: v.publishableAsIs,
      afterChanges: v.afterChanges ? route(v.afterChanges) : null,
      reasons: v.reasons.map((r) =>
        withLabel({
          kind: r.kind,
          severity: r.severity,
          text: r.text,
          basis: r.basis,
          grounds: r.grounds.map(withLabel),
          citation: r.citation ?? null,
          inferred: r.inferred,
        }),
      ),
    },
    context: {
      purpose: purpose ?? null,
      purposeLabel: purpose ? (bundle.purposes.find((p) => p.id === purpose)?.label ?? purpose) : null,
      details: result.context.details,
      venue: result.context.venue ?? null,
    },
    version: {
      id: result.version.id,
      label: result.version.label,
      name: versionName(bundle, result.version.id),
      status: result.version.status,
      statusLabel: result.version.statusLabel,
      inForce: result.version.inForce,
      inForceVersion: result.version.inForceVersion?.id ?? null,
    },
    protection: { id: result.protection, label: PROTECTION_LABEL[result.protection] },
    parameters: result.params.map((p) => {
      const unit = bundle.rules.find((r) => r.id === p.rule)?.params.find((x) => x.id === p.param)?.unit;
      return withLabel({
        rule: p.rule,
        ruleTitle: bundle.rules.find((r) => r.id === p.rule)?.title ?? p.rule,
        param: p.param,
        label: p.label,
        value: p.value,
        shown: formatValue(p.value, unit),
        assumed: p.assumed,
        assumptionNote: p.assumptionNote ?? null,
        since: p.entry.since,
        sinceName: versionName(bundle, p.entry.since),
        clause: p.entry.clause,
        basis: basisOf(p),
      });
    }),
    tables: result.tables.map((tr) =>
      tableReport(
        tr,
        result.links.some((l) => l.tables.includes(tr.table.number)),
      ),
    ),
    warnings: result.warnings,
    errors: [],
  };
}

/**
 * A message as a sentence: ends with 。 (messages from the engine are written without it). One that ends in a closing
 * bracket gets it too (「…に見えます）。」), unless the sentence closed inside the bracket (「…（…してください。）」).
 */
export const sentence = (s: string): string => {
  const t = s.trimEnd();
  return t === '' || /[。！？][」）)』]*$/.test(t) ? t : `${t}。`;
};

/** Where an input problem is, in words; nothing for the input as a whole (an empty input has no table). */
export const placeText = (e: InputError): string => (e.place && e.place.table > 0 ? `表${e.place.table}・${e.place.line}行目: ` : '');

/** 「（推定）」 after a statement that rests on our reading, 「（仮定）」 on an assumption; nothing otherwise. */
const oursMark = (basis: ReasonBasis) => (basis === 'assumption' ? '（仮定）' : OUR_BASES.has(basis) ? '（推定）' : '');

const tableName = (t: Pick<ReportTable, 'number' | 'title'>) => `表${t.number}${t.title ? `${quote(t.title)}` : ''}`;
const cellPlace = (c: Pick<ReportCell, 'row' | 'col' | 'text'>) => `行${quote(c.row)}・列${quote(c.col)}（${c.text}）`;

/** Every inferred note of the verdict once, numbered in the order the reasons first give them. */
function inferredNotes(report: Report): string[] {
  return [...new Set(report.verdict?.reasons.flatMap((r) => r.inferred) ?? [])];
}

/** The grounds of a reason in one line: 「閾値 10：第31回議事概要（案）。10 未満の数を…扱い：当サイトの推定」. */
const groundsText = (r: ReportReason) => r.grounds.map((g) => `${g.about}：${g.basisLabel}`).join('。');

/** A citation for readers: the version and the clause heading (ids are in 技術情報). */
const citationText = (c: Citation) => `${c.versionLabel}${quote(c.clauseHeading ?? c.ruleTitle)}`;

export interface RenderOptions {
  /** Prefix for clause links (the site base, e.g. "/" or "https://…/"); without it citations are plain text. */
  linkBase?: string;
  /** Heading level of the sections (2 in the standalone report, 3 inside the page). */
  level?: 2 | 3;
}

function citationHtml(c: Citation, linkBase: string | undefined): string {
  const text = esc(citationText(c));
  return c.path && linkBase !== undefined ? `<a href="${esc(linkBase + c.path)}">${text}</a>` : text;
}

const mark = (status: CellStatus) =>
  status === 'published' ? '' : ` <span class="pc-mark pc-mark-${status}">［${STATUS_LABEL[status]}］</span>`;

/** A region (a named section) that scrolls sideways on its own, reachable and named for keyboard and screen-reader users. */
const scrollRegion = (label: string, inner: string) =>
  `<section class="pc-scroll" tabindex="0" aria-label="${esc(label)}">${inner}</section>`;

/**
 * The grid as printed: header line first, then each row, with the table's line of group sizes (if it had one) put back
 * where it stood — `head` and `row(i)` give one line's cells, `sizes(label, texts)` the size line's (a row of them,
 * or, for a column of sizes, the header's and each row's cell through `sizeCell`).
 */
function withSizeLine<T>(
  t: ReportTable,
  head: T[],
  body: T[][],
  sizeRow: (label: string, texts: string[]) => T[],
  sizeCell: (text: string, header: boolean) => T,
): T[][] {
  const s = t.sizeLine;
  if (!s) return [head, ...body];
  if (s.axis === 'rows') return [head, ...body.slice(0, s.index), sizeRow(s.label, s.texts), ...body.slice(s.index)];
  const at = (line: T[], cell: T) => [...line.slice(0, s.index + 1), cell, ...line.slice(s.index + 1)];
  return [at(head, sizeCell(s.label, true)), ...body.map((line, ri) => at(line, sizeCell(s.texts[ri] ?? '', false)))];
}

/**
 * The grid with the table's lines of rates after its lines (rates.ts: set aside from the counts, shown as printed,
 * hidden where their count is): `rateHead(label, axis)` a rate line's header, `rateCell(cell)` a rate's cell (undefined
 * where none is printed).
 */
function withRates<T>(
  t: ReportTable,
  head: T[],
  body: T[][],
  rateHead: (label: string, axis: 'rows' | 'cols') => T,
  rateCell: (cell: ReportRateCell | undefined) => T,
): { head: T[]; body: T[][] } {
  const byCol = t.rates.filter((r) => r.axis === 'cols');
  const byRow = t.rates.filter((r) => r.axis === 'rows');
  const h = [...head, ...byCol.map((r) => rateHead(r.label, 'cols'))];
  const b = body.map((line, ri) => [...line, ...byCol.map((r) => rateCell(r.cells.find((c) => c.at === ri)))]);
  for (const r of byRow)
    b.push([
      rateHead(r.label, 'rows'),
      ...t.cols.map((_, ci) => rateCell(r.cells.find((c) => c.at === ci))),
      ...byCol.map(() => rateCell(undefined)),
    ]);
  return { head: h, body: b };
}

/** The rates a table hides with their counts, in the order of its lines. */
export const hiddenRates = (t: ReportTable) => t.rates.flatMap((r) => r.cells.filter((c) => c.hidden));

/** The mark of a rate hidden with its count, in the report. */
export const RATE_MARK = '率も秘匿';
/** The mark of a mean hidden with the counts it averages (attack36). */
export const MEAN_MARK = '平均も秘匿';
/** The mark of a share's confidence interval hidden with its count or N (rates11's intervals; rates12). */
export const INTERVAL_MARK = '区間も秘匿';
/** The mark of a count's SD hidden with its count (rates12). */
export const SD_MARK = '標準偏差も秘匿';
/** What a line of extremes (stats39) is of its counts, in the report's words. */
const EXTREME_OF = {
  max: '数の一つに等しく',
  min: '数の一つに等しく',
  range: '二つの数の差に等しく',
  median: '数の一つか二つの平均に等しく',
  gmean: '数から決まり',
  sharesum: '各行・各列の人数で重みづけた数の和で',
} as const;
/** The name of a line of extremes hidden with its counts (stats39), in its mark: 「最大も秘匿」「範囲も秘匿」. */
const EXTREME_MARK_WORD = { max: '最大', min: '最小', range: '範囲', median: '中央値', gmean: '幾何平均', sharesum: '割合の和' } as const;
/** A 0/1 variable's value's name (stats39/40): the mean, its SD, or both in one cell. */
const BINARY_WORD = { mean: '平均（割合）', sd: '標準偏差', meansd: '平均（割合）と標準偏差' } as const;
const markOf = (c: ReportRateCell) =>
  c.mean ? MEAN_MARK : c.extreme ? `${c.extreme}も秘匿` : c.interval ? INTERVAL_MARK : c.sd ? SD_MARK : RATE_MARK;
/** What the hidden values of a table's rate lines are, in the report's words (rates, means, intervals). */
function ratesWhat(rates: readonly ReportRateCell[]): string {
  const kinds = [
    rates.some((c) => !c.mean && !c.interval && !c.sd && !c.extreme) && '率',
    rates.some((c) => c.mean) && '平均',
    rates.some((c) => c.extreme) && '統計量（最大・中央値・0/1 の変数の平均など）',
    rates.some((c) => c.interval) && '割合の信頼区間',
    rates.some((c) => c.sd) && '標準偏差',
  ].filter((k): k is string => typeof k === 'string');
  const from = [
    rates.some((c) => !c.mean && !c.interval && !c.sd && !c.extreme) && 'イベント数',
    rates.some((c) => c.mean) && '平均した数',
    rates.some((c) => c.extreme) && 'その行・列の数',
    rates.some((c) => c.interval) && '件数と患者数',
    rates.some((c) => c.sd) && '件数',
  ].filter((k): k is string => typeof k === 'string');
  return `${kinds.join('・')}（${from.join('や')}から決まる値）`;
}

/** The mark of a line the checker added to a table (ofwhich.ts), in the tables of the report. */
const OURS_TEXT = '［チェッカーが加えた行］';

/** A header cell's text; an empty one is named for screen readers (a header with nothing to read names no cell). */
const headerText = (label: string) => (label.trim() ? esc(label) : '<span class="pc-visually-hidden">見出しなし</span>');

/**
 * stats53: the table to publish with its 「最小」「最大」 lines read from one 「範囲」 line (`rangeSplit`) shown as that
 * line again: each cell its two ends as written (「3–45」), a hidden end X (「X–45」). Left as two lines where the table
 * has lines of rates or of sizes (their places would move) or the two lines are not side by side.
 */
export function rangeMerged(t: ReportTable): ReportTable {
  const r = t.rangeSplit;
  // stats55: a line of Ns on the range's own axis (「年,N,範囲（%）」) stays where it stood, after the merged line one back.
  if (!r || t.rates.length > 0 || (t.sizeLine && t.sizeLine.axis !== r.axis)) return t;
  const lines = r.axis === 'cols' ? t.cols : t.rows;
  const lo = lines.findIndex((h, i) => h.label === '最小' && lines[i + 1]?.label === '最大');
  if (lo < 0) return t;
  const idx = (c: ReportCell) => (r.axis === 'cols' ? c.colIndex : c.rowIndex);
  const pair = new Map(t.cells.filter((c) => idx(c) === lo + 1).map((c) => [r.axis === 'cols' ? c.rowIndex : c.colIndex, c]));
  const end = (c: ReportCell, q: 0 | 1) =>
    c.status === 'published' ? (r.shares?.[r.axis === 'cols' ? c.row : c.col]?.[q] ?? c.text) : 'X';
  const cells = t.cells.flatMap((c): ReportCell[] => {
    const i = idx(c);
    if (i === lo + 1) return [];
    const moved = i > lo + 1 ? (r.axis === 'cols' ? { ...c, colIndex: i - 1 } : { ...c, rowIndex: i - 1 }) : c;
    if (i !== lo) return [moved];
    const hi = pair.get(r.axis === 'cols' ? c.rowIndex : c.colIndex)!;
    const blank = c.text.trim() === '' && hi.text.trim() === '';
    const text = blank ? '' : `${r.form[0]}${end(c, 0)}${r.form[1]}${end(hi, 1)}${r.form[2]}`;
    return [{ ...c, ...(r.axis === 'cols' ? { col: r.label } : { row: r.label }), text, maskedText: text }];
  });
  const merged = [...lines.slice(0, lo), { ...lines[lo]!, label: r.label }, ...lines.slice(lo + 2)];
  const size = t.sizeLine && t.sizeLine.index > lo ? { sizeLine: { ...t.sizeLine, index: t.sizeLine.index - 1 } } : {};
  return r.axis === 'cols' ? { ...t, cols: merged, cells, ...size } : { ...t, rows: merged, cells, ...size };
}

function gridHtml(t0: ReportTable, masked: boolean): string {
  const t = masked ? rangeMerged(t0) : t0;
  const byPos = new Map(t.cells.map((c) => [`${c.rowIndex}:${c.colIndex}`, c]));
  const name = tableName(t);
  const caption = masked ? `${name}（公表用: 秘匿するセルを X で表示）` : `${name}（判定結果）`;
  const headCells = [
    `<th scope="col">${esc(t.corner) || '<span class="pc-visually-hidden">行見出し</span>'}</th>`,
    ...t.cols.map(
      (c) =>
        `<th scope="col" class="pc-h-${c.kind}">${headerText(c.label)}${c.ours ? `<span class="pc-ours">${esc(OURS_TEXT)}</span>` : ''}</th>`,
    ),
  ];
  const bodyCells = t.rows.map((r, ri) => {
    const tds = t.cols.map((_, ci) => {
      const cell = byPos.get(`${ri}:${ci}`)!;
      const cls = `pc-cell pc-${cell.status}${t.cols[ci]!.kind !== 'item' || r.kind !== 'item' ? ' pc-sum' : ''}`;
      if (masked) return `<td class="${cls}">${esc(cell.maskedText ?? (cell.status === 'published' ? cell.text : 'X'))}</td>`;
      const notes = cell.findings.length ? `<span class="pc-findings">${cell.findings.map((f) => esc(sentence(f))).join('')}</span>` : '';
      return `<td class="${cls}">${esc(cell.text)}${mark(cell.status)}${notes}</td>`;
    });
    const ours = r.ours ? `<span class="pc-ours">${esc(OURS_TEXT)}</span>` : '';
    return [`<th scope="row" class="pc-h-${r.kind} pc-depth-${Math.min(r.depth, 4)}">${headerText(r.label)}${ours}</th>`, ...tds];
  });
  const rated = withRates(
    t,
    headCells,
    bodyCells,
    (label, axis) => `<th scope="${axis === 'cols' ? 'col' : 'row'}" class="pc-h-rate">${headerText(label)}</th>`,
    (c) =>
      c === undefined
        ? '<td class="pc-cell pc-rate"></td>'
        : masked
          ? `<td class="pc-cell pc-rate${c.hidden ? ' pc-rate-hidden' : ''}">${c.hidden ? 'X' : esc(c.text)}</td>`
          : `<td class="pc-cell pc-rate${c.hidden ? ' pc-rate-hidden' : ''}">${esc(c.text)}${c.hidden ? ` <span class="pc-mark pc-mark-rate">［${markOf(c)}］</span><span class="pc-findings">${esc(sentence(c.why!))}</span>` : ''}</td>`,
  );
  // The size line is published as written: never hidden, so never marked.
  const [headLine, ...bodyLines] = withSizeLine(
    t,
    rated.head,
    rated.body,
    (label, texts) => [
      `<th scope="row" class="pc-h-size">${esc(label)}</th>`,
      ...texts.map((x) => `<td class="pc-cell pc-published pc-size">${esc(x)}</td>`),
    ],
    (text, header) =>
      header ? `<th scope="col" class="pc-h-size">${esc(text)}</th>` : `<td class="pc-cell pc-published pc-size">${esc(text)}</td>`,
  );
  const head = `<tr>${headLine!.join('')}</tr>`;
  const body = bodyLines.map((line) => `<tr>${line.join('')}</tr>`).join('');
  return scrollRegion(
    caption,
    `<table class="pc-grid"><caption>${esc(caption)}</caption><thead>${head}</thead><tbody>${body}</tbody></table>`,
  );
}

/** The report body as an HTML fragment (sections with headings), safe to insert: every value is escaped. */
export function renderReport(report: Report, options: RenderOptions = {}): string {
  const level = options.level ?? 2;
  const h = `h${level}`;
  const sub = `h${level + 1}`;
  const out: string[] = [];
  const when = `<p class="pc-generated">作成: ${esc(japanTime(new Date(report.generatedAt)))}</p>`;
  if (!report.ok) {
    out.push(`<section class="pc-errors" aria-labelledby="pc-errors-h"><${h} id="pc-errors-h">入力を確認してください</${h}><ul>`);
    for (const e of report.errors) {
      out.push(
        `<li><span class="pc-tag">［エラー］</span>${esc(placeText(e))}${esc(sentence(e.message))}<span class="pc-hint">${esc(sentence(e.hint))}</span></li>`,
      );
    }
    out.push('</ul></section>');
    return out.join('');
  }
  const v = report.verdict!;
  const notes = inferredNotes(report);
  out.push(when);

  // 1. The verdict and the action: which cells to hide.
  out.push(`<section class="pc-verdict pc-route-${v.route}" aria-labelledby="pc-verdict-h"><${h} id="pc-verdict-h">判定</${h}>`);
  out.push(`<p class="pc-verdict-label"><strong>${esc(v.label)}</strong>${esc(oursMark(v.basis))}</p>`);
  if (v.afterChanges)
    out.push(
      `<p>提案した秘匿（一次・二次）を行った表は: <strong>${esc(v.afterChanges.label)}</strong>${esc(oursMark(v.afterChanges.basis))}</p>`,
    );
  out.push('</section>');
  out.push(`<section class="pc-actions" aria-labelledby="pc-actions-h"><${h} id="pc-actions-h">対応</${h}>`);
  const hiding = report.tables.filter((t) => t.loss.suppressedCells > 0);
  const blocking = v.reasons.filter((r) => r.severity === 'blocking' && r.kind !== 'primary');
  if (hiding.length === 0 && blocking.length === 0) out.push('<p>秘匿するセルはありません。</p>');
  if (hiding.length > 0) out.push('<p>公表する前に、次のセルを秘匿してください（公表用の表では X で示します）。</p>');
  for (const t of hiding) {
    const cells = t.cells.filter((c) => c.status !== 'published');
    out.push(`<${sub}>${esc(tableName(t))}: ${cells.length} 個</${sub}><ul class="pc-hide">`);
    for (const c of cells) out.push(`<li>${esc(cellPlace(c))}${mark(c.status)}</li>`);
    out.push('</ul>');
    const rates = hiddenRates(t);
    if (rates.length > 0) {
      const what = ratesWhat(rates);
      out.push(`<p>${what}も ${rates.length} 個秘匿してください。</p><ul class="pc-hide pc-hide-rates">`);
      for (const c of rates)
        out.push(`<li>${esc(cellPlace(c))} <span class="pc-mark pc-mark-rate">［${markOf(c)}］</span>${esc(sentence(c.why!))}</li>`);
      out.push('</ul>');
    }
    out.push(gridHtml(t, true));
  }
  for (const r of blocking) out.push(`<p><span class="pc-tag">［要対応］</span>${esc(r.text)}</p>`);
  out.push('</section>');

  // 2. The conditions the verdict was given for.
  const c = report.context!;
  out.push(
    `<section aria-labelledby="pc-context-h"><${h} id="pc-context-h">公表の条件</${h}><dl class="pc-context"><dt>利活用の目的</dt><dd>${esc(c.purposeLabel ?? '指定なし')}</dd><dt>患者背景・アウトカムの詳細</dt><dd>${c.details ? '示す' : '示さない'}</dd>${c.venue ? `<dt>公表先</dt><dd>${esc(c.venue)}</dd>` : ''}<dt>基準の版</dt><dd>${esc(report.version!.name)}</dd><dt>保護の基準</dt><dd>${esc(report.protection!.label)}</dd></dl></section>`,
  );

  // 3. The reasons, each with its grounds, its citation and the readings of ours it applies.
  out.push(`<section aria-labelledby="pc-reasons-h"><${h} id="pc-reasons-h">理由</${h}><ol class="pc-reasons">`);
  for (const r of v.reasons) {
    const refs = r.inferred
      .map((i) => notes.indexOf(i) + 1)
      .map((n) => `<a href="#pc-inferred-${n}">［推定${n}］</a>`)
      .join('');
    out.push(
      `<li class="pc-reason pc-${r.severity}"><span class="pc-tag">${SEVERITY_TAG[r.severity]}</span>${esc(r.text)}` +
        `<span class="pc-basis">根拠: ${esc(groundsText(r))}</span>` +
        (r.citation ? `<span class="pc-cite">出典: ${citationHtml(r.citation, options.linkBase)}</span>` : '') +
        (refs ? `<span class="pc-inferred-refs">当サイトの推定: ${refs}</span>` : '') +
        '</li>',
    );
  }
  out.push('</ol></section>');
  if (notes.length > 0) {
    out.push(
      `<section class="pc-inferred" aria-labelledby="pc-inferred-h"><${h} id="pc-inferred-h">当サイトの推定（判定が前提とする読み方）</${h}>`,
    );
    out.push('<p>次の点は、公開資料の言葉ではなく当サイトの読み方です。読み方が二通りある点は、その両方を示しています。</p><ol>');
    notes.forEach((n, i) => out.push(`<li id="pc-inferred-${i + 1}"><span class="pc-tag">［推定${i + 1}］</span>${esc(n)}</li>`));
    out.push('</ol></section>');
  }

  // 4. Each table as judged, with its audit.
  for (const t of report.tables) {
    const id = `pc-table-${t.number}-h`;
    out.push(`<section class="pc-table" aria-labelledby="${id}"><${h} id="${id}">${esc(tableName(t))}の判定結果</${h}>`);
    out.push(
      `<p class="pc-legend">セルの区分は文字で示します: ［一次秘匿］閾値未満のため秘匿するセル、［二次秘匿］一次秘匿のセルを割り出せないよう併せて秘匿するセル。印のないセルは公表できます。</p>`,
    );
    out.push(gridHtml(t, false));
    const loss = t.loss;
    out.push(
      `<p>秘匿するセル: ${loss.suppressedCells} 個${t.kind === 'count' ? `（値の合計 ${loss.suppressedTotal}）` : ''}、うち二次秘匿 ${loss.secondaryCells} 個${t.kind === 'count' ? `（値の合計 ${loss.secondaryTotal}）` : ''}。</p>`,
    );
    if (t.least) out.push(`<p class="pc-least">${esc(leastSentence(t.least))}</p>`);
    if (t.audit) {
      out.push(
        `<${sub}>監査（秘匿したセルが取り得る範囲）</${sub}><p>公表するセルと表の合計・小計の関係から、秘匿したセルが取り得る値の最小値と最大値を線形計画法で求めました。${t.audit.passed ? 'すべてのセルが保護の基準を満たしています。' : '<strong>保護の基準を満たさないセルがあります。</strong>'}</p>`,
      );
      const rows = t.audit.cells
        .map(
          (a) =>
            `<tr><th scope="row">${esc(a.row)}</th><td>${esc(a.col)}</td><td>${STATUS_LABEL[a.status]}</td><td>${a.value}</td><td>${a.lo} 〜 ${a.hi ?? '上限なし'}</td><td>${a.protected ? '保護されている' : a.exact ? '<strong>値が一つに定まる</strong>' : '<strong>閾値未満と分かる</strong>'}</td></tr>`,
        )
        .join('');
      out.push(
        scrollRegion(
          `${tableName(t)}の監査結果`,
          `<table class="pc-audit"><caption>${esc(tableName(t))}の監査結果</caption><thead><tr><th scope="col">行</th><th scope="col">列</th><th scope="col">区分</th><th scope="col">値</th><th scope="col">取り得る範囲</th><th scope="col">判定</th></tr></thead><tbody>${rows}</tbody></table>`,
        ),
      );
    }
    out.push('</section>');
  }

  // 5. The rule values used, then warnings, then ids for those who need them.
  const params = report.parameters
    .map(
      (p) =>
        `<tr><td>${esc(p.ruleTitle)}</td><td>${esc(p.label)}</td><td>${esc(p.shown)}${p.assumed ? ' <span class="pc-tag">［仮定］</span>' : ''}</td><td>${esc(p.sinceName)}</td><td>${p.assumed ? `仮定: ${esc(p.assumptionNote ?? '')}` : esc(p.basisLabel)}</td></tr>`,
    )
    .join('');
  out.push(
    `<section aria-labelledby="pc-params-h"><${h} id="pc-params-h">使用した基準値</${h}>` +
      scrollRegion(
        '使用した基準値の表',
        `<table class="pc-params"><caption>使用した基準値</caption><thead><tr><th scope="col">規則</th><th scope="col" class="pc-param-label">項目</th><th scope="col">値</th><th scope="col">適用開始の版</th><th scope="col">根拠</th></tr></thead><tbody>${params}</tbody></table>`,
      ) +
      '</section>',
  );
  if (report.warnings.length) {
    out.push(`<section aria-labelledby="pc-warn-h"><${h} id="pc-warn-h">注意</${h}><ul>`);
    for (const w of report.warnings) out.push(`<li><span class="pc-tag">［注意］</span>${esc(sentence(w.message))}</li>`);
    out.push('</ul></section>');
  }
  out.push(
    `<details class="pc-tech"><summary>技術情報</summary><ul>${technical(report)
      .map((l) => `<li><code>${esc(l)}</code></li>`)
      .join('')}</ul></details>`,
  );
  return out.join('');
}

/** The ids behind the report, one a line: for maintainers and for matching the JSON. */
function technical(report: Report): string[] {
  const v = report.verdict!;
  const cited = [
    ...new Map(v.reasons.flatMap((r) => (r.citation ? [r.citation] : [])).map((c) => [`${c.rule} ${c.clause} ${c.version}`, c])).values(),
  ];
  return [
    `format: ${report.format}`,
    `generatedAt: ${report.generatedAt}`,
    `verdict: ${v.route} (basis: ${v.basis})${v.afterChanges ? `; afterChanges: ${v.afterChanges.route} (basis: ${v.afterChanges.basis})` : ''}`,
    `version: ${report.version!.id} (${report.version!.status})`,
    `protection: ${report.protection!.id}`,
    ...(report.context!.purpose ? [`purpose: ${report.context!.purpose}`] : []),
    ...report.parameters.map(
      (p) =>
        `${p.rule}.${p.param} = ${String(p.value)}${p.assumed ? ' (assumption)' : ''}; since ${p.since}, clause ${p.clause}, basis ${p.basis}`,
    ),
    ...cited.map((c) => `cites: rule ${c.rule}, clause ${c.clause} of ${c.version}${c.path ? ` (/${c.path})` : ''}`),
    ...report.tables.flatMap((t) =>
      t.least
        ? [
            `least-loss (table ${t.number}${t.least.linked ? ', linked tables together' : ''}): cells ${t.least.cells} / fewest ${t.least.fewestCells} (bound ${t.least.fewestCellsBound}), value ${t.least.value} / least ${t.least.leastValue} (bound ${t.least.leastValueBound}), ratio ${t.least.ratio.toFixed(3)} (at most ${t.least.ratioBound.toFixed(3)}${t.least.leastRatioBound !== undefined ? `; least ratio at least ${t.least.leastRatioBound.toFixed(3)}` : ''}), ${t.least.proved ? 'proved' : 'not proved'}; goal ${LEAST_GOAL}: ${t.least.ratio <= LEAST_GOAL + 1e-9 ? 'met' : t.least.proved || (t.least.leastRatioBound ?? 0) > LEAST_GOAL + 1e-9 ? 'no choice meets it' : 'not met by the best found'}${t.least.leastRatioBound !== undefined && t.least.ratioBound <= LEAST_GOAL * t.least.leastRatioBound + 1e-9 ? `; within ${LEAST_GOAL} of the least ratio` : ''}`,
          ]
        : [],
    ),
  ];
}

/** CSS of the standalone report (the page has its own stylesheet with the same classes). */
export const REPORT_CSS = `body{font-family:"Hiragino Sans","Noto Sans JP","Noto Sans CJK JP","BIZ UDPGothic",Meiryo,sans-serif;line-height:1.7;color:#1a1a1a;margin:2rem auto;max-width:60rem;padding:0 1rem}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #999;padding:.2rem .5rem;vertical-align:top}caption{text-align:left;font-weight:bold}
.pc-scroll{overflow-x:auto;max-width:100%}.pc-grid td{text-align:right}.pc-primary{background:#fadede}.pc-secondary{background:#fff1c2}.pc-sum{font-weight:bold}
.pc-mark{font-weight:bold;white-space:nowrap}.pc-findings{display:block;font-size:.85em;text-align:left}.pc-param-label{min-width:8em}
.pc-depth-1{padding-left:1.5em}.pc-depth-2{padding-left:2.5em}.pc-depth-3,.pc-depth-4{padding-left:3.5em}
.pc-tag{font-weight:bold}.pc-blocking>.pc-tag{color:#8a1c1c}.pc-basis,.pc-cite,.pc-inferred-refs,.pc-hint{display:block;font-size:.9em;color:#444}
.pc-visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@media print{body{margin:0;max-width:none}a{color:inherit}.pc-scroll{overflow:visible}}`;

/** A standalone HTML document of the report, for saving and attaching. */
export function reportDocument(report: Report, options: RenderOptions = {}): string {
  const when = japanTime(new Date(report.generatedAt));
  return `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>公表基準チェック結果（${esc(when)}）</title><style>${REPORT_CSS}</style></head><body><main><h1>MID-NET 公表基準チェック結果</h1><p>非公式のチェッカーによる結果です。判定は公表の申請先の審査に代わるものではありません。</p>${renderReport(report, { ...options, level: 2 })}</main></body></html>`;
}

/** Display width in a terminal: East Asian wide characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch) ? 2 : 1;
  return w;
}
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));

function gridText(t0: ReportTable, masked: boolean): string[] {
  const t = masked ? rangeMerged(t0) : t0;
  const byPos = new Map(t.cells.map((c) => [`${c.rowIndex}:${c.colIndex}`, c]));
  const rated = withRates(
    t,
    [t.corner, ...t.cols.map((c) => `${c.label}${c.ours ? OURS_TEXT : ''}`)],
    t.rows.map((r, ri) => [
      `${'  '.repeat(r.depth)}${r.label}${r.ours ? OURS_TEXT : ''}`,
      ...t.cols.map((_, ci) => {
        const c = byPos.get(`${ri}:${ci}`)!;
        if (masked && c.maskedText !== undefined) return c.maskedText;
        if (c.status === 'published') return c.text;
        return masked ? 'X' : `${c.text}［${c.status === 'primary' ? '一次' : '二次'}］`;
      }),
    ]),
    (label) => label,
    (c) => (c === undefined ? '' : !c.hidden ? c.text : masked ? 'X' : `${c.text}［${markOf(c)}］`),
  );
  const grid = withSizeLine(
    t,
    rated.head,
    rated.body,
    (label, texts) => [label, ...texts],
    (text) => text,
  );
  const widths = grid[0]!.map((_, i) => Math.max(...grid.map((row) => width(row[i]!))));
  return grid.map((row) => `    ${row.map((cell, i) => pad(cell, widths[i]!)).join('  ')}`.trimEnd());
}

/** The report as plain text for the terminal: the action first, then the reasons, then the details. */
export function renderText(report: Report): string {
  if (!report.ok || !report.verdict) return '';
  const v = report.verdict;
  const notes = inferredNotes(report);
  const lines: string[] = [];
  lines.push(`判定: ${v.label}${oursMark(v.basis)}`);
  if (v.afterChanges) lines.push(`提案した秘匿を行った表は: ${v.afterChanges.label}${oursMark(v.afterChanges.basis)}`);
  lines.push(`作成: ${japanTime(new Date(report.generatedAt))}`, '');

  const hiding = report.tables.filter((t) => t.loss.suppressedCells > 0);
  const blocking = v.reasons.filter((r) => r.severity === 'blocking' && r.kind !== 'primary');
  lines.push('対応:');
  if (hiding.length === 0 && blocking.length === 0) lines.push('  秘匿するセルはありません。');
  if (hiding.length > 0) lines.push('  公表する前に、次のセルを秘匿してください（公表用の表では X）。');
  for (const t of hiding) {
    lines.push(`  ${tableName(t)}:`);
    for (const c of t.cells.filter((x) => x.status !== 'published')) lines.push(`    ${cellPlace(c)} ［${STATUS_LABEL[c.status]}］`);
    for (const c of hiddenRates(t)) lines.push(`    ${cellPlace(c)} ［${markOf(c)}］${sentence(c.why!)}`);
    lines.push(`  ${tableName(t)}（公表用）:`, ...gridText(t, true));
  }
  for (const r of blocking) lines.push(`  ［要対応］${r.text}`);

  const c = report.context!;
  lines.push(
    '',
    `公表の条件: 目的 ${c.purposeLabel ?? '指定なし'}、患者背景・アウトカムの詳細を${c.details ? '示す' : '示さない'}${c.venue ? `、公表先 ${c.venue}` : ''}`,
  );
  lines.push(`基準の版: ${report.version!.name}`, `保護の基準: ${report.protection!.label}`, '', '理由:');
  for (const r of v.reasons) {
    lines.push(`  ${SEVERITY_TAG[r.severity]}${r.text}`);
    lines.push(`      根拠: ${groundsText(r)}`);
    if (r.citation) lines.push(`      出典: ${citationText(r.citation)}${r.citation.path ? `  /${r.citation.path}` : ''}`);
    if (r.inferred.length) lines.push(`      当サイトの推定: ${r.inferred.map((i) => `［推定${notes.indexOf(i) + 1}］`).join('')}`);
  }
  if (notes.length) {
    lines.push('', '当サイトの推定（判定が前提とする読み方。公開資料の言葉ではありません）:');
    notes.forEach((n, i) => lines.push(`  ［推定${i + 1}］${n}`));
  }
  for (const t of report.tables) {
    lines.push('', `${tableName(t)}の判定結果（［一次］閾値未満、［二次］併せて秘匿）:`, ...gridText(t, false));
    if (t.least) lines.push(`  ${leastSentence(t.least)}`);
    if (t.audit) {
      lines.push(`  監査（${t.audit.passed ? 'すべて保護されている' : '保護の基準を満たさないセルあり'}）:`);
      for (const a of t.audit.cells) {
        lines.push(
          `    行${quote(a.row)}・列${quote(a.col)} ${STATUS_LABEL[a.status]} 値 ${a.value} → 取り得る範囲 ${a.lo}〜${a.hi ?? '上限なし'}${a.protected ? '' : '  ← 保護されていない'}`,
        );
      }
    }
  }
  lines.push('', '使用した基準値:');
  for (const p of report.parameters) {
    lines.push(
      `  ${p.ruleTitle}・${p.label}: ${p.shown}${p.assumed ? '［仮定］' : ''}（${p.sinceName}から。根拠: ${p.assumed ? '仮定' : p.basisLabel}）`,
    );
  }
  for (const w of report.warnings) lines.push('', `［注意］${sentence(w.message)}`);
  lines.push('', '技術情報:', ...technical(report).map((l) => `  ${l}`));
  // Each line through `visible`: a label's control characters never reach the terminal as controls.
  return `${lines.map(visible).join('\n')}\n`;
}
