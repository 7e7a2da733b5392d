/**
 * attack35 (issue #11): life tables — per time point the patients at risk, the events and the censored of the
 * interval (the table under a Kaplan–Meier curve). A reader computes at-risk(t) − at-risk(t+1) = events + censored,
 * so 120 − 102 − 15 gives a hidden 3 events back, though no line is a sum of others (the relation is a step along the
 * at-risk line). Read here, with the table, as one equation per interval (`Table.steps`, system.ts), where the
 * at-risk line is named so (`AT_RISK`; one step is enough) or falls at three steps or more (four positions), and one
 * other line or two lines' sum equals every step — the interval's events printed at its start or at its end,
 * whichever the numbers prove. An at-risk column read as each row's N (「患者数」, header.ts) likewise, over three
 * steps or more. The equations hold for the true counts, so they can only make the protection safer; said as ours.
 *
 * life37: a title or corner naming the risk set (「リスク集合」「Number at risk」) names the table a life table: its
 * lines are read as a named at-risk line's are (and the events' lines are no cumulative lines, cumulative.ts). A line
 * not named at risk over exactly three positions (two steps, chance fits being common) is read where both steps fit
 * exactly and a cell of the equations is under the threshold (the count the step would give back). An at-risk line
 * in one table and the events and censored in another over the same time points (the labels as written) are tied
 * where the arithmetic holds at every step (`lifeAcross`, `Table.stepsAcross`).
 *
 * life38: across tables an at-risk line under no word for it (「人数」「n」, an arm's name alone) is tied where every
 * step fits and a cell of the steps is under the threshold (as within a table over three points); over one step (two
 * time points), within a table or across, an unnamed line is read where two lines said events or censored
 * (`EVENTS_WORDS`) take its fall exactly, a cell of the step is small and the line is no such line itself (our
 * reading: over one step a fall equal to one count or two counts' sum is a chance match as often as a relation).
 *
 * life40: over one step also lines of leaving the risk set (「転院」「追跡不能」「中止」, `EVENTS_WORDS`), any two lines under
 * a title or corner naming a survival analysis (`SURVIVAL`), and, under no word at all, any two lines where the
 * falling line is the largest at both points and the points start at follow-up's start (`startOf`: 「0か月」
 * 「Baseline」): a reader of the published cells takes the count back there, and ordinary tables rarely look so
 * (life40-guess.ts).
 *
 * life42: from any follow-up time point (`followUp`: 「3か月」「6か月」, 「1年」「2年」; a calendar year is none), and arm by
 * arm: an arm whose largest line fits is set aside (every set that fits its fall an equation, a cell small or not once
 * another arm is read), and the largest of the rest read alike (「A群」 beside a larger 「B群」, life42-guess.ts).
 *
 * life44: consecutive calendar years (「2023年」「2024年」) as follow-up points where the fall is possible as a life table
 * (`followUpPoints`, `overLast`); across tables an arm's at-risk line tied to another table's lines is set aside and its
 * own table read again (the next arm the largest of the rest), and a line the largest of its own table is tied to no
 * larger lines of another (each table one arm's at-risk line and the other arm's lines); a fall whose last point's lines
 * outnumber those at risk there is read (the equations are true of the numbers) and said impossible as a life table.
 *
 * life46: calendar points in increasing order (「2021年」「2023年」, 「2023年上期」「2023H2」, 「FY2023」: `calendarTime`);
 * across tables two arms crossed where neither at-risk line is its table's largest (both falls fit exactly, each by two
 * lines of the other table), another table's points one step off (events from 「0か月」 beside at risk from 「3か月」: each
 * step's column found by its label), and a fall taken by 「イベント」 beside the at-risk line and 「打ち切り」 in another table.
 *
 * life48: the points' N (header.ts) tied to lines of another table, and another table's points more than one step off
 * or written as intervals (「0-6か月」): `lifeSpans`. No reading where no life table can be: a risk set falls (a line 0 at
 * every point, an 「n/N」 block's 0 line, never), a line under no word only over time points, and a group's size
 * 「A群 (N=70)」 no time point's digit.
 *
 * life50: another table's points between the at-risk points (events at 「4か月」「10か月」 beside at risk at 0/6/12か月),
 * each in its own interval, read as that interval's (`within`). No silent reading of what no life table can be: a line
 * its label names at risk rising (`table/at-risk-rises`), or a fall taken only by counts printed at each interval's end
 * with counts at 「0か月」 (before follow-up: `table/life-start`), are input errors naming the line (our reading).
 */
import { countsForPercent, normalise } from './cell.ts';
import { countText, DENOMINATOR_TEXT } from './header.ts';
import { quote, some } from './quote.ts';
import { countOf, denominatorOf } from './table.ts';
import type { Header, InputError, Table, Warning } from './types.ts';

/**
 * Words for the patients at risk at a time point. step68: and the number at an interval's start or end (「開始時人数」
 * 「期間終了時の人数」「N at start」): a part of a step's own N under them was a line of no word, so 「9-12か月」's
 * 開始時人数 less its 打ち切り gave 死亡 back against 表1's 12か月 (step68-families.ts `neither`).
 */
export const AT_RISK =
  /at[\s-]*risk|リスク(?:集合|人数|例数|患者数?|下)|危険集合|観察継続|追跡継続|(?:観察|追跡)(?:対象)?(?:人数|例数|患者数)|生存(?:例|者|患者)数|(?:期間|区間)?(?:開始|終了)時(?:点)?の?(?:人数|例数|患者数|症例数)|\b(?:n|number|no\.?|patients?)\s(?:at|remaining\sat)\s(?:the\s)?(?:start|end|beginning)\b/i;
/**
 * Positions from which a falling line not named as at risk is read (three steps: chance matches of two are common);
 * over `UNNAMED_POINTS - 1` positions only where a cell of the steps is under the threshold (life37).
 */
const UNNAMED_POINTS = 4;
/**
 * life38: words for the events and censored of an interval (the lines a fall is taken by). A line not named at risk
 * over two positions (one step) is read only where the lines taking its fall say so: over one step a fall equal to
 * one count or two counts' sum is a chance match as often as a relation (ordinary tables of 「2023年」「2024年」).
 */
export const EVENTS_WORDS =
  /イベント|events?\b|死亡|deaths?|打ち?切り|censor|脱落|増悪|再発|progression|relapse|転院|転出|追跡(?:不能|不可|中止|終了)|消息不明|来院(?:なし|せず)|離脱|中止|lost\b|withdr[ae]w|drop[\s-]*outs?|discontinu/i;
/** The words of events and censoring before life40's words of leaving (「転院」「中止」 are also ordinary lines: 「うち転院」). */
const EVENT_ONLY = /イベント|events?\b|死亡|deaths?|打ち?切り|censor|脱落|増悪|再発|progression|relapse/i;
/** A header naming a time point with its unit (「0か月」「6ヶ月」「3週」「30日」「1年」, 「Baseline」): 「c1」「c2」 are none. */
const TIME_UNIT = /\d\s*(?:年|か月|カ月|ヶ月|ケ月|箇月|月|週|日|回目)|\b(?:years?|months?|weeks?|days?|baseline)\b|開始|時点/i;
/**
 * life40: a title or corner naming a survival analysis (「# 全生存期間」「# Kaplan-Meier曲線」「# 無増悪生存」「time to
 * event」): over one step the lines taking an unnamed line's fall need no word of their own (「転院以外の理由」「区分1」),
 * the title says what the table is (our reading).
 */
export const SURVIVAL =
  /生存(?:時間|期間|曲線|解析|率)|全生存|無増悪|無再発|無イベント|kaplan|meier|\bkm\b|survival|time[\s-]*to[\s-]*event|イベント(?:発生)?までの/i;
const survivalTitled = (table: Table): boolean => [table.title ?? '', table.corner].some((t) => SURVIVAL.test(normalise(t)));
/** The small-count threshold where the caller gives none (as read.ts). */
const SMALL = 10;
/** The title or the corner names the risk set (「# リスク集合」 over the table): the table is named a life table. */
export const titledLife = (table: Table): boolean => [table.title ?? '', table.corner].some((t) => AT_RISK.test(normalise(t)));
/**
 * The lines a title naming the risk set names: those over time points (a digit in every position's label, 「0か月」
 * 「1年」), not the other axis's (「A群」「B群」 under 「0か月」: a column falling from A群 to B群 is no step in time).
 */
const overTime = (positions: readonly { label: string }[]): boolean =>
  positions.every((h) => /\d/.test(normalise(h.label).replace(GROUP_SIZE, '')));
/**
 * life48: a group's size in its header (「A群 (N=90)」, 「B群 n=72」, read or written) is no time point's digit: 「n/N」
 * blocks of age bands under 「A群」「B群」 (denom31's zeros family) were read as falling from group to group.
 */
const GROUP_SIZE = /\b[nN] ?[=＝:：] ?[\d,]+/g;
/** Units of time points as written (linked37): 「か月」「ヶ月」「カ月」「ヵ月」「ケ月」「箇月」「months」「mo」「M」 one month. */
const TIME_UNITS: readonly (readonly [RegExp, string])[] = [
  [/^(?:か月|ヶ月|カ月|ヵ月|ケ月|箇月|months?|mos?|m)$/, 'month'],
  [/^(?:年|years?|yrs?|y)$/, 'year'],
  [/^(?:週|週間|weeks?|wks?|w)$/, 'week'],
  [/^(?:日|days?|d)$/, 'day'],
];
/** life63: a point's N in its header, bracketed or not (「(N=150)」「（n＝170）」「n=170」), at the label's end. */
const POINT_N = /\s?[(（]?[nN] ?[=＝:：] ?\d[\d,]{0,12}[)）]?$/;
/**
 * A time point's label as `lifeAcross` compares it (linked37): a number and its unit, however the unit is written
 * (「6か月」「6ヶ月」「6カ月」「6 months」「6M」 one point; 「1年」「1 year」 one); any other label as written (NFKC).
 * Our reading: a table of 「6M」 beside one of 「6か月」 over the same points is read as over the same times.
 * red59: the unit's word before the number (「Day 30」「Week 4」「Month 12」「Year 1」, words only: 「D30」 is none) and an
 * ordinal 「目」 (「1年目」「30日目」: the interval ending there, as an interval's column at its end is read) are the same
 * point, and a point in years is one in months (「1年」 12 month), in weeks one in days (「4週」 28 day): life57's three
 * tables matched by label did not tie 「Day 30」 beside 「30日」, 「12か月」 beside 「1年」, a reader does (red59-families.ts
 * `lifeWritten`: a3601f36 leaked nearly all). A calendar year (「2023年」, 1000 or more) stays in years (`followUp`).
 */
/**
 * redf63: what is left of a header's N after header.ts's `DENOMINATOR_TEXT` (put as \u0001 first): its unit and bracket
 * after an 「n=」 (「（N=200人）」「(n=200例)」). Anchored at the mark, so it starts in no run.
 */
const N_LEFT = /\u0001(?:症例|例|人|名|件| ?patients?| ?pts\.?| ?subjects?| ?cases?)?(?![a-z]) ?[)）\]］】]?/gi;
/**
 * redf63: a point's number at risk in its header in words (「0か月 (at risk 200)」「Month 6 (No. at risk: 170)」
 * 「6か月（リスク数 170）」), which header.ts reads as no N: for the life table it is the point's N all the same.
 */
const AT_RISK_N = /(?:no\.? ?|number ?)?(?:at[- ]risk|リスク(?:集団|人|例)?数) ?[:=：＝]? ?(\d{1,3}(?:,\d{3})+|\d{1,9})(?![\d.,])/i;
/**
 * life66: a bare number in brackets closing a time point's label (「0か月 (200)」「6 months（170）」, two digits or more: no
 * footnote's mark), which header.ts reads as no N: the point's number at risk for life tables only (`pointN`), and no
 * part of the point (`timePoint`). Our reading (チェッカーの判断): life63's one interval's events and censored beside
 * such points gave a hidden count back (life66-families.ts `bare`).
 */
const BARE_N = /\s?[(（]\s?(\d{1,3}(?:,\d{3})+|\d{2,9})\s?[)）]$/;
/**
 * step68: a one-digit number in brackets closing a time point's label (「24か月 (5)」「12か月（8）」): the few still at
 * risk at the tail of follow-up (read.ts reads it as the column's N where it is at least its line's sum) or a mark —
 * either way no part of the point (`timePoint`, `span`). Before, 「24か月 (5)」 was no time point, so one interval's
 * events and censored ending there were read as no life table and the censored gave the events back
 * (step68-families.ts `digit`: 15 of 19 read leaked on eb81e31d). Its N is said as ours (チェッカーの推定, `lifeSpans`).
 */
const ONE_DIGIT = /\s?[(（]\s?(\d)\s?[)）]$/;
/** The N of a time point: its header's N (header.ts), else its number at risk written in words (`AT_RISK_N`), else a
 * bare number in brackets after the point (`BARE_N`). */
export const pointN = (h: Header): number | undefined => {
  if (h.denominator !== undefined) return h.denominator;
  const written = normalise(h.label);
  const m = AT_RISK_N.exec(written);
  if (m) return Number(m[1]!.replace(/,/g, ''));
  const bare = BARE_N.exec(written.trim());
  return bare && timeValue(timePoint(written)) ? Number(bare[1]!.replace(/,/g, '')) : undefined;
};
/** A label without the N its header states (`DENOMINATOR_TEXT`, `AT_RISK_N`), nor the brackets and marks left around it. */
const stripN = (written: string): string => {
  const c = countText(written);
  const marked = c.replace(DENOMINATOR_TEXT, '\u0001');
  if (marked === c && !AT_RISK_N.test(c)) return written;
  return marked
    .replace(N_LEFT, ' ')
    .replace(AT_RISK_N, ' ')
    .replace(/[(（[［]\s?[)）\]］]/g, ' ')
    .trim()
    .replace(/^[/／;；:：]|[/／;；:：]$/g, '');
};
export function timePoint(label: string): string {
  const written = normalise(label);
  // life63: the point's N written in its header (「12か月 (N=150)」「6 months n=170」, header.ts reads it as the point's
  // N) is no part of the point: 「12か月 (N=150)」 is 「12か月」. Before, such a label was no time point, so the points'
  // N were never an at-risk line (`lifeSpans`) and one interval's falls printed beside them gave a count back.
  // redf63: and whatever else header.ts reads as the header's N (`DENOMINATOR_TEXT`: 「[N=200]」「(200例)」「（N=200人）」
  // 「/ N=200」「N 200」, before or after the point): the header's N is its point's N, so its label is the point.
  const s = stripN(written).replace(POINT_N, '').trim().replace(BARE_N, '').trim().replace(ONE_DIGIT, '').trim().toLowerCase();
  if (s.length > 20) return written;
  const before = /^(days?|weeks?|months?|years?)\s?(\d{1,4}(?:\.\d{1,3})?)$/.exec(s);
  const m = before ? [s, before[2]!, before[1]!] : /^(\d{1,4}(?:\.\d{1,3})?)\s?([^\d\s][^\d]{0,7}?)目?$/.exec(s);
  const unit = m && TIME_UNITS.find(([re]) => re.test(m[2]!.trim()));
  if (!m || !unit) return written;
  const n = Number(m[1]);
  const as = (k: number, u: string) => `${Math.round(n * k * 1e6) / 1e6} ${u}`;
  return unit[1] === 'year' && n < 1000 ? as(12, 'month') : unit[1] === 'week' ? as(7, 'day') : as(1, unit[1]);
}
/** life40: a time point that is the start of follow-up (「0か月」「0 months」「0日」「Baseline」「開始時」): where a risk set starts. */
const START = /^(?:baseline|ベースライン|開始時|登録時|投与開始時?|day\s*0|week\s*0)$/i;
export const startOf = (label: string): boolean =>
  /^0 (?:month|year|week|day)$/.test(timePoint(label)) || START.test(normalise(label).trim());
/**
 * life42: a time point of follow-up — its start (`startOf`) or a time since it (「3か月」「12週」「1年」「60日」, a number
 * and its unit, `timePoint`); a calendar year (「2023年」, four digits) is none. Over one step a line under no word
 * that is the largest at both such points is read as at risk (life42-guess.ts: a reader of the published cells takes
 * the count back from 「3か月」「6か月」 as from 「0か月」「6か月」; the arithmetic does not depend on the first point).
 */
export const followUp = (label: string): boolean => {
  if (startOf(label)) return true;
  const m = /^(\d+(?:\.\d+)?) (month|year|week|day)$/.exec(timePoint(label));
  return m !== null && !(m[2] === 'year' && Number(m[1]) >= 1000);
};
/** life44: a calendar year (「2023年」「2023年度」「2023」, 1900–2099) as written. */
const YEAR = /^((?:19|20)\d\d)\s*(?:年度?)?$/;
/**
 * life44: the positions are follow-up time points (`followUp`), or calendar years each the one after the one before
 * (「2023年」「2024年」): over one step a line under no word the largest at both years falling by two lines' sum gives
 * a reader the hidden count back as from 「3か月」「6か月」 (life44-guess.ts), and ordinary tables of counts by year
 * rarely look so (life42-chance.ts, life44-chance.ts). Our reading.
 */
export const followUpPoints = (labels: readonly string[]): boolean => {
  if (labels.every(followUp)) return true;
  const times = labels.map(calendarTime);
  return times.every((y, k) => y !== undefined && (k === 0 || y > times[k - 1]!));
};
/**
 * life53: a label a life table reads as a time point (`followUp`, or a calendar year or half-year): a line read both
 * as a total and as an item (overtotal.ts `readBoth`) under such a label keeps both readings where a life table takes
 * it (read.ts, not `dropBoth`): 「8ヶ月」 over the other points' sum by chance and an interval's event point too.
 */
export const lifePoint = (label: string): boolean => followUp(label) || calendarTime(label) !== undefined;
/** life46: a half-year after its year (「2023年上期」「2023年下半期」「2023年前半」「2023H1」「上期2023」 is none). */
const HALF = /^((?:19|20)\d\d)(?:年度?)?\s?(上期|下期|上半期|下半期|前半|後半|前期|後期|h1|h2)$/i;
/**
 * life46: a calendar year (「2023年」「2023年度」「FY2023」) or half-year (「2023年上期」「2023H2」) as a number in years
 * (2023, 2023.5), else undefined: points in increasing order (「2021年」「2023年」「2024年」, gaps allowed) are read as
 * follow-up points where possible as a life table, as consecutive years since life44 (our reading).
 */
const calendarTime = (label: string): number | undefined => {
  const s = normalise(label).trim();
  const y = YEAR.exec(s) ?? /^fy\s*((?:19|20)\d\d)$/i.exec(s);
  if (y) return Number(y[1]);
  const h = HALF.exec(s);
  return h ? Number(h[1]) + (/下|後|h2/i.test(h[2]!) ? 0.5 : 0) : undefined;
};
/**
 * life44: a fall taken by lines printed at the step's start (shift 0) whose counts at the last point — the events and
 * censored of an interval from it — outnumber those at risk there: impossible as a life table. The equations are true
 * of the numbers all the same (a reader taking the fall gets the count back), so read, and said so (our reading).
 */
const overLast = (found: { set: readonly number[]; shift: 0 | 1 }, risk: number, last: (i: number) => number): boolean =>
  found.shift === 0 && found.set.reduce((s, i) => s + last(i), 0) > risk;
/**
 * totals48: a line of ours of a reading of its table alone (overtotal.ts `readBoth`'s rest of a line read both ways,
 * `readOverlap`'s lines): no printed line, neither a time point nor a line of a life table (a table read as a life
 * table drops its both readings: read.ts after `lifeAcross`).
 */
const ownLine = (h: Header): boolean => h.bothRest !== undefined || h.overlapOf !== undefined;
/** life50: a label naming a risk set (`AT_RISK`), not a risk group (「高リスク患者」「ハイリスク患者数」「high-risk」). */
const namedRisk = (label: string): boolean =>
  AT_RISK.test(normalise(label)) && !/(?:[高低中]|ハイ|ロー|high|low)[\s-]*リスク|(?:high|low)[\s-]*risk/i.test(normalise(label));
/** Lines of a table past which no pairs are looked at. */
const LIFE_LINES = 60;
/**
 * life59: the work `lifeAcross`'s `threeWay` does past life57's searches, per input (`life/not-searched`): one unit a set
 * of lines of up to five tables; life63: a set of k > 5 tables counted by its work (2^k ends × grids × its lines ÷ 1,000).
 */
const LIFE_WORK = 400_000;
/** life59: lines of a table past which lines under no word, or three other tables, are not searched (`life/not-searched`). */
const PLAIN_LINES = 8;
/**
 * life73: other tables (k) up to which sets through a table past `PLAIN_LINES` lines are walked where the input holds a
 * small count (life72: two; three since life73 — a fall over three other tables, one of them of 10 lines, untied and
 * said only, let the oracle pin a small count, life72-families `wide` 3 of 10). Each choice one unit of `LIFE_WORK`.
 */
const WIDE_K = 3;
/**
 * redg63: the levels (k other tables) every at-risk line's search goes through before any line's deeper levels; life65:
 * up to five (a fall over four or five tables of a line searched after another line spent `LIFE_WORK` at k ≥ 6 was said
 * `life/not-searched` and published untied: the oracle pinned its small count, life65-families.ts).
 */
const SHALLOW = 5;

type Steps = NonNullable<Table['steps']>;

/** Reads `table`'s life-table steps into `table.steps`; the warning saying so, or undefined where there are none. */
export function readLifeTable(
  table: Table,
  threshold = SMALL,
  aside: readonly { axis: 'rows' | 'cols'; line: number }[] = [],
  errors?: InputError[],
  notes?: Warning[],
): Warning | undefined {
  if (table.kind !== 'count') return undefined;
  const life = titledLife(table);
  /** life68: a `fallSets` search of this table's lines stopped past `FALL_WORK` (said `life/not-searched` in `notes`). */
  let cutShort = false;
  /** life68: the falls over one step whose small counts `guess` tied by the fall less them (said). */
  const guessed: string[] = [];
  const steps: Steps = [];
  const parts: NonNullable<Table['lifeParts']> = [];
  const said: string[] = [];
  /** life44: the lines read whose events at the last point outnumber those at risk there (`overLast`). */
  const over: string[] = [];
  /** life52: counts at 「0か月」 before follow-up under no word over fewer than three points (said, not refused). */
  const early: string[] = [];
  for (const axis of ['rows', 'cols'] as const) {
    const lines = axis === 'rows' ? table.rows : table.cols;
    const across = axis === 'rows' ? table.cols : table.rows;
    // totals48: a line of ours of a reading of this table alone (`ownLine`) is neither a time point nor a line of it.
    const at = across.flatMap((h, k) => (h.kind === 'item' && !ownLine(h) ? [k] : []));
    if (at.length < 2) continue;
    const titled = life && overTime(at.map((k) => across[k]!));
    const place = (i: number, k: number) => (axis === 'rows' ? { row: i, col: k } : { row: k, col: i });
    const value = (i: number, k: number) => {
      const p = place(i, k);
      return countOf(table.cells[p.row]![p.col]!);
    };
    const items = lines.flatMap((h, i) => (h.kind !== 'total' && !ownLine(h) ? [i] : []));
    if (items.length > LIFE_LINES) continue;
    // red66: with `wide`, three lines or more too (「死亡」「打ち切り」「転院」 taking each fall together were read by
    // no pair, and 死亡 came back as the fall less the others), where the table has few lines.
    const pairs = (from: readonly number[], wide = false) => [
      ...from.map((i) => [i]),
      ...from.flatMap((i, a) => from.slice(a + 1).map((j) => [i, j])),
      ...(wide && from.length <= PLAIN_LINES ? largerSets(from, 3) : []),
    ];
    /**
     * The lines taking each fall, printed at the step's start (0) or end (1), else undefined. life68: past
     * `PLAIN_LINES` lines, three lines or more searched by `fallSets` (bounded, a search cut short said
     * `life/not-searched`), every set that fits kept (`also`): a reader takes whichever is the table's.
     */
    const taking = (
      falls: readonly number[],
      from: readonly number[],
      both = false,
      wide = false,
    ): { set: number[]; shift: 0 | 1; also?: { set: number[]; shift: 0 | 1 }[] } | undefined => {
      const more: { set: number[]; shift: 0 | 1 }[] = [];
      for (const shift of [0, 1] as const) {
        const fit = (set: readonly number[]) =>
          at.slice(1).every((k, n) => falls[n] === set.reduce((s, i) => s + value(i, shift ? k : at[n]!), 0));
        const set = pairs(from, wide).find((set) => (!both || set.length >= 2) && fit(set));
        if (!wide || from.length <= PLAIN_LINES) {
          if (set) return { set, shift };
          continue;
        }
        // Beside one line or two found (by chance too, over one step: two of 9–12 lines meet one fall often, at the
        // step's start while the table's three lines print at its end), the sets of three or more that fit at either.
        if (set) more.push({ set, shift });
        const found = fallSets(from, 3, (i) => at.slice(1).map((k, n) => value(i, shift ? k : at[n]!)), falls);
        if (found.cut) cutShort = true;
        // At each step's end from the start of follow-up, a set with counts at 「0か月」 is no life table's (life50's
        // `table/life-start`): among many lines such sets fit two falls by chance (life68-families.ts innocent 5451).
        for (const set of found.sets)
          if (!(shift === 1 && startOf(across[at[0]!]!.label) && set.some((i) => value(i, at[0]!) > 0))) more.push({ set, shift });
      }
      return more[0] && { ...more[0], also: more.slice(1) };
    };
    const push = (risk: number | undefined, found: { set: number[]; shift: 0 | 1 }, falls: readonly number[]) =>
      at.slice(1).forEach((k, n) => {
        const step = found.shift ? k : at[n]!;
        const terms = [
          ...(risk === undefined
            ? []
            : [
                { ...place(risk, at[n]!), coef: 1 },
                { ...place(risk, k), coef: -1 },
              ]),
          ...found.set.map((i) => ({ ...place(i, step), coef: risk === undefined ? 1 : -1 })),
        ];
        steps.push({ terms, rhs: risk === undefined ? falls[n]! : 0 });
      });
    /** A cell of the steps under the threshold: the at-risk line's at each position, the lines' at each step's. */
    const small = (risk: number | undefined, found: { set: number[]; shift: 0 | 1 }) =>
      (risk !== undefined && at.some((k) => value(risk, k) < threshold)) ||
      found.set.some((i) => at.slice(1).some((k, n) => value(i, found.shift ? k : at[n]!) < threshold));
    /**
     * life53: a small count anywhere in the table's lines over the points (「その他」 3 beside 「イベント」「打ち切り」
     * under a 「計」 line): its complement hidden among the lines taking a fall (no cell of the steps small) is given
     * back by the fall (life53-families.ts `life/before-start`, `life/at-start`: 51, 50 of 100 leaked on cac6902), so an exact
     * fit is read as where a cell of the steps is small.
     */
    const smallIn = () => items.some((i) => at.some((k) => value(i, k) < threshold));
    /** life38: over one step, a line not named at risk is taken only by lines said to be events or censored. */
    const one = (named: boolean) => !named && at.length < UNNAMED_POINTS - 1;
    // life40: under a title naming a survival analysis, any line may take a fall over one step.
    /**
     * life40: over one step from the start of follow-up (「0か月」「Baseline」, `startOf`), a line under no word at all that
     * is the largest at both points (at risk
     * holds the interval's events and censored) may be taken by any two lines: such a fall, a cell of it small, gives a
     * reader the hidden count back (life40-guess.ts: right on every life table, no answer on 304 of 305 small counts
     * hidden in ordinary tables), so it is read (our reading; the equation holds for the true counts).
     */
    const timed = overTime(at.map((k) => across[k]!)) && followUpPoints(at.map((k) => across[k]!.label));
    // life44: calendar years (no follow-up time point): a fall under no word impossible as a life table is counts per year.
    const calendar = timed && !at.every((k) => followUp(across[k]!.label));
    // life42: the lines of an arm read already (its at-risk line and the lines taking its fall) are set aside, so the
    // next arm's at-risk line (「A群」 beside a larger 「B群」 and their lines) is the largest of the rest.
    const armed = new Set<number>();
    // The at-risk lines of those arms: no line of another arm's fall (the lines taking one arm's fall may take another's
    // by chance, 17 + 15 of two arms: the numbers cannot tell which arm a line is of, so they stay in the next's pool).
    const arms = new Set<number>();
    // life44: the at-risk lines of arms whose falls another table's lines take (`lifeAcross`): set aside alike.
    for (const x of aside)
      if (x.axis === axis) {
        armed.add(x.line);
        arms.add(x.line);
      }
    const largest = (risk: number | undefined) =>
      timed &&
      items.every(
        (i) =>
          i === risk ||
          (risk !== undefined && armed.has(i)) ||
          at.every((k) => value(i, k) <= (risk === undefined ? pointN(across[k]!)! : value(risk, k))),
      );
    // A word of leaving (「転院」) takes a fall only over time points named with their unit (an ordinary 「うち転院」 line
    // under 「c1」「c2」 read a life table, minimum2's うち family at 1.44× the fewest cells).
    const unitTimes = at.every((k) => TIME_UNIT.test(normalise(across[k]!.label)));
    const eventLines = survivalTitled(table)
      ? items
      : items.filter((i) => {
          const label = normalise(lines[i]!.label);
          return EVENT_ONLY.test(label) || (unitTimes && EVENTS_WORDS.test(label));
        });
    const read = new Set<number>();
    /**
     * life70: whether line `i` may take a fall printed at each step's start (`shift` 0) or end (1): at the end from the
     * start of follow-up (「0か月」「Baseline」, `startOf`) only a line with no count at that first point — a count there
     * would be events or censored before follow-up began (life50's `table/life-start`), so no set of the table's holds it
     * (`taking` left such sets out since life68; `guess` and `largerFits` tied them: life68-families.ts innocent own1).
     */
    const canTake = (i: number, shift: 0 | 1) => !(shift === 1 && startOf(across[at[0]!]!.label) && value(i, at[0]!) > 0);
    /**
     * life68: over one step, every set of three lines or more of `from` (lines said events or censored) meeting the
     * fall at the step's start or end (`largerSets`, past `PLAIN_LINES` `fallSets` as `taking`).
     */
    const largerFits = (falls: readonly number[], from: readonly number[]): { set: number[]; shift: 0 | 1 }[] =>
      ([0, 1] as const).flatMap((shift) => {
        const part = (i: number) => at.slice(1).map((k, n) => value(i, shift ? k : at[n]!));
        // life70: at each step's end from the start of follow-up only lines with no count at 「0か月」 (as `taking`).
        const lines = from.filter((i) => canTake(i, shift));
        if (lines.length <= PLAIN_LINES)
          return largerSets(lines, 3)
            .filter((set) => part(set[0]!).every((_, n) => set.reduce((t, i) => t + part(i)[n]!, 0) === falls[n]))
            .map((set) => ({ set, shift }));
        const found = fallSets(lines, 3, part, falls);
        if (found.cut) cutShort = true;
        return found.sets.map((set) => ({ set, shift }));
      });
    /** life68: the lines whose one fall `guess` tied (once). */
    const guessedRisk = new Set<number>();
    /**
     * life68: over one step, `risk`'s fall taken by three lines or more of `from` (not all said events or censored):
     * per small count x at either point, where such a set with x meets the fall (`fallSets`, bounded; cut short taken
     * as met), the equation every such set gives less its other lines — at-risk(t) − at-risk(t+1) − x = the fall less
     * x (true of the counts whichever set is the table's): risk's cells then hidden with x. Said (`life/not-searched`).
     */
    const guess = (risk: number | undefined, fall: number, from: readonly number[]) => {
      const must = mustHold(from, (i) => lines[i]!.label);
      for (const shift of [0, 1] as const) {
        const k = at[shift]!;
        for (const x of from) {
          const v = value(x, k);
          if (!(v > 0 && v < threshold) || fall - v <= 0 || !canTake(x, shift)) continue;
          const rest = from.filter((i) => i !== x && canTake(i, shift));
          const found = fallSets(rest, 2, (i) => [value(i, k)], [fall - v]);
          if (found.cut) cutShort = true;
          // life70: a set leaving out a line said deaths or the censored is no life table's (`mustHold`).
          const sets = found.sets.filter(
            (set) => ![x, ...set].every((i) => eventLines.includes(i)) && must.every((i) => i === x || set.includes(i)),
          );
          if (!found.cut && sets.length === 0) continue;
          // Beside the points' N (published constants) the fall is no cell to hide: each set with x tied instead.
          if (risk === undefined)
            for (const set of sets) steps.push({ terms: [x, ...set].map((i) => ({ ...place(i, k), coef: 1 })), rhs: fall });
          else
            steps.push({
              terms: [
                { ...place(risk, at[0]!), coef: 1 },
                { ...place(risk, at[1]!), coef: -1 },
                { ...place(x, k), coef: -1 },
              ],
              rhs: fall - v,
            });
          guessed.push(
            `${risk === undefined ? `各${axis === 'rows' ? '列' : '行'}の N ` : quote(lines[risk]!.label)}の減りと${quote(lines[x]!.label)}`,
          );
        }
      }
    };
    /** life42: the arms set aside with no small cell (their equations pushed once another arm of the table is read). */
    const pending: { risk: number; fits: { set: number[]; shift: 0 | 1 }[]; falls: number[] }[] = [];
    let armRead = false;
    // Until no line more is read: a second arm is the largest only once the first is set aside (life42).
    for (let more = true; more;) {
      more = false;
      for (const risk of items) {
        if (read.has(risk) || armed.has(risk)) continue;
        const named = titled || AT_RISK.test(lines[risk]!.label);
        const falls = at.slice(1).map((k, n) => value(risk, at[n]!) - value(risk, k));
        // Over one step, not a line of events or censored itself (「打ち切り」 26 → 22 beside 「イベント」 4: chance).
        if (one(named) && EVENTS_WORDS.test(normalise(lines[risk]!.label))) continue;
        // life48: a line under no word falls over time points only (a digit in every position's label, a group's size
        // not one: 「A群 (N=70)」「B群 (N=89)」 are groups, and their 「n/N」 blocks' lines of ours fit by chance).
        if (!named && !overTime(at.map((k) => across[k]!))) continue;
        // life50: a line its label names at risk (「リスク集合」「Number at risk」) rising over follow-up points: no
        // reading, an input error (a risk set only falls; 「高リスク患者」 is no risk set).
        const rise = falls.findIndex((f) => f < 0);
        if (rise >= 0 && errors && namedRisk(lines[risk]!.label) && at.every((k) => followUp(across[k]!.label))) {
          const cell = (k: number) => table.cells[place(risk, k).row]![place(risk, k).col]!;
          if (at.every((k) => cell(k).value.kind === 'count')) {
            const [from, to] = [at[rise]!, at[rise + 1]!];
            errors.push({
              code: 'table/at-risk-rises',
              message: `表${table.number}の${quote(lines[risk]!.label)}は見出しの語から各時点のリスク集合（その時点で追跡中の患者数）と読めますが（チェッカーの判断）、${quote(across[from]!.label)}の${value(risk, from)}から${quote(across[to]!.label)}の${value(risk, to)}へ増えています。リスク集合は追跡の間に増えないため、生存時間の表として確かめられません`,
              hint: '写し違いなら数を直してください。途中から追跡に加わる患者を含む数なら、リスク集合の語を使わずに時点ごとの患者数（「人数」など）として書き、加わった患者数を表の行として書いてください',
              place: { table: table.number, line: cell(to).line },
            });
            continue;
          }
        }
        // life48: a risk set falls (a line constant over every point, 0 at every one in an 「n/N」 block's 0 line, says
        // only that the lines taking it are 0: no life table's at-risk line; chance fits of zeros of ours).
        if (falls.some((f) => f < 0) || falls.every((f) => f === 0)) continue;
        const byLargest = one(named) && largest(risk);
        const pool = (one(named) ? (byLargest ? items.filter((i) => !arms.has(i)) : eventLines) : items).filter((i) => i !== risk);
        // red66: three lines or more where the line is named at risk, falls over two steps or more, or over one step
        // only lines said events or censored take it (under no word over one step, many sets fit by chance).
        let found = taking(falls, pool, one(named), named || at.length >= 3 || !byLargest);
        // life68: over one step the largest line under no word falling by three lines or more: of lines said events or
        // censored, searched (as `lifeSpans` over one column); of any lines, each small count tied by the fall less it
        // (`guess`: many sets of 9–12 lines meet one fall by chance, the numbers cannot tell which is the table's).
        // Beside a pair found by chance too (two of 9–12 lines meet one fall often): every such set tied (`fits`).
        const wider = byLargest
          ? largerFits(
              falls,
              eventLines.filter((i) => i !== risk && !arms.has(i)),
            )
          : [];
        found ??= wider[0];
        if (byLargest && !calendar && !guessedRisk.has(risk)) {
          guessedRisk.add(risk);
          guess(
            risk,
            falls[0]!,
            items.filter((i) => i !== risk && !arms.has(i)),
          );
        }
        if (!found) continue;
        // life44: over calendar years read only where it is possible as a life table (「区分1」 40 → 30 by 「区分2」 4 and
        // 「区分3」 6, and 12 + 20 in 2024 more than 30: counts per year, life38's test).
        if (byLargest && calendar && overLast(found, value(risk, at.at(-1)!), (i) => value(i, at.at(-1)!))) continue;
        // life42: the largest line's every set that fits, one line or two of the table's (two arms' lines may take one
        // arm's fall by chance, 17 + 15: the numbers cannot tell which is the arm's, and each equation is true of the
        // counts; the oracle's attacker takes each); the arm is set aside though no cell of it is small, so the next arm
        // is the largest of the rest.
        // step68: a line named at risk likewise, every set of `pool` that fits at either end (「期間終了時の人数」 254 → 231
        // taken by 「その他」 23 at the step's start by chance and by 「死亡」 1 and 「打ち切り」 22 at its end: only the first
        // was tied, and the deaths came back; step68-families.ts `neither`). life68: beside them the sets of three lines
        // or more past `PLAIN_LINES` (`found.also`) and, over one step by the largest line, of lines said events (`wider`).
        const fitsAll =
          byLargest || named
            ? [
                ...([0, 1] as const).flatMap((shift) =>
                  pairs(byLargest ? items.filter((i) => i !== risk) : pool, !byLargest)
                    .filter((set) => at.slice(1).every((k, n) => falls[n] === set.reduce((s, i) => s + value(i, shift ? k : at[n]!), 0)))
                    .map((set) => ({ set, shift })),
                ),
                ...(byLargest ? wider : [found, ...(found.also ?? [])]),
              ]
            : [found, ...(found.also ?? [])];
        const fits = [...new Map(fitsAll.map((f) => [`${f.shift}:${f.set.join(',')}`, f])).values()];
        if (byLargest) {
          arms.add(risk);
          armed.add(risk);
          found.set.forEach((i) => armed.add(i));
          more = true;
        }
        if (!named && at.length < UNNAMED_POINTS && !fits.some((f) => small(risk, f)) && !smallIn()) {
          if (byLargest) pending.push({ risk, fits, falls });
          continue;
        }
        read.add(risk);
        armRead ||= byLargest;
        // life50: the fall taken by lines printed at each step's end (events of 0–6か月 at 「6か月」), the first point the
        // start of follow-up: the lines' counts there would be events and censored before 「0か月」. An input error.
        const start = found.set.reduce((s, i) => s + value(i, at[0]!), 0);
        // Only where the line is named at risk or falls so over three steps (over fewer, a fit under no word is a
        // chance match as often: life46-chance's 「区分」 tables over 0/6か月, one refused so).
        // life52: under no word over fewer points said in the reading's warning (life52-families.ts `life/start-unnamed`:
        // read and protected, no leak; refusing would refuse chance fits as well).
        if (!named && at.length < UNNAMED_POINTS && found.shift === 1 && startOf(across[at[0]!]!.label) && start > 0)
          early.push(
            `${some(
              found.set.map((i) => quote(lines[i]!.label)),
              4,
              'と',
            )}を各期間の終わりの時点に書いた数と読むと、${quote(across[at[0]!]!.label)}の${start}は追跡開始より前の数になります`,
          );
        if (errors && (named || at.length >= UNNAMED_POINTS) && found.shift === 1 && startOf(across[at[0]!]!.label) && start > 0) {
          errors.push({
            code: 'table/life-start',
            message: `表${table.number}: ${quote(lines[risk]!.label)}が${some(
              found.set.map((i) => quote(lines[i]!.label)),
              4,
              'と',
            )}の分だけ減るのは、各期間の数を期間の終わりの時点に書いた場合です（チェッカーの判断）。そう読むと${quote(across[at[0]!]!.label)}の${start}は追跡開始より前の数になり、生存時間の表としてあり得ません`,
            hint: `各期間のイベント・打ち切りを期間の始めの時点の列に書くか、期間を見出しに書いてください（「${normalise(across[at[0]!]!.label).trim()}-${normalise(across[at[1]!]!.label).trim()}」）。期間の終わりに書くなら、${quote(across[at[0]!]!.label)}の列には 0 を書くか、その列を除いてください`,
            place: {
              table: table.number,
              line: table.cells[place(found.set[0]!, at[0]!).row]![place(found.set[0]!, at[0]!).col]!.line,
            },
          });
        }
        if (overLast(found, value(risk, at.at(-1)!), (i) => value(i, at.at(-1)!)))
          over.push(
            `${some(
              found.set.map((i) => quote(lines[i]!.label)),
              4,
              'と',
            )}の和が${quote(lines[risk]!.label)}より多く`,
          );
        for (const f of fits) {
          push(risk, f, falls);
          parts.push({ axis, lines: f.set });
        }
        said.push(
          `${quote(lines[risk]!.label)}が${some(
            found.set.map((i) => quote(lines[i]!.label)),
            4,
            'と',
          )}`,
        );
      }
    }
    if (armRead)
      for (const { risk, fits, falls } of pending)
        for (const f of fits) {
          push(risk, f, falls);
          parts.push({ axis, lines: f.set });
        }
    // The at-risk counts as each position's N (taken out of the table by header.ts): published constants.
    const ns = at.map((k) => pointN(across[k]!));
    if (ns.every((n) => n !== undefined)) {
      const falls = at.slice(1).map((_, n) => ns[n]! - ns[n + 1]!);
      const ok = falls.every((f) => f >= 0) && !falls.every((f) => f === 0) && (titled || overTime(at.map((k) => across[k]!)));
      const byLargest = one(titled) && largest(undefined);
      let found = ok
        ? taking(falls, one(titled) ? (byLargest ? items : eventLines) : items, one(titled), titled || at.length >= 3 || !byLargest)
        : undefined;
      // life68: three lines or more over one step beside the N, as beside a line (`guess`).
      const wider = ok && byLargest ? largerFits(falls, eventLines) : [];
      found ??= wider[0];
      if (ok && byLargest && !calendar) guess(undefined, falls[0]!, items);
      if (found && (titled || at.length >= UNNAMED_POINTS || small(undefined, found) || smallIn())) {
        for (const f of new Set([found, ...(found.also ?? []), ...wider])) {
          push(undefined, f, falls);
          parts.push({ axis, lines: f.set });
        }
        // life52: the N's fall taken at each step's end with counts at 「0か月」: said (as a line under no word above).
        const start = found.set.reduce((s, i) => s + value(i, at[0]!), 0);
        if (found.shift === 1 && startOf(across[at[0]!]!.label) && start > 0)
          early.push(
            `${some(
              found.set.map((i) => quote(lines[i]!.label)),
              4,
              'と',
            )}を各期間の終わりの時点に書いた数と読むと、${quote(across[at[0]!]!.label)}の${start}は追跡開始より前の数になります`,
          );
        if (overLast(found, ns.at(-1)!, (i) => value(i, at.at(-1)!)))
          over.push(
            `${some(
              found.set.map((i) => quote(lines[i]!.label)),
              4,
              'と',
            )}の和がその時点の N より多く`,
          );
        said.push(
          `各${axis === 'rows' ? '列' : '行'}の N が${some(
            found.set.map((i) => quote(lines[i]!.label)),
            4,
            'と',
          )}`,
        );
      }
    }
  }
  if (cutShort)
    notes?.push({
      code: 'life/not-searched',
      place: { table: table.number, line: table.line },
      message:
        `表${table.number}の三つ以上の行の和が同じ表の減っていく行の減り（各時点の差）に当たるかは、行が ${PLAIN_LINES} 本を超え組み合わせが多いため、照合の量が上限（${FALL_WORK.toLocaleString('en-US')} 通り）に達したあとは探していません。` +
        'その読み方から秘匿した数が割り出せるかは確かめていません（チェッカーの判断）。表を分けるか行を減らし、減りに当たる行を「死亡」「打ち切り」のように書いて確かめてください',
    });
  const guessNote: Warning | undefined =
    guessed.length > 0
      ? {
          code: 'life/not-searched',
          place: { table: table.number, line: table.line },
          message:
            `表${table.number}は行が多く、二つの時点の間の減りに当たる三つ以上の行の組み合わせは偶然合うものも多いため、どれが減りに当たるかは一つずつは決めていません（チェッカーの判断）。` +
            `${some(guessed, 3, '、')}から割り出せないよう、減りに当たり得るどの組み合わせでも分からないように秘匿を決めました。` +
            '減りに当たる行の名前を「死亡」「打ち切り」「転院」のように書くか、当たらない行を別の表に分けると、どの行が減った分かがはっきりし、秘匿が少なくて済みます',
        }
      : undefined;
  if (guessNote && said.length > 0) notes?.push(guessNote);
  if (steps.length === 0) return undefined;
  table.steps = steps;
  table.lifeParts = parts;
  if (said.length === 0) return guessNote;
  return {
    code: 'table/life-table',
    message:
      (over.length > 0
        ? `表${table.number}: ${some(said, 3, '、')}の分だけ時点ごとに減っています。ただし最後の時点で${some(over, 3, '、')}、生存時間の表（リスク集合・イベント・打ち切り）としてはあり得ない数です（チェッカーの判断）。数の関係は成り立ち、`
        : `表${table.number}: ${some(said, 3, '、')}の分だけ時点ごとに減っているため、生存時間の表（リスク集合・イベント・打ち切り）と読みました（チェッカーの判断）。`) +
      '隣り合う時点の差から秘匿したセルが分かるため、その関係も使う読み手に対して秘匿を決め、監査しました' +
      (early.length > 0
        ? `。ただし${some(early, 2, '、')}。生存時間の表ならあり得ないため、数と見出しを確かめてください（チェッカーの判断。リスク集合の語がなく時点が三つ未満のため、偶然の一致もあり得るとして受け付けは止めていません。期間の始めの時点に書くか、「0-6か月」のように期間を見出しに書いてください）`
        : ''),
    place: { table: table.number, line: table.line },
  };
}

type Axis = 'rows' | 'cols';
/**
 * A table's lines along `axis` and the time points across them, as `lifeAcross` and `lifeSpans` read them: lines of
 * ours of a reading of one table (`ownLine`: 「8ヶ月を合計と読んだときの残り」) are no time points and no lines
 * (totals48, life53: on cac6902 such a line among the points stopped every reading of them).
 */
const ACROSS = {
  linesOf: (t: Table, axis: Axis) => (axis === 'rows' ? t.rows : t.cols),
  acrossOf: (t: Table, axis: Axis) => (axis === 'rows' ? t.cols : t.rows),
  positions: (t: Table, axis: Axis) => (axis === 'rows' ? t.cols : t.rows).flatMap((h, k) => (h.kind === 'item' && !ownLine(h) ? [k] : [])),
  items: (t: Table, axis: Axis) => (axis === 'rows' ? t.rows : t.cols).flatMap((h, i) => (h.kind !== 'total' && !ownLine(h) ? [i] : [])),
  place: (axis: Axis, i: number, k: number) => (axis === 'rows' ? { row: i, col: k } : { row: k, col: i }),
  value: (t: Table, axis: Axis, i: number, k: number) => {
    const p = axis === 'rows' ? { row: i, col: k } : { row: k, col: i };
    return countOf(t.cells[p.row]![p.col]!);
  },
};

/**
 * life74: a percentage table holding a share whose count may be under the threshold (its N stated: the count range of
 * the percentage has a count under it; no N stated: any share above 0% and under 100%, its N borrowed later from a
 * count table, read.ts `borrowDenominators`). Its complements may be hidden in count tables (「理由不明 13.0%」 of N=23
 * beside 表6 「転居」 20: 転居 hidden), so `lifeAcross`' `chance` holds as for a small count in a count table: a fit
 * under no word through such a complement, left untied, gave it back (life74-families `share`). One pass over the cells.
 */
function smallShare(t: Table, threshold: number): boolean {
  if (t.kind !== 'percent') return false;
  return t.cells.some((row) =>
    row.some((c) => {
      if (c.value.kind !== 'percent' || !(c.value.percent > 0)) return false;
      const n = denominatorOf(t, c.row, c.col);
      return n === undefined ? c.value.percent < 100 : countsForPercent(c.value.percent, c.value.decimals, n).lo < threshold;
    }),
  );
}

/**
 * life37: the steps of an at-risk line in one table taken by the events and censored printed in another (a 「Number at
 * risk」 row under a figure, a table of events and censored beside it): where the at-risk line is named so (its label,
 * or its table's title or corner) and another count table has the same time points across (the labels as written, in
 * the same order) with one line or two lines' sum equal to every fall, at the step's start or end. Stored on the
 * at-risk table (`Table.stepsAcross`), the other table's lines kept as a life table's parts; one warning per pair of
 * tables, naming both (our reading).
 */
export function lifeAcross(tables: readonly Table[], threshold = SMALL, reread?: (table: Table) => void, errors?: InputError[]): Warning[] {
  const out: Warning[] = [];
  /**
   * life44: per table, its lines under no word the largest over another table whose two lines take their fall over
   * one step (an arm's at-risk line and its events and censored printed apart): set aside so that the next arm of the
   * table is the largest of the rest (readLifeTable, as life42 within a table); those tied with no small cell are
   * pushed (`tie`) only once another arm of their table is read so.
   */
  const asides = new Map<Table, { axis: Axis; line: number; tie?: () => void }[]>();
  const axes = ['rows', 'cols'] as const;
  const { linesOf, acrossOf, positions, items, place, value } = ACROSS;
  /** A step of table t's at-risk line, from position `from` to `to` (at risk then less at risk next). */
  const fall = (t: Table, axis: Axis, risk: number, from: number, to: number) => [
    { table: t.number, ...place(axis, risk, from), coef: 1 },
    { table: t.number, ...place(axis, risk, to), coef: -1 },
  ];
  const counts = tables.filter((t) => t.kind === 'count');
  /**
   * life55: a small count anywhere in a table's lines over its points (as `readLifeTable`'s `smallIn` within one
   * table since life53): its complement hidden among the lines taking a fall of another table's line (「その他」 3
   * beside 「イベント」「打ち切り」 under 「計」 in 表2, the at-risk line in 表1, no cell of the steps small) is given
   * back by the fall (life55-families.ts: 4ebba5ca leaked 80 of 100 `life/across-beside`), so an exact fit is read
   * as where a cell of the steps is small.
   */
  const smallIn = (t: Table, tx: Axis, pos: readonly number[]) => items(t, tx).some((i) => pos.some((k) => value(t, tx, i, k) < threshold));
  /**
   * life71: a count under the threshold anywhere in the input (life74: or a share of one, `smallShare`): only then may a cell be hidden (the small count or its
   * complements), and only then are fits under no word with no small cell tied (`loose`: a reader takes them too).
   */
  const chance = counts.some((t) => smallIn(t, 'rows', positions(t, 'rows'))) || tables.some((t) => smallShare(t, threshold));
  const worded = (t: Table, tx: Axis, i: number) => EVENTS_WORDS.test(normalise(linesOf(t, tx)[i]!.label));
  /**
   * life57: table t's position per time point of `times` (the at-risk points, as `timePoint` writes them), undefined
   * where t has no position of that point (t's points a subset of the at-risk line's, or shifted past its last).
   */
  const colsOver = (t: Table, tx: Axis, times: readonly string[]) => {
    const pos = positions(t, tx);
    const labels = pos.map((k) => timePoint(acrossOf(t, tx)[k]!.label));
    return times.map((x) => (x === '' ? undefined : pos[labels.indexOf(x)]));
  };
  /**
   * life55: the events in one table and the censored in a third, the at-risk line in neither (「人数」 in 表1,
   * 「イベント」 and a small 「その他」 under 「計」 in 表2, 「打ち切り」 in 表3): a fall taken by a line of each, both said
   * events or censored — tied where the at-risk line is named so or a cell of the three tables' lines over the points
   * is small (as life46's censored apart, whose lines are the at-risk table's and one other's).
   * life57: every pair that fits is tied (each equation is true of the counts, as life42's sets within a table: a
   * second pair fitting by chance or by design, 「増悪」+「追跡不能」 beside 「イベント」+「打ち切り」, is a reading too), and
   * the two tables' points need not be the at-risk line's: each step (two consecutive points of the at-risk line, or
   * of the points all three tables print: 表2 and 表3 at 0/6/12か月 beside at risk at 0/3/6/9/12か月) is taken by each
   * table's column at the step's start or end, each table its own, where that column is printed; every step so
   * printed must fit, two at least where the at-risk line has more than one (our reading, said).
   */
  /**
   * life59: the searches past life57's (lines under no word, three other tables) counted per input, each set of lines
   * of up to five tables tried one unit (life63: past five, its work); past `LIFE_WORK` not searched and said
   * (`life/not-searched`, the at-risk tables named).
   */
  let work = 0;
  const cut: Table[] = [];
  /**
   * life69: the lines whose search `LIFE_WORK` cut short beside a small count (the line's own table, or a table whose
   * lines the sets left could take): refused in words (`life/not-searched` as an input error). A fall over six tables
   * and more of a line searched after another line spent the bound was said and published untied: the oracle pinned the
   * small count through it (life69-families.ts `six`).
   */
  const refuse: { t: Table; label: string }[] = [];
  const threeWay = (a: Table, axis: Axis, at: readonly number[], times: readonly string[], risk: number, named: boolean) => {
    const riskAt = (j: number) => value(a, axis, risk, at[j]!);
    // life65: the line's whole fall and its least step (`search`'s bound on a set's sides).
    const whole = riskAt(0) - riskAt(at.length - 1);
    const least = Math.min(...at.slice(1).map((_, j) => riskAt(j) - riskAt(j + 1)));
    type Side = { t: Table; x: Axis; at: (number | undefined)[] };
    type Fit = { parts: { side: Side; line: number }[]; steps: { from: number; to: number; ks: number[] }[] };
    const found: Fit[] = [];
    /**
     * life71: the fits over two steps or more of a line neither named nor beside a small cell (a 「参考」 line falling
     * 32, 41 by chance as 表4 「不明」 15, 14 + 表5 「追跡不能」 17, 27): a reader takes them as readings too. Left untied
     * (life38's rule), their cells hidden as complements of another reading were pinned through them (redg63-families
     * seed 5687, 2 of 10). Tied in `finish` wherever the input holds a small count (`anySmall`).
     */
    const loose: Fit[] = [];
    const sameFit = (f: Fit, g: Fit) =>
      f.parts.length === g.parts.length &&
      f.parts.every((p, j) => p.side === g.parts[j]!.side && p.line === g.parts[j]!.line) &&
      f.steps.length === g.steps.length &&
      f.steps.every((x, n) => x.from === g.steps[n]!.from && x.to === g.steps[n]!.to && x.ks.join() === g.steps[n]!.ks.join());
    /**
     * life72: over one step (the line's two points), lines under no word of two other tables in an input with a small
     * count, where the line is named at risk or the largest (at its later point at least the sum of each side's largest
     * count at the step: at risk holds the events and the censored) — a reader takes the fall as theirs (the oracle's `threeWay`):
     * untied, its cells hidden as another reading's complements were pinned (life72-families `step`, 8 of 9 leaked;
     * chance fits alone, `stepInnocent`, 8 of 10). Three tables and more over one step not taken (a reader's use unsettled).
     */
    /**
     * life73: over three other tables and more too where the line is named at risk (its label, or its table's title or
     * corner: 「リスク集合（参考）」 falling by 表3–表5's 「その他」「不明」, one of them small): untied, the oracle (`fourWay`,
     * one step where said at risk) pinned the small count (life73-families `step3`, 4 of 10). Bounded by `LIFE_WORK`.
     */
    const oneStep = (set: readonly Side[], lines: readonly (readonly number[])[], steps: readonly { ks: number[] }[]) =>
      chance &&
      at.length === 2 &&
      steps.length === 1 &&
      ((set.length > 2 && named) ||
        (set.length === 2 &&
          (named || set.reduce((n, s, j) => n + Math.max(...lines[j]!.map((i) => value(s.t, s.x, i, steps[0]!.ks[j]!))), 0) <= riskAt(1))));
    const sides: Side[] = counts.flatMap((t) =>
      t === a
        ? []
        : axes.flatMap((x) => {
            if (items(t, x).length > LIFE_LINES) return [];
            const over = colsOver(t, x, times);
            return over.some((k) => k !== undefined) ? [{ t, x, at: over }] : [];
          }),
    );
    /**
     * Every set of `k` sides of distinct tables in increasing table order (within `only`'s tables where given), drawn
     * one at a time (life62: k up to every other table, the search stopping at `LIFE_WORK`); a branch left with fewer
     * tables than it needs is not walked.
     */
    function* sets(k: number, only?: ReadonlySet<Table>): Generator<Side[]> {
      const tablesFrom = sides.map((_, n) => new Set(sides.slice(n).flatMap((s) => (only && !only.has(s.t) ? [] : [s.t]))).size);
      function* grow(from: number, chosen: Side[]): Generator<Side[]> {
        if (chosen.length === k) return void (yield chosen);
        if (from >= sides.length || chosen.length + tablesFrom[from]! < k) return;
        for (let n = from; n < sides.length; n++) {
          const s = sides[n]!;
          if ((only && !only.has(s.t)) || chosen.some((c) => c.t.number >= s.t.number)) continue;
          yield* grow(n + 1, [...chosen, s]);
        }
      }
      yield* grow(0, []);
    }
    /**
     * life57: once a pair said events or censored takes the fall, every other pair that takes it too, whatever its
     * words (「その他」 equal to 「イベント」 at every point by chance beside 「打切り」: a reader cannot tell which pair the
     * events are, each equation is true of the counts) — `mode` 'any'.
     * life59: lines under no word (「区分A」 in 表2, 「理由B」 in 表3: the oracle pins the small count through them, 12 of
     * 20 leaked) over two steps at least where a cell is small or the line is named at risk (`mode` 'plain'), and
     * the fall taken by three other tables (「死亡」「転院」「追跡不能」, one line of each: `k` 3).
     */
    const search = (k: number, mode: 'worded' | 'plain' | 'any', only?: ReadonlySet<Table>) => {
      const counted = mode === 'plain' || k > 2;
      for (const set of sets(k, only)) {
        if (counted && work > LIFE_WORK) {
          if (!cut.includes(a)) cut.push(a);
          // life69: a small count the sets left could take (any side's lines, or the line's own table): no reading of
          // them is proved absent, so refused; with none, said as before (nothing small to give back).
          const label = quote(linesOf(a, axis)[risk]!.label);
          if (
            !refuse.some((r) => r.t === a && r.label === label) &&
            // Over follow-up points only (「0か月」「6か月」): SAS strata over other points (formats44) said as before.
            followUpPoints(at.map((x) => acrossOf(a, axis)[x]!.label)) &&
            (at.some((x) => riskAt(x) < threshold) ||
              smallIn(a, axis, at) ||
              sides.some(
                (s) =>
                  (!only || only.has(s.t)) &&
                  smallIn(
                    s.t,
                    s.x,
                    s.at.filter((x) => x !== undefined),
                  ),
              ))
          )
            refuse.push({ t: a, label });
          return;
        }
        if (counted && k <= 5) work++;
        // The grids: the at-risk line's own points, and those all the tables print (where fewer), with the at-risk
        // line's first and last points (表2 at 6/12か月 holding 0–6 and 6–12 at their ends beside 0/3/…/12か月).
        const common = times.flatMap((_, j) => (set.every((s) => s.at[j] !== undefined) ? [j] : []));
        const last = times.length - 1;
        const grids = [
          times.map((_, j) => j),
          ...(common.length >= 1 && common.length < times.length
            ? [common, [0, ...common], [...common, last], [0, ...common, last]].map((g) => [...new Set(g)]).filter((g) => g.length >= 2)
            : []),
        ].filter((g, n, all) => all.findIndex((h) => h.join() === g.join()) === n);
        // life63: past five other tables each set is tried at 2^k ends per grid (below), its choices over every line of
        // each side: counted so, so that `LIFE_WORK` bounds the time (a SAS listing of many strata took minutes under
        // life62's k up to every table). k ≤ 5 counted as before.
        const lines = set.map((s) => items(s.t, s.x).filter((i) => mode !== 'worded' || worded(s.t, s.x, i)));
        const cost = ((grids.length << k) * lines.reduce((n, l) => n * Math.max(1, l.length), 1)) / 1000;
        if (lines.some((l) => l.length === 0)) {
          if (counted && k > 5) work += cost;
          continue;
        }
        let smallSeen: boolean | undefined;
        const small = () =>
          (smallSeen ??=
            at.some((x) => value(a, axis, risk, x) < threshold) ||
            smallIn(a, axis, at) ||
            set.some((s) =>
              smallIn(
                s.t,
                s.x,
                s.at.filter((x) => x !== undefined),
              ),
            ));
        // life59: past `PLAIN_LINES` lines of a table the sets that fit by chance are many (two steps of 30 lines
        // beside 30: a fit in every few hundred sets, every one an equation tied), no reading: said, not searched.
        // life72: over two other tables in an input with a small count, walked past `PLAIN_LINES` too (each choice one
        // unit of `LIFE_WORK`): a chance fit through a table of 10 lines, untied and unsaid, pinned complements hidden
        // for another reading (life72-families `wide`, 9 of 10 leaked).
        if (counted && lines.some((l) => l.length > PLAIN_LINES) && !(chance && k <= WIDE_K)) {
          if (k > 5) work += cost;
          if ((named || small()) && !cut.includes(a)) cut.push(a);
          continue;
        }
        // life65: a set whose sides' least counts sum past the whole fall (or whose largest fall short of its least
        // step's) takes no step: not walked, one unit (each side's count at a step is one of its lines' at a column it
        // prints; a coarser grid's step is a sum of the line's own steps, between its least step and its whole fall).
        const bound = set.map((s, j) => {
          const xs = lines[j]!.flatMap((i) => s.at.flatMap((x) => (x === undefined ? [] : [value(s.t, s.x, i, x)])));
          return [Math.min(...xs), Math.max(...xs)] as const;
        });
        if (bound.reduce((n, b) => n + b[0], 0) > whole || bound.reduce((n, b) => n + b[1], 0) < least) {
          if (counted && k > 5) work++;
          continue;
        }
        if (counted && k > 5) work += cost;
        for (const grid of grids)
          for (let ends = 0; ends < 1 << k; ends++) {
            const steps = grid.slice(1).flatMap((to, n) => {
              const from = grid[n]!;
              const ks = set.map((s, m) => s.at[(ends >> (k - 1 - m)) & 1 ? to : from]);
              return ks.some((x) => x === undefined) ? [] : [{ from, to, ks: ks as number[] }];
            });
            if (steps.length < Math.min(2, at.length - 1) || (mode === 'plain' && steps.length < 2 && !oneStep(set, lines, steps)))
              continue;
            const falls = steps.map((s) => riskAt(s.from) - riskAt(s.to));
            if (falls.some((f) => f < 0) || falls.every((f) => f === 0)) continue;
            // The last side's lines by their counts over the steps: each choice of the others looks its rest up.
            // life71: unproved over two steps or more ('plain'): walked, its fits kept apart (`loose`).
            const proved = named || mode === 'any' || small();
            if (!proved && (mode !== 'plain' || !chance)) continue;
            const into = proved ? found : loose;
            // Each side's lines' counts over the steps; the last side's by those counts: each choice of the others
            // looks its rest up (a rest under 0 ends the choice: counts are not negative).
            const vals = set.map((s, j) => lines[j]!.map((i) => steps.map((st) => value(s.t, s.x, i, st.ks[j]!))));
            const byRest = new Map<string, number[]>();
            lines[k - 1]!.forEach((i, n) => {
              const key = vals[k - 1]![n]!.join();
              byRest.set(key, [...(byRest.get(key) ?? []), i]);
            });
            const choose = (m: number, chosen: number[], rest: number[]) => {
              if (m === k - 1) {
                if (counted) work++;
                for (const i of byRest.get(rest.join()) ?? []) {
                  const ls = [...chosen, i];
                  const fit: Fit = { parts: set.map((side, j) => ({ side, line: ls[j]! })), steps };
                  if (!found.some((f) => sameFit(f, fit)) && !into.some((f) => sameFit(f, fit))) into.push(fit);
                }
                return;
              }
              lines[m]!.forEach((i, n) => {
                const left = rest.map((r, x) => r - vals[m]![n]![x]!);
                if (left.every((r) => r >= 0)) choose(m + 1, [...chosen, i], left);
              });
            };
            choose(0, [], falls);
          }
      }
    };
    // life60: every k searched (a fit over more tables beside one over fewer is a reading too); life62: past five other
    // tables too (seven tables and more: the oracle pinned every small count of life62's families, unsearched and
    // unsaid), up to every other table, the work bounded by `LIFE_WORK` (past it `life/not-searched`, said).
    // redg63: one level k at a time (`step`), every at-risk line's levels up to `SHALLOW` before any line's deeper ones
    // (`pending`, below): searched line after line, one line's search over many tables spent `LIFE_WORK` and another
    // line's fall over three tables was never tried (said `life/not-searched`, published: the oracle pinned its small
    // count). Deeper levels line after line as before: level-major to every k, the sets of k ≤ 5 (one unit each, their
    // 2^k ends per grid not counted) of lines cut before took formats44's strata 1.75 times as long.
    const others = new Set(sides.map((s) => s.t)).size;
    const step = (k: number) => {
      const before = found.length;
      search(k, 'worded');
      search(k, 'plain');
      if (found.length > before)
        // Every set that fits, any words (life57), within the tables already found for three (the search bounded).
        search(k, 'any', k === 2 ? undefined : new Set(found.slice(before).flatMap((f) => f.parts.map((p) => p.side.t))));
    };
    /**
     * life69: once a set proves the line (named, or a cell small), every set that fits at every level searched, any
     * words, small or not: a chance fit over three tables of 「参考」's large counts beside the proving fit over five
     * was untied, and its cells, hidden for the other reading, were pinned (life65-families.ts seed 5170, 1 of 4
     * `five`). Searched again unrestricted (`any`) only for a line proved by then, up to `top` other tables, under the
     * same `LIFE_WORK`.
     */
    const widen = (top: number) => {
      if (found.length === 0) return;
      for (let k = 2; k <= top; k++) search(k, 'any');
    };
    const finish = (): boolean => {
      // life71: the loose fits after the proved ones (a reader takes any; said as ours below).
      const proved = found.length;
      found.push(...loose.filter((f) => !found.some((g) => sameFit(f, g))));
      for (const { parts, steps } of found) {
        a.stepsAcross = [
          ...(a.stepsAcross ?? []),
          ...steps.map((s) => ({
            terms: [
              ...fall(a, axis, risk, at[s.from]!, at[s.to]!),
              ...parts.map((p, j) => ({ table: p.side.t.number, ...place(p.side.x, p.line, s.ks[j]!), coef: -1 })),
            ],
            rhs: 0,
          })),
        ];
        for (const p of parts) p.side.t.lifeParts = [...(p.side.t.lifeParts ?? []), { axis: p.side.x, lines: [p.line] }];
      }
      if (found.length === 0) return false;
      const named_ = (f: (typeof found)[number]) =>
        some(
          f.parts.map((p) => `表${p.side.t.number}の${quote(linesOf(p.side.t, p.side.x)[p.line]!.label)}`),
          3,
          'と',
        );
      const tables_ = ['', '', '', '三つ', '四つ', '五つ', '六つ'][found[0]!.parts.length + 1]!;
      const plain = found.some((f) => f.parts.some((p) => !worded(p.side.t, p.side.x, p.line)));
      out.push({
        code: 'table/life-table',
        message:
          `表${a.number}の${quote(linesOf(a, axis)[risk]!.label)}が、${named_(found[0]!)}の分だけ時点ごとに減っているため、${tables_}の表を一つの生存時間の表と読みました（チェッカーの判断）。` +
          (found.length > 1
            ? `ほかにも${some(found.slice(1).map(named_), 2, '、')}の分だけ減ると読めるため、どの読み方でも秘匿したセルが分からないように、すべての読み方を合わせて秘匿を決めました（チェッカーの判断）。`
            : '') +
          (plain
            ? 'イベントや打ち切りと書かれていない行も、減り方が時点ごとに一致するため、その行がリスク集合から抜けた数と推定しました（チェッカーの推定）。'
            : '') +
          (found.length > proved
            ? `リスク集合の語も閾値未満の数もない読み方${proved === 0 ? '' : 'も'}ありますが、偶然の一致でも読む人はそう読み、ほかの読み方のために秘匿したセルがこの減り方から割り出せるため、合わせて秘匿を決めました（チェッカーの推定）。`
            : '') +
          `隣り合う時点の差から秘匿したセルが分かるため、${tables_}の表を合わせて秘匿を決め、監査しました` +
          (found.length > 1 ||
          plain ||
          found.length > proved ||
          found[0]!.parts.length > 2 ||
          found.some((f) => f.steps.length < at.length - 1 || f.steps.some((x) => x.to !== x.from + 1))
            ? '。イベントと打ち切りをリスク集合と同じ時点の列で一つの表に書くと、この読み方に頼らずに済みます'
            : ''),
        place: { table: a.number, line: a.line },
      });
      return true;
    };
    return { top: Math.max(5, others), step, widen, finish };
  };
  /**
   * life44: two passes. The first only finds the lines set aside (`found`: an arm's at-risk line the largest over the
   * other table whose lines take its fall); the second reads with those lines of the other table not compared (each
   * table one arm's at-risk line and the other arm's lines: 「A群」 in 表1 beside B's lines, 「B群」 larger in 表2 beside
   * A's: A is the largest of 表2 once B, tied to 表1, is set aside).
   */
  const found = new Set<string>();
  const key = (t: Table, axis: Axis, i: number) => `${t.number}\t${axis}\t${i}`;
  const pending: ReturnType<typeof threeWay>[] = [];
  for (const first of [true, false]) {
    for (const a of counts) {
      for (const axis of axes) {
        const at = positions(a, axis);
        const titled = titledLife(a) && overTime(at.map((k) => acrossOf(a, axis)[k]!));
        const times = at.map((k) => timePoint(acrossOf(a, axis)[k]!.label));
        if (at.length < 2 || items(a, axis).length > LIFE_LINES || times.some((x) => x === '')) continue;
        for (const risk of items(a, axis)) {
          const named = titled || AT_RISK.test(normalise(linesOf(a, axis)[risk]!.label));
          const falls = at.slice(1).map((k, n) => value(a, axis, risk, at[n]!) - value(a, axis, risk, k));
          if (falls.some((f) => f < 0) || falls.every((f) => f === 0)) continue;
          // life38: over one step, a line of events or censored is no at-risk line not named so.
          if (!named && at.length === 2 && EVENTS_WORDS.test(normalise(linesOf(a, axis)[risk]!.label))) continue;
          let tied = false;
          // life72: in an input with a small count, every other table whose lines take the fall tied (a reader takes
          // each; the first alone left a second table's chance fit over one step untied, stepInnocent).
          const looseOn = chance;
          for (const b of counts) {
            if (b === a || (tied && !looseOn)) continue;
            for (const bx of axes) {
              const bat = positions(b, bx);
              const all = items(b, bx);
              if (bat.length !== at.length || all.length > LIFE_LINES) continue;
              const bLabels = bat.map((k) => timePoint(acrossOf(b, bx)[k]!.label));
              const same = bLabels.every((l, j) => l === times[j]);
              // life46: the other table's points one step off (its events of 0–3か月 printed at 「0か月」 beside at risk
              // from 「3か月」, or one step later): each step's column found by its label (at its start or end).
              const off = bLabels.slice(1).every((l, j) => l === times[j]) || bLabels.slice(0, -1).every((l, j) => l === times[j + 1]);
              if (!same && !off) continue;
              const col = same ? bat : at.map((_, j) => bat[bLabels.indexOf(times[j]!)]);
              const shifts = ([0, 1] as const).filter((sh) => at.slice(1).every((_, n) => col[n + sh] !== undefined));
              if (shifts.length === 0) continue;
              const lastOf = (i: number) => (col.at(-1) === undefined ? 0 : value(b, bx, i, col.at(-1)!));
              const setsOf = (from: readonly number[], singles: boolean) => [
                ...(singles ? from.map((i) => [i]) : []),
                ...from.flatMap((i, n) => from.slice(n + 1).map((j) => [i, j])),
              ];
              // Every set that fits, at the step's start or end (two arms' censored may be one number: which one is
              // the arm's, the numbers cannot tell; each equation is true of the counts).
              const fitsOf = (sets: readonly number[][]) =>
                shifts.flatMap((shift) =>
                  sets
                    .filter((set) =>
                      at.slice(1).every((_, n) => falls[n] === set.reduce((s, i) => s + value(b, bx, i, col[n + shift]!), 0)),
                    )
                    .map((set) => ({ set, shift })),
                );
              const fits = fitsOf(setsOf(all, true));
              // life40: the at-risk line the largest at both time points over every line of the other table (as within a table).
              const largestOver = (t: Table, tx: Axis) =>
                overTime(at.map((k) => acrossOf(a, axis)[k]!)) &&
                followUpPoints(at.map((k) => acrossOf(a, axis)[k]!.label)) &&
                items(t, tx).every(
                  // red53: each table's own positions (a's `at`, b's `bat`): b's positions read in a table of another
                  // shape (b transposed beside a) were past a's cells and threw (seed 3204).
                  (i) =>
                    (!first && found.has(key(t, tx, i))) ||
                    (t === a ? at : bat).every((k, j) => value(t, tx, i, k) <= value(a, axis, risk, at[j]!)),
                );
              // life38: a line not named at risk is tied only where a cell of the steps of a set that fits is under the
              // threshold (the at-risk line's at a position, or a line's taking a fall: the count the steps would give
              // back), and over one step only by two lines said to be events or censored; then every set that fits, as
              // for a named line.
              // life46: two arms crossed (each table one arm's at-risk line and the other arm's lines) where neither
              // at-risk line is the largest of its own table: tied where both fit, the line's fall taken by two lines of
              // the other table and a line of that table falling by two of this one's (two exact fits, not one).
              const crossed = new Set<number>();
              if (!named && at.length === 2 && items(a, axis).length >= 3 && all.length >= 3) {
                const others = items(a, axis).filter((i) => i !== risk);
                for (const r2 of all) {
                  const f2 = value(b, bx, r2, bat[0]!) - value(b, bx, r2, bat[1]!);
                  if (f2 <= 0 || EVENTS_WORDS.test(normalise(linesOf(b, bx)[r2]!.label))) continue;
                  const back = setsOf(others, false).some((set) =>
                    at.some((k) => f2 === set.reduce((s, i) => s + value(a, axis, i, k), 0)),
                  );
                  if (
                    back &&
                    fitsOf(
                      setsOf(
                        all.filter((i) => i !== r2),
                        false,
                      ),
                    ).length > 0
                  )
                    all.forEach((i) => i !== r2 && crossed.add(i));
                }
              }
              let proving =
                named || at.length > 2
                  ? fits
                  : fitsOf(
                      setsOf(
                        all.filter(
                          (i) =>
                            survivalTitled(a) ||
                            survivalTitled(b) ||
                            largestOver(b, bx) ||
                            // life44: the largest of its own table over other lines (a line alone is the largest of
                            // nothing) and the lines taking its fall no larger (each table one arm's at-risk line and
                            // the other arm's lines, the other arm's larger at one point).
                            (items(a, axis).length > 1 &&
                              largestOver(a, axis) &&
                              bat.every((k, j) => value(b, bx, i, k) <= value(a, axis, risk, at[j]!))) ||
                            crossed.has(i) ||
                            EVENTS_WORDS.test(normalise(linesOf(b, bx)[i]!.label)),
                        ),
                        false,
                      ),
                    );
              // life44: over calendar years a fit under no word impossible as a life table is no proof (as within a table).
              const calendar = !named && !at.every((k) => followUp(acrossOf(a, axis)[k]!.label));
              if (calendar && !survivalTitled(a) && !survivalTitled(b))
                proving = proving.filter(
                  (f) =>
                    f.set.every((i) => EVENTS_WORDS.test(normalise(linesOf(b, bx)[i]!.label))) ||
                    !overLast(f, value(a, axis, risk, at.at(-1)!), lastOf),
                );
              const small =
                at.some((k) => value(a, axis, risk, k) < threshold) ||
                proving.some((f) => f.set.some((i) => at.slice(1).some((_, n) => value(b, bx, i, col[n + f.shift]!) < threshold))) ||
                smallIn(a, axis, at) ||
                smallIn(b, bx, bat);
              // life46: the censored printed apart (「イベント」 beside the at-risk line, 「打ち切り」 in another table): a fall
              // taken by a line of each table, both said events or censored (our reading).
              // life73: this table's own (`here`): a table tied before (`tied`, kept over tables since life72's `looseOn`)
              // stopped every later table here, so its fits were never tied (表2 「At risk」 171 → 44 tied by 表1's 127 and
              // not by 表6 「項目1d」 127: the oracle pinned a small count through it, life72-families `stepInnocent`).
              let here = false;
              if (!first)
                for (const m of items(a, axis).filter((i) => i !== risk && EVENTS_WORDS.test(normalise(linesOf(a, axis)[i]!.label))))
                  for (const o of all.filter((i) => EVENTS_WORDS.test(normalise(linesOf(b, bx)[i]!.label))))
                    for (const shift of shifts) {
                      const mine = (n: number) => value(a, axis, m, at[n + shift]!);
                      if (!at.slice(1).every((_, n) => falls[n] === mine(n) + value(b, bx, o, col[n + shift]!))) continue;
                      if (
                        at.length === 2 &&
                        !named &&
                        !at.some((k) => value(a, axis, risk, k) < threshold) &&
                        mine(0) >= threshold &&
                        value(b, bx, o, col[shift]!) >= threshold &&
                        !smallIn(a, axis, at) &&
                        !smallIn(b, bx, bat)
                      )
                        continue;
                      a.stepsAcross = [
                        ...(a.stepsAcross ?? []),
                        ...at.slice(1).map((k, n) => ({
                          terms: [
                            ...fall(a, axis, risk, at[n]!, k),
                            { table: a.number, ...place(axis, m, at[n + shift]!), coef: -1 },
                            { table: b.number, ...place(bx, o, col[n + shift]!), coef: -1 },
                          ],
                          rhs: 0,
                        })),
                      ];
                      a.lifeParts = [...(a.lifeParts ?? []), { axis, lines: [m] }];
                      b.lifeParts = [...(b.lifeParts ?? []), { axis: bx, lines: [o] }];
                      out.push({
                        code: 'table/life-table',
                        message: `表${a.number}の${quote(linesOf(a, axis)[risk]!.label)}が、${quote(linesOf(a, axis)[m]!.label)}と表${b.number}の${quote(linesOf(b, bx)[o]!.label)}の分だけ時点ごとに減っているため、二つの表を一つの生存時間の表と読みました（チェッカーの判断）。隣り合う時点の差から秘匿したセルが分かるため、二つの表を合わせて秘匿を決め、監査しました`,
                        place: { table: a.number, line: a.line },
                      });
                      tied = here = true;
                    }
              if (here) break;
              if (proving.length === 0) continue;
              const byLargest = !named && at.length === 2 && largestOver(b, bx);
              // life71: under no word with no small cell over two steps or more, in an input with a small count: tied
              // too (a chance fit pinned complements hidden for another reading, redg63-families seed 5687).
              // life72: over one step where the line is the largest over the other table's lines and a pair takes its
              // fall (`byLargest`, the oracle's `oneStep`): tied too (life72-families `stepInnocent`).
              const loose = !named && !small && chance && (at.length > 2 || byLargest);
              const tie = () => {
                // life50: as within a table, a named line's fall taken only at each step's end with counts at 「0か月」 in
                // the other table (before follow-up): an input error.
                const head = col[0] === undefined ? 0 : fits[0]!.set.reduce((s, i) => s + value(b, bx, i, col[0]!), 0);
                // life73: only for the first table tied (as before): a later table's fit beside one read at the step's
                // start is one more reading tied, not an error of the input (a 「参考」 line at 6ヶ月 equal by chance).
                if (errors && named && !tied && fits.every((f) => f.shift === 1) && startOf(acrossOf(a, axis)[at[0]!]!.label) && head > 0)
                  errors.push({
                    code: 'table/life-start',
                    message: `表${a.number}の${quote(linesOf(a, axis)[risk]!.label)}が表${b.number}の${some(
                      fits[0]!.set.map((i) => quote(linesOf(b, bx)[i]!.label)),
                      2,
                      'と',
                    )}の分だけ減るのは、各期間の数を期間の終わりの時点に書いた場合です（チェッカーの判断）。そう読むと表${b.number}の${quote(
                      acrossOf(b, bx)[col[0]!]!.label,
                    )}の${head}は追跡開始より前の数になり、生存時間の表としてあり得ません`,
                    hint: `表${b.number}の各期間のイベント・打ち切りを期間の始めの時点の列に書くか、期間を見出しに書いてください。期間の終わりに書くなら、${quote(
                      acrossOf(b, bx)[col[0]!]!.label,
                    )}の列には 0 を書くか、その列を除いてください`,
                    place: {
                      table: b.number,
                      line: b.cells[place(bx, fits[0]!.set[0]!, col[0]!).row]![place(bx, fits[0]!.set[0]!, col[0]!).col]!.line,
                    },
                  });
                for (const f of fits) {
                  a.stepsAcross = [
                    ...(a.stepsAcross ?? []),
                    ...at.slice(1).map((k, n) => ({
                      terms: [
                        ...fall(a, axis, risk, at[n]!, k),
                        ...f.set.map((i) => ({ table: b.number, ...place(bx, i, col[n + f.shift]!), coef: -1 })),
                      ],
                      rhs: 0,
                    })),
                  ];
                  b.lifeParts = [...(b.lifeParts ?? []), { axis: bx, lines: f.set }];
                }
                const f = proving[0]!;
                const taken = some(
                  f.set.map((i) => quote(linesOf(b, bx)[i]!.label)),
                  2,
                  'と',
                );
                const riskLabel = quote(linesOf(a, axis)[risk]!.label);
                // life44: impossible as a life table (the last point's events more than at risk there): said so.
                const over = overLast(f, value(a, axis, risk, at.at(-1)!), lastOf);
                out.push({
                  code: 'table/life-table',
                  message:
                    (over
                      ? `表${a.number}の${riskLabel}が、同じ時点の表${b.number}の${taken}の分だけ時点ごとに減っています。ただし最後の時点で${taken}の和が${riskLabel}より多く、生存時間の表としてはあり得ない数です（チェッカーの判断）。数の関係は成り立ち、`
                      : `表${a.number}の${riskLabel}が、同じ時点の表${b.number}の${taken}の分だけ時点ごとに減っているため、表${a.number}のリスク集合と表${b.number}のイベント・打ち切りを一つの生存時間の表と読みました（チェッカーの判断）。`) +
                    (loose
                      ? 'リスク集合の語も閾値未満の数もありませんが、偶然の一致でも読む人はそう読み、ほかの読み方のために秘匿したセルがこの減り方から割り出せるため、合わせて秘匿を決めました（チェッカーの推定）。'
                      : '') +
                    '隣り合う時点の差から秘匿したセルが分かるため、二つの表を合わせて秘匿を決め、監査しました' +
                    (loose ? '。偶然の一致なら、関係のない表は別々に貼り付けると、この読み方に頼らずに済みます' : '') +
                    // life52: under no word, counts before 「0か月」 said (as within a table), not refused.
                    (!named && fits.every((g) => g.shift === 1) && startOf(acrossOf(a, axis)[at[0]!]!.label) && head > 0
                      ? `。ただし表${b.number}の${taken}を各期間の終わりの時点に書いた数と読むと、${quote(
                          acrossOf(b, bx)[col[0]!]!.label,
                        )}の${head}は追跡開始より前の数になります。生存時間の表ならあり得ないため、数と見出しを確かめてください（チェッカーの判断。リスク集合の語がないため、偶然の一致もあり得るとして受け付けは止めていません）`
                      : ''),
                  place: { table: a.number, line: a.line },
                });
              };
              if (first) {
                if (byLargest) found.add(key(a, axis, risk));
                continue;
              }
              if (byLargest) asides.set(a, [...(asides.get(a) ?? []), { axis, line: risk, ...(named || small || loose ? {} : { tie }) }]);
              if (!named && !small && !loose) continue;
              tie();
              tied = true;
              break;
            }
          }
          // life71: a line tied by another table's lines searched over two tables and more too where the input holds a
          // small count (a chance fit over three tables beside the two-table reading pinned the complements hidden).
          if (!first && (!tied || chance) && (named || !worded(a, axis, risk))) pending.push(threeWay(a, axis, at, times, risk, named));
        }
      }
    }
  }
  // redg63: every at-risk line's searches over two and three other tables first, so that `LIFE_WORK` spent by one
  // line's deeper search never leaves another line's fall over three tables untried.
  for (let k = 2; k <= SHALLOW; k++) for (const p of pending) p.step(k);
  // life69: a line proved, every set that fits at each level up to `SHALLOW`, any words (`widen`), before the deeper
  // levels spend `LIFE_WORK`.
  for (const p of pending) p.widen(SHALLOW);
  for (const p of pending) for (let k = SHALLOW + 1; k <= p.top; k++) p.step(k);
  for (const p of pending) p.finish();
  // life44: the tables whose arms were set aside read again; kept where another arm is read so (more steps).
  // An arm tied across (a cell of its steps small) or read so: the other arms' ties pushed (every set that fits, as
  // life42 within a table: two arms' lines may take one arm's fall by chance, 26 = 15 + 11 of A's and B's).
  // Set aside together, or one alone (a smaller arm's line may fit the other table by chance, 34 = 13 + 21: set aside
  // with the larger arm, no line of the table is left to read); the reading with the most steps kept.
  for (const [a, lines] of asides) {
    const [steps, parts] = [a.steps, a.lifeParts];
    const restore = () => {
      if (steps) a.steps = steps;
      else delete a.steps;
      if (parts) a.lifeParts = parts;
      else delete a.lifeParts;
    };
    let best: { w: Warning; steps: Steps; parts: NonNullable<Table['lifeParts']>; set: typeof lines } | undefined;
    for (const set of [lines, ...(lines.length > 1 ? lines.map((l) => [l]) : [])]) {
      const w = readLifeTable(a, threshold, set);
      const n = a.steps?.length ?? 0;
      if (w && n > (steps?.length ?? 0) && n > (best?.steps.length ?? 0)) best = { w, steps: a.steps!, parts: a.lifeParts ?? [], set };
      restore();
    }
    if (best) {
      a.steps = best.steps;
      a.lifeParts = best.parts;
      reread?.(a);
      out.push(best.w);
    } else if (lines.every((l) => l.tie)) continue;
    for (const l of best?.set ?? lines) l.tie?.();
  }
  if (cut.length > 0)
    out.push(
      notSearched(
        cut,
        `の減っていく行が、イベントや打ち切りと書かれていない行や三つ以上の表の行の和の分だけ減っているかは、行が ${PLAIN_LINES} 本を超える表については、また照合の量が上限（${LIFE_WORK.toLocaleString('en-US')} 単位：五つまでの表の組み合わせ一つが 1 単位、六つ以上の表の組み合わせはその手間に応じて数えます）に達したあとは、探していません。`,
        '行・列',
      ),
    );
  if (refuse.length > 0)
    errors?.push({
      code: 'life/not-searched',
      message: `${some(
        refuse.map((r) => `表${r.t.number}の${r.label}`),
        3,
        '・',
      )}が、ほかの表の行の和の分だけ時点ごとに減っているかは、照合の量が上限（${LIFE_WORK.toLocaleString('en-US')} 単位）に達したため、調べたところで打ち切りました。閾値未満の数がある表が並んでいるため、その読み方から秘匿した数が割り出せないとは確かめられず、受け付けを止めました（チェッカーの判断）`,
      hint: 'リスク集合の表とそのイベント・打ち切りの表だけを一緒に貼り付けるか、イベントと打ち切りをリスク集合と同じ時点の列で一つの表に書いてください',
      place: { table: refuse[0]!.t.number, line: refuse[0]!.t.line },
    });
  out.push(...lifeSpans(counts, threshold));
  return out;
}

/**
 * review68: the `life/not-searched` warning (`lifeAcross`'s `cut`, life67's `cutAt`): the tables named (five at most),
 * what was not searched (`what`, after their names), that no hidden count was checked against that reading (ours), and
 * the hint to split the tables or print fewer `lines` (「行・列」「行」).
 */
function notSearched(tables: readonly Table[], what: string, lines: string): Warning {
  return {
    code: 'life/not-searched',
    place: { table: tables[0]!.number, line: tables[0]!.line },
    message:
      `${some(
        tables.map((t) => `表${t.number}`),
        5,
        '・',
      )}${what}` +
      `その読み方から秘匿した数が割り出せるかは確かめていません（チェッカーの判断）。表を分けるか${lines}を減らして確かめてください`,
  };
}

/** life48: a time span as written (「0-6か月」「0〜6ヶ月」「6–12 months」「0か月-6か月」): its two points (`timePoint`), else undefined. */
const span = (label: string): [string, string] | undefined => {
  // life66: the span's N in its header (「3-6か月 (N=170)」「3-6か月 (170)」) no part of it, as for a point (`timePoint`).
  const s = stripN(normalise(label)).replace(POINT_N, '').trim().replace(BARE_N, '').trim().replace(ONE_DIGIT, '').trim().toLowerCase();
  const m = /^(\d{1,4}(?:\.\d{1,3})?)\s?([^\d\s-–—〜~～]{0,8}?)\s?[-–—〜~～]\s?(\d{1,4}(?:\.\d{1,3})?)\s?([^\d\s][^\d]{0,7})$/.exec(s);
  if (!m) return undefined;
  const [a, b] = [timePoint(`${m[1]}${m[2] || m[4]}`), timePoint(`${m[3]}${m[4]}`)];
  return / (?:month|year|week|day)$/.test(a) && / (?:month|year|week|day)$/.test(b) ? [a, b] : undefined;
};

/** A time point as `timePoint` writes it, as a number and its unit (「6か月」 6 month), else undefined. */
const timeValue = (point: string): [number, string] | undefined => {
  const m = /^(\d+(?:\.\d+)?) (month|year|week|day)$/.exec(point);
  return m ? [Number(m[1]), m[2]!] : undefined;
};
/**
 * life50: per point of `points` (another table's, as `timePoint` writes them) the index of the interval of `times` (the
 * at-risk points) it lies strictly within (「4か月」 within 0–6か月), where every point does, each in its own interval,
 * in the same unit; else undefined.
 */
export const within = (times: readonly string[], points: readonly string[]): number[] | undefined => {
  const t = times.map(timeValue);
  const p = points.map(timeValue);
  if (t.length < 2 || p.length < 1 || [...t, ...p].some((x) => !x || x[1] !== t[0]![1])) return undefined;
  const at = t.map((x) => x![0]);
  if (at.some((x, n) => n > 0 && x <= at[n - 1]!)) return undefined;
  const out = p.map((x) => at.findIndex((a, n) => n + 1 < at.length && a < x![0] && x![0] < at[n + 1]!));
  return out.every((i) => i >= 0) && new Set(out).size === out.length && out.every((i, n) => n === 0 || i > out[n - 1]!) ? out : undefined;
};

/**
 * life52: `points` (another table's) each strictly within an interval of `times` (the at-risk points), in order, two or
 * more within one interval at least (「2か月」「4か月」 within 0–6か月): per interval holding points its index and the
 * points' indices; else undefined (each in its own interval is `within`'s).
 */
export const withinGroups = (times: readonly string[], points: readonly string[]): { i0: number; cols: number[] }[] | undefined => {
  const t = times.map(timeValue);
  const p = points.map(timeValue);
  if (t.length < 2 || p.length < 2 || [...t, ...p].some((x) => !x || x[1] !== t[0]![1])) return undefined;
  const at = t.map((x) => x![0]);
  const ps = p.map((x) => x![0]);
  if (at.some((x, n) => n > 0 && x <= at[n - 1]!) || ps.some((x, n) => n > 0 && x <= ps[n - 1]!)) return undefined;
  const of = ps.map((x) => at.findIndex((a, n) => n + 1 < at.length && a < x && x < at[n + 1]!));
  if (of.some((i) => i < 0) || new Set(of).size === of.length) return undefined;
  const groups: { i0: number; cols: number[] }[] = [];
  of.forEach((i0, j) => (groups.at(-1)?.i0 === i0 ? groups.at(-1)!.cols.push(j) : groups.push({ i0, cols: [j] })));
  return groups;
};

/**
 * life64: per interval of `times` (the at-risk points) tiled exactly by the columns' own intervals (`cover`, each
 * [from, to] as `timePoint` writes them, or undefined), the interval's index and the columns tiling it in order; else
 * none. 「0か月」「3か月」「6か月」「9か月」 at their start beside at risk at 0/6/12か月: 0–6か月 the first two, 6–12か月 the
 * last two.
 */
export const tiled = (times: readonly string[], cover: readonly ([string, string] | undefined)[]): { i0: number; js: number[] }[] => {
  const t = times.map(timeValue);
  if (t.length < 2 || t.some((x) => !x || x[1] !== t[0]![1])) return [];
  const at = t.map((x) => x![0]);
  if (at.some((x, n) => n > 0 && x <= at[n - 1]!)) return [];
  const ends = cover.map((c) => {
    const [x, y] = c ? [timeValue(c[0]), timeValue(c[1])] : [undefined, undefined];
    return x && y && x[1] === t[0]![1] && y[1] === t[0]![1] && y[0] > x[0] ? ([x[0], y[0]] as const) : undefined;
  });
  const out: { i0: number; js: number[] }[] = [];
  for (let i = 0; i + 1 < at.length; i++) {
    const js = ends.flatMap((e, j) => (e && e[0] >= at[i]! && e[1] <= at[i + 1]! ? [j] : [])).sort((x, y) => ends[x]![0] - ends[y]![0]);
    let x = at[i]!;
    for (const j of js) x = ends[j]![0] === x ? ends[j]![1] : NaN;
    if (js.length > 0 && x === at[i + 1]) out.push({ i0: i, js });
  }
  return out;
};

/**
 * life48: the point one step of `points` past its first (`by` −1) or last (+1), where they step evenly in one unit
 * (「0か月」「6か月」: 「12か月」 after, none before), as `timePoint` writes it; else undefined.
 */
const moved = (points: readonly string[], by: -1 | 1): string | undefined => {
  const parsed = points.map((p) => /^(\d+(?:\.\d+)?) (month|year|week|day)$/.exec(p));
  if (points.length < 2 || parsed.some((m) => !m || m[2] !== parsed[0]![2])) return undefined;
  const at = parsed.map((m) => Number(m![1]));
  const step = at[1]! - at[0]!;
  if (step <= 0 || at.some((x, n) => n > 0 && x - at[n - 1]! !== step)) return undefined;
  const x = by < 0 ? at[0]! - step : at.at(-1)! + step;
  return x < 0 ? undefined : `${x} ${parsed[0]![2]}`;
};

/** How many lines, in words (「二つの行」「三つの行」). */
const COUNT_WORDS = ['', '一つ', '二つ', '三つ', '四つ', '五つ', '六つ', '七つ', '八つ'];

/** red66: the sets of `least` or more of `xs` (in order; `xs` a few lines: `PLAIN_LINES` at most). */
function largerSets(xs: readonly number[], least: number): number[][] {
  const out: number[][] = [];
  const walk = (from: number, chosen: number[]) => {
    if (chosen.length >= least) out.push(chosen);
    for (let k = from; k < xs.length; k++) walk(k + 1, [...chosen, xs[k]!]);
  };
  walk(0, []);
  return out;
}

/** life67: the nodes one `fallSets` search walks before it stops (said `life/not-searched`). */
const FALL_WORK = 20_000;

/** life70: the words of a line whose every count leaves the risk set of its interval: deaths, the censored. */
const DEATHS = /死亡|deaths?\b/i;
const CENSORED = /打ち?切り|censor/i;
/**
 * life70: a line read as part of another (「うち死亡」「内訳」「of which」) or of one group of several (「A群死亡」「Arm B」:
 * two arms' lines take two falls): beside such a line no line is one every set must hold.
 */
const PART_OF = /うち|内訳|of which|including|among|群|arms?\b|groups?\b|cohorts?\b|コホート/i;

/**
 * life70: the lines of `from` every set taking one interval's fall must hold (the lines said deaths or the censored:
 * each of them leaves the risk set within the interval, so a set leaving one out is no life table's) — only where one
 * line at most says deaths and one at most the censored and none is a part of another or names a group (two arms'
 * lines in one column take two falls: then none, every set kept as before).
 */
function mustHold(from: readonly number[], label: (i: number) => string): number[] {
  const norm = from.map((i) => ({ i, l: normalise(label(i)) }));
  if (norm.some((x) => PART_OF.test(x.l))) return [];
  const deaths = norm.filter((x) => DEATHS.test(x.l));
  const censored = norm.filter((x) => CENSORED.test(x.l));
  if (deaths.length > 1 || censored.length > 1) return [];
  return norm.filter((x) => DEATHS.test(x.l) || CENSORED.test(x.l)).map((x) => x.i);
}

/**
 * life67: past `PLAIN_LINES` lines, the sets of `least` or more of `xs` whose parts (`parts(i)`, a line's count at each
 * step, none negative) sum to `targets` at every step: depth first, a set dropped once its sum passes a step's fall
 * (red66's `largerSets` was tried on tables of up to 8 lines only: 死亡 among 9–12 lines came back as the fall less the
 * others, life67-families.ts). `cut` where the walk passed `FALL_WORK` nodes and stopped.
 */
function fallSets(
  xs: readonly number[],
  least: number,
  parts: (i: number) => readonly number[],
  targets: readonly number[],
): { sets: number[][]; cut: boolean } {
  // A line with a part no count or negative (a cumulative column less its neighbour falling) takes no fall here.
  const kept = xs.flatMap((i) => {
    const ps = parts(i);
    return ps.length === targets.length && ps.every((v) => Number.isFinite(v) && v >= 0) ? [{ i, ps }] : [];
  });
  const of = kept.map((x) => x.ps);
  const sets: number[][] = [];
  let work = 0;
  let cut = false;
  const walk = (from: number, chosen: number[], sums: readonly number[]) => {
    if (chosen.length >= least && sums.every((v, n) => v === targets[n])) sets.push(chosen);
    for (let k = from; k < kept.length && !cut; k++) {
      if (++work > FALL_WORK) {
        cut = true;
        return;
      }
      const next = sums.map((v, n) => v + of[k]![n]!);
      if (next.some((v, n) => v > targets[n]!)) continue;
      walk(k + 1, [...chosen, kept[k]!.i], next);
    }
  };
  walk(
    0,
    [],
    targets.map(() => 0),
  );
  return { sets, cut };
}

/**
 * life48: what `lifeAcross` does not tie. (1) The at-risk counts read as each point's N (「人数」 taken out of the table
 * by header.ts: published constants) with the events or censored in another table (「イベント」 beside the N,
 * 「打ち切り」 apart): each fall N(t) − N(t') = the lines' sum. (2) Another table's points more than one step off (at
 * risk at 0/3/6/12か月, the events at 「0か月」「6か月」 or over 「0-6か月」「6-12か月」): each of its columns an interval
 * between two of the at-risk points — from its point to the next (printed at the start) or from the one before
 * (printed at the end), or the span its label writes — and the fall over that interval its lines' sum. Tied where every
 * interval fits exactly and, for a line not named at risk, a cell of the equations is small and either two intervals
 * fit or every line taking the fall says events or censored (`EVENTS_WORDS`, as life38 over one step). Our reading.
 */
function lifeSpans(counts: readonly Table[], threshold: number): Warning[] {
  const out: Warning[] = [];
  const { linesOf, acrossOf, positions, items, place, value } = ACROSS;
  const events = (t: Table, axis: Axis, i: number) => survivalTitled(t) || EVENTS_WORDS.test(normalise(linesOf(t, axis)[i]!.label));
  const smallAt = (t: Table, tx: Axis, pos: readonly number[]) => items(t, tx).some((i) => pos.some((k) => value(t, tx, i, k) < threshold));
  const said = new Set<string>();
  /** life67: the tables whose lines' sets `fallSets` stopped short of (said `life/not-searched`). */
  const cutAt: Table[] = [];
  /** life68: one column's small counts tied by the fall less them (`guessAt`, said once per pair of tables). */
  const guessAt = new Map<string, { lines: Set<string>; warning: Warning }>();
  const wideSets = (t: Table, found: { sets: number[][]; cut: boolean }) => {
    if (found.cut && !cutAt.includes(t)) cutAt.push(t);
    return found.sets;
  };
  // A span's start (or end) as written (「3-6か月」 → 「3か月」 or 「6か月」, 「3〜6 months」 → 「3 months」).
  const endLabel = (label: string, end: boolean): string => {
    const m = /^(\d+(?:\.\d+)?)\s?([^\d\s-–—〜~～]*)\s?[-–—〜~～]\s?(\d+(?:\.\d+)?)(\s?[^\d\s(（]*)/.exec(stripN(normalise(label)).trim());
    return m ? `${end ? m[3] : m[1]}${end ? m[4] : m[2] || m[4]}` : label;
  };
  /**
   * life66: b's columns each an interval with one end a point of a and the other none (「3-6か月」「3〜6か月」「3-12か月」
   * or 「6-9か月」 beside 0/6/12か月), with the column's N (header.ts: b's 「人数」 read as each column's N; else a line of b
   * named at risk). Ending at a's point: the N is at risk at the interval's start, and N less one or two of b's lines
   * (or all of them) is a's count there; starting at it: the N is at risk at its end, a's count there less those lines.
   * Tied where a's line is named at risk, or a cell is small and the lines say events or censored or are two (as
   * life61's one column), every fit once one is; our reading (チェッカーの推定), said once per pair of tables.
   */
  const partOfStep = (
    a: Table,
    axis: Axis,
    b: Table,
    bx: Axis,
    risk: { line?: number; values: number[]; named: boolean; label: string },
    times: readonly string[],
    at: readonly number[],
    spans: readonly ([string, string] | undefined)[],
  ): void => {
    const bat = positions(b, bx);
    const all = items(b, bx);
    spans.forEach((sp, j) => {
      // One end a point of a, the other none (inside a step, before a's first point, past its last or over a point):
      // the N at the interval's start where it ends at a's point, at its end where it starts at one (a table printing
      // the number still at risk after the interval).
      if (!sp || times.includes(sp[0]) === times.includes(sp[1])) return;
      const atEnd = times.includes(sp[1]);
      const i1 = times.indexOf(atEnd ? sp[1] : sp[0]);
      const [x, t1] = [timeValue(atEnd ? sp[0] : sp[1]), timeValue(times[i1]!)];
      if (!x || !t1 || x[1] !== t1[1] || (atEnd ? x[0] >= t1[0] : x[0] <= t1[0])) return;
      const head = acrossOf(b, bx)[bat[j]!]!;
      const k = bat[j]!;
      // The N: the column's (header.ts), else a line of b named at risk (「At risk」 kept as a line: a term of the step).
      const own = pointN(head);
      const line = own === undefined ? all.find((i) => AT_RISK.test(normalise(linesOf(b, bx)[i]!.label))) : undefined;
      // step68: a line saying which end its N is at (「終了時人数」「開始時人数」) read at that end only: at the end of an
      // interval ending at a's point it is a's count there, at the start of one starting there likewise (no fall).
      const end = line === undefined ? undefined : normalise(linesOf(b, bx)[line]!.label);
      if (end !== undefined && (atEnd ? /終了|\bend\b/i : /開始|\bstart|\bbeginning/i).test(end)) return;
      const n = own ?? (line === undefined ? undefined : value(b, bx, line, k));
      const fall = n === undefined ? 0 : (atEnd ? 1 : -1) * (n - risk.values[i1]!);
      if (n === undefined || fall <= 0) return;
      const rest = all.filter((i) => i !== line);
      const sets = [
        ...rest.map((i) => [i]),
        ...rest.flatMap((i, m) => rest.slice(m + 1).map((o) => [i, o])),
        ...(rest.length > 2 ? [rest] : []),
      ];
      const fits = sets.filter((set) => set.reduce((s, i) => s + value(b, bx, i, k), 0) === fall);
      const small = smallAt(a, axis, at) || smallAt(b, bx, [k]) || fall < threshold;
      const proved = fits.filter((set) => risk.named || (small && (set.length >= 2 || set.every((i) => events(b, bx, i)))));
      if (proved.length === 0) return;
      // Every fit tied once one is proved: a reader cannot tell which lines left the risk set.
      for (const set of fits) {
        a.stepsAcross = [
          ...(a.stepsAcross ?? []),
          {
            terms: [
              ...(risk.line === undefined ? [] : [{ table: a.number, ...place(axis, risk.line, at[i1]!), coef: 1 }]),
              ...set.map((i) => ({ table: b.number, ...place(bx, i, k), coef: atEnd ? 1 : -1 })),
              ...(line === undefined ? [] : [{ table: b.number, ...place(bx, line, k), coef: -1 }]),
            ],
            rhs: (line === undefined ? n : 0) - (risk.line === undefined ? risk.values[i1]! : 0),
          },
        ];
        b.lifeParts = [...(b.lifeParts ?? []), { axis: bx, lines: set }];
      }
      const key = `${a.number}:${b.number}`;
      if (said.has(key)) return;
      said.add(key);
      const f = proved[0]!;
      const from = quote(head.label);
      const lines = some(
        f.map((i) => quote(linesOf(b, bx)[i]!.label)),
        3,
        'と',
      );
      const edge = atEnd ? '始め' : '終わり';
      out.push({
        code: 'table/life-table',
        message: `表${a.number}の${risk.label}の${quote(acrossOf(a, axis)[at[i1]!]!.label)}の数${
          atEnd
            ? `が、表${b.number}の${from}の患者数（${n}）から${lines}を引いた数に`
            : `から表${b.number}の${from}の${lines}を引いた数が、表${b.number}の${from}の患者数（${n}）に`
        }等しいため、二つの表を一つの生存時間の表と読みました（チェッカーの推定：表${b.number}の${from}の患者数をその期間の${edge}のリスク集合、その行をその期間のイベント・打ち切りと読んだため）。時点の差から秘匿したセルが分かるため、二つの表を合わせて秘匿を決め、監査しました。表${b.number}の患者数が期間の${edge}の人数なら、表${a.number}にもその時点「${endLabel(head.label, !atEnd)}」の列として書くと、一つの生存時間の表としてはっきり読めます`,
        place: { table: a.number, line: a.line },
      });
    });
  };
  for (const a of counts)
    for (const axis of ['rows', 'cols'] as const) {
      const at = positions(a, axis);
      const heads = at.map((k) => acrossOf(a, axis)[k]!);
      if (at.length < 2 || items(a, axis).length > LIFE_LINES || !overTime(heads)) continue;
      const times = heads.map((h) => timePoint(h.label));
      if (!times.every((x) => / (?:month|year|week|day)$/.test(x)) && !startOf(heads[0]!.label)) continue;
      const titled = titledLife(a);
      // The at-risk lines: the N of each point (header.ts) and, over points another table is more than one step off
      // from, the table's lines (the same points or one step off are `lifeAcross`'s).
      const ns = heads.map((h) => pointN(h));
      // life66: an N read from a bare number in brackets (`BARE_N`) said as ours, with the hint to write it as an N.
      // step68: and one read from a one-digit number in brackets (`ONE_DIGIT`: 「24か月 (5)」, a mark or the few at risk).
      const bare = heads.some(
        (h) => (h.denominator === undefined && !AT_RISK_N.test(normalise(h.label))) || ONE_DIGIT.test(normalise(h.label).trim()),
      );
      const risks: { line?: number; values: number[]; named: boolean; label: string }[] = [
        ...(ns.every((n) => n !== undefined)
          ? [
              {
                values: ns as number[],
                named: titled,
                label: bare ? `各時点の見出しの括弧内の数（各時点の患者数と推定）` : `各時点の患者数（N）`,
              },
            ]
          : []),
        ...items(a, axis).map((i) => ({
          line: i,
          values: at.map((k) => value(a, axis, i, k)),
          named: titled || AT_RISK.test(normalise(linesOf(a, axis)[i]!.label)),
          label: quote(linesOf(a, axis)[i]!.label),
        })),
      ];
      for (const risk of risks) {
        const v = risk.values;
        if (v.some((x, n) => n > 0 && x > v[n - 1]!) || v[0] === v.at(-1) || v[0]! <= 0) continue;
        if (risk.line !== undefined && !risk.named && EVENTS_WORDS.test(normalise(linesOf(a, axis)[risk.line]!.label))) continue;
        for (const b of counts) {
          if (b === a || (a.stepsAcross ?? []).some((st) => st.terms.some((x) => x.table === b.number))) continue;
          for (const bx of ['rows', 'cols'] as const) {
            const bat = positions(b, bx);
            const all = items(b, bx);
            if (bat.length < 1 || all.length > LIFE_LINES) continue;
            const labels = bat.map((k) => acrossOf(b, bx)[k]!.label);
            const spans = labels.map(span);
            const points = labels.map(timePoint);
            // Each variant: per column of b, the interval [i0, i1] of a's points (indices), or undefined.
            const index = (x: string | undefined) => (x === undefined ? -1 : times.indexOf(x));
            // life66: a part of a step alone (「3-6か月」 beside at risk at 0/6/12か月) with its own N (header.ts: 「人数」 taken
            // out of b, the number at risk at the interval's start): that N less the interval's events and censored is
            // a's count at the interval's end. Our reading (チェッカーの推定), tied as a step over one interval.
            partOfStep(a, axis, b, bx, risk, times, at, spans);
            // `also`: life52, further columns inside the same interval (two points of b within one step of a's).
            const variants: {
              cols: { col: number; i0: number; i1: number; also?: number[]; less?: number[] }[];
              shift: 0 | 1;
              within?: boolean;
              single?: boolean;
              finer?: boolean;
              /** life64: cumulative columns' differences, the lines rising (1) or falling (−1) along b's columns. */
              diff?: 1 | -1;
              /** red66: cumulative columns beside columns at no point of a's, the lines rising (falling) likewise. */
              rise?: 1 | -1;
            }[] = [];
            const of = (ends: ([string, string] | undefined)[], shift: 0 | 1) => {
              const cols = ends.flatMap((e, j) => {
                const [i0, i1] = e ? [index(e[0]), index(e[1])] : [-1, -1];
                return i0 >= 0 && i1 > i0 ? [{ col: bat[j]!, i0, i1 }] : [];
              });
              if (cols.length > 0) variants.push({ cols, shift });
            };
            // life64: columns finer than a's steps (「0-3か月」「3-6か月」 beside at risk at 0/6か月, or 「0か月」「3か月」 at
            // their start): a step tiled exactly by b's intervals the sum of those columns. Our reading (チェッカーの推定).
            const finer = (cover: readonly ([string, string] | undefined)[], shift: 0 | 1) => {
              const steps = tiled(times, cover);
              if (steps.some((x) => x.js.length > 1))
                variants.push({
                  cols: steps.map(({ i0, js }) => ({ col: bat[js[0]!]!, i0, i1: i0 + 1, also: js.slice(1).map((j) => bat[j]!) })),
                  shift,
                  finer: true,
                });
            };
            if (spans.every((x) => x !== undefined)) {
              of(spans, 0);
              finer(spans, 0);
            } else {
              const same = points.length === times.length && points.every((x, j) => x === times[j]);
              const off1 =
                points.length === times.length &&
                (points.slice(1).every((l, j) => l === times[j]) || points.slice(0, -1).every((l, j) => l === times[j + 1]));
              // rede62: two points or more, each column cumulative from a's first point (counts up to it) or from it to
              // a's last point: every column the same way (at the same points too: `lifeAcross` reads no cumulative
              // line); a column at that end itself (an empty interval) only all 0.
              // red66: b's points in increasing order, some not a's (「3か月」「6か月」「12か月」 beside 0/6/12か月, or one past
              // a's last): the columns at a's points read so, the lines taking the fall rising (falling) along all of b's
              // columns as cumulative lines do (`rise`; such columns were left unread and 「6か月」's 死亡 came back).
              const timed = points.map(timeValue);
              const onA = points.filter((x) => index(x) >= 0).length;
              const ordered = timed.every((x, j) => x && (j === 0 || x[0] > timed[j - 1]![0]));
              if (points.length >= 2 && onA >= 1 && (onA === points.length || ordered)) {
                const last = times.length - 1;
                const empty = (j: number) => all.every((i) => value(b, bx, i, bat[j]!) === 0);
                for (const [edge, shift] of [
                  [0, 1],
                  [last, 0],
                ] as const) {
                  const js = points.flatMap((x, j) => (index(x) >= 0 && index(x) !== edge ? [j] : []));
                  if (js.length === 0 || !points.every((x, j) => index(x) !== edge || empty(j))) continue;
                  const span = (x: number): [number, number] => (edge === 0 ? [0, x] : [x, last]);
                  variants.push({
                    cols: js.map((j) => ({ col: bat[j]!, i0: span(index(points[j]))[0], i1: span(index(points[j]))[1] })),
                    shift,
                    ...(onA < points.length ? { rise: edge === 0 ? (1 as const) : (-1 as const) } : {}),
                  });
                }
              }
              // life64: columns cumulative from a point a does not print (「6か月」「12か月」 counted from 0か月 beside at risk
              // from 6か月; or each to a point past a's last): two neighbouring columns at a's points, their difference the
              // fall between them, where the lines taking it rise (or fall) along b's columns as cumulative lines do.
              const run = points.map((x) => index(x));
              for (const dir of [1, -1] as const) {
                const pairs = run.flatMap((i1, j) => (j > 0 && run[j - 1]! >= 0 && i1 > run[j - 1]! ? [j] : []));
                if (pairs.length === 0) continue;
                variants.push({
                  cols: pairs.map((j) => ({
                    col: bat[dir > 0 ? j : j - 1]!,
                    i0: run[j - 1]!,
                    i1: run[j]!,
                    less: [bat[dir > 0 ? j - 1 : j]!],
                  })),
                  shift: 0,
                  diff: dir,
                });
              }
              // The same points or one step off: `lifeAcross`'s, but for the N of each point (rede62: its cumulative
              // readings kept, the others not drawn).
              const acrossOnly = (same || off1) && risk.line !== undefined;
              if (acrossOnly && variants.length === 0) continue;
              const cumulative = variants.length;
              // b's own spacing past its ends (its last interval from 「6か月」 to 「12か月」 where it steps by 6).
              const [before, after] = [moved(points, -1), moved(points, 1)];
              of(
                points.map((x, j) => (j + 1 < points.length ? [x, points[j + 1]!] : after ? [x, after] : undefined)),
                0,
              );
              of(
                points.map((x, j) => (j > 0 ? [points[j - 1]!, x] : before ? [before, x] : undefined)),
                1,
              );
              // life50: points between the at-risk points (events at 「4か月」「10か月」 beside at risk at 0/6/12か月): each
              // column the interval it falls within (each in its own interval, none on an at-risk point). Our reading.
              const inside = within(times, points);
              if (inside) variants.push({ cols: inside.map((i0, j) => ({ col: bat[j]!, i0, i1: i0 + 1 })), shift: 0, within: true });
              // life52: two or more points inside one interval (「2か月」「4か月」 of 0–6か月): the interval's fall the sum of
              // its columns. Our reading, as life50's.
              const grouped = inside ? undefined : withinGroups(times, points);
              if (grouped)
                variants.push({
                  cols: grouped.map(({ i0, cols: js }) => ({ col: bat[js[0]!]!, i0, i1: i0 + 1, also: js.slice(1).map((j) => bat[j]!) })),
                  shift: 0,
                  within: true,
                });
              // life64: b's points at a's and between them (「0か月」「3か月」「6か月」「9か月」 beside 0/6/12か月): each column to
              // b's next point (its last to a's next; counts at the start) or from b's point before (its first from a's
              // point before; at the end).
              const num = points.map(timeValue);
              if (!inside && !grouped && num.every((x, j) => x && (j === 0 || x[0] > num[j - 1]![0]))) {
                const nextOf = (x: string) => times.find((t) => (timeValue(t)?.[0] ?? -Infinity) > timeValue(x)![0]);
                const prevOf = (x: string) => [...times].reverse().find((t) => (timeValue(t)?.[0] ?? Infinity) < timeValue(x)![0]);
                const pair = (x: string | undefined, y: string | undefined): [string, string] | undefined =>
                  x === undefined || y === undefined ? undefined : [x, y];
                finer(
                  points.map((x, j) => pair(x, j + 1 < points.length ? points[j + 1] : nextOf(x))),
                  0,
                );
                finer(
                  points.map((x, j) => pair(j > 0 ? points[j - 1] : prevOf(x), x)),
                  1,
                );
              }
              // life61: one point only (one interval's events and censored, 「6か月」 beside at risk at 0/6/12/18か月): the
              // interval from it to a's next point (counts at its start) or from a's point before (at its end); b has no
              // spacing of its own (`moved`). Our reading, tied only as life38 over one step (every line taking the fall
              // said events or censored, a small cell) unless the line is named at risk.
              if (points.length === 1 && index(points[0]) >= 0) {
                const j = index(points[0]);
                if (j + 1 < times.length) variants.push({ cols: [{ col: bat[0]!, i0: j, i1: j + 1 }], shift: 0, single: true });
                if (j > 0) variants.push({ cols: [{ col: bat[0]!, i0: j - 1, i1: j }], shift: 1, single: true });
                // rede62: the column a count over more than one of a's steps with its point at one end — cumulative from
                // a's first point (「12か月」 the events and censored of 0–12か月), or from it to a's last point. Read as
                // the one step (the same rules, chance fits tied once one is proved): a reader takes either.
                for (let o = 0; o < times.length; o++)
                  if (Math.abs(o - j) > 1)
                    variants.push({ cols: [{ col: bat[0]!, i0: Math.min(o, j), i1: Math.max(o, j) }], shift: o < j ? 1 : 0, single: true });
              }
              if (off1 && !same) {
                // One step off (events from 「0か月」 beside the N from 「3か月」): each column the step from its own point.
                of(
                  points.map((x) => (index(x) >= 0 && index(x) + 1 < times.length ? [x, times[index(x) + 1]!] : undefined)),
                  0,
                );
                of(
                  points.map((x) => (index(x) > 0 ? [times[index(x) - 1]!, x] : undefined)),
                  1,
                );
              }
              if (acrossOnly) variants.splice(cumulative);
            }
            const mine = risk.line === undefined ? items(a, axis) : items(a, axis).filter((i) => i !== risk.line);
            // Every variant that fits (the same counts may fit two readings, 14 and 14 censored: which interval is
            // which the numbers cannot tell; each equation true of the counts), said once.
            let warned = false;
            const judged = variants.map(({ cols, within: between, single, finer: fine, diff, rise }) => {
              const fall = (c: { i0: number; i1: number }) => v[c.i0]! - v[c.i1]!;
              // A set of b's lines (one or two), or one line of a (at the interval's point) and one of b.
              const sets: { b: number[]; a?: number; ash?: number }[] = [
                ...all.map((i) => ({ b: [i] })),
                ...all.flatMap((i, n) => all.slice(n + 1).map((j) => ({ b: [i, j] }))),
                // red66: three lines of b or more (「死亡」「打ち切り」「転院」 of one column taking the fall together: only one
                // or two were tried, and 死亡 came back as the fall less the others), where b has few lines.
                // life67: past `PLAIN_LINES` lines, the sets whose sums meet every column's fall (`fallSets`), a search
                // stopped past its work said `life/not-searched`; over one column, of lines said events or censored.
                ...(all.length <= PLAIN_LINES
                  ? largerSets(all, 3)
                  : wideSets(
                      b,
                      fallSets(
                        // One column only: the lines said events or censored (under no word, many sets of 9 lines or
                        // more meet one fall by chance: life67-families.ts innocent single 132 → 226 hidden).
                        cols.length >= 2 ? all : all.filter((i) => events(b, bx, i)),
                        3,
                        (i) =>
                          cols.map(
                            (c) =>
                              [c.col, ...(c.also ?? [])].reduce((t, k) => t + value(b, bx, i, k), 0) -
                              (c.less ?? []).reduce((t, k) => t + value(b, bx, i, k), 0),
                          ),
                        cols.map((c) => fall(c)),
                      ),
                    )
                ).map((xs) => ({ b: xs })),
                // A line of a (beside the N or a line named at risk) only over single steps (its cell at its start or end).
                ...((risk.line === undefined || risk.named) && cols.every((c) => c.i1 === c.i0 + 1 && !c.also && !c.less)
                  ? mine.flatMap((m) => all.flatMap((o) => [0, 1].map((ash) => ({ b: [o], a: m, ash }))))
                  : []),
              ];
              const aCol = (c: { i0: number; i1: number }, set: { ash?: number }) => at[set.ash ? c.i1 : c.i0]!;
              const colsOf = (c: { col: number; also?: number[] }) => [c.col, ...(c.also ?? [])];
              // life64: a cumulative column's neighbour subtracted (`less`).
              const sum = (
                set: { b: number[]; a?: number; ash?: number },
                c: { col: number; i0: number; i1: number; also?: number[]; less?: number[] },
              ) =>
                set.b.reduce(
                  (s, i) =>
                    s + colsOf(c).reduce((t, k) => t + value(b, bx, i, k), 0) - (c.less ?? []).reduce((t, k) => t + value(b, bx, i, k), 0),
                  0,
                ) + (set.a === undefined ? 0 : value(a, axis, set.a, aCol(c, set)));
              const along = diff ?? rise;
              const cumulativeLines = (set: { b: number[] }) =>
                along === undefined ||
                set.b.every((i) => bat.every((k, j) => j === 0 || along * (value(b, bx, i, k) - value(b, bx, i, bat[j - 1]!)) >= 0));
              const fits = sets.filter((set) => cumulativeLines(set) && cols.every((c) => fall(c) === sum(set, c)));
              const proved = fits.filter((set) => {
                if (risk.named) return true;
                const small =
                  // life55: a small count anywhere in either table's lines over its points (`lifeAcross`'s `smallIn`).
                  smallAt(a, axis, at) ||
                  smallAt(b, bx, bat) ||
                  cols.some((c) => v[c.i0]! < threshold || v[c.i1]! < threshold) ||
                  cols.some(
                    (c) =>
                      set.b.some((i) => [...colsOf(c), ...(c.less ?? [])].some((k) => value(b, bx, i, k) < threshold)) ||
                      (set.a !== undefined && value(a, axis, set.a, aCol(c, set)) < threshold),
                  );
                const worded = set.b.every((i) => events(b, bx, i)) && (set.a === undefined || events(a, axis, set.a));
                // life61: one column alone (`single`) beside a line over three points or more: two lines under no word
                // too (the events and the censored, as two intervals' fit above), our reading (チェッカーの推定).
                // life62: beside a line of two points too (life62-families.ts `twoPoint`: the oracle pinned 10 of 30 small
                // counts; innocent falls met by two lines by chance read 4 → 5 of 30, hidden 60 → 60).
                const pairOf = set.a === undefined && set.b.length >= 2 && (cols.length >= 2 || single === true);
                return small && cols.some((c) => fall(c) > 0) && (worded || pairOf);
              });
              // life64: the sets fitting each column alone (a reader taking one interval of the reading, not the others).
              const alone = cols.map((c) => sets.filter((set) => cumulativeLines(set) && fall(c) === sum(set, c)));
              return { cols, between, single, fine, diff, rise, fall, aCol, colsOf, fits, proved, alone };
            });
            // life61: one column read both ways (from its point on, or up to it): once either way is proved by two of
            // b's lines, every fit of either is tied (a reader cannot tell which interval the column is: 「区分A」 alone
            // equal to the other interval's fall is a reading too).
            const singleProved = judged.some(
              ({ single, proved }) => single && proved.some((set) => set.a === undefined && set.b.length === 2),
            );
            // life64: likewise once columns finer than a's steps or cumulative ones are proved, every fit of every reading
            // of b's columns is tied (at their start or at their end, finer or not: a reader takes either; each fit is
            // true of the counts). life64-families.ts `mid/start` 64 and 67: 「その他」 with 「打ち切り」 fitting one
            // interval at the columns' end, the two lines proved at their start.
            const finerProved = judged.some(({ fine, diff, proved }) => (fine || diff) && proved.length > 0);
            // So is each of their intervals alone (life64-families.ts `mid/end` 4992 88: 「その他」 with 「Deaths」 equal to
            // 0–12か月's fall too, 12–24か月 taken by no such pair; the oracle's `spanSteps` takes that one column).
            for (const { cols, between, single, fine, diff, rise, fall, aCol, colsOf, fits, proved, alone } of judged) {
              const proving = (single && singleProved) || finerProved ? fits : proved;
              const partial =
                finerProved && (fine || diff)
                  ? cols.flatMap((c, n) => alone[n]!.filter((set) => !proving.includes(set)).map((set) => ({ set, cs: [c] })))
                  : [];
              for (const { set, cs } of [...proving.map((set) => ({ set, cs: cols })), ...partial]) {
                a.stepsAcross = [
                  ...(a.stepsAcross ?? []),
                  ...cs.map((c) => ({
                    terms: [
                      ...(risk.line === undefined
                        ? []
                        : [
                            { table: a.number, ...place(axis, risk.line, at[c.i0]!), coef: 1 },
                            { table: a.number, ...place(axis, risk.line, at[c.i1]!), coef: -1 },
                          ]),
                      ...set.b.flatMap((i) => [
                        ...colsOf(c).map((k) => ({ table: b.number, ...place(bx, i, k), coef: risk.line === undefined ? 1 : -1 })),
                        ...(c.less ?? []).map((k) => ({ table: b.number, ...place(bx, i, k), coef: risk.line === undefined ? -1 : 1 })),
                      ]),
                      ...(set.a === undefined
                        ? []
                        : [{ table: a.number, ...place(axis, set.a, aCol(c, set)), coef: risk.line === undefined ? 1 : -1 }]),
                    ],
                    rhs: risk.line === undefined ? fall(c) : 0,
                  })),
                ];
                b.lifeParts = [...(b.lifeParts ?? []), { axis: bx, lines: set.b }];
                if (set.a !== undefined) a.lifeParts = [...(a.lifeParts ?? []), { axis, lines: [set.a] }];
              }
              if (proving.length === 0) continue;
              const f = proving[0]!;
              // life62: one column's two lines under no word (beside a line of two points too): our guess, said so.
              const guessed = single === true && !risk.named && f.a === undefined && !f.b.every((i) => events(b, bx, i));
              const taken = some(
                [
                  ...(f.a === undefined ? [] : [quote(linesOf(a, axis)[f.a]!.label)]),
                  ...f.b.map((i) => `表${b.number}の${quote(linesOf(b, bx)[i]!.label)}`),
                ],
                3,
                'と',
              );
              if (!warned)
                out.push({
                  code: 'table/life-table',
                  message: `表${a.number}の${risk.label}が、${taken}の分だけ${
                    spans.every((x) => x !== undefined)
                      ? '期間の見出しどおりに'
                      : fine
                        ? `（表${b.number}の各列を、その時点から表${b.number}の次の時点まで${
                            variants.find((x) => x.cols === cols)?.shift ? 'ではなく前の時点からその時点まで' : ''
                          }のイベント・打ち切りと読み、表${a.number}の時点の間の列を足して）各期間に`
                        : diff
                          ? `（表${b.number}の各列を表${a.number}にない時点からの累積と読み、隣り合う列の差をその間のイベント・打ち切りとして）各期間に`
                          : rise
                            ? `（表${b.number}の列のうち表${a.number}の時点のものを、表${a.number}の${rise > 0 ? '最初の時点からの' : '最後の時点までの'}累積のイベント・打ち切りと読んで）各期間に`
                            : between
                              ? '表の時点を含む期間ごとに（途中の時点の数をその期間のイベント・打ち切りとして）'
                              : single
                                ? `（表${b.number}の一つの時点${quote(labels[0]!)}の数を、表${a.number}の${
                                    cols[0]!.i1 - cols[0]!.i0 > 1
                                      ? `${quote(heads[cols[0]!.i0]!.label)}から${quote(heads[cols[0]!.i1]!.label)}まで（累積）`
                                      : `その時点${cols[0]!.i0 === index(points[0]) ? 'から次の時点まで' : 'の前の時点からその時点まで'}`
                                  }の期間のイベント・打ち切りと読んで）その期間に`
                                : cols.some((c) => c.i1 > c.i0 + 1)
                                  ? '時点の間隔が表ごとに違っても各期間の始めと終わりの間で'
                                  : '時点ごとに'
                  }減っているため、二つの表を一つの生存時間の表と読みました（${
                    guessed
                      ? `チェッカーの推定：イベントや打ち切りと書かれていない${COUNT_WORDS[f.b.length] ?? `${f.b.length}つ`}の行の和が減った数に等しいため`
                      : (fine && !spans.every((x) => x !== undefined)) || diff || rise
                        ? 'チェッカーの推定：どの列がどの期間の数かは書かれておらず、数が合うことから読んだため'
                        : 'チェッカーの判断'
                  }）。時点の差から秘匿したセルが分かるため、二つの表を合わせて秘匿を決め、監査しました${
                    single || (fine && !spans.every((x) => x !== undefined))
                      ? `。期間の数なら、見出しを「0-6か月」のように期間で書くと、どの期間の数かがはっきりします`
                      : diff || rise
                        ? `。累積の数なら、見出しを「0-6か月」「0-12か月」のように数え始めの時点から書くと、どの期間の数かがはっきりします`
                        : ''
                  }${guessed ? `。行の名前を「死亡」「打ち切り」のように書くと、どの行が減った分かがはっきりします` : ''}${
                    bare && risk.line === undefined
                      ? `。括弧内の数を各時点の患者数と読んだのはチェッカーの推定です。患者数なら「${quote(heads[0]!.label).slice(1, -1).replace(BARE_N, '')} (N=${ns[0]})」のように書くと、はっきりします`
                      : ''
                  }`,
                  place: { table: a.number, line: a.line },
                });
              warned = true;
            }
            // life68: one column of b past `PLAIN_LINES` lines, not all said events or censored: which three lines or
            // more (with a small count) take a's fall is not searched as an equation each (sets of 9–12 lines meet one
            // fall by chance so often that tying each hid 121 → 169 cells of life68-families.ts innocent 5455), but every
            // such set's equation less its other lines is one: a's fall less the small count, its rhs the numbers' (true
            // of the counts whichever set is the table's). Tied so — a's cells at the interval's ends then hidden with
            // it — and said (チェッカーの判断); beside an N (published) each fitting set is tied instead.
            if (all.length > PLAIN_LINES && !all.every((i) => events(b, bx, i)))
              for (const { cols, single, fall } of judged) {
                const c = cols[0]!;
                if (!single || cols.length !== 1 || c.also || c.less || fall(c) <= 0) continue;
                const cell = (i: number) => value(b, bx, i, c.col);
                // life70: a set leaving out a line said deaths or the censored is no life table's (`mustHold`).
                const must = mustHold(all, (i) => linesOf(b, bx)[i]!.label);
                for (const x of all) {
                  if (!(cell(x) > 0 && cell(x) < threshold)) continue;
                  const rest = all.filter((i) => i !== x);
                  const found = fallSets(rest, 2, (i) => [cell(i)], [fall(c) - cell(x)]);
                  const sets = found.sets.filter(
                    (set) => ![x, ...set].every((i) => events(b, bx, i)) && must.every((i) => i === x || set.includes(i)),
                  );
                  if (sets.length === 0 && !found.cut) continue;
                  const at0 = { table: a.number, ...place(axis, risk.line ?? 0, at[c.i0]!), coef: 1 };
                  const at1 = { table: a.number, ...place(axis, risk.line ?? 0, at[c.i1]!), coef: -1 };
                  const own = { table: b.number, ...place(bx, x, c.col) };
                  a.stepsAcross = [
                    ...(a.stepsAcross ?? []),
                    ...(risk.line === undefined
                      ? sets.map((set) => ({
                          terms: [own, ...set.map((i) => ({ table: b.number, ...place(bx, i, c.col) }))].map((t) => ({ ...t, coef: 1 })),
                          rhs: fall(c),
                        }))
                      : [{ terms: [at0, at1, { ...own, coef: -1 }], rhs: fall(c) - cell(x) }]),
                  ];
                  if (found.cut && risk.line === undefined) wideSets(b, found);
                  const key = `${a.number}/${b.number}`;
                  let g = guessAt.get(key);
                  if (!g) {
                    g = {
                      lines: new Set<string>(),
                      warning: { code: 'life/not-searched', place: { table: b.number, line: b.line }, message: '' },
                    };
                    guessAt.set(key, g);
                    out.push(g.warning);
                  }
                  g.lines.add(quote(linesOf(b, bx)[x]!.label));
                  g.warning.message =
                    `表${b.number}の一つの列は行が ${PLAIN_LINES} 本を超え、イベントや打ち切りと書かれていない行もあるため、三つ以上の行のどの和が表${a.number}の${risk.label}の減り（時点の差）に当たるかは、偶然合う組み合わせが多く一つずつは決めていません（チェッカーの判断）。` +
                    `${some([...g.lines], 3, '・')}がどの組み合わせで減りに当たっても割り出せないよう、${risk.label}の時点の数と合わせて秘匿を決めました。` +
                    '減りに当たる行の名前を「死亡」「打ち切り」「転院」のように書くか、当たらない行を別の表に分けると、どの行が減った分かがはっきりし、秘匿が少なくて済みます';
                }
              }
          }
        }
      }
    }
  if (cutAt.length > 0)
    out.push(
      notSearched(
        cutAt,
        `の三つ以上の行の和が生存時間の表の減り（各時点の人数の差）に当たるかは、行の組み合わせが多く、照合の量が上限（${FALL_WORK.toLocaleString('en-US')} 通り）に達したあとは探していません。`,
        '行',
      ),
    );
  return out;
}

/** life51: an interval and its count in a note of the censored (「0-6か月 3例」「6-12か月で2例」). */
const NOTE_SPAN = /(\d{1,4})\s?[-–—〜~～]\s?(\d{1,4})\s?([^\d\s、,，:：;；()（）]{1,4}?)\s?(?:で|に|:|：)?\s?(\d{1,6})\s?(?:例|人|名)/g;
/** life52: the same in English (「0-6 months 3」「0-6 months: 3 patients」), the count no digit of a number going on. */
const NOTE_SPAN_EN =
  /(\d{1,4})\s?[-–—~]\s?(\d{1,4})\s?(months?|mos?|years?|yrs?|weeks?|wks?|days?)\.?\s?[:：]?\s?(\d{1,6})(?![\d.,]\d)(?:\s?(?:patients|cases|subjects|pts)\b)?/gi;
/** life52: one number for every interval (「各期間15例」「15 in each interval」「each interval: 15」). */
const NOTE_EACH = [
  /各期間\s?(?:で|に|とも|[:：])?\s?(\d{1,6})\s?(?:例|人|名)/g,
  /(\d{1,6})\s?(?:patients\s|cases\s|subjects\s)?(?:in each|in every|per|each)\s(?:interval|period)s?\b/gi,
  /\b(?:each|every|per)\s(?:interval|period)\s?[:：]?\s?(\d{1,6})(?![\d.,]\d)/gi,
];
const NOTE_CENSORED = /打ち?切り|censor/i;
const isInt = (s: string | undefined): boolean => s !== undefined && /^\d{1,6}$/.test(normalise(s));
/**
 * life51 (issue #11): a note of one cell under a life table (after a blank line or not) naming the censored of each
 * interval of the table's at-risk line exactly once (「※ 打ち切り: 0-6か月 3例、6-12か月 2例」), where at-risk(t) − the
 * table's other lines at t − the note's count = at-risk(t+1) at every step: rewritten as a table of its own (「打ち切り」
 * at each interval's first point) right under the table, so its counts are cells — hidden where small, tied to the
 * table by `lifeAcross` (life46) — and said (`layout/note-censored`, チェッカーの判断). Any other note is left as it was
 * (refused as `line/count`).
 */
export function censoredNotes(records: readonly { fields: string[]; line: number }[]): {
  records: { fields: string[]; line: number }[];
  notes: { code: string; line: number; message: string }[];
  /** life52: the lines of notes of one number for every interval (its cells one published count: equal in the system). */
  same: number[];
} {
  const out: { fields: string[]; line: number }[] = [];
  const same: number[] = [];
  const notes: { code: string; line: number; message: string }[] = [];
  const filled = (r: { fields: string[] }) => r.fields.filter((f) => f.trim() !== '').length;
  for (const [k, r] of records.entries()) {
    // The words tested first on the cell as written: a file of many notes is not normalised line by line here.
    const cell = filled(r) === 1 ? r.fields.find((f) => f.trim() !== '')! : '';
    const text = cell.length <= 400 && NOTE_CENSORED.test(cell) ? normalise(cell) : '';
    const read = text && !text.startsWith('#') ? censoredTable(records, k, text) : undefined;
    if (!read) {
      out.push(r);
      continue;
    }
    const line = r.line;
    out.push(
      { fields: [''], line },
      { fields: ['# 注（打ち切り）'], line },
      { fields: ['', ...read.points], line },
      { fields: [read.word, ...read.counts.map(String)], line },
    );
    if (read.each) same.push(line);
    notes.push({
      code: 'layout/note-censored',
      line,
      message:
        `${line}行目の注${quote(text)}を、${quote(read.risk)}の各期間（${read.points.map(quote).join('')}から次の時点まで）の打ち切りの数${
          read.each ? '（どの期間も同じ一つの数、秘匿するなら全期間で秘匿）' : ''
        }と読みました。` +
        `どの時点でも${quote(read.risk)}から表のほかの行とこの数を引くと次の時点の数になるため（チェッカーの判断）。注の数も公表されるため、表「注（打ち切り）」の行${quote(read.word)}として確かめました。秘匿するセルは注でも X にしてください`,
    });
  }
  return { records: out, notes, same };
}

/**
 * The note's count of each interval of `at` (the at-risk points): each interval named once, in order, in Japanese
 * (life51) or English (life52: 「Censored: 0-6 months 3, 6-12 months 2」), or one number for every interval (life52:
 * 「各期間15例」「15 in each interval」), nothing else counted in the note; else undefined.
 */
function noteCounts(text: string, at: readonly [number, string][]): { counts: number[]; each: boolean } | undefined {
  const none = (matches: RegExpMatchArray[]) => !/\d/.test(matches.reduce((s, m) => s.replace(m[0], ' '), text));
  const each = NOTE_EACH.flatMap((re) => [...text.matchAll(re)]);
  if (each.length > 0)
    return each.length === 1 && none(each) ? { counts: at.slice(1).map(() => Number(each[0]![1])), each: true } : undefined;
  for (const re of [NOTE_SPAN, NOTE_SPAN_EN]) {
    const spans = [...text.matchAll(re)];
    if (spans.length === 0) continue;
    if (spans.length !== at.length - 1 || !none(spans)) return undefined;
    const ok = spans.every((m, n) => {
      const a = timeValue(timePoint(`${m[1]}${m[3]}`));
      const b = timeValue(timePoint(`${m[2]}${m[3]}`));
      return a && b && a[1] === at[0]![1] && b[1] === at[0]![1] && a[0] === at[n]![0] && b[0] === at[n + 1]![0];
    });
    return ok ? { counts: spans.map((m) => Number(m[4])), each: false } : undefined;
  }
  return undefined;
}
function censoredTable(
  records: readonly { fields: string[]; line: number }[],
  k: number,
  text: string,
): { points: string[]; counts: number[]; word: string; risk: string; each: boolean } | undefined {
  const blank = (r: { fields: string[] }) => r.fields.every((f) => f.trim() === '');
  let j = k - 1;
  if (j >= 0 && blank(records[j]!)) j--;
  const rows: { fields: string[] }[] = [];
  for (; j >= 0 && !blank(records[j]!) && records[j]!.fields.filter((f) => f.trim() !== '').length >= 2; j--) rows.unshift(records[j]!);
  if (rows.length < 2) return undefined;
  const width = rows[0]!.fields.length;
  if (rows.some((x) => x.fields.length !== width) || width < 2) return undefined;
  // The table's lines as label and values, across (points as the header) or down (points as the first column).
  const across = rows.slice(1).map((x) => ({ label: x.fields[0]!, values: x.fields.slice(1) }));
  const down = rows[0]!.fields.slice(1).map((label, c) => ({ label, values: rows.slice(1).map((x) => x.fields[c + 1]!) }));
  for (const [lines, times] of [
    [across, rows[0]!.fields.slice(1)],
    [down, rows.slice(1).map((x) => x.fields[0]!)],
  ] as const) {
    const risks = lines.filter((l) => AT_RISK.test(normalise(l.label)));
    if (risks.length !== 1 || lines.length < 2 || lines.some((l) => !l.values.every(isInt))) continue;
    const points = times.map(timePoint);
    const at = points.map((p) => timeValue(p));
    if (at.some((x) => !x || x[1] !== at[0]![1]) || at.some((x, n) => n > 0 && x![0] <= at[n - 1]![0])) continue;
    const note = noteCounts(text, at as [number, string][]);
    if (!note) continue;
    const { counts, each } = note;
    const risk = risks[0]!;
    const num = (l: { values: readonly string[] }, n: number) => Number(normalise(l.values[n]!));
    const others = lines.filter((l) => l !== risk);
    const fits = counts.every((c, n) => num(risk, n) - others.reduce((s, l) => s + num(l, n), 0) - c === num(risk, n + 1));
    if (!fits) continue;
    const word = /censor/i.test(text) ? 'Censored' : '打ち切り';
    return { points: times.slice(0, -1).map((t) => t.trim()), counts, word, risk: risk.label.trim(), each };
  }
  return undefined;
}
