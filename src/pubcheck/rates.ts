/**
 * Person-time and rates per person-time in outcome tables (MID-NET pharmacoepidemiology: 患者数, イベント数, 人年,
 * 発現率（/1,000人年）, by exposure group): read before the cells, on the records as the layout left them.
 *
 * - A line of person-time (「人年」「観察人年」「追跡期間（人年）」「Person-years」「PY」) is an exposure, not a count of
 *   patients: its numbers (250.0) are no counts a sum of rows holds for, and read as counts they made a table of
 *   several answers of 患者数 120 over イベント 3 and 人年 250. Such a line is set aside (the checker's judgement,
 *   said: `layout/person-time`) and the rest of the table is read as it stands. Person-time alone gives no hidden
 *   count back.
 * - A line of rates per person-time (「発現率（/1,000人年）」「IR per 1000 PY」, or 「発現率」「発生率」 beside a line of
 *   person-time) is refused (`header/rate`): the rate times its person-time is the event count (12 × 250 ÷ 1,000 = 3),
 *   an equation within the rate's rounding, so a rate published beside its person-time shows the event count the
 *   checker hides. The message shows that equation with the user's numbers where they give an event count the table
 *   prints.
 * - Since rates5: a rate naming no event whose unit or base the labels leave open is read only as a line of events'
 *   rate, and not where every printed rate is 0 (`readRate`'s `doubt`); confidence intervals printed in lines of their
 *   own just after a rate are joined into its cells and hidden with it, refused in words elsewhere (`joinIntervals`).
 * - Since rates7: an interval's names and limits in more words and at any level (`CI_NAME`, `limitOf`: 「C.I. lower」
 *   「CI_low」「90% CrI」「信用区間」「下側信頼限界」「LB」), a limit not estimated (「NE」), and limits just before their rate
 *   (joined where named, refused where bare); a count computed from a rate is named as ours (`DERIVED_COUNT`).
 */
import { cutBases, normalise, remembered, roundedBases } from './cell.ts';
import { trimEnd, type CsvRecord } from './csv.ts';
import { headerDenominator, isTotalLabel } from './header.ts';
import { labelKey } from './labels.ts';
import { quote, quoted } from './quote.ts';
import type { InputError, TableRate, Warning } from './types.ts';

/**
 * Units of person-time: 人年, 人・年, 人月, 人週, 人日, 患者年, person-years, patient-years, person-weeks, person-time, PY (in
 * capitals). Person-weeks since refuse4 (a week of 7 days: `DAYS`), read as counts before.
 */
const PERSON_TIME =
  /(?<![成個老])人\s*(?:[・･]\s*)?(?:年|月|週|日)(?!齢|代|生|収|金|度|間|本|目)|患者\s*(?:[・･]\s*)?(?:年(?!齢|間|度|代)|日(?!誌|記|数)|月(?!齢|数)|週(?!齢|数|間))|person[- ]?(?:years?|months?|weeks?|days?|time)|patient[- ]?(?:years?|months?|weeks?|days?)/i;
/** Person-years as an acronym, in capitals only (「Py」「py」 are no unit). */
const PY = /\bP-?Y(?:RS?|s)?\b/;
/** A rate's words: 率 (not 比率 / 構成比, percentages), rate, incidence, IR, or a unit of person-time after 「/」「per」「あたり」. */
const RATE_WORD = /(?<![比])率|\brates?\b|\bincidence\b|\bIRs?\b/i;
const PER_UNIT =
  /(?:\/|／|per\s)\s*[\d,.]*\s*(?:十万|百万|万|千|百)?\s*(?:人|患者|person|patient|P-?Y)|(?:人|患者|person|patient|P-?Y)[^/]*?(?:あたり|当たり|当り|毎)/i;
/**
 * A rate in English with no unit at all (「Incidence rate」, 「Incidence」, 「Cumulative incidence」, 「IR」 in capitals):
 * its base cannot be seen. Not where the label names a count as well (「Incidence, n」).
 */
const ENGLISH_RATE = /\b(?:incidence|event)\s+rates?\b|\bincidence\b/i;
const NAMES_COUNT = /\bn\b|\bno\.|\bnumber\b|\bcounts?\b|件数|人数|例数|患者数/i;
/**
 * A rate per a number with no unit of persons or time (「Incidence (per 1,000)」「発生頻度（/1000）」「死亡率（人口10万対）」
 * 「‰」): a rate all the same — read as counts before, its 25 beside 患者数 120 gave the hidden 3 back (25 × 120 ÷ 1,000).
 * A number of 100 or more (or 百・千・万) after 「/」「per」, or one of 1–99 where no digit stands before the 「/」 (so
 * that 「1/2」「Stage 1/2」 are none); none before a unit of measure or of time (「g/100mL」「per 10 years」). A word
 * after the number is what the rate is per (「per 1,000 admissions」「/100 bed-days」); 「1,000入院あたり」「100患者日当たり」
 * alike, not where a number follows (「1日あたり3回以上」: a category).
 */
const MEASURE =
  /(?:[%％年月日週歳才時分秒回錠本μµ]|mg|ng|µg|μg|g\b|kg|ml|dl|l\b|mmol|mol|meq|iu\b|u\b|units?\b|mm|cm|m\b|m2|kcal|cal|h\b|hrs?\b|hours?|min|sec|s\b|days?\b|weeks?|months?|years?|yrs?\b|y\b)/i;
const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d{3,}|(?:\d+\s*)?(?:十万|百万|万|千|百))`;
const SMALL = String.raw`(?:[1-9]\d?)`;
/**
 * NUMBER where nothing is before it: its runs of digits start where no digit stands before them. `PER_NUMBER` and
 * `PER_PATIENTS` are only tested, never read: a number that starts inside a run has a match one digit earlier too, so
 * they hold where they held, and a long run of digits is walked once, not from each digit (8,000 digits in an HTML
 * table's caption and cell: 26 s, cubic; bench/pubcheck-long.ts).
 */
const NUMBER_FIRST = String.raw`(?:\d{1,3}(?:,\d{3})+|(?<!\d)\d{3,}|(?:(?<!\d)\d+\s*)?(?:十万|百万|万|千|百))`;
const PER_NUMBER = new RegExp(
  String.raw`(?:(?:\/|／|\bper\s*)\s*${NUMBER}|(?<![\d.,]\s*)(?:\/|／|\bper\s*)\s*${SMALL})(?![\d,.])(?!\s*${MEASURE.source})` +
    String.raw`|(?:${NUMBER_FIRST}|(?<![\d.,])${SMALL})\s*(?:(?!${MEASURE.source})[^\d\s、，,()（）/／]{1,6}?\s*)?(?:対(?![照象応策比話])|あたり|当たり|当り)(?!\s*[\d一二三四五六七八九])` +
    String.raw`|‰|\bper\s*mille\b`,
  'i',
);
/** The word a rate is per where it is no unit of patients (「admissions」 in 「per 1,000 admissions」, 「入院」 in 「1,000入院あたり」). */
const PER_WORD = new RegExp(
  String.raw`(?:\/|／|\bper\s*)\s*[\d,]+\s*(?:十万|百万|万|千|百)?\s*([a-zA-Z][a-zA-Z-]*(?:\s[a-zA-Z][a-zA-Z-]*)?)|[\d,]+\s*(?:十万|百万|万|千|百)?\s*([^\d\s、，,()（）/／]{1,6}?)\s*(?:あたり|当たり|当り|対)`,
  'i',
);
const IR = /\bIRs?\b/;
/**
 * A rate per a number of patients (「発現率（/1,000人）」「1,000人あたり」「per 1,000 patients」): a share of the line's
 * patients in another unit, no count of 1,000 patients.
 */
const PER_PATIENTS =
  /(?:\/|／|per\s)\s*(?:[\d,.]+\s*(?:十万|万|千|百)?|十万|万|千|百)\s*(?:人|例|名|patients?|persons?|subjects?)(?!\s*(?:[・･]\s*)?[年月日])|(?:(?<![\d,.])[\d,.]+\s*(?:十万|万|千|百)?|十万|万|千|百)\s*(?:人|例|名)(?![年月日])\s*(?:あたり|当たり|当り)/i;
/** A line of the patients a rate per patients is of (患者数, 症例数, N, Patients). */
const PATIENTS =
  /^(?:患者数|症例数|人数|対象者?数|例数|解析対象者?数|n|patients|no\.? of patients|number of patients)(?:\s*[(（].*[)）])?$/i;
/** An amount of person-time in a label: 「250人年」「250.0 person-years」. */
const AMOUNT = /\d\s*(?:十万|百万|万|千|百)?\s*(?:人\s*(?:[・･]\s*)?[年月週日]|患者\s*(?:[・･]\s*)?年|person|patient|P-?Y)/i;
/** A number as written in a line of person-time or rates: 250, 1,234.5, blank or 「-」. */
const PLAIN_NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/**
 * A duration in a line's label with its unit of time (「観察期間（日）」「追跡期間（年）」「Follow-up (years)」「曝露期間,
 * 月」): days, months or years of follow-up, no count of patients — read as counts before, silently. A sum of them
 * (「総観察期間（年）」「Total follow-up, years」) is person-time; otherwise the label does not tell a sum from a mean.
 */
const DURATION =
  /(?:期間|follow[- ]?up|exposure\s+time|observation\s+(?:time|period)|duration)\s*(?:[(（]\s*(?:年|月|日|週|years?|months?|days?|weeks?)\s*[)）]|[,，、]\s*(?:年|月|日|週|years?|months?|days?|weeks?))$/i;
/** The longest one patient's time can be (120 years) in a duration's unit of time, where its label states one. */
function lifeLength(label: string): { length: number; unit: string } | undefined {
  const unit = /[(（,，、]\s*(年|月|週|日|years?|months?|weeks?|days?)\s*[)）]?$/i.exec(label)?.[1]?.toLowerCase();
  if (unit === undefined) return undefined;
  if (unit === '年' || unit.startsWith('year')) return { length: 120, unit: '年' };
  if (unit === '月' || unit.startsWith('month')) return { length: 1440, unit: 'か月' };
  if (unit === '週' || unit.startsWith('week')) return { length: 6261, unit: '週' };
  return { length: 43830, unit: '日' };
}

/** A sum written in a duration's label: 総, 合計, 累積, 延べ, total, sum, cumulative. */
const SUM_WORD = /総|合計|累積|延べ|\btotal\b|\bsum\b|\bcumulative\b/i;

/**
 * A duration with no unit in its label: the label ends in a word of a length of time (「観察期間」「追跡期間」「在院日数」
 * 「投与日数」「経過年数」「Duration」「Length of stay」「Follow-up time」), its values plain numbers — no count of patients.
 * Not where a count or a category follows the word (「観察期間中の死亡」「観察期間1年未満」「投与期間別」), nor where the
 * label names a count (「期間, n」). 「Follow-up」 alone (a visit, beside 「Baseline」, may count patients) only where a
 * value passes its line's N (`DURATION_MAYBE`).
 */
const DURATION_BARE =
  /(?:期間|日数|年数|月数|週数|在院日|\bduration|\blength\s+of\s+(?:stay|follow[- ]?up)|\bfollow[- ]?up\s+(?:time|period|duration)|\bobservation\s+(?:time|period)|\btime\s+(?:on|to)\s+\w+(?:\s\w+)?)(?:\s*[(（][^()（）\d]*[)）])?$/i;
/** A period named by its number (「第1期間」「2期間目」「期間2」): a category of counts, no length of time. */
const NUMBERED_PERIOD = /(?:第\s*[\d一二三四五六七八九十]+\s*|[\d一二三四五六七八九十]\s*)期間(?:目)?$|期間\s*[\d一二三四五六七八九十]+$/;
const DURATION_MAYBE = /^(?:follow[- ]?up|観察|追跡)$/i;
/** A word of a mean in a duration's label (「平均在院日数」「Mean follow-up (days)」, means39). */
const MEAN_DURATION = /平均|\bmean\b|\baverage\b|\bavg\b/i;
/**
 * A rate whose label says nothing of a rate: 「頻度」「発症頻度」「発現頻度」「Frequency」 (no 「%」, no word of a count). In
 * many Japanese tables a count column, so it is read by its numbers (`frequencyReason`): a rate where a value is not
 * whole, passes its line's N, or fits an event count times 100–100,000 over the N in every line; counts otherwise.
 */
const FREQUENCY = /(?:頻度|\bfrequency|\bfreq\.?)(?:\s*[(（][^()（）\d]*[)）])?$/i;

/**
 * A rate per one patient or one facility, no number written (「件/人」「イベント/患者」「per patient」「施設あたり患者数」):
 * a mean per patient (or facility), read as counts before (adversary17) — its value times the line of patients (or
 * facilities) gives the event count back, as a rate per 1–99 does (`PER_NUMBER`). 「/人」 only at the end of the label or
 * before a closing bracket (「男/女」「人/年」 are none).
 */
const PER_ONE =
  /(?:\/|／)\s*(?:人|患者|例|名|症例)\s*(?:[)）]|$)|\bper\s+(?:patient|person|subject|case|capita|facility|hospital)\b|(?<![\d一二三四五六七八九十万千百])(?:患者|施設|病院|医療機関|一人|ひとり)\s*(?:あたり|当たり|当り)(?!\s*[\d一二三四五六七八九])/i;
/** The facility a rate per one is per (「施設」 in 「施設あたり患者数」), where it is no patient. */
const PER_FACILITY = /(施設|病院|医療機関|facility|hospital)/i;
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 3 });

/**
 * The name of an interval (rates7): 「CI」「C.I.」「CrI」「信頼区間」「信用区間」「信頼限界」「confidence interval(s)」
 * 「confidence limit(s)」「credible interval(s)」, after its level where one is written (「90%」「99.9%」). Before, 「95%
 * CrI」「信用区間」「C.I. lower」「CI_low」 were not read as an interval's: refused with a word of percentages or read as
 * lines of counts (「C.I. upper」 published beside the hidden count it bounds).
 */
const CI_NAME = String.raw`(?:\bCI\b|C\.\s?I\.?|\bCrI\b|信頼区間|信用区間|信頼限界|confidence\s+(?:intervals?|limits?|bounds?)|credible\s+(?:intervals?|limits?)|\bconfidence\b|\bcredible\b)`;
const LEVEL = String.raw`(?:[0-9]{2}(?:\.[0-9]+)?\s*%)`;
/**
 * A confidence interval named in a rate's label (「IR (95% CI)」「発現率 (95%信頼区間)」「発現率（/1,000人年, 95%CI）」; since
 * rates7 any name of `CI_NAME` at any level, 「(90% CrI)」「(99.9%信用区間)」):
 * the interval printed after the rate in its cells (`rateNumber` reads the rate before it). Its 「%」 is no share, so
 * it is taken off before the label is read: a bracket holding it alone, or it after a comma inside a bracket.
 * Its spaces before start where no space stands before them (`(?<!\s)`): the same matches (one that starts inside
 * spaces has one a space earlier), and a long run of spaces is passed once, not once from each of its places.
 */
const CI_LEVEL = String.raw`[0-9０-９]{2}(?:[.．][0-9０-９]+)?\s*[%％]\s*(?:${CI_NAME}|ＣＩ)`;
const CI_PART = new RegExp(
  String.raw`(?<!\s)\s*[(（\[]\s*${CI_LEVEL}\s*[)）\]]|(?<!\s)\s*[,，、;；]\s*${CI_LEVEL}(?=\s*(?:[)）\]]|$))`,
  'gi',
);
/** A label without the confidence interval it names (`CI_PART`), as written otherwise. */
export const withoutCi = (label: string) => label.replace(CI_PART, '');

/**
 * The event a rate's label names before 率 (「死亡率」 → 死亡, 「骨折発生率」 → 骨折), where it names one: not the words
 * of any rate (「発現率」「発生率」「罹患率」「イベント発生率」「累積発現率」). A rate naming an event fits only a line of
 * counts whose label says that event (refuse4: 死亡率 of deaths the table does not print was read as the rate of
 * イベント数 where its numbers fitted by chance, and published).
 */
const GENERIC_EVENT = /^(?:発現|発生|発症|罹患|イベント|事象|累積|粗|調整|年間|全体|平均)*$/;
/** English words of any rate (no event named): 「Incidence rate」「Event rate」「Crude rate」「IR」. */
const GENERIC_EVENT_EN = /^(?:(?:incidence|event|events|crude|adjusted|overall|cumulative|annual|annualized|ir|the|an?)\s*)*$/i;
/** Words of death in either language: a rate of deaths fits a line of 「死亡数」「Deaths」「Died」 alike. */
const DEATH = /死亡|死去|致死|\bdeaths?\b|\bdead\b|\bdied\b|\bdying\b|mortality|fatalit/i;
function eventWordOf(label: string): string | undefined {
  const t = normalise(withoutCi(label))
    .replace(/(?<!\s)\s*(?<![(（［[])[(（［[][^]*$/, '')
    .trim();
  const m = /^(.+?)(?:発生|発現|発症|罹患)?率$/.exec(t);
  if (m && !GENERIC_EVENT.test(m[1]!)) return m[1]!.replace(/^(?:累積|粗|調整|年間)+/, '');
  // English (attack22: 「Mortality rate」「Death rate」「Rate of death」「Incidence of death」 fitted イベント数 by chance as
  // 死亡率 had): the words before 「rate」 or after 「of」, or a word of death alone (「Mortality」「Case fatality」).
  const en =
    /^(.+?)(?:(?<!\s)|(?<=^.))\s+(?:incidence\s+)?(?:rates?|incidence)$/i.exec(t)?.[1] ??
    /^(?:(?:incidence\s+)?rates?|incidence|risk)\s+of\s+(.+)$/i.exec(t)?.[1] ??
    (DEATH.test(t) ? t : undefined);
  if (en === undefined || GENERIC_EVENT_EN.test(en)) return undefined;
  return en.replace(/^(?:(?:crude|adjusted|cumulative|annual|annualized|overall)\s+)+/i, '');
}

/** Whether a line of counts' label says the event `named` (eventWordOf): its words, or death in either language. */
const saysEvent = (named: string, label: string) =>
  DEATH.test(named) ? DEATH.test(normalise(label)) : normalise(label).toLowerCase().includes(named.toLowerCase());

/** What a header says: person-time, a rate per person-time, or neither. */
function kindOf(label: string): Kind | undefined {
  return KIND_OF(label);
}
/** `kindOf` remembered (perf9: each label is asked many times; cell.ts `remembered`). */
const KIND_OF = remembered((label: string): Kind | undefined => readKindOf(label));
function readKindOf(label: string): Kind | undefined {
  const t = normalise(powers(withoutCi(label)));
  // A duration said to be a mean (「平均在院日数」「Mean LOS (days)」, means39): no sum, no count — left to read.ts (a
  // weighted mean of the groups, `setAsideWeighted`, or refused as a statistic).
  if (MEAN_DURATION.test(t) && !SUM_WORD.test(t) && (DURATION.test(t) || DURATION_BARE.test(t) || /\blos\b/i.test(t))) return undefined;
  if (DURATION.test(t) && !PERSON_TIME.test(t) && !PY.test(t) && !RATE_WORD.test(t)) return SUM_WORD.test(t) ? 'exposure' : 'duration';
  const counts = NAMES_COUNT.test(t) || /%|％/.test(t);
  if (!counts && !PERSON_TIME.test(t) && !PY.test(t) && !RATE_WORD.test(t) && !PER_NUMBER.test(t) && !PER_ONE.test(t)) {
    if (DURATION_BARE.test(t) && !NUMBERED_PERIOD.test(t)) return SUM_WORD.test(t) ? 'exposure' : 'bare-duration';
    if (DURATION_MAYBE.test(t)) return 'maybe-duration';
    if (FREQUENCY.test(t)) return 'frequency';
  }
  if (PER_PATIENTS.test(t) && !PERSON_TIME.test(t) && !PY.test(t)) return 'patient-rate';
  const unit = PERSON_TIME.test(t) || PY.test(t);
  if (unit && (RATE_WORD.test(t) || PER_UNIT.test(t))) return 'rate';
  // 「曝露群（250人年）」: a group's label stating its person-time, no line of them (and no count: header.ts).
  if (unit) return AMOUNT.test(t) ? undefined : 'exposure';
  if (!/%|％/.test(t) && (PER_NUMBER.test(t) || PER_ONE.test(t))) return 'patient-rate';
  if (!/%|％/.test(t) && !NAMES_COUNT.test(t) && (ENGLISH_RATE.test(t) || IR.test(t))) return 'rate';
  return undefined;
}

/**
 * A label with its powers of ten and words of numbers written as digits, before NFKC (which makes 「10⁶」 「106」):
 * 「10⁶」「10^6」「10E6」「1e6」 → 1,000,000, 「million」「1 million」 → 1,000,000, 「thousand」 → 1,000, and thousands
 * separated by spaces (「100 000」) joined with commas.
 *
 * Each pattern starts its number only where no digit stands before it (`(?<!\d)`), and the first one its match without
 * a number only where no digit or space does: a match that starts inside a run of digits or spaces has one that
 * starts a character earlier (the number or the spaces one longer), so these are the matches found before, and a
 * label of a long run of digits or spaces is read in time linear in its length (it was quadratic to cubic: 16,000
 * digits took 6 s; test/pubcheck/regex-linear.test.ts).
 */
function powers(label: string): string {
  const SUP: Record<string, string> = {
    '⁰': '0',
    '¹': '1',
    '²': '2',
    '³': '3',
    '⁴': '4',
    '⁵': '5',
    '⁶': '6',
    '⁷': '7',
    '⁸': '8',
    '⁹': '9',
  };
  const digits = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
  return label
    .replace(/(?:(?<!\d)(\d+(?:\.\d+)?)|(?<![\d\s]))\s*(?:[x×*・]\s*)?10\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})/g, (_, m: string | undefined, e: string) =>
      digits(Number(m ?? 1) * 10 ** Number([...e].map((c) => SUP[c]).join(''))),
    )
    .replace(/((?<!\d)\d+(?:\.\d+)?\s*[x×*・]\s*)?10\s*(?:\^|\*\*)\s*(\d{1,2})(?!\d)/g, (_, m: string | undefined, e: string) =>
      digits(Number((m ?? '1').replace(/[^\d.]/g, '')) * 10 ** Number(e)),
    )
    .replace(/(?<![\w.])(\d+(?:\.\d+)?)[eE]\+?(\d{1,2})(?![\w.])/g, (_, m: string, e: string) => digits(Number(m) * 10 ** Number(e)))
    .replace(/(?:(?<!\d)(\d+(?:\.\d+)?)\s*)?\b(million|thousand)\b/gi, (_, m: string | undefined, w: string) =>
      digits(Number(m ?? 1) * (/^m/i.test(w) ? 1_000_000 : 1000)),
    )
    .replace(/(?<![\d,.])\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d,.])/g, (m) => m.replace(/[ \u00a0\u2009\u202f]/g, ','));
}

/** The person-time a rate is per: 1,000 in 「/1,000人年」「千人年あたり」「per 1000 PY」「/10⁶人年」; undefined where none is written. */
function scaleOf(label: string): number | undefined {
  const t = normalise(powers(label));
  if (/‰|per\s*mille/i.test(t)) return 1000;
  const m =
    /((?<![\d,])[\d,]+(?:\.\d+)?)?(?<!\s)\s*(?:(十万|百万|万|千|百)\s*)?(?:人\s*(?:[・･]\s*)?[年月週日]|人|例|名|患者|person|patient|subject|P-?Y)/i.exec(
      t,
    ) ??
    /(?:\/|／|\bper\s*)\s*([\d,]+(?:\.\d+)?)?\s*(十万|百万|万|千|百)?/i.exec(t) ??
    /((?<![\d,])[\d,]+(?:\.\d+)?)?(?<!\s)\s*(?:(十万|百万|万|千|百)\s*)?(?:[^\d\s、，,()（）/／]{1,6}?\s*)??(?:対|あたり|当たり|当り)/.exec(
      t,
    );
  if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
  const kanji: Record<string, number> = { 百: 100, 千: 1000, 万: 10_000, 十万: 100_000, 百万: 1_000_000 };
  const n = (m[1] === undefined ? 1 : Number(m[1].replace(/,/g, ''))) * (m[2] === undefined ? 1 : kanji[m[2]]!);
  return n > 0 && Number.isFinite(n) ? n : undefined;
}

/** A unit of time of person-time: what 「人年」「人月」「人日」 (person-years, -months, -days) count. */
type Time = 'year' | 'month' | 'week' | 'day';
/** The units of time tried where no label states one: a week only where a label says it (人週). */
const TIMES: readonly Time[] = ['year', 'month', 'day'];
/** The unit of time a label of person-time or of a rate per person-time states (「人日」「person-months」「PY」「総観察期間（日）」). */
function timeOf(label: string): Time | undefined {
  const t = normalise(label);
  const found = new Set<Time>();
  const unit = /(?:人|患者)\s*(?:[・･]\s*)?(年|月|週|日)|(?:person|patient)[- ]?(year|month|week|day)s?/gi;
  for (const m of t.matchAll(unit))
    found.add(({ 年: 'year', 月: 'month', 週: 'week', 日: 'day' } as Record<string, Time>)[m[1] ?? ''] ?? (m[2]!.toLowerCase() as Time));
  if (PY.test(t)) found.add('year');
  const d = /[(（,，、]\s*(年|月|日|years?|months?|days?)\s*[)）]?$/i.exec(t);
  if (found.size === 0 && d && DURATION.test(t)) found.add(/^年|^y/i.test(d[1]!) ? 'year' : /^月|^m/i.test(d[1]!) ? 'month' : 'day');
  return found.size === 1 ? [...found][0] : undefined;
}
/**
 * A label of person-time printed in a multiple of its unit (rates11): 「(×1000)」「（×1,000）」「(x 10^3)」「（千）」
 * 「(thousands)」「('000)」 in brackets, or 「千人年」「万人年」「thousand person-years」 — the multiple; undefined otherwise.
 */
const MULTIPLE =
  /[(（[［]\s*(?:[×xX✕*]\s*)?(1,?000|10,?000|100,?000|1,?000,?000|10\s*\^\s*[3-6]|10[³⁴⁵⁶]|千|万|thousands?|millions?|['’]000)\s*[)）\]］]|(?<![\d,.])(千|万)\s*(?:人|患者)\s*(?:[・･]\s*)?[年月週日]|\b(thousand|million)\s+(?:person|patient)/i;
function multipleOf(label: string): number | undefined {
  const m = MULTIPLE.exec(normalise(label));
  if (!m) return undefined;
  const w = (m[1] ?? m[2] ?? m[3]!).toLowerCase().replace(/,/g, '').replace(/\s/g, '');
  if (/^(?:千|thousands?|['’]000|1000|10\^3|10³)$/.test(w)) return 1000;
  if (/^(?:万|10000|10\^4|10⁴)$/.test(w)) return 10_000;
  if (/^(?:100000|10\^5|10⁵)$/.test(w)) return 100_000;
  if (/^(?:millions?|1000000|10\^6|10⁶)$/.test(w)) return 1_000_000;
  return undefined;
}
/** Days in a unit of time: a year of 365 to 365.25 days, a month of 30 to 30.4375 (365.25 ÷ 12). */
const DAYS: Record<Time, [number, number]> = { year: [365, 365.25], month: [30, 30.4375], week: [7, 7], day: [1, 1] };
/**
 * A rate's unit as the factor from its base (`lo` to `hi`: a conversion of days is no one number): the rate is count ×
 * factor ÷ base. 1,000 per 人年 over 人年 is 1,000; 1,000 per 人年 over 人日 is 365,000 to 365,250; per 100 人月 over
 * 人年 is 100 ÷ 12. `words` says it in a message.
 */
export interface Scale {
  lo: number;
  hi: number;
  /** The factor as a message writes it: 「1,000」「1,000 × 12」「1,000 × 365〜365.25」. */
  words: string;
  /** The conversion said, where there is one: 「1年＝365〜365.25日」. */
  note?: string;
}
const NAMES: Record<Time, string> = { year: '年', month: 'か月', week: '週', day: '日' };
function scaleFor(n: number, rate: Time, base: Time): Scale {
  if (rate === base) return { lo: n, hi: n, words: fmt(n) };
  const months: Partial<Record<Time, number>> = { year: 12, month: 1 };
  const [r, b] = [months[rate], months[base]];
  if (r !== undefined && b !== undefined) {
    const f = r / b;
    return { lo: n * f, hi: n * f, words: `${fmt(n)} ${f > 1 ? `× ${fmt(f)}` : `÷ ${fmt(1 / f)}`}`, note: '1年＝12か月' };
  }
  const [big, small] = DAYS[rate][0] > DAYS[base][0] ? [rate, base] : [base, rate];
  const [lo, hi] = [DAYS[big][0] / DAYS[small][1], DAYS[big][1] / DAYS[small][0]];
  const range = lo === hi ? fmt(lo) : `${fmt(lo)}〜${fmt(hi)}`;
  // The days of each unit other than a day said (「1年＝365〜365.25日、1週＝7日」): a week of 7 days is our reading too.
  const days = (t: Time) => (DAYS[t][0] === DAYS[t][1] ? fmt(DAYS[t][0]) : `${fmt(DAYS[t][0])}〜${fmt(DAYS[t][1])}`);
  return {
    lo: (n * DAYS[rate][0]) / DAYS[base][1],
    hi: (n * DAYS[rate][1]) / DAYS[base][0],
    words: `${fmt(n)} ${big === rate ? '×' : '÷'} ${range}`,
    note: [big, small]
      .filter((t) => t !== 'day')
      .map((t) => `1${NAMES[t]}＝${days(t)}日`)
      .join('、'),
  };
}
/**
 * The units `numbers` (per 1,000 …) as factors from a base: over patients, the numbers themselves; over person-time,
 * each number per each of the rate's units of time over each of the base's (`scaleFor`), in that order.
 */
function scalesOf(numbers: readonly number[], time?: { rate: readonly Time[]; base: readonly Time[] }): Scale[] {
  if (!time) return numbers.map((n) => ({ lo: n, hi: n, words: fmt(n) }));
  return time.rate.flatMap((r) => numbers.flatMap((n) => time.base.map((t) => scaleFor(n, r, t))));
}
/** A unit as a divisor in a message: in brackets where it is a product (「÷（1,000 × 12）」). */
export const divisor = (words: string) => (/[×÷]/.test(words) ? `（${words}）` : words);
/**
 * The units a rate with no number written is tried under: 1,000 first (most tables), then the others up to a million,
 * then per 2,000 and per 10,000,000 (refuse4: of 200 random tables of such rates with no unit, 198 were refused and
 * the 2 read by chance under another unit published 2 rates of hidden counts; tried, none refused and none leaked, and
 * rates3's families, 300 tables of a rate of uncounted deaths and 150 of 「IR (95% CI)」 read exactly as before).
 */
const POWERS = [1000, 100, 10_000, 100_000, 10, 1, 1_000_000, 2000, 10_000_000];

type Kind = 'exposure' | 'rate' | 'patient-rate' | 'duration' | 'bare-duration' | 'maybe-duration' | 'frequency';
/** Kinds read only where the line's cells are plain numbers (others are refused whatever the cells). */
const NEEDS_PLAIN = new Set<Kind>(['exposure', 'duration', 'bare-duration', 'maybe-duration', 'frequency']);

/** A line's label that counts events (イベント数, 発現例数, 発生件数, Events). */
const EVENTS = /イベント|発現|発生|発症|罹患|事象|アウトカム|events?\b|cases?\b/i;

/** The word a rate per a number is per, where it is no unit of patients or population (「admissions」「入院」); undefined otherwise. */
function perWordOf(label: string): string | undefined {
  const t = normalise(label);
  if (PER_PATIENTS.test(t)) return undefined;
  const m = PER_WORD.exec(t);
  const w = (m?.[1] ?? m?.[2] ?? (PER_ONE.test(t) ? PER_FACILITY.exec(t)?.[1] : undefined))?.trim();
  if (w === undefined || w === '' || /^(?:人口?|患者|population|pop|inhabitants|people|persons?|patients?|births)$/i.test(w))
    return undefined;
  return w;
}

export interface PersonTimeReading {
  /** The records without the lines of person-time and of the rates read (as given where none). */
  records: CsvRecord[];
  errors: InputError[];
  warnings: Warning[];
  /** Lines of rates read as derived from a line of event counts and its base (`readRate`), set aside from the counts. */
  rates: RateReading[];
  /**
   * red46: the lines of person-time (sums over the patients: 「延べ入院日数」「総在院日数」) set aside, each value with the
   * record line (axis `cols`) or the column label (axis `rows`) across it: a line of the same patients' means beside
   * gives each group's 患者数 back as sum ÷ mean (read.ts `tableWeighted`).
   */
  exposures?: { axis: 'rows' | 'cols'; label: string; values: { line: number; label: string; text: string }[] }[];
}

/**
 * A line of rates read soundly: in every position where it prints a rate, the rate is the events' count times `scale`
 * over the base (person-time or the line's patients) within the rounding of both as printed. The rate is then a
 * function of its count and base: published with both it shows nothing more, and it must be hidden where either is.
 */
export interface RateReading {
  axis: 'rows' | 'cols';
  label: string;
  /**
   * The unit the rate is per (1,000 in 「/1,000人年」), times the conversion from the rate's unit of time to its base's
   * (365,000 for 1,000 per 人年 over 人日: the lower end where the conversion is a range).
   */
  scale: number;
  /** The upper end of `scale` where the conversion is a range (365,250 for 1,000 per 人年 over 人日); `scale` otherwise. */
  scaleHi: number;
  /** The unit as a message says it: 「1,000」, 「1,000 × 365〜365.25（1年＝365〜365.25日）」. */
  scaleWords: string;
  /** The conversion of units of time the unit takes (「1年＝365〜365.25日」), where it takes one (our reading, said). */
  scaleNote?: string;
  /** Whether `scale` was written in a label (else our reading, the one scale the numbers fit). */
  scaleWritten: boolean;
  /** 「人年」, 「患者数」 or 「「入院」の数」: what the base is, for messages. */
  unit: string;
  /** The lines of event counts the rate fits (count lines kept in the table; hidden with any of them). */
  events: { label: string; line: number }[];
  /**
   * Lines of counts the rate fits as well under another base or unit (where the labels leave several open, or with
   * every printed count 0): not the rate's reading, but the rate is hidden with them too.
   */
  also: { label: string; line: number }[];
  /** The base: a line of person-time (set aside, published as written) or a line of counts (患者数: may be hidden). */
  base: { label: string; line: number; counts: boolean };
  /**
   * Each position across: the across line's label and its record line (axis `cols`: the row's line; `rows`: the
   * header's line, the column found by label), and the texts.
   */
  positions: { label: string; line: number; text: string; base: string }[];
  /** Line of the rate's header (axis `cols`) or row (axis `rows`), for messages. */
  line: number;
  /** Why a line whose label says nothing of a rate (「頻度」) was read as one: the numbers that told it. */
  reason?: string;
  /** A share's confidence interval (or one of its limits) read as a function of its count and N (rates11), no rate. */
  interval?: boolean;
  /** A count's SD or SE as a Poisson count's, √count (rates12), no rate: hidden with its count. */
  sd?: boolean;
  /**
   * A 0/1 variable's mean (a share of N) or its SD, √(p(1 − p)) (stats39), or both in one cell (「0.12 (0.33)」, stats40),
   * no rate: hidden with its count or its N.
   */
  binary?: 'mean' | 'sd' | 'meansd';
  /**
   * rates70: a share line `joinLineShares` set aside (a share of `events`' count over the 合計 `base`, or over the lines'
   * sum, that fits as well that base less other count lines): published where a count of its position is hidden only
   * where check.ts `meansShown`, `lineShareRows` proves its rows under every reading leave every hidden count protected.
   */
  lineShare?: true;
}

/**
 * rates72: a rate read as count × unit ÷ base (rates.ts `readRate`, 「発現率（/1,000人年）」「IR per 1000 PY」「/1,000人」)
 * and nothing else: no interval, SD, 0/1 mean, mean, ratio, extreme, share line, and fitting no other line (`also`:
 * those stay hidden with every line they fit).
 */
export const plainRate = (rate: TableRate): boolean => plainOrAlso(rate) && rate.also.length === 0;

/**
 * rates74: a rate plain but for `also` (it fits other lines too under another base or unit the labels leave open, and
 * one line of events of its own): check.ts `meansShown` publishes such a rate beside a hidden count of its own only
 * where every other count at its position is published (each other reading then a rate of published numbers: nothing
 * a reader learns), by its own reading's rows as a plain rate.
 */
export const alsoRate = (rate: TableRate): boolean => plainOrAlso(rate) && rate.also.length > 0 && rate.events.length === 1;

const plainOrAlso = (rate: TableRate): boolean =>
  !rate.weighted &&
  !rate.lineShare &&
  rate.mean === undefined &&
  !rate.ratio &&
  !rate.interval &&
  !rate.sd &&
  !rate.binary &&
  !rate.extreme;

/** A rate cell's number (the rate before a confidence interval 「12.0 (3.9-37.2)」); undefined where none is printed. */
export function rateNumber(text: string): { value: number; decimals: number } | undefined {
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s*[(（\[][^)）\]]*[)）\]])?$/.exec(normalise(text).trim());
  if (!m) return undefined;
  return { value: Number(`${m[1]!.replace(/,/g, '')}${m[2] !== undefined ? `.${m[2]}` : ''}`), decimals: m[2]?.length ?? 0 };
}

/**
 * Whether a rate printed `rate` (rounded to its decimals) can be `events` × `scale` ÷ a base printed `base` (rounded to
 * its decimals, or exact where the base is a count): the interval of events × scale ÷ base over the base's rounding
 * (and over the scale's range, where a conversion of days makes it one: `Scale`) meets the rate's rounding interval.
 */
export function rateFits(
  rate: { value: number; decimals: number },
  events: number,
  base: { value: number; decimals: number },
  scale: number | { lo: number; hi: number },
  exactBase: boolean,
): boolean {
  const [sLo, sHi] = typeof scale === 'number' ? [scale, scale] : [scale.lo, scale.hi];
  const h = 0.5 * 10 ** -rate.decimals;
  const hb = exactBase ? 0 : 0.5 * 10 ** -base.decimals;
  const [rLo, rHi] = [rate.value - h, rate.value + h];
  const [bLo, bHi] = [base.value - hb, base.value + hb];
  if (bHi <= 0) return events === 0;
  const lo = (events * sLo) / bHi;
  const hi = bLo <= 0 ? (events === 0 ? 0 : Infinity) : (events * sHi) / bLo;
  const eps = 1e-9 * Math.max(1, rate.value);
  return lo <= rHi + eps && hi >= rLo - eps;
}

/**
 * The whole counts a rate printed `rate` can be of over a base printed `base` at `scale` (`rateFits` inverted): the
 * counts in [rate's low × base's low ÷ scale's high, rate's high × base's high ÷ scale's low].
 */
export function countsOf(
  rate: { value: number; decimals: number },
  base: { value: number; decimals: number },
  scale: { lo: number; hi: number },
  exactBase: boolean,
): number[] {
  const h = 0.5 * 10 ** -rate.decimals;
  const hb = exactBase ? 0 : 0.5 * 10 ** -base.decimals;
  const eps = 1e-9 * Math.max(1, rate.value * base.value);
  const lo = Math.max(0, Math.ceil(((rate.value - h) * (base.value - hb)) / scale.hi - eps));
  const hi = Math.floor(((rate.value + h) * (base.value + hb)) / scale.lo + eps);
  return hi - lo > 10_000 ? [lo, hi] : Array.from({ length: Math.max(0, hi - lo + 1) }, (_, k) => lo + k);
}

/**
 * How the report and messages name a count the checker computes from a rate and its base (rates7): our reading, not a
 * number of the table — 「率から求めた件数（チェッカーの推定）」 — so that no computed count reads as the table's.
 */
export const DERIVED_COUNT = '率から求めた件数（チェッカーの推定）';

/**
 * The counts a printed rate and base give back under a unit (`countsOf`, the rate's rounding and the base's): the
 * least and the most, or undefined where either is no number.
 */
export function derivedCounts(
  rateText: string,
  baseText: string,
  scale: { lo: number; hi: number },
  exactBase: boolean,
): [number, number] | undefined {
  const [rate, base] = [rateNumber(rateText), rateNumber(baseText)];
  if (rate === undefined || base === undefined) return undefined;
  const counts = countsOf(rate, base, scale, exactBase);
  return counts.length === 0 ? undefined : [counts[0]!, counts[counts.length - 1]!];
}

/** A range of counts as a message says it: 「3」, 「2〜4」. */
export const countWords = ([lo, hi]: [number, number]) => (lo === hi ? fmt(lo) : `${fmt(lo)}〜${fmt(hi)}`);

/** A count as a line of events prints it (「3」, 「13 (10.8%)」); undefined otherwise. */
const eventCount = (text: string) => {
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\s*[(（].*)?$/.exec(normalise(text).trim());
  return m ? Number(m[1]!.replace(/,/g, '')) : undefined;
};
const blank = (text: string) => /^\s*(?:[-－—]\s*)?$/.test(text);

interface Line {
  axis: 'rows' | 'cols';
  /** Index among the labels of its axis (0-based, the corner not counted). */
  index: number;
  label: string;
  kind: Kind;
  /** The line's values as written, across (empty where the cell is). */
  values: string[];
  /** Why a line of 「頻度」 or a duration with no unit was read so (the numbers that told it): said in the message. */
  reason?: string;
}

/** A table's lines along `axis` in its records: their labels, and each line's values across (a short row's missing cells blank). */
function axisLines(recs: readonly CsvRecord[], axis: 'rows' | 'cols') {
  const labels = axis === 'cols' ? recs[0]!.fields.slice(1).map((f) => f.trim()) : recs.slice(1).map((r) => (r.fields[0] ?? '').trim());
  const width = axis === 'cols' ? recs.length - 1 : Math.max(0, ...recs.map((r) => r.fields.length - 1));
  const values = (k: number) =>
    axis === 'cols'
      ? recs.slice(1).map((r) => r.fields[k + 1] ?? '')
      : Array.from({ length: width }, (_, i) => recs[k + 1]!.fields[i + 1] ?? '');
  return { labels, values };
}

/**
 * The records with lines of `axis` joined: each line `k` of `joins` keeps its place, its cells written `cell(own, the
 * joined lines' cells at the same position)`; the joined lines are taken out.
 */
function joinLines(
  recs: readonly CsvRecord[],
  axis: 'rows' | 'cols',
  joins: ReadonlyMap<number, readonly number[]>,
  cell: (own: string, others: string[], line: number) => string,
): CsvRecord[] {
  const drop = new Set([...joins.values()].flat());
  if (axis === 'cols')
    return recs.map((r, ri) => ({
      ...r,
      fields: r.fields.flatMap((f, fi) => {
        const j = joins.get(fi - 1);
        if (drop.has(fi - 1)) return [];
        return ri === 0 || j === undefined
          ? [f]
          : [
              cell(
                f,
                j.map((o) => r.fields[o + 1] ?? ''),
                fi - 1,
              ),
            ];
      }),
    }));
  return recs.flatMap((r, ri) => {
    const j = joins.get(ri - 1);
    if (drop.has(ri - 1)) return [];
    if (j === undefined) return [r];
    return [
      {
        ...r,
        fields: r.fields.map((f, fi) =>
          fi === 0
            ? f
            : cell(
                f,
                j.map((o) => recs[o + 1]!.fields[fi] ?? ''),
                ri - 1,
              ),
        ),
      },
    ];
  });
}

/**
 * An interval's lower or upper limit, its name and level taken off (`limitOf`): 「下限」「下限値」「下側」「Lower」「Lower
 * limit」「Lower bound」「LL」「LB」「LCL」「LCI」「Low」「Min」「最小」, and 「L」 where the label names an interval
 * (「95%CI-L」). So 「95% CI lower」「Lower 99.9% CI」「信頼区間（下限）」「下側信頼限界」「CI_low」「lower_ci」「95%
 * confidence limit, lower」「90% CrI lower」 are each a lower limit.
 */
const LOWER_REST = /^(?:下限値?|下側|lower(?: (?:limit|bound|cl|ci|value))?|low|ll|lb|lcl|lci|min(?:imum)?|最小値?)$/i;
const UPPER_REST = /^(?:上限値?|上側|upper(?: (?:limit|bound|cl|ci|value))?|high|ul|ub|ucl|uci|max(?:imum)?|最大値?)$/i;
/**
 * A line of confidence intervals (rates5): 「95% CI」「95%CI」「CI」「95%信頼区間」「信頼区間」「95% confidence interval」 (since rates7 any `CI_NAME`, any level: 「99.9% CrI」「信用区間」「90% confidence limits」),
 * alone (a statistic's own label, 「ハザード比 (95% CI)」, is no such line), with cells 「5.7-10.9」「(5.7, 10.9)」
 * 「[5.7, 10.9]」「5.7 to 10.9」「5.7〜10.9」.
 */
const CI_LABEL = new RegExp(String.raw`^(?:${LEVEL}\s*)?${CI_NAME}(?:\s*(?:[(（][^()（）]*[)）]|${LEVEL}))?$`, 'i');
/** Whether a label names an interval (`CI_NAME`, a level, LCL/UCL). */
const namesInterval = (label: string) => new RegExp(`${CI_NAME}|${LEVEL}`, 'i').test(normalise(label).replace(/_/g, ' '));
function limitOf(label: string): 'lower' | 'upper' | undefined {
  return LIMIT_OF(label);
}
/** `limitOf` remembered (perf9: each label is asked many times; cell.ts `remembered`). */
const LIMIT_OF = remembered((label: string): 'lower' | 'upper' | undefined => readLimitOf(label));
function readLimitOf(label: string): 'lower' | 'upper' | undefined {
  const t = normalise(label).replace(/_/g, ' ');
  const named = namesInterval(t);
  const rest = t
    .replace(new RegExp(LEVEL, 'gi'), ' ')
    .replace(new RegExp(CI_NAME, 'gi'), ' ')
    .replace(/[(（)）[\]［］_\-－‐:：,，、;；/／・.]|の|\bof\b|\bthe\b/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (LOWER_REST.test(rest) || (named && /^l$/i.test(rest))) return 'lower';
  if (UPPER_REST.test(rest) || (named && /^u$/i.test(rest))) return 'upper';
  return undefined;
}
const isLower = (label: string) => limitOf(label) === 'lower';
const isUpper = (label: string) => limitOf(label) === 'upper';
/** A limit's label with no word of an interval (「下限」「Upper」「Low」「最大」「LB」), which may name categories of counts. */
/** A limit not estimated: 「NE」「NA」「N/A」「NC」「n.e.」「not estimable」「算出不能」「推定不能」「計算不能」 (rates7). */
const NOT_ESTIMABLE = /^(?:NE|NA|N\/A|NC|n\.e\.|n\.a\.|not\s+estimable|not\s+calculable|算出不能|推定不能|計算不能)$/i;
/** A label of a mean with its SD in one cell (「平均 (SD)」「mean (SD)」「Mean ± SD」, stats40) and such a cell (「0.12 (0.33)」「0.12 ± 0.33」). */
const BINARY_MEAN_SD =
  /^(?:平均|平均値|mean|average)\s*(?:[(（]\s*(?:SD|S\.D\.|標準偏差)\s*[)）]|(?:±|\+\/-|\(±\))\s*(?:SD|S\.D\.|標準偏差))$/i;
const BINARY_MEAN_SD_CELL = /^((?:0|1)?\.\d+|[01])\s*(?:[(（]\s*(\d?\.\d+|[01])\s*[)）]|±\s*(\d?\.\d+|[01]))$/;
/** A standard deviation's or standard error's label (rates10): 「SD」「sd」「S.D.」「標準偏差」「SE」「標準誤差」「std」「std. dev.」. */
export const SD_LABEL = /^(?:SD|S\.D\.|SE|S\.E\.|std\.?(?:\s*dev\.?)?|standard\s+(?:deviation|error)|標準偏差|標準誤差)$/i;
/**
 * An N written in a title, corner or header (rates10): 「N=50」「(n = 50)」「（50）」「120例」「50人」「50 patients」. A count
 * before its unit is tried only from the start of its run of digits and commas (the same matches as from any digit in
 * it, on 20,000 random strings; linear on a long run of digits, which was quadratic).
 */
const STATED_N =
  /\bn\s*[=＝:：]\s*\d|[(（[［]\s*\d[\d,]*\s*[)）\]］]|(?<![\d,]),*\d[\d,]*\s*(?:人|例|名|症例|\bpatients?\b|\bsubjects?\b)/i;
/**
 * An interval's method named after its label in brackets (rates11): 「(Wilson)」「（Clopper–Pearson）」「(exact)」「(Wald)」
 * 「(Agresti-Coull)」「(Jeffreys)」「(score)」「（正確法）」「（スコア法）」, a continuity correction after a comma.
 */
const CI_METHOD =
  /(?<!\s)\s*[(（]\s*(?:Wilson(?:\s+score)?|score|Clopper[-–‐ ]Pearson|exact|Wald|Agresti[-–‐ ]Coull|Jeffreys|正確法|スコア法|ワルド法|ウィルソン法)(?:\s*[,，、]\s*(?:CC|continuity[- ]corrected|連続修正))?\s*[)）]$/i;
/** The same method inside the bracket that names the interval (「イベント n (%) (95% CI (Wald))」, rates12). */
const CI_METHOD_INSIDE = new RegExp(CI_METHOD.source.replace(/\$$/, String.raw`(?=\s*[)）\]］]$)`), 'i');
const bareLimit = (label: string) => !namesInterval(label) && !/LCL|UCL|LCI|UCI/i.test(label);
/** A cell of an interval: its two limits (undefined where the cell is none). */
function intervalOf(text: string): [string, string] | undefined {
  const m = /^[(（[［]?\s*(-?\d[\d,]*(?:\.\d+)?)\s*(?:[-–—−~〜～]|\bto\b|[,，、;；])\s*(-?\d[\d,]*(?:\.\d+)?)\s*[)）\]］]?$/i.exec(
    normalise(text),
  );
  return m ? [m[1]!, m[2]!] : undefined;
}

/**
 * A limit labelled by its percentile (pctl9): 「2.5%」「97.5%」「2.5th percentile」「97.5th」「2.5%ile」「5%点」「95%点」
 * 「2.5パーセンタイル」「P2.5」「P97.5」「Q2.5」「Q97.5」「2.5% quantile」 (Bayesian outputs, bootstrap intervals) — its
 * percentile, 0–100 (none for 「%」 alone, a share's label). Only a pair of them, p and 100 − p, is read as an interval.
 */
const PERCENTILE = [
  /^(\d{1,2}(?:\.\d+)?)\s*%$/,
  /^(\d{1,2}(?:\.\d+)?)\s*(?:(?:st|nd|rd|th)\s*)?(?:%\s*ile|percentiles?|centiles?|quant(?:iles?)?|パーセンタイル|%\s*タイル|(?:%\s*)?点|%\s*quantile)$/i,
  /^(\d{1,2}(?:\.\d+)?)\s*(?:st|nd|rd|th)$/i,
  /^(?:percentile|quantile|パーセンタイル)\s*(\d{1,2}(?:\.\d+)?)$/i,
  /^[PQ]\s*(\d{1,2}(?:\.\d+)?)$/,
];
/** A quantile as a fraction (INLA's 「0.025quant」「0.975quant」, 「0.025 quantile」「quantile 0.975」): its percentile. */
const FRACTION = /^(?:(0?\.\d+)\s*quant(?:ile)?|quantile\s*(0?\.\d+))$/i;
/** Words about a percentile's label taken off: an interval's name and level (「95% CrI 2.5%」), a limit's word (「下限（2.5%）」). */
const PERCENTILE_DRESS = new RegExp(
  String.raw`(?:[0-9]{2}(?:\.[0-9]+)?\s*%\s*)?${CI_NAME}|下限値?|上限値?|下側|上側|\blower\b|\bupper\b|\blimits?\b|\bbounds?\b|\bof\b|[(（)）[\]［］:：,，、;；]`,
  'gi',
);
function percentileOf(label: string): number | undefined {
  return PERCENTILE_OF(label);
}
/** `percentileOf` remembered (perf9: each label is asked many times; cell.ts `remembered`). */
const PERCENTILE_OF = remembered((label: string): number | undefined => readPercentileOf(label));
function readPercentileOf(label: string): number | undefined {
  const plain = normalise(label).replace(/_/g, ' ');
  for (const t of [plain, plain.replace(PERCENTILE_DRESS, ' ').replace(/\s+/g, ' ').trim()]) {
    const f = FRACTION.exec(t);
    if (f) {
      const p = Number(f[1] ?? f[2]) * 100;
      return p > 0 && p < 100 ? p : undefined;
    }
    for (const re of PERCENTILE) {
      const m = re.exec(t);
      if (m) {
        const p = Number(m[1]);
        return p > 0 && p < 100 ? p : undefined;
      }
    }
  }
  return undefined;
}
/** A median's label beside percentile limits (rates8): the 50th percentile (「50%」「P50」「0.5quant」), 「中央値」「Median」. */
const isMedian = (label: string) => percentileOf(label) === 50 || /^(?:中央値|median|med\.?)$/i.test(normalise(label).trim());
/**
 * A percentile's label that is refused alone next to a rate: any but 「P3」「Q1」「2nd」 (periods, quarters, ranks) —
 * those only with a decimal or at 90 and over (「P97.5」「Q95」「97.5th」).
 */
const lonePercentile = (label: string) => {
  const p = percentileOf(label);
  if (p === undefined) return false;
  const t = normalise(label);
  return !(/^[PQ]\s*\d+$/.test(t) || /^\d+\s*(?:st|nd|rd|th)$/i.test(t)) || p >= 90;
};

/**
 * Confidence intervals printed in lines of their own (rates5): a line of 「95% CI」 (cells 「5.7-10.9」), or a pair of
 * lines 「下限」「上限」 (「Lower」「Upper」, 「LCL」「UCL」), just after a line of rates — joined into the rate's cells as
 * 「8.0 (5.7-10.9)」, read with the rate and hidden with it (the interval, computed from the count and its base, gives
 * the count back or bounds it as the rate does: the rate lies in it, so the count is at most the upper limit × base ÷
 * unit). Said as our reading (`layout/interval`). Anywhere else (beside counts or shares: an interval of a proportion
 * n/N, Wilson's or the exact one, is a function of n and N too) it is refused in words (`header/statistic`): which
 * count it is of cannot be read, so it cannot be hidden with it. Before, such a pair of whole numbers was read as two
 * lines of counts and published beside the hidden count (「下限」 20, 「上限」 350); 「95% CI」 was refused as a statistic
 * with no word of why. `isRate` says whether a line's label is a rate's.
 */
export function joinIntervals(
  records: readonly CsvRecord[],
  table: number,
  isRate: (label: string) => boolean,
  title?: string,
): { records: CsvRecord[]; errors: InputError[]; warnings: Warning[]; rates: RateReading[] } {
  let recs = [...records];
  const errors: InputError[] = [];
  const warnings: Warning[] = [];
  /** A share's confidence intervals read (rates11): set aside as rates are, hidden with their count or their N. */
  const rates: RateReading[] = [];
  if (recs.length < 2) return { records: recs, errors, warnings, rates };
  for (const axis of ['cols', 'rows'] as const) {
    const { labels: written, values } = axisLines(recs, axis);
    // A method named after an interval's label (「95% CI (Wilson)」「Lower 95% CI (Clopper-Pearson)」「下限（正確法）」,
    // rates11): the label read without it, said as written.
    const labels = written.map((l) => l.replace(CI_METHOD, ''));
    const empty = (v: string) => /^\s*(?:[-－—]\s*)?$/.test(v);
    const plain = (v: string) => /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(normalise(v));
    // A limit not estimated (「NE」「NA」「N/A」「NC」「算出不能」「推定不能」, rates7): no number, as a blank; refused as a
    // statistic with no word of an interval before, where one line of 「95% CI」 printed it for a count of 0.
    const ne = (v: string) => NOT_ESTIMABLE.test(normalise(v).trim());
    /** Each interval: its lines (one of 「95% CI」, or 下限 and 上限), the limits per position, the line before. */
    const found: {
      lines: number[];
      bare?: boolean;
      pctl?: { rate: number; p: number; median?: number; medianFirst?: boolean };
      /** A lone limit's side (rates8): its one line joined into the rate `rate` as 「12.0 (上限 35.1)」. */
      lone?: { side: 'lower' | 'upper'; rate: number };
      limits: ([string, string] | undefined)[];
    }[] = [];
    const num = (v: string) => Number(normalise(v).replace(/,/g, ''));
    for (let k = 0; k < labels.length; k++) {
      const label = normalise(labels[k]!);
      // Limits labelled by their percentiles (pctl9): p and 100 − p side by side (「2.5%」「97.5%」「P2.5」「P97.5」「5%点」
      // 「95%点」), just after or just before a line of rates plain in every position, the rate lying between the two
      // wherever the three print a number — the arithmetic that they are its interval. Refused as percentages before
      // (or read as counts: 「P2.5」), their upper limit bounding the hidden count. Not so (alone, or not about the
      // rate): refused in words below.
      const p = percentileOf(label);
      // A median between the limits (rates8: 「2.5%」「50%」「97.5%」, 「P2.5」「P50」「P97.5」, 「0.025quant」「0.5quant」
      // 「0.975quant」, 「2.5%」「中央値」「97.5%」 — Bayesian and bootstrap outputs): its line is k + 1, the upper limit's k + 2.
      // The median first (rates10: 「中央値」「2.5%」「97.5%」, 「50%」「2.5%」「97.5%」, 「0.5quant」「0.025quant」
      // 「0.975quant」): its line is k − 1, read alike where the rate stands just before the median or just after the
      // upper limit (refused in words before: 「すぐ前後に率や割合の列がなく」).
      const midAfter = p !== undefined && p < 50 && k + 2 < labels.length && isMedian(labels[k + 1]!) ? k + 1 : -1;
      const midFirst = midAfter < 0 && p !== undefined && p < 50 && k >= 1 && isMedian(labels[k - 1]!) ? k - 1 : -1;
      const mid = midAfter >= 0 ? midAfter : midFirst;
      const up = midAfter >= 0 ? k + 2 : k + 1;
      if (p !== undefined && p < 50 && up < labels.length) {
        const q = percentileOf(labels[up]!);
        const [lo, hi] = [values(k), values(up)];
        const med = mid >= 0 ? values(mid) : [];
        // The median prints where the limits print, a number between the two within their rounding (the arithmetic that
        // it is the middle of the same distribution).
        const half = (v: string) => 0.5 * 10 ** -(normalise(v).split('.')[1]?.length ?? 0);
        const middle =
          mid < 0 ||
          med.every((m, i) => {
            const [a, b] = [lo[i]!, hi[i]!];
            if (empty(m)) return empty(a) || ne(a) || ne(b);
            if (!plain(m)) return false;
            return (!plain(a) || num(a) - half(a) <= num(m) + half(m)) && (!plain(b) || num(m) - half(m) <= num(b) + half(b));
          });
        const limit = (v: string) => plain(v) || ne(v);
        const shape =
          q !== undefined &&
          middle &&
          Math.abs(p + q - 100) < 1e-9 &&
          lo.every((v, i) => (empty(v) && empty(hi[i]!)) || (limit(v) && limit(hi[i]!))) &&
          lo.some((v, i) => plain(v) && plain(hi[i]!)) &&
          lo.every((v, i) => !(plain(v) && plain(hi[i]!)) || num(v) <= num(hi[i]!));
        const brackets = (r: number) => {
          if (r < 0 || r >= labels.length || (r >= Math.min(k, mid < 0 ? k : mid) && r <= up) || !isRate(labels[r]!)) return false;
          const vs = values(r);
          return (
            vs.some((v) => !empty(v)) &&
            vs.every((v, i) => (empty(v) ? empty(lo[i]!) || ne(lo[i]!) || ne(hi[i]!) : plain(v))) &&
            vs.every((v, i) => {
              if (empty(v)) return true;
              // Within the rate's rounding (「4」 printed for 4.4, its lower limit 4.3): half a unit of its last digit.
              const [x, a, b] = [v, lo[i]!, hi[i]!];
              const h = 0.5 * 10 ** -(normalise(x).split('.')[1]?.length ?? 0);
              return (!plain(a) || num(a) <= num(x) + h) && (!plain(b) || num(x) - h <= num(b));
            })
          );
        };
        const first = midFirst >= 0 ? midFirst : k;
        const rate = !shape ? -1 : brackets(first - 1) ? first - 1 : brackets(up + 1) ? up + 1 : -1;
        if (rate >= 0) {
          found.push({
            lines: mid >= 0 ? [k, mid, up] : [k, up],
            pctl: { rate, p, ...(mid >= 0 ? { median: mid } : {}), ...(midFirst >= 0 ? { medianFirst: true } : {}) },
            limits: lo.map((v, i) => (empty(v) ? undefined : [normalise(v), normalise(hi[i]!)])),
          });
          k = up;
          continue;
        }
      }
      // 「信頼区間（下限）」「95% credible interval (lower)」 name a limit, no line of 「lo-hi」 (rates7).
      if (CI_LABEL.test(label) && limitOf(label) === undefined) {
        const vs = values(k);
        if (vs.some((v) => intervalOf(v) !== undefined) && vs.every((v) => empty(v) || ne(v) || intervalOf(v) !== undefined))
          found.push({ lines: [k], limits: vs.map((v) => intervalOf(v)) });
        continue;
      }
      if (!isLower(label) || k + 1 >= labels.length || !isUpper(normalise(labels[k + 1]!))) continue;
      const [lo, hi] = [values(k), values(k + 1)];
      const limit = (v: string) => plain(v) || ne(v);
      const ok = lo.every((v, i) => (empty(v) && empty(hi[i]!)) || (limit(v) && limit(hi[i]!)));
      if (!ok || ![...lo, ...hi].some(plain)) continue;
      // An interval only where each lower limit is at most its upper; 「下限」「上限」「Lower」「Upper」 with no word of an
      // interval may name categories of counts, so there only after a line of estimates (a rate, a share: its label,
      // or 「%」 or decimals in its cells) printing in each position a number between the two (the estimate lies in
      // its interval: 「3 (15.0%)」 or 15 within 3 and 38).
      if (lo.some((v, i) => plain(v) && plain(hi[i]!) && num(v) > num(hi[i]!))) continue;
      const bare = bareLimit(`${label} ${normalise(labels[k + 1]!)}`);
      const before = k > 0 ? values(k - 1) : [];
      const estimates =
        k > 0 && (isRate(labels[k - 1]!) || SHARE_LABEL.test(normalise(labels[k - 1]!)) || before.some((v) => /%|\.\d/.test(normalise(v))));
      const within = (v: string, i: number) =>
        [...normalise(before[i] ?? '').matchAll(/\d[\d,]*(?:\.\d+)?/g)].some((m) => num(m[0]) >= num(v) && num(m[0]) <= num(hi[i]!));
      // A bare pair elsewhere than just after its rate (「下限」「上限」 before 「発現率」, rates7): a line of rates of the
      // table lying between the two in every position that prints both is arithmetic that they are its interval —
      // joined into the rate where it stands just after them and they name an interval, refused in words otherwise
      // (below), no longer read as two lines of counts (25 and 351 per 100,000 人年 of 2,500 人年 published beside the
      // hidden 3 they bound: at most 8).
      const between = (j: number) => {
        const vs = values(j);
        const both = lo.map((v, i) => plain(v) && plain(hi[i]!) && !empty(vs[i] ?? ''));
        return (
          both.some(Boolean) &&
          both.every(
            (b, i) =>
              !b ||
              [...normalise(vs[i]!).matchAll(/\d[\d,]*(?:\.\d+)?/g)].some((m) => num(m[0]) >= num(lo[i]!) && num(m[0]) <= num(hi[i]!)),
          )
        );
      };
      const ofRate = labels.some((l, j) => j !== k && j !== k + 1 && isRate(l) && between(j));
      if (bare && !(estimates && lo.every((v, i) => empty(v) || within(v, i))) && !ofRate) continue;
      found.push({ lines: [k, k + 1], bare, limits: lo.map((v, i) => (empty(v) ? undefined : [normalise(v), normalise(hi[i]!)])) });
      k++;
    }
    // A lone limit (rates8): one line of a lower or an upper limit with no limit's line beside it (「95% CI upper」
    // 「UCL」「上限」「UB」), read as a line of counts before wherever rates5 and attack23 did not refuse it (a bare one
    // before the rate or apart from it) — published beside the hidden count it bounds: the rate lies on its side, so the
    // count is at most the upper limit × base ÷ unit, and an exact lower limit gives it back. One line is joined into its
    // rate where its label names an interval (a bare word may name a category of counts) and it stands just after or
    // just before a line of rates printing wherever it prints and lying on its side in every position (the arithmetic
    // that it bounds that rate): 「12.0 (上限 35.1)」, hidden with the rate. A line that lies so about some line of
    // rates of the table but is not joined is refused in words below (`bounded`); a bare one that bounds no rate stays a
    // category of counts.
    const halfOf = (v: string) => 0.5 * 10 ** -(normalise(v).split('.')[1]?.length ?? 0);
    const limitLine = (j: number) => j >= 0 && j < labels.length && (isLower(normalise(labels[j]!)) || isUpper(normalise(labels[j]!)));
    const taken = new Set(found.flatMap((f) => f.lines));
    // A share's estimate in a cell (`shares`): 「2.5」「2.5%」「3 (2.5%)」 — the percentage.
    const shareOf = (v: string) => /^(?:\d+\s*[(（]\s*)?(\d+(?:\.\d+)?)\s*(?:%\s*)?[)）]?$/.exec(normalise(v).trim())?.[1];
    const bounds = (k: number, r: number, side: 'lower' | 'upper', shares = false) => {
      if (r < 0 || r >= labels.length || r === k || taken.has(r)) return false;
      if (shares ? isRate(labels[r]!) || !SHARE_LABEL.test(normalise(withoutCi(labels[r]!))) : !isRate(labels[r]!)) return false;
      const lv = values(k);
      const rv = shares ? values(r).map((v) => (empty(v) ? v : (shareOf(v) ?? v))) : values(r);
      if (!rv.every((v) => empty(v) || plain(v))) return false;
      const both = lv.map((v, i) => plain(v) && plain(rv[i] ?? ''));
      return (
        both.some(Boolean) &&
        both.every((b, i) => {
          if (!b) return true;
          const [x, l] = [rv[i]!, lv[i]!];
          return side === 'upper' ? num(x) - halfOf(x) <= num(l) + halfOf(l) : num(l) - halfOf(l) <= num(x) + halfOf(x);
        })
      );
    };
    /** A lone limit's line not joined, and the line of rates it bounds (refused in words below). */
    const bounded = new Map<number, number>();
    // A lone percentile's line (「97.5%」「P97.5」「2.5th percentile」 with no percentile's line beside it; 「50%」 and
    // 「P3」「Q1」 aside) names an interval as 「95% CI upper」 does: joined alike, refused in words otherwise (pctl9, below).
    const pctlLine = (j: number) => j >= 0 && j < labels.length && percentileOf(labels[j]!) !== undefined;
    const lonePctl = (j: number) =>
      !limitLine(j) && lonePercentile(labels[j]!) && percentileOf(labels[j]!) !== 50 && !pctlLine(j - 1) && !pctlLine(j + 1);
    for (let k = 0; k < labels.length; k++) {
      const pctl = lonePctl(k);
      if (taken.has(k) || !(pctl || (limitLine(k) && !limitLine(k - 1) && !limitLine(k + 1)))) continue;
      const label = normalise(labels[k]!);
      const side = pctl ? ((percentileOf(label) ?? 0) < 50 ? 'lower' : 'upper') : isLower(label) ? 'lower' : 'upper';
      const lv = values(k);
      if (!lv.every((v) => empty(v) || plain(v) || ne(v)) || !lv.some(plain)) continue;
      const next = [k - 1, k + 1].find((r) => bounds(k, r, side) && lv.every((v, i) => empty(v) || !empty(values(r)[i] ?? '')));
      if (pctl) {
        // Apart from its rate (「P97.5」 of whole numbers after 患者数): refused in words below, not read as counts.
        const r = labels.findIndex((_, j) => bounds(k, j, side));
        if (next === undefined && r >= 0) bounded.set(k, r);
        if (next !== undefined)
          found.push({
            lines: [k],
            lone: { side, rate: next },
            limits: lv.map((v) => (empty(v) ? undefined : [normalise(v), normalise(v)])),
          });
        continue;
      }
      if (!bareLimit(label) && next !== undefined) {
        found.push({
          lines: [k],
          lone: { side, rate: next },
          limits: lv.map((v) => (empty(v) ? undefined : [normalise(v), normalise(v)])),
        });
        continue;
      }
      // Of a share (「割合（%）」「n (%)」 beside it or apart, rates8): a share's interval is read nowhere — refused alike.
      const r = labels.findIndex((_, j) => bounds(k, j, side));
      const s = r >= 0 ? r : labels.findIndex((_, j) => bounds(k, j, side, true));
      if (s >= 0) bounded.set(k, s);
    }
    const w = axis === 'cols' ? '列' : '行';
    const lineOf = (k: number) => (axis === 'cols' ? recs[0]!.line : recs[k + 1]!.line);
    const placeOf = (k: number) => ({ table, line: lineOf(k), ...(axis === 'cols' ? { col: written[k]! } : { row: written[k]! }) });
    // A limit's line not read as one interval (attack23): alone (「上限」「UCL」), in the wrong order (「上限」「下限」), or
    // a lower limit above its upper — read as counts before, its upper limit bounding the hidden count it is of
    // (350 per 100,000 人年 of 2,500 人年: at most 8). Refused in words where its label says an interval, or where it
    // follows a line of rates or shares (a bare 「上限」 elsewhere may name a category of counts).
    const used = new Set(found.flatMap((f) => f.lines));
    // Whether the table prints a rate or a share anywhere (a label of either axis, 「%」 or 「n (p)」 in a cell): a bare
    // lone limit there is rates8's (joined or refused where it lies about one, else a category of counts).
    /** Whether a line of either axis is a rate's (beside 人年 with none, a lone limit may be a rate's left out). */
    // Read only where a lone or far limit asks (html10: lazily, each once; on 1,000 labels of 2,000 characters every
    // label's rate and share words were read four times for nothing, 0.3 s). The records as they are here.
    const here = recs;
    let rateKnown: boolean | undefined;
    let estimatesKnown: boolean | undefined;
    const printsRate = () => (rateKnown ??= [...axisLines(here, 'cols').labels, ...axisLines(here, 'rows').labels].some((l) => isRate(l)));
    const printsEstimates = () =>
      (estimatesKnown ??=
        [...axisLines(here, 'cols').labels, ...axisLines(here, 'rows').labels].some(
          (l) => isRate(l) || SHARE_LABEL.test(normalise(withoutCi(l))),
        ) || here.slice(1).some((r) => r.fields.slice(1).some((f) => /%|％|^\s*\d[\d,]*\s*[(（]\s*\d+(?:\.\d+)?\s*[)）]\s*$/.test(f))));
    // A standard deviation beside an interval's limits (rates10: 「2.5%」「SD」「97.5%」, 「下限」「SD」「上限」, INLA's
    // 「mean」「sd」「0.025quant」「0.5quant」「0.975quant」): refused in words naming it — a rate's SD (its standard error,
    // √count × unit ÷ person-time for a Poisson count; a posterior's alike) is a function of the count and its base as
    // the limits are, which the checker does not read. Main refused the limits as no interval, or 「すぐ前後に率や割合の
    // 列がなく」, with no word of the SD.
    const limitish = (j: number) =>
      j >= 0 &&
      j < labels.length &&
      (isLower(normalise(labels[j]!)) || isUpper(normalise(labels[j]!)) || percentileOf(labels[j]!) !== undefined);
    for (let k = 0; k < labels.length; k++) {
      if (!SD_LABEL.test(normalise(labels[k]!).trim()) || !(limitish(k - 1) || limitish(k + 1))) continue;
      const by = limitish(k - 1) ? k - 1 : k + 1;
      let [a, b] = [by, by];
      while (limitish(a - 1)) a--;
      while (limitish(b + 1) || (b + 1 === k && limitish(b + 2))) b = b + 1 === k ? b + 2 : b + 1;
      errors.push({
        code: 'header/statistic',
        message:
          `${w}${quote(labels[k]!)}は区間の限界（${w}${quote(labels[by]!)}）の隣にある標準偏差（標準誤差）のようで（チェッカーの判断）、患者数として確かめられません。` +
          '率の標準偏差も区間の限界も件数とその分母（人年、N）から決まる値で（ポアソンの件数なら標準誤差は √件数 × 単位 ÷ 人年）、件数を秘匿しても公表した値から件数が戻ることがあります。' +
          'チェッカーは標準偏差を読まず、区間の間や隣に標準偏差のある形を率の区間として読まないため、件数と一緒に秘匿することができません',
        hint:
          `標準偏差の${w}を除き、区間の下限・上限（「95%CI下限」「95%CI上限」や「2.5%」「97.5%」、中央値はその間か前）を率の${w}のすぐ後に並べるか、率のセルに「8.0 (5.7-10.9)」のように書いてください（率と一緒に秘匿します）。` +
          '標準偏差は、秘匿しない件数の分だけを別に審査を受けて載せてください',
        place: placeOf(k),
      });
      for (let j = Math.min(a, k); j <= Math.max(b, k); j++) used.add(j);
      // The limits beside it, found as an interval (「SD」「下限」「上限」): said here, not as an interval apart from its rate.
      for (let f = found.length - 1; f >= 0; f--)
        if (found[f]!.lines.some((j) => j >= Math.min(a, k) && j <= Math.max(b, k))) found.splice(f, 1);
    }
    for (let k = 0; k < labels.length; k++) {
      const label = normalise(labels[k]!);
      if (used.has(k) || !(isLower(label) || isUpper(label))) continue;
      let first = k;
      while (first > 0 && (isLower(normalise(labels[first - 1]!)) || isUpper(normalise(labels[first - 1]!)))) first--;
      const after = first > 0 ? normalise(withoutCi(labels[first - 1]!)) : '';
      const rate = bounded.get(k);
      if (bareLimit(label) && !(first > 0 && (isRate(labels[first - 1]!) || SHARE_LABEL.test(after)))) {
        if (rate === undefined) {
          // The table's only limit's line (「上限」「Max」「High」「UB」「下限」「最大」 with no other limit's word along its
          // axis), of numbers, in a table printing no rate and no share (rates10): read as a line of counts before and
          // published beside the count whose interval it is a limit of — the exact Poisson upper limit of a count (4:
          // 10.24, printed 「10」), a share's Clopper–Pearson or Wilson limit with its N, a rate's over 人年: each a
          // function of the count, strictly increasing, so a published limit gives the hidden count back. Which count
          // it is of no line says (one line tells no arithmetic), so it cannot be hidden with it: refused in words.
          // 「Low」「Medium」「High」, 「最小」「通常」「最大」 (two limit's words: categories) stay counts (Limits).
          const alone = !limitLine(k - 1) && !limitLine(k + 1) && labels.filter((_, j) => limitLine(j)).length === 1;
          const lv = values(k);
          // A part of a sum (「通常」「上限」「合計」: the line with its neighbours adds up to another line in every position)
          // is arithmetic that it is a category of counts — no interval's limit adds up with counts into a total.
          const whole = (v: string) => /^\d[\d,]*$/.test(normalise(v).trim());
          const part = () => {
            for (let a = Math.max(0, k - 8); a <= k; a++)
              for (let b = k; b < Math.min(labels.length, a + 9); b++) {
                if (a === b) continue;
                const sum = lv.map((_, i) => {
                  let s = 0;
                  for (let j = a; j <= b; j++) {
                    const v = values(j)[i] ?? '';
                    if (!whole(v)) return undefined;
                    s += num(v);
                  }
                  return s;
                });
                if (sum.some((s) => s === undefined)) continue;
                for (let j = 0; j < labels.length; j++)
                  if ((j < a || j > b) && values(j).every((v, i) => whole(v) && num(v) === sum[i])) return true;
              }
            return false;
          };
          // And only where it can be a limit of a count the table prints: on its side (within its rounding) of a line
          // of counts in every position, or of that line's share of another line of counts at least it (the share's
          // limit in %), or beside a line of person-time (a rate's limit over it, its unit unknown). 「男性」 30 and 45,
          // 「上限」 40 and 12 is no limit of 男性's count (12 < 45) nor of any share: a category of counts.
          const upper = isUpper(label);
          const counts = labels
            .map((_, j) => j)
            .filter((j) => j !== k && values(j).every((v) => empty(v) || whole(v)) && values(j).some(whole));
          // In a table printing a rate or a share (a lone limit bounding none of them), also near the count as an
          // interval's limit is at any level to 99.9% (Poisson; a share's over N alike): upper at most c + 4√c + 8,
          // lower at least c − 4√c − 1 — a category of counts merely above a small count is none.
          const side = (est: (i: number) => number | undefined, per: (i: number) => number = () => 1) => {
            let any = false;
            const ok = lv.every((v, i) => {
              const x = est(i);
              if (!plain(v) || x === undefined) return true;
              any = true;
              const c = x / per(i);
              const near =
                !printsEstimates() ||
                (upper
                  ? num(v) - halfOf(v) <= (c + 4 * Math.sqrt(c) + 8) * per(i)
                  : num(v) + halfOf(v) >= (c - 4 * Math.sqrt(c) - 1) * per(i));
              return near && (upper ? num(v) + halfOf(v) >= x - 1e-9 : num(v) - halfOf(v) <= x + 1e-9);
            });
            return any && ok;
          };
          const at = (j: number, i: number) => (whole(values(j)[i] ?? '') ? num(values(j)[i]!) : undefined);
          // An N written in the title, the corner or a header (「A群 (N=50)」「対象 120例」): a share's base the lines do not
          // print, so a share's limit of any count fits it.
          const statedN = [
            title ?? '',
            recs[0]!.fields[0] ?? '',
            ...axisLines(recs, 'cols').labels,
            ...axisLines(recs, 'rows').labels,
          ].some((l) => STATED_N.test(normalise(l)));
          // (In a table printing a rate or a share, a lone limit bounding none of them: only the arithmetic of a count
          // or its share — a rate's limit would lie on its side of the rate printed, rates8.)
          const ofCount =
            (!printsEstimates() && statedN) ||
            (!printsRate() && labels.some((l, j) => j !== k && kindOf(l) === 'exposure')) ||
            counts.some(
              (c) =>
                side((i) => at(c, i)) ||
                counts.some(
                  (n) =>
                    n !== c &&
                    lv.every((_, i) => at(c, i) === undefined || (at(n, i) !== undefined && at(n, i)! >= at(c, i)! && at(n, i)! > 0)) &&
                    side(
                      (i) => (at(c, i) === undefined || at(n, i) === undefined ? undefined : (100 * at(c, i)!) / at(n, i)!),
                      (i) => 100 / (at(n, i) ?? 1),
                    ),
                ),
            );
          // A lower and an upper limit's line apart (「下限」「イベント数」「上限」, the two limit's words of the axis, lower
          // first, not side by side): an interval where a printed count (or its share of another line) lies between the
          // two in every position — refused alike. 「Low」「Medium」「High」 whose Medium lies so on every row by chance
          // are refused too (the hint says to name them otherwise); with their 合計 they are parts of a sum.
          const limits = labels.map((_, j) => j).filter((j) => limitLine(j));
          const [lo, hi] = limits as [number, number];
          const apart =
            limits.length === 2 &&
            hi - lo > 1 &&
            isLower(normalise(labels[lo]!)) &&
            isUpper(normalise(labels[hi]!)) &&
            bareLimit(normalise(labels[hi]!)) &&
            (k === lo || k === hi);
          // Each limit also near the count as an interval's is at any level to 99.9% (Poisson; a share's over N alike, in
          // counts: `per` is 100 ÷ N): upper at most c + 4√c + 8, lower at least c − 4√c − 1 (rates11). 「Low」 3,
          // 「Medium」 16, 「High」 50 is no interval of 16 (its 99.9% upper limit is under 33): categories of counts.
          const within = (j: number, up: boolean, est: (i: number) => number | undefined, per: (i: number) => number) => {
            let any = false;
            const ok = values(j).every((v, i) => {
              const x = est(i);
              if (!plain(v) || x === undefined) return true;
              any = true;
              const c = x / per(i);
              const near = up
                ? num(v) - halfOf(v) <= (c + 4 * Math.sqrt(c) + 8) * per(i)
                : num(v) + halfOf(v) >= (c - 4 * Math.sqrt(c) - 1) * per(i);
              return near && (up ? num(v) + halfOf(v) >= x - 1e-9 : num(v) - halfOf(v) <= x + 1e-9);
            });
            return any && ok;
          };
          const between = (est: (i: number) => number | undefined, per: (i: number) => number = () => 1) =>
            within(lo, false, est, per) && within(hi, true, est, per);
          // Beside person-time, or with an N written elsewhere (a rate's or a share's interval whose base no line
          // prints): each lower limit at most its upper is all the arithmetic there is.
          const ordered = apart && values(lo).every((v, i) => !(plain(v) && plain(values(hi)[i] ?? '')) || num(v) <= num(values(hi)[i]!));
          const ofPair =
            apart &&
            ((ordered &&
              ((!printsEstimates() && statedN) ||
                (!printsRate() && labels.some((l, j) => j !== lo && j !== hi && kindOf(l) === 'exposure')))) ||
              counts.some(
                (c) =>
                  c !== lo &&
                  c !== hi &&
                  (between((i) => at(c, i)) ||
                    counts.some(
                      (n) =>
                        n !== c &&
                        n !== lo &&
                        n !== hi &&
                        lv.every((_, i) => at(c, i) === undefined || (at(n, i) !== undefined && at(n, i)! >= at(c, i)! && at(n, i)! > 0)) &&
                        between(
                          (i) => (at(c, i) === undefined || at(n, i) === undefined ? undefined : (100 * at(c, i)!) / at(n, i)!),
                          (i) => 100 / (at(n, i) ?? 1),
                        ),
                    )),
              ));
          const partOfSum = part();
          if (apart && ofPair && k === lo && !partOfSum) {
            errors.push({
              code: 'header/statistic',
              message:
                `${w}${quote(labels[lo]!)}・${w}${quote(labels[hi]!)}は離れて置かれた区間の下限・上限のようです（見出しが下限・上限を示す言葉で、どの位置でも件数か割合がその間にあり${printsEstimates() ? '' : '、表に率も割合もありません'}。チェッカーの判断）。` +
                '件数や割合の区間の下限・上限は件数とその分母（N、人年）から決まり、件数が増えると増える値です。件数として公表すると、件数を秘匿しても区間から件数が戻るか、狭い範囲に絞られます。' +
                'どの件数の区間か読めず、件数と一緒に秘匿することができないため、判定できません',
              hint:
                `区間なら、区間の${w}を除いた表を確かめ、秘匿しない件数の区間だけを別に審査を受けて載せてください（率の区間なら、率の${w}のすぐ後に「95%CI下限」「95%CI上限」のように置けば、率と一緒に秘匿します）。` +
                '区間でなく件数の区分なら、「下限」「上限」などの言葉を使わない見出しにしてください',
              place: placeOf(lo),
            });
            continue;
          }
          // A largest or smallest of the other lines of counts (「最大」「最小」「Max」 beside the years, stats40): at every
          // position not a total, two at least, the line is the largest (smallest) of two or more other lines of whole
          // numbers — an extreme read.ts decides by its arithmetic (set aside and hidden with its counts), no interval.
          const positions = axisLines(recs, axis === 'cols' ? 'rows' : 'cols').labels;
          const others = counts.filter((j) => values(j).every(whole));
          const extreme =
            /^(?:最大値?|最小値?|max(?:imum)?|min(?:imum)?)$/i.test(normalise(labels[k]!).trim()) &&
            others.length >= 2 &&
            // Evidence as read.ts `extremeLines` asks: not 0 and reached by one other line only, at two positions.
            lv.filter((v, i) => {
              if (isTotalLabel(positions[i] ?? '') || !plain(v) || num(v) === 0) return false;
              return others.filter((j) => num(values(j)[i]!) === num(v)).length === 1;
            }).length >= 2 &&
            lv.every(
              (v, i) =>
                isTotalLabel(positions[i] ?? '') ||
                empty(v) ||
                (plain(v) && num(v) === (upper ? Math.max : Math.min)(...others.map((j) => num(values(j)[i]!)))),
            ) &&
            // No copy of one line (its limit reading stays: the copy would be read as counts).
            !others.some((j) => lv.every((v, i) => isTotalLabel(positions[i] ?? '') || empty(v) || num(values(j)[i]!) === num(v)));
          if (alone && lv.every((v) => empty(v) || plain(v) || ne(v)) && lv.some(plain) && ofCount && !partOfSum && !extreme) {
            errors.push({
              code: 'header/statistic',
              message:
                `${w}${quote(labels[k]!)}は区間の${upper ? '上限' : '下限'}のようです（見出しが${upper ? '上限' : '下限'}を示す言葉だけで、この${w}のほかに区間の限界を示す${w}がなく、${printsEstimates() ? 'どの位置でも率や割合の側にある形ではありませんが、件数の側にあります' : '表に率も割合もありません'}。チェッカーの判断）。` +
                `件数の区間（ポアソンの正確な区間）、割合の区間（正確法やスコア法）、人年あたりの率の区間の${upper ? '上限' : '下限'}は、件数とその分母（N、人年）から決まり、件数が増えると増える値です。` +
                `件数として公表すると、件数を秘匿しても${upper ? '上限' : '下限'}から件数が戻るか、狭い範囲に絞られます（件数 4 の 95% 上限は 10.24 で、「10」と丸めた上限は件数 4 にしか戻りません）。` +
                `どの件数の区間か読めず、件数と一緒に秘匿することができないため、判定できません`,
              hint:
                `区間なら、区間の${w}を除いた表を確かめ、秘匿しない件数の区間だけを別に審査を受けて載せてください（率の区間なら、率の${w}のすぐ後に「95%CI下限」「95%CI上限」のように区間と分かる見出しで置くか、率のセルに「8.0 (5.7-10.9)」のように書けば、率と一緒に秘匿します）。` +
                `区間でなく件数の区分なら、「${upper ? '上限' : '下限'}」などの言葉を使わない見出し（「${upper ? '上限到達' : '下限未満'}」など）にしてください`,
              place: placeOf(k),
            });
          }
          continue;
        }
        // A bare lone limit before its rate or apart from it, lying on its side of a line of rates in every position
        // (rates8): read as counts before.
        const upper = isUpper(label);
        const what = isRate(labels[rate]!) ? '率' : '割合';
        const by = what === '率' ? '分母 ÷ 単位' : 'N ÷ 100';
        errors.push({
          code: 'header/statistic',
          message:
            `${w}${quote(labels[k]!)}は${w}${quote(labels[rate]!)}の${what}の信頼区間の${upper ? '上限' : '下限'}のようです（どの位置でも${what}${upper ? '以上' : '以下'}の値です。チェッカーの判断）。` +
            `相方の${upper ? '下限' : '上限'}がなく、見出しも区間を示さないため、${what}の区間とも件数の区分とも確かめられません。` +
            `件数として公表すると、区間の中に${what}があるので、件数は${upper ? `上限 × ${by} 以下` : `下限 × ${by} 以上`}と分かり、秘匿した件数が分かることがあります`,
          hint:
            (what === '率'
              ? `率の区間なら、「95%CI下限」「95%CI上限」のように区間と分かる見出しで、率の${w}のすぐ後に置くか、率のセルに「8.0 (5.7-10.9)」のように書いてください（率と一緒に、イベント数を秘匿するところで秘匿します）。`
              : '割合の区間なら、区間を除いた表を確かめ、秘匿しない件数の区間だけを別に審査を受けて載せてください。') +
            `区間でなく件数の区分なら、「下限」「上限」などの言葉を使わない見出しにしてください`,
          place: placeOf(k),
        });
        continue;
      }
      errors.push({
        code: 'header/statistic',
        message:
          `${w}${quote(labels[k]!)}は信頼区間の${isLower(label) ? '下限' : '上限'}のようですが、下限・上限の二つが順に並んだ区間として読めません（ひとつだけ、上限が先、または下限が上限より大きい位置があります）。` +
          `件数として読むと、区間の中に点推定があるので、件数は上限 × 分母 ÷ 単位 以下と分かり、秘匿した件数が区間から分かることがあります（チェッカーの判断）`,
        hint:
          `率の区間なら、「下限」「上限」をこの順に二つ並べ（どの位置でも下限 ≤ 上限）、率の${w}のすぐ後に置くか、率のセルに「8.0 (5.7-10.9)」のように書いてください。` +
          `区間でなく件数の区分なら、「下限」「上限」などの言葉を使わない見出しにしてください`,
        place: placeOf(k),
      });
    }
    // A percentile's line not read as one limit of a rate's interval (pctl9): alone (「97.5%」), without its partner
    // (「2.5%」「95%」), or not about the rate beside it (the rate outside the two somewhere) — refused in words where it
    // stands by a line of rates (a run of such lines just after or before one); elsewhere left to the rest of the
    // reading (a column 「10%」 of counts is refused as a share with no %).
    for (let k = 0; k < labels.length; k++) {
      if (used.has(k) || !lonePercentile(labels[k]!) || isLower(labels[k]!) || isUpper(labels[k]!)) continue;
      const p = percentileOf(labels[k]!)!; // lonePercentile: a percentile's label
      // A line of limits' numbers only (a line 「95%」 of 「5.7-10.9」 is no percentile's: left to the rest of the reading).
      if (!values(k).every((v) => empty(v) || plain(v) || ne(v)) || !values(k).some(plain)) continue;
      let [first, last] = [k, k];
      while (first > 0 && !used.has(first - 1) && percentileOf(labels[first - 1]!) !== undefined) first--;
      while (last + 1 < labels.length && !used.has(last + 1) && percentileOf(labels[last + 1]!) !== undefined) last++;
      if (!((first > 0 && isRate(labels[first - 1]!)) || (last + 1 < labels.length && isRate(labels[last + 1]!)) || bounded.has(k))) {
        // Beside a share (rates8: 「割合（%）」「n (%)」 then 「2.5%」「97.5%」): the share's interval, a function of n and N
        // (Clopper–Pearson, Wilson), is read nowhere — refused in words, as rates5 refuses 「下限」「上限」 after a share.
        // Main refused it as a percentage with no % or a statistic, or read 「P2.5」「P97.5」 of whole numbers as counts
        // (the upper limit × N ÷ 100 bounding the hidden count).
        const share = (j: number) => j >= 0 && j < labels.length && !used.has(j) && SHARE_LABEL.test(normalise(withoutCi(labels[j]!)));
        if (!(share(first - 1) || share(last + 1))) {
          // By no rate and no share (rates8): a pair p and 100 − p (a median between or not: 「P2.5」「P50」「P97.5」
          // after 人年, the rate left out — Bayesian outputs print the median as the estimate), lower at most upper in
          // every position. Main read 「P2.5」「P97.5」「0.025quant」 of whole numbers as counts, published beside the
          // hidden count they bound; refused in words. A percentile alone by nothing is left to the rest (Limits).
          const partner = [...Array(last - first + 1).keys()]
            .map((d) => first + d)
            .find((j) => {
              const q = percentileOf(labels[j]!);
              if (j === k || q === undefined || Math.abs(p + q - 100) > 1e-9 || p === 50) return false;
              const [lo, hi] = p < 50 ? [values(k), values(j)] : [values(j), values(k)];
              return lo.every((v, i) => !(plain(v) && plain(hi[i] ?? '')) || num(v) <= num(hi[i]!));
            });
          if (partner === undefined) continue;
          errors.push({
            code: 'header/statistic',
            message:
              `${w}${quote(labels[k]!)}は区間の${p < 50 ? '下限' : '上限'}（${fmt(p)} パーセンタイル点）のようですが（${w}${quote(labels[partner]!)}と p と 100 − p の対で、どの位置でも下限 ≤ 上限です。チェッカーの判断）、すぐ前後に率や割合の${w}がなく、何の区間か読めません。` +
              `件数として読むと、区間の中に点推定があるので件数は上限 × 分母 ÷ 単位 以下と分かり、秘匿した件数が分かることがあります`,
            hint:
              `率の区間なら、率の${w}を置き、そのすぐ後に「2.5%」「97.5%」を並べるか、率のセルに「8.0 (5.7-10.9)」のように書いてください（率と一緒に、イベント数を秘匿するところで秘匿します）。` +
              `区間でない値なら、「2.5%」「P97.5」のような見出しを使わないでください`,
            place: placeOf(k),
          });
          continue;
        }
        const of = share(first - 1) ? first - 1 : last + 1;
        errors.push({
          code: 'header/statistic',
          message:
            `${w}${quote(labels[k]!)}は${w}${quote(labels[of]!)}の割合の区間の${p < 50 ? '下限' : p > 50 ? '上限' : '中央値'}（${fmt(p)} パーセンタイル点）のようで、患者数として確かめられません（チェッカーの判断）。` +
            `割合の区間は件数と分母 N から決まる値で、件数を秘匿しても、区間の中に割合があるので件数は上限 × N ÷ 100 以下と分かり、下限からも件数が戻ることがあります。チェッカーは割合の区間を読まないため、件数と一緒に秘匿することができません`,
          hint:
            '割合の区間の列・行を除いた表（患者数・件数・割合）を確かめ、秘匿しない件数の区間だけを別に審査を受けて載せてください。' +
            `区間でない値なら、「2.5%」のような見出しを使わないでください`,
          place: placeOf(k),
        });
        continue;
      }
      errors.push({
        code: 'header/statistic',
        message:
          `${w}${quote(labels[k]!)}は率の区間の${p < 50 ? '下限' : '上限'}（${fmt(p)} パーセンタイル点）のようですが、率の区間として読めません（p と 100 − p の二つが率の${w}のすぐ後かすぐ前に並び、どの位置でも率がその間にある形ではありません）。` +
          `件数や割合としても確かめられず、公表されると、区間の中に点推定があるので件数は上限 × 分母 ÷ 単位 以下と分かり、秘匿した件数が分かることがあります（チェッカーの判断）`,
        hint:
          `率の区間なら、「2.5%」「97.5%」のように下側と上側の点を二つ並べ（どの位置でも率がその間にあるように）率の${w}のすぐ後に置くか、率のセルに「8.0 (5.7-10.9)」のように書いてください（率と一緒に、イベント数を秘匿するところで秘匿します）。` +
          `区間でない値なら、表から除いて確かめてください`,
        place: placeOf(k),
      });
    }
    // (No interval found: a share and its interval in one cell may still be read below, rates11.)
    const named = (f: { lines: number[] }) => f.lines.map((k) => `${w}${quote(labels[k]!)}`).join('・');
    const joins = new Map<number, (typeof found)[number]>();
    /** A share's line and the lines of its interval read (rates11), taken out of the records. */
    const shareDrops = new Map<number, number[]>();
    const across = axisLines(recs, axis === 'cols' ? 'rows' : 'cols').labels;
    const patients = labels.findIndex(
      (l, j) => PATIENTS.test(normalise(l).trim()) && values(j).every((v) => empty(v) || /^\d+$/.test(normalise(v).trim())),
    );
    /**
     * A share's interval just after its share (rates11): read where the table prints the share's count and its N (a
     * line of 患者数) and, in every position that prints the interval, the share is the count's share of that N within
     * its rounding, the share lies within the interval, and each limit lies near the count as an interval's does at any
     * level to 99.9% (in counts: upper × N ÷ 100 at most k + 4√k + 8, lower × N ÷ 100 at least k − 4√k − 1). Every
     * method (Wilson's, Clopper–Pearson's, Wald's, Jeffreys', with or without a continuity correction) gives an interval
     * that is a function of k and N alone, so whichever one was used the interval shows nothing that k and N do not:
     * set aside as a rate is and hidden wherever its count or its N is (report.ts), so no (k, N) any method allows is
     * published beside a hidden count. Undefined where it cannot be so read (refused in words as before).
     */
    const shareInterval = (
      f: { lines: number[]; limits: ([string, string] | undefined)[]; pctl?: unknown; lone?: unknown },
      share: number,
      /** The shares where they are printed in the interval's cells (「5.3% (1.1–14.6)」), the count's line just before. */
      own?: (string | undefined)[],
      /**
       * The counts where the interval is printed in the count's own cell (「3 (5.3%) (1.1–14.6)」「3 [1.2–8.4]」, rates12):
       * the count's line is `share` itself, a share not printed (undefined in `own`) left unchecked.
       */
      counts?: (string | undefined)[],
    ): { events: number; reason: string } | undefined => {
      if (patients < 0 || f.pctl || f.lone || f.lines.includes(patients) || share === patients) return undefined;
      const ns = values(patients).map((v) => (/^\d+$/.test(normalise(v).trim()) ? Number(normalise(v).trim()) : undefined));
      const sv = own ? own.map((v) => v ?? '') : values(share).map((v) => normalise(v).trim());
      // The count in the share's cell (「3 (5.3%)」), or the line just before the share (「イベント数」「割合（%）」).
      const inCell = !own && sv.every((v) => empty(v) || /^\d+\s*[(（]\s*\d+(?:\.\d+)?\s*(?:%\s*)?[)）]$/.test(v));
      const countLine = counts ? share : inCell ? share : share - 1;
      if (countLine < 0 || countLine === patients || (!counts && !inCell && !sv.every((v) => empty(v) || /^\d+(?:\.\d+)?\s*%?$/.test(v))))
        return undefined;
      const cv = counts ? counts.map((v) => v ?? '') : values(countLine).map((v) => normalise(v).trim());
      let any = false;
      let first = '';
      const ok = f.limits.every((l, i) => {
        const n = ns[i];
        const c = /^(\d+)/.exec(cv[i] ?? '')?.[1];
        const pct = inCell ? /[(（]\s*(\d+(?:\.\d+)?)/.exec(sv[i] ?? '')?.[1] : /^(\d+(?:\.\d+)?)/.exec(sv[i] ?? '')?.[1];
        if (l === undefined) return true;
        // A count's cell with its interval and no share (「3 [1.2–8.4]」): the share is not printed, nothing to check.
        const noShare = counts !== undefined && (sv[i] ?? '') === '';
        if (!plain(l[0]) || !plain(l[1]) || n === undefined || n === 0 || c === undefined || (pct === undefined && !noShare)) return false;
        if (!inCell && !/^\d+$/.test(cv[i]!)) return false;
        const k = Number(c);
        const p = (100 * k) / n;
        if (pct !== undefined && Math.abs(Number(pct) - p) > halfOf(pct) + 1e-9) return false;
        const [lo, hi] = [num(l[0]), num(l[1])];
        const [hl, hh] = [halfOf(l[0]), halfOf(l[1])];
        if (lo - hl > p + 1e-9 || hi + hh < p - 1e-9) return false;
        if (((hi - hh) * n) / 100 > k + 4 * Math.sqrt(k) + 8 || ((lo + hl) * n) / 100 < k - 4 * Math.sqrt(k) - 1) return false;
        if (!any)
          first = `${quote(across[i]!)}では ${fmt(k)} ÷ ${fmt(n)} = ${fmt(Math.round(p * 100) / 100)}% が区間 ${l[0]}〜${l[1]} の中にあり`;
        any = true;
        return true;
      });
      return ok && any ? { events: countLine, reason: first } : undefined;
    };
    /** Line `k` of a share's interval (or of the share and its interval in one cell) as a rate of the count on line `events` over 患者数. */
    const intervalRate = (
      k: number,
      events: number,
      /** A count's cell holding the interval (rates12): the intervals' texts, the rate's label and the count's. */
      own?: { texts: string[]; label: string; count: string },
    ): (typeof rates)[number] => ({
      axis,
      label: own?.label ?? written[k]!,
      scale: 100,
      scaleHi: 100,
      scaleWords: '100',
      scaleWritten: true,
      unit: quote(labels[patients]!),
      events: [{ label: own?.count ?? labels[events]!, line: lineOf(events) }],
      also: [],
      base: { label: labels[patients]!, line: lineOf(patients), counts: true },
      positions: values(k).map((v, i) => ({
        label: across[i]!,
        line: axis === 'cols' ? recs[i + 1]!.line : recs[0]!.line,
        text: own ? own.texts[i]! : normalise(v).trim(),
        base: normalise(values(patients)[i] ?? '').trim(),
      })),
      line: lineOf(k),
      interval: true,
    });
    // A share and its interval in one cell under a share's label naming an interval (「割合 (95% CI)」 over 「5.3%
    // (1.1–14.6)」「45.0% (95% CI 31.2–59.3)」, rates11): read as above, the count's line just before it.
    const SHARE_CI_CELL =
      /^(\d+(?:\.\d+)?)\s*(?:%\s*)?[(（[［]\s*(?:\d{2}(?:\.\d+)?\s*%\s*(?:CI|信頼区間)\s*(?:[:：]\s*)?)?(\d+(?:\.\d+)?)\s*[-–—−~〜～,，]\s*(\d+(?:\.\d+)?)\s*[)）\]］]$/i;
    for (let k = 1; k < labels.length; k++) {
      const label = normalise(labels[k]!);
      if (!SHARE_LABEL.test(label) || !namesInterval(label) || isRate(labels[k]!) || k - 1 === patients) continue;
      const cells = values(k).map((v) => SHARE_CI_CELL.exec(normalise(v).trim()));
      if (!values(k).every((v, i) => empty(v) || cells[i]) || !cells.some(Boolean)) continue;
      const f = { lines: [k], limits: cells.map((m) => (m ? ([m[2]!, m[3]!] as [string, string]) : undefined)) };
      const read = shareInterval(
        f,
        k,
        cells.map((m) => m?.[1]),
      );
      if (!read) continue;
      shareDrops.set(k - 1, [k]);
      rates.push(intervalRate(k, read.events));
      warnings.push({
        code: 'layout/interval',
        message:
          `表${table}: ${w}${quote(written[k]!)}を${w}${quote(labels[read.events]!)}の件数の割合とその信頼区間と読み、件数と${w}${quote(labels[patients]!)}から決まる値として、件数か患者数を秘匿するところでは割合と区間も秘匿します` +
          `（チェッカーの判断：見出しが割合と信頼区間を示し、どの位置でも割合がすぐ前の${w}の件数と患者数の割合に丸めの範囲で合い、その割合が区間の中にあって、区間が件数の近くにあるため。${read.reason}ます）。` +
          '区間の方法（スコア法、正確法など）は読みませんが、どの方法の区間も件数と患者数だけから決まるため、件数と患者数を公表するところで公表しても、それ以上のことは分かりません',
        place: placeOf(k),
      });
    }
    // A share's interval in the count's own cell (rates12): 「3 (5.3%) (1.1–14.6)」「3 (45.0%, 95% CI 31.2–59.3)」「3 (5.3%)
    // [1.1–14.6]」, or the count and the interval alone 「3 [1.2–8.4]」「3 (95% CI 1.2–8.4)」, where the label or every
    // such cell names an interval. Read as above (the share, where printed, the count's share of 患者数; the interval
    // about the share and near the count): the cell split into the count (and its share) and a line of intervals of
    // ours, the interval hidden wherever the count or its N is. Refused before (rates11: the count's cell carried it).
    const COUNT_CI_CELL = new RegExp(
      String.raw`^(\d+)\s*(?:[(（]\s*(\d+(?:\.\d+)?)\s*%?\s*(?:[)）]\s*[(（[［]|[,，;；、])|[(（[［])\s*(${LEVEL}\s*(?:CI|信頼区間)\s*[:：]?)?\s*(\d+(?:\.\d+)?)\s*[-–—−~〜～]\s*(\d+(?:\.\d+)?)\s*[)）\]］]$`,
      'i',
    );
    const NOT_A_COUNT =
      /平均|中央値|標準偏差|標準誤差|四分位|オッズ比|ハザード比|リスク比|率比|\bmean\b|\bmedian\b|\bsd\b|\bse\b|\biqr\b|\bodds\b|\bhazard\b|\bratio\b|\b(?:a?OR|a?HR|a?RR|IRR)\b/i;
    const cellEdits = new Map<number, { label: string; cells: string[] }>();
    for (let k = 0; k < labels.length; k++) {
      if (k === patients || shareDrops.has(k) || shareDrops.has(k - 1) || isRate(labels[k]!) || used.has(k)) continue;
      const cells = values(k).map((v) => COUNT_CI_CELL.exec(normalise(v).trim()));
      if (!values(k).every((v, i) => empty(v) || cells[i]) || !cells.some(Boolean)) continue;
      const label = normalise(labels[k]!);
      const bare = withoutCi(labels[k]!.replace(CI_METHOD_INSIDE, ''));
      // A statistic's own interval (「中央値 (95% CI)」「HR (95% CI)」) is no count's: left to the rest (refused there).
      if (NOT_A_COUNT.test(normalise(bare))) continue;
      // The interval named: by the label (taken off it: 「イベント n (%) (95% CI)」 → 「イベント n (%)」) or in every cell.
      if (!(namesInterval(label) && bare !== labels[k]) && !cells.every((m) => !m || m[3])) continue;
      const f = { lines: [k], limits: cells.map((m) => (m ? ([m[4]!, m[5]!] as [string, string]) : undefined)) };
      const read = shareInterval(
        f,
        k,
        cells.map((m) => m?.[2] ?? ''),
        cells.map((m) => m?.[1]),
      );
      if (!read) continue;
      const count = bare !== labels[k] ? bare : labels[k]!;
      const rateLabel = bare !== labels[k] ? written[k]! : `${written[k]!}（区間）`;
      cellEdits.set(k, {
        label: count,
        cells: values(k).map((v, i) => {
          const m = cells[i];
          return !m ? v : m[2] !== undefined ? `${m[1]} (${m[2]}%)` : m[1]!;
        }),
      });
      rates.push(
        intervalRate(k, k, {
          texts: values(k).map((v, i) => (cells[i] ? `${cells[i]![4]}–${cells[i]![5]}` : normalise(v).trim())),
          label: rateLabel,
          count,
        }),
      );
      warnings.push({
        code: 'layout/interval',
        message:
          `表${table}: ${w}${quote(written[k]!)}のセルを件数${cells.some((m) => m?.[2] !== undefined) ? '・割合' : ''}と割合の信頼区間に分けて読み（件数は${w}${quote(count)}、区間は${w}${quote(rateLabel)}として扱います）、区間を件数と${w}${quote(labels[patients]!)}から決まる値として、件数か患者数を秘匿するところでは区間も秘匿します` +
          `（チェッカーの判断：${namesInterval(label) && bare !== labels[k] ? '見出し' : 'どのセル'}が信頼区間を示し、どの位置でも${cells.some((m) => m?.[2] !== undefined) ? '割合が件数と患者数の割合に丸めの範囲で合い、' : ''}件数と患者数の割合が区間の中にあって、区間が件数の近くにあるため。${read.reason}ます）。` +
          '区間の方法（スコア法、正確法など）は読みませんが、どの方法の区間も件数と患者数だけから決まるため、件数と患者数を公表するところで公表しても、それ以上のことは分かりません',
        place: placeOf(k),
      });
    }
    // A count's SD or SE (「SD」「SE」「標準偏差」) that is √count in every position within its rounding, two counts at
    // least above 0 (a Poisson count's, rates12): SD² gives the count back, so the line is a function of the count —
    // set aside as a rate is and hidden wherever its count is (refused by read.ts's statistics before, naming why).
    // The count's line is every line of whole numbers so fitted (hidden with each); 患者数 and rates are none.
    const sdDrops = new Map<number, number[]>();
    for (let k = 0; k < labels.length; k++) {
      if (!SD_LABEL.test(normalise(labels[k]!).trim()) || used.has(k) || shareDrops.has(k) || cellEdits.has(k)) continue;
      const vs = values(k).map((v) => normalise(v).trim());
      if (!vs.every((v) => empty(v) || /^\d+(?:\.\d+)?$/.test(v)) || !vs.some((v) => /^\d/.test(v))) continue;
      const half = (v: string) => 0.5 * 10 ** -(v.split('.')[1]?.length ?? 0);
      const fits = labels
        .map((_, j) => j)
        .filter((j) => {
          if (j === k || j === patients || isRate(labels[j]!) || joins.has(j) || shareDrops.has(j) || cellEdits.has(j)) return false;
          const cs = values(j).map((v) => normalise(v).trim());
          let above = 0;
          const ok = vs.every((v, i) => {
            const c = cs[i] ?? '';
            if (empty(v)) return true;
            if (!/^\d+$/.test(c) || Math.abs(Number(v) - Math.sqrt(Number(c))) > half(v) + 1e-9) return false;
            if (Number(c) > 0) above++;
            return true;
          });
          return ok && above >= 2;
        });
      if (fits.length === 0 || fits.some((j) => sdDrops.has(j))) continue;
      const events = fits[0]!;
      sdDrops.set(events, [k]);
      rates.push({
        axis,
        label: written[k]!,
        scale: 1,
        scaleHi: 1,
        scaleWords: '1',
        scaleWritten: false,
        unit: '',
        events: [{ label: labels[events]!, line: lineOf(events) }],
        also: fits.slice(1).map((j) => ({ label: labels[j]!, line: lineOf(j) })),
        base: { label: labels[events]!, line: lineOf(events), counts: false },
        positions: values(k).map((v, i) => ({
          label: across[i]!,
          line: axis === 'cols' ? recs[i + 1]!.line : recs[0]!.line,
          text: normalise(v).trim(),
          base: '',
        })),
        line: lineOf(k),
        sd: true,
      });
      warnings.push({
        code: 'layout/interval',
        message:
          `表${table}: ${w}${quote(written[k]!)}を${fits.map((j) => `${w}${quote(labels[j]!)}`).join('・')}の件数の標準偏差（ポアソン分布の √件数）と読み、件数から決まる値として、件数を秘匿するところでは標準偏差も秘匿します` +
          `（チェッカーの判断：見出しが標準偏差を示し、どの位置でも値が √件数に丸めの範囲で合うため。標準偏差の 2 乗が件数になるので、件数を公表するところでだけ公表できます）`,
        place: placeOf(k),
      });
    }
    // A 0/1 variable's mean (「平均」「mean」 over 0.03, 0.17) and its SD just after (「SD」 √(p(1 − p)), n or n − 1),
    // beside its count and a line of 患者数 (stats39): at every position the mean is the count's share of N within its
    // rounding (two positions at least with a count above 0), the SD √(m(1 − m)) over the mean's rounding, N ÷ (N − 1)
    // up to 1.1. Both are functions of the count and N, so set aside as a share's interval is (rates11) and hidden
    // wherever the count or N is; refused by read.ts before (「0/1 の変数の平均」), as they still are with no count line.
    if (patients >= 0)
      for (let k = 0; k < labels.length; k++) {
        // The mean and its SD in one cell under 「平均 (SD)」「mean (SD)」「Mean ± SD」 (stats40: 「0.12 (0.33)」): each cell
        // split into the two, read as the separate lines are, the cell hidden as one (`meansd`).
        // 「平均」 alone over such cells too (stats41): the cell's shape m (sd) and the count line prove it, as below (the
        // mean the count's share of N at every position, the SD √(m(1 − m))), as for a label that names the SD.
        const plainMean = /^(?:平均|平均値|mean|average)$/i.test(normalise(labels[k]!).trim());
        const shaped =
          plainMean &&
          values(k).some((v) => !empty(v)) &&
          values(k).every((v) => empty(v) || BINARY_MEAN_SD_CELL.test(normalise(v).trim()));
        const both = shaped || BINARY_MEAN_SD.test(normalise(labels[k]!).trim());
        if (!(both || plainMean) || used.has(k) || shareDrops.has(k) || cellEdits.has(k)) continue;
        if ([...sdDrops.values()].some((d) => d.includes(k))) continue;
        const pairs = both ? values(k).map((v) => BINARY_MEAN_SD_CELL.exec(normalise(v).trim())) : [];
        if (both && !values(k).every((v, i) => empty(v) || pairs[i])) continue;
        const ms = both ? pairs.map((m) => m?.[1] ?? '') : values(k).map((v) => normalise(v).trim());
        if (!ms.every((v) => empty(v) || /^(?:0|1)?\.\d+$|^[01]$/.test(v)) || !ms.some((v) => /\d/.test(v))) continue;
        const ns = values(patients).map((v) => normalise(v).trim());
        const half = (v: string) => 0.5 * 10 ** -(v.split('.')[1]?.length ?? 0);
        const count = labels
          .map((_, j) => j)
          .find((j) => {
            if (j === k || j === patients || isRate(labels[j]!) || joins.has(j) || shareDrops.has(j) || cellEdits.has(j) || sdDrops.has(j))
              return false;
            const cs = values(j).map((v) => normalise(v).trim());
            let above = 0;
            const ok = ms.every((m, i) => {
              if (empty(m)) return true;
              const [c, n] = [cs[i] ?? '', ns[i] ?? ''];
              if (!/^\d+$/.test(c) || !/^\d+$/.test(n) || Number(n) === 0) return false;
              if (Math.abs(Number(m) - Number(c) / Number(n)) > half(m) + 1e-9) return false;
              if (Number(c) > 0) above++;
              return true;
            });
            return ok && above >= 2;
          });
        if (count === undefined) continue;
        const sdLine = both
          ? pairs.map((m) => m?.[2] ?? m?.[3] ?? '')
          : k + 1 < labels.length && SD_LABEL.test(normalise(labels[k + 1]!).trim())
            ? values(k + 1).map((v) => normalise(v).trim())
            : undefined;
        const binarySd = (m: string, sd: string) => {
          const [x, s, hm, hs] = [Number(m), Number(sd), half(m), half(sd)];
          const at = [Math.max(0, x - hm), Math.min(1, x + hm), Math.min(Math.max(0.5, x - hm), x + hm)].map((p) => Math.sqrt(p * (1 - p)));
          return s + hs >= Math.min(...at) - 1e-9 && s - hs <= Math.max(...at) * Math.sqrt(1.1) + 1e-9;
        };
        const withSd =
          sdLine !== undefined &&
          sdLine.every((v, i) => (empty(v) ? empty(ms[i]!) : /^(?:\d+(?:\.\d+)?|\.\d+)$/.test(v) && !empty(ms[i]!) && binarySd(ms[i]!, v)));
        if (both && !withSd) continue;
        const lines = withSd && !both ? [k, k + 1] : [k];
        sdDrops.set(count, lines);
        for (const [q, kind] of lines.map((q, i) => [q, both ? 'meansd' : i === 0 ? 'mean' : 'sd'] as const))
          rates.push({ ...intervalRate(q, count), interval: false, binary: kind });
        warnings.push({
          code: 'layout/interval',
          message:
            `表${table}: ${lines.map((q) => `${w}${quote(written[q]!)}`).join('・')}${both ? 'のセル' : ''}を 0/1 の変数の平均（${w}${quote(labels[count]!)}の件数の${w}${quote(labels[patients]!)}に対する割合）${withSd ? 'とその標準偏差' : ''}と読み、件数と患者数から決まる値として、件数か患者数を秘匿するところでは${withSd ? '平均と標準偏差' : '平均'}も秘匿します` +
            `（チェッカーの判断：どの位置でも平均が件数 ÷ 患者数に丸めの範囲で合う${withSd ? 'うえ、標準偏差が √(平均 × (1 − 平均)) に合う' : ''}ため。平均 × 患者数で件数が分かるので、件数と患者数を公表するところでだけ公表できます）`,
          place: placeOf(k),
        });
      }
    /** Where an interval printed just before its rate is joined into it (the rate, not the line before it). */
    const ahead = new Set<number>();
    for (const f of found) {
      // The rate's cells must be plain numbers (an interval in them already: which is the rate's is unknown).
      const fits = (r: number) =>
        r >= 0 &&
        r < labels.length &&
        isRate(labels[r]!) &&
        values(r).every((v, i) => (empty(v) ? f.limits[i] === undefined : plain(v))) &&
        values(r).some((v) => !empty(v));
      const before = f.lines[0]! - 1;
      // Just before its rate (「下限」「上限」「発現率」, rates7): joined where the rate lies within the interval in every
      // position that prints both (the arithmetic that it is the rate's); published as counts on main.
      const after = f.lines[f.lines.length - 1]! + 1;
      // Not a bare pair (「下限」「上限」「Low」「High」 may name categories of counts that lie about a rate by chance):
      // refused in words instead.
      const inside =
        !f.bare &&
        fits(after) &&
        f.limits.some((l) => l !== undefined) &&
        values(after).every((v, i) => {
          const l = f.limits[i];
          if (l === undefined || !plain(l[0]) || !plain(l[1])) return true;
          const [x, a, b] = [v, l[0], l[1]].map((t) => Number(normalise(t).replace(/,/g, '')));
          return x! >= a! && x! <= b!;
        });
      const rate = f.lone
        ? fits(f.lone.rate)
          ? f.lone.rate
          : -1
        : f.pctl
          ? fits(f.pctl.rate)
            ? f.pctl.rate
            : -1
          : fits(before)
            ? before
            : inside
              ? after
              : -1;
      if (rate >= 0 && !joins.has(rate)) {
        joins.set(rate, f);
        if (rate === after && rate !== before) ahead.add(rate);
        continue;
      }
      // Just after a share (「割合（%）」「%」 or 「3 (5.3%)」 cells, rates10): said as the share's interval, which is read
      // nowhere (main: the same words as any interval's, 「率の…すぐ後にない区間」).
      const shareBefore =
        before >= 0 &&
        !isRate(labels[before]!) &&
        (SHARE_LABEL.test(normalise(withoutCi(labels[before]!))) || values(before).some((v) => /%|％/.test(v)));
      const read = shareBefore ? shareInterval(f, before) : undefined;
      if (read) {
        shareDrops.set(before, f.lines);
        for (const k of f.lines) rates.push(intervalRate(k, read.events));
        warnings.push({
          code: 'layout/interval',
          message:
            `表${table}: ${named(f)}を${w}${quote(labels[before]!)}の割合の信頼区間${f.lines.length > 1 ? 'の下限・上限' : ''}と読み、${w}${quote(labels[read.events]!)}の件数と${w}${quote(labels[patients]!)}から決まる値として、件数か患者数を秘匿するところでは区間も秘匿します` +
            `（チェッカーの判断：割合の${w}のすぐ後にあり、どの位置でも割合が件数と患者数の割合に丸めの範囲で合い、その割合が区間の中にあって、区間が件数の近くにあるため。${read.reason}ます）。` +
            '区間の方法（スコア法、正確法など）は読みませんが、どの方法の区間も件数と患者数だけから決まるため、件数と患者数を公表するところで公表しても、それ以上のことは分かりません',
          place: placeOf(f.lines[0]!),
        });
        continue;
      }
      if (shareBefore) {
        errors.push({
          code: 'header/statistic',
          message:
            `${named(f)}は${w}${quote(labels[before]!)}の割合の信頼区間${f.lines.length > 1 ? 'の下限・上限' : ''}のようで（割合の${w}のすぐ後にあり、見出しが${f.lines.length > 1 ? '下限・上限' : '区間'}を示します。チェッカーの判断）、患者数として確かめられません。` +
            '割合の信頼区間（正確法やスコア法など）は件数と分母 N から決まり、件数が増えると上限も下限も増える値です。件数を秘匿しても区間から件数が戻るか狭い範囲に絞られ（区間の中に割合があるので、件数は上限 × N ÷ 100 以下）、N が表にないときは公表した件数・割合と区間から N が絞られることがあります。' +
            'チェッカーは割合の区間を読まないため、件数と一緒に秘匿することができません',
          hint:
            `割合の区間を除いた表を確かめ（患者数・件数・割合の表）、区間は、秘匿しない件数の区間だけを別に審査を受けて載せてください` +
            (f.bare ? '。区間でなく件数の区分なら、「下限」「上限」などの言葉を使わない見出しにしてください' : ''),
          place: placeOf(f.lines[0]!),
        });
        continue;
      }
      errors.push({
        code: 'header/statistic',
        message:
          `${named(f)}は信頼区間${f.lines.length > 1 ? 'の下限・上限' : ''}のようで、患者数として確かめられません。信頼区間は件数とその分母（割合なら n と N、率なら件数と人年）から決まる値で、` +
          `区間が公表されていると、件数を秘匿しても区間から件数が分かるか、狭い範囲に絞られます（区間の中に点推定があるので、件数は上限 × 分母 ÷ 単位 以下です。チェッカーの判断）。` +
          `率の${w}のすぐ後にない区間は、どの件数の区間か読めないため、件数と一緒に秘匿することができません`,
        hint:
          `率の区間なら、率の${w}のすぐ後に置くか、率のセルに「8.0 (5.7-10.9)」のように書いてください（率と一緒に、イベント数を秘匿するところで秘匿します）。` +
          '割合の区間なら、区間を除いた表を確かめ、秘匿しない件数の区間だけを別に審査を受けて載せてください。ハザード比などの統計量の区間なら、統計量と一緒に除いた表を確かめてください' +
          (f.bare ? '。区間でなく件数の区分なら、「下限」「上限」などの言葉を使わない見出しにしてください' : ''),
        place: placeOf(f.lines[0]!),
      });
    }
    if (errors.length > 0 || (joins.size === 0 && shareDrops.size === 0 && cellEdits.size === 0 && sdDrops.size === 0)) continue;
    // A count's cell split from its interval (rates12): the count (and its share) stays, the label without the interval.
    for (const [k, e] of cellEdits)
      recs = recs.map((r, ri) => {
        if (axis === 'rows') return ri === k + 1 ? { ...r, fields: [e.label, ...e.cells, ...r.fields.slice(e.cells.length + 1)] } : r;
        const fields = [...r.fields];
        if (k + 1 < fields.length) fields[k + 1] = ri === 0 ? e.label : (e.cells[ri - 1] ?? fields[k + 1]!);
        return { ...r, fields };
      });
    for (const [k, f] of joins)
      warnings.push({
        code: 'layout/interval',
        message:
          (f.lone
            ? `表${table}: ${named(f)}を${w}${quote(labels[k]!)}の率の信頼区間の${f.lone.side === 'upper' ? '上限' : '下限'}と読み、率のセルに「8.0 (${f.lone.side === 'upper' ? '上限 10.9' : '下限 5.7'})」のようにつなげて読みました（チェッカーの判断：見出しが信頼区間の${f.lone.side === 'upper' ? '上限' : '下限'}を示し、率の${w}のすぐ${ahead.has(k) ? '前' : '後'}にあって、どの位置でも率が${f.lone.side === 'upper' ? '上限以下' : '下限以上'}のため）。`
            : f.pctl
              ? f.pctl.median !== undefined
                ? `表${table}: ${named(f)}を${w}${quote(labels[k]!)}の率の区間（${fmt(f.pctl.p)} パーセンタイル点と ${fmt(100 - f.pctl.p)} パーセンタイル点の下限・上限）とその間の中央値と読み、率のセルに「8.0 (5.7-10.9; 中央値 7.9)」のようにつなげて読みました（チェッカーの判断：見出しが${f.pctl.medianFirst ? '中央値、p、100 − p' : 'p、中央値、100 − p'} の点を順に示し、率の${w}のすぐ${ahead.has(k) ? '前' : '後'}にあって、どの位置でも率と中央値が下限と上限の間にあるため。割合としては読みません）。` +
                  '中央値も率と同じく件数と分母から決まる推定値なので、率と一緒に秘匿します。'
                : `表${table}: ${named(f)}を${w}${quote(labels[k]!)}の率の区間（${fmt(f.pctl.p)} パーセンタイル点と ${fmt(100 - f.pctl.p)} パーセンタイル点の下限・上限）と読み、率のセルに「8.0 (5.7-10.9)」のようにつなげて読みました（チェッカーの判断：見出しが p と 100 − p の点を示し、率の${w}のすぐ${ahead.has(k) ? '前' : '後'}にあって、どの位置でも率がその間にあるため。割合としては読みません）。`
              : `表${table}: ${named(f)}を${w}${quote(labels[k]!)}の率の信頼区間と読み、率のセルに「8.0 (5.7-10.9)」のようにつなげて読みました（チェッカーの判断：${ahead.has(k) ? `率の${w}のすぐ前にあって、どの位置でも率が区間の中にあり` : `率の${w}のすぐ後にあり`}、見出しが信頼区間${f.lines.length > 1 ? 'の下限・上限' : ''}を示すため）。`) +
          '区間は率と同じく件数と分母から決まり、件数を秘匿するところでは率と一緒に区間も秘匿します（区間の中に率があるので、件数は上限 × 分母 ÷ 単位 以下と分かるため）',
        place: placeOf(f.lines[0]!),
      });
    // The rate's cell with its interval: 「120 (20-350)」 (none where the interval's cells are blank or 「-」).
    recs = joinLines(
      recs,
      axis,
      new Map([...[...joins].map(([k, f]) => [k, f.lines] as const), ...shareDrops, ...sdDrops]),
      (rate, others, k) => {
        // A share's line keeps its cells; its interval's lines are taken out (read above, rates11); a count's SD's too.
        if (shareDrops.has(k) || sdDrops.has(k)) return rate;
        const f = joins.get(k)!;
        // A lone limit (rates8): 「12.0 (上限 35.1)」; a median between percentile limits: 「12.0 (2.5-35.1; 中央値 11.4)」.
        if (f.lone)
          return empty(others[0]!) || empty(rate)
            ? rate
            : `${normalise(rate)} (${f.lone.side === 'upper' ? '上限' : '下限'} ${normalise(others[0]!).trim()})`;
        if (f.pctl?.median !== undefined) {
          const [a, m, b] = others.map((o) => normalise(o).trim());
          if ([a, m, b].some((o) => empty(o!))) return rate;
          return `${normalise(rate)} (${a}-${b}; 中央値 ${m})`;
        }
        const limits = others.length === 1 ? intervalOf(others[0]!) : others.every((o) => !empty(o)) ? others.map(normalise) : undefined;
        // An interval not estimated (「NE」) stays with its rate as printed: 「0.0 (NE)」.
        if (limits === undefined && others.length === 1 && ne(others[0]!) && !empty(rate))
          return `${normalise(rate)} (${normalise(others[0]!).trim()})`;
        return limits === undefined ? rate : `${normalise(rate)} (${limits[0]}-${limits[1]})`;
      },
    );
  }
  return { records: recs, errors, warnings, rates };
}

/**
 * Lines of person-time and rates in one table's records (header row first, label column first). A line whose cells
 * are not all plain numbers (or blank, 「-」) is left to the rest of the reading.
 */
export function readPersonTime(input: readonly CsvRecord[], table: number, title?: string): PersonTimeReading {
  // Confidence intervals in lines of their own: joined into their rate's cells, or refused (rates5, `joinIntervals`).
  const intervals = joinIntervals(
    input,
    table,
    (label) => {
      const t = normalise(withoutCi(label));
      return ['rate', 'patient-rate'].includes(kindOf(label) ?? '') || (RATE_WORD.test(t) && !/%|％|割合|構成比/.test(t));
    },
    title,
  );
  const records = intervals.records;
  const out: PersonTimeReading = {
    records: [...records],
    errors: intervals.errors,
    warnings: intervals.warnings,
    rates: [...intervals.rates],
  };
  if (out.errors.length > 0 || records.length < 2) return out;
  const header = records[0]!;
  const colLabels = header.fields.slice(1).map((f) => f.trim());
  const rowLabels = records.slice(1).map((r) => (r.fields[0] ?? '').trim());
  /**
   * A line's values, one per position across: a column's down the rows, a row's across the header's columns — a short
   * row's missing cells blank (a short 人年 row under a rate crashed the example of the rate's refusal: fuzz).
   */
  const valuesAt = (axis: 'rows' | 'cols', index: number): string[] =>
    axis === 'cols'
      ? records.slice(1).map((r) => r.fields[index + 1] ?? '')
      : colLabels.map((_, c) => records[index + 1]!.fields[c + 1] ?? '');
  // A row with a value past the header's columns is no line of ours: left to the rest, which refuses it naming the row
  // (`row/long`), rather than set aside (a rate's or person-time's row) with a value no header names. A short row's
  // missing cells are blank, as a rate not printed there (read.ts refuses a short row of counts, `row/short`).
  const long = (r: number) => trimEnd(records[r + 1]!.fields).length > header.fields.length;
  // A number, with or without its unit of person-time (「250.0人年」).
  const bare = (v: string) => normalise(v).replace(/(?<!\s)\s*(?:人(?:\s*[・･])?\s*[年月週日]|person[- ]?(?:years?|weeks?|time)|PY)$/i, '');
  const plain = (values: string[]) =>
    values.some((v) => PLAIN_NUMBER.test(bare(v))) && values.every((v) => /^\s*(?:[-－—]\s*)?$/.test(v) || PLAIN_NUMBER.test(bare(v)));
  const lines: Line[] = [];
  /**
   * A line of 「頻度」 whose value is, in every position with an event count and an N, that count times a scale
   * (100–100,000) over the N within the rounding of a whole number: a rate of those events (what it says, or undefined).
   */
  const fitsEvents = (l: Line, values: (number | undefined)[], ns: (number | undefined)[]): string | undefined => {
    const labels = l.axis === 'cols' ? colLabels : rowLabels;
    for (const [e, label] of labels.entries()) {
      if (e === l.index || !EVENTS.test(label) || kindOf(label) !== undefined) continue;
      const events = valuesAt(l.axis, e).map((v) => (/^\d+$/.test(normalise(v)) ? Number(normalise(v)) : undefined));
      for (const scale of [100, 1000, 10_000, 100_000]) {
        let fits = 0;
        let differs = false;
        let first = -1;
        const all = values.every((v, k) => {
          const [x, n] = [events[k], ns[k]];
          if (v === undefined || x === undefined || n === undefined || n === 0) return true;
          if (Math.abs(v - (x * scale) / n) > 0.5 + 1e-9) return false;
          fits++;
          if (v !== x) differs = true;
          if (first < 0 && x > 0) first = k;
          return true;
        });
        if (all && fits >= 2 && differs && first >= 0) {
          const across = l.axis === 'cols' ? rowLabels : colLabels;
          return `${quote(across[first]!)}では ${fmt(events[first]!)} × ${fmt(scale)} ÷ ${fmt(ns[first]!)} = ${fmt(Math.round(((events[first]! * scale) / ns[first]!) * 1000) / 1000)} が値 ${fmt(values[first]!)} に丸めの範囲で合い、ほかの${l.axis === 'cols' ? '行' : '列'}でも同じため`;
        }
      }
    }
    return undefined;
  };
  // Every value written with a unit of person-time (「250.0人年」 under 「観察期間」): a line of person-time too.
  const units = (values: string[]) => plain(values) && values.every((v) => /^\s*(?:[-－—]\s*)?$/.test(v) || bare(v) !== normalise(v));
  // Values written with a unit of person-time make a line of person-time whatever its label leaves to the numbers.
  const byNumbers = (kind: Kind | undefined, values: string[]): Kind | undefined =>
    (kind === undefined || kind === 'bare-duration' || kind === 'maybe-duration' || kind === 'frequency') && units(values)
      ? 'exposure'
      : kind;
  // 「頻度 (95% CI)」: its cells hold the interval (refuse6), no plain numbers.
  const taken = (kind: Kind, label: string, values: string[]) =>
    !NEEDS_PLAIN.has(kind) || plain(values) || (kind === 'frequency' && withoutCi(label) !== label);
  colLabels.forEach((label, c) => {
    const values = valuesAt('cols', c);
    const kind = byNumbers(kindOf(label), values);
    if (!kind) return;
    if (taken(kind, label, values)) lines.push({ axis: 'cols', index: c, label, kind, values });
  });
  rowLabels.forEach((label, r) => {
    const values = valuesAt('rows', r);
    const kind = byNumbers(kindOf(label), values);
    if (!kind || long(r)) return;
    if (taken(kind, label, values)) lines.push({ axis: 'rows', index: r, label, kind, values });
  });
  // The N of each position across a line: the same axis's line of 患者数, or the N stated in the label across.
  const nsAcross = (axis: 'rows' | 'cols'): (number | undefined)[] => {
    const labels = axis === 'cols' ? colLabels : rowLabels;
    const across = axis === 'cols' ? rowLabels : colLabels;
    const p = labels.findIndex((l) => PATIENTS.test(normalise(l)));
    const at = (k: number) =>
      normalise(axis === 'cols' ? (records[k + 1]!.fields[p + 1] ?? '') : (records[p + 1]!.fields[k + 1] ?? '')).replace(/,/g, '');
    return across.map((l, k) => (p >= 0 && /^\d+$/.test(at(k)) ? Number(at(k)) : headerDenominator(l)));
  };
  const number = (v: string) => {
    const t = bare(v).replace(/,/g, '');
    return PLAIN_NUMBER.test(t) ? Number(t) : undefined;
  };
  // 「頻度」 and a duration with no unit, read by their numbers: which is no count of patients (the checker's judgement).
  for (const l of lines.filter((x) => x.kind === 'frequency' || x.kind === 'maybe-duration' || x.kind === 'bare-duration')) {
    const ns = nsAcross(l.axis);
    const values = l.values.map(number);
    const across = l.axis === 'cols' ? rowLabels : colLabels;
    const over = values.findIndex((v, k) => v !== undefined && ns[k] !== undefined && v > ns[k]!);
    const overWords =
      over < 0
        ? ''
        : `${quote(across[over]!)}の値 ${fmt(values[over]!)} がその${l.axis === 'cols' ? '行' : '列'}の人数 ${fmt(ns[over]!)} より大きいため`;
    if (l.kind === 'bare-duration') {
      if (over >= 0) l.reason = overWords;
      l.kind = 'duration';
      continue;
    }
    if (l.kind === 'maybe-duration') {
      if (over < 0) continue;
      l.reason = overWords;
      l.kind = 'duration';
      continue;
    }
    const decimal = l.values.findIndex((v) => /\.\d/.test(bare(v)) && number(v) !== undefined);
    // A confidence interval is an estimate's, never a count's: 「頻度 (95% CI)」 is a rate (or a share: readRate).
    if (withoutCi(l.label) !== l.label) l.reason = `見出し${quote(l.label)}に信頼区間が書かれているため`;
    else if (decimal >= 0) l.reason = `${quote(across[decimal]!)}の値 ${normalise(l.values[decimal]!)} が整数でないため`;
    else if (over >= 0) l.reason = overWords;
    else {
      const fits = fitsEvents(l, values, ns);
      if (fits !== undefined) l.reason = fits;
    }
    if (l.reason !== undefined) l.kind = 'patient-rate';
  }
  // A line of 「頻度」 the numbers do not tell from counts, or 「Follow-up」 none of whose values passes its N: counts.
  for (let k = lines.length - 1; k >= 0; k--) if (lines[k]!.kind === 'frequency' || lines[k]!.kind === 'maybe-duration') lines.splice(k, 1);
  // A duration with its unit whose every value is more than a life's length (「観察期間（年）」 5,000.0): no mean, median
  // or one patient's time, but a sum over patients — person-time (refuse6; the checker's judgement, said).
  for (const l of lines.filter((x) => x.kind === 'duration' && DURATION.test(normalise(x.label)))) {
    const life = lifeLength(normalise(l.label));
    const values = l.values.map(number);
    const least = Math.min(...values.filter((v) => v !== undefined));
    if (life === undefined || !Number.isFinite(least) || least <= life.length) continue;
    l.kind = 'exposure';
    l.reason = `どの値も ${fmt(least)}${life.unit} 以上で、1人の期間（平均・中央値）なら ${fmt(life.length)}${life.unit}（120年）を超えないため、患者の期間の和と読みました`;
  }
  const exposures = lines.filter((l) => l.kind === 'exposure');
  // A rate per a number alone (「per 1,000」) beside a line of person-time: per person-time (our judgement, said).
  for (const l of lines)
    if (l.kind === 'patient-rate' && !PER_PATIENTS.test(normalise(l.label)) && exposures.some((e) => e.axis === l.axis)) l.kind = 'rate';
  // 「発現率」「発生率」 with no unit beside a line of person-time: a rate per person-time (our judgement).
  for (const axis of ['cols', 'rows'] as const) {
    if (!exposures.some((e) => e.axis === axis)) continue;
    const labels = axis === 'cols' ? colLabels : rowLabels;
    labels.forEach((label, index) => {
      const t = normalise(withoutCi(label));
      if (lines.some((l) => l.axis === axis && l.index === index)) return;
      if (!RATE_WORD.test(t) || /%|％|割合|構成比/.test(t) || (axis === 'rows' && long(index))) return;
      lines.push({ axis, index, label, kind: 'rate', values: valuesAt(axis, index) });
    });
  }
  if (lines.length === 0) return out;
  const kindWord = (axis: 'rows' | 'cols') => (axis === 'cols' ? '列' : '行');
  const lineOf = (l: Line) => (l.axis === 'cols' ? header.line : records[l.index + 1]!.line);
  const place = (l: Line) => ({
    table,
    line: lineOf(l),
    ...(l.axis === 'cols' ? { col: l.label } : { row: l.label }),
  });

  // A duration that is not said to be a sum (「観察期間（日）」): a mean, a median or a sum, which the label does not tell.
  for (const d of lines.filter((l) => l.kind === 'duration')) {
    const w = kindWord(d.axis);
    out.errors.push({
      code: 'header/statistic',
      message:
        `${w}${quote(d.label)}は観察期間（日数・年数）のようで、患者数ではありません（チェッカーの判断${d.reason ? `：${d.reason}` : ''}）。` +
        `${DURATION.test(normalise(d.label)) ? '' : '見出しに期間の単位（日・月・年）もありません。'}` +
        'その期間が患者の期間の和（人年）か、平均・中央値か、見出しから分からないため、読みません。平均や中央値なら、全体と群ごとの値から群の人数が計算で分かることがあります',
      hint:
        `期間の和なら見出しを「観察期間（人年）」「総観察期間（日）」のように書くと、患者数から外して確かめます。平均・中央値なら、その${w}を除いた表を確かめ、統計量は別に審査を受けてください。` +
        `患者数なら見出しを「${quoted(normalise(d.label))}の患者数」「${quoted(normalise(d.label))}, n」のように書いてください`,
      place: place(d),
    });
  }
  /**
   * A line of rates read soundly (`RateReading`), or why not: a base line in the same axis (person-time, or the
   * patients for a rate per patients), a scale (written, or the one of 1,000, 100, 10,000, 100,000, 10, 1 the numbers
   * fit), and one or more lines of counts in the same axis such that in every position where a rate is printed, the
   * count and the base are printed and the rate is count × scale ÷ base within the rounding of both.
   */
  const readRate = (
    rate: Line,
    bases: { label: string; index: number; values: string[]; counts: boolean }[],
    unit: string,
    otherBases: { label: string; index: number; values: string[]; counts: boolean }[] = [],
  ): { rate?: RateReading; why: string; headerNs?: true } => {
    const w = kindWord(rate.axis);
    if (bases.length === 0) {
      // The Ns written over the other axis (「A群 (N=570)」 over a row 「死亡 (‰)」, denom30): the patients the rate is
      // of, where it is per patients — in the headers, not in a line the rate can be hidden with.
      const across = rate.axis === 'cols' ? rowLabels : colLabels;
      const ns = across.flatMap((l) => {
        const n = headerDenominator(l);
        return n === undefined ? [] : [`${quote(l)}の N=${n}`];
      });
      if (unit === '患者数' && ns.length > 0)
        return {
          why:
            `${unit}は${rate.axis === 'cols' ? '行' : '列'}の見出し（${ns.slice(0, 3).join('、')}${ns.length > 3 ? ` ほか ${ns.length - 3} 個` : ''}）にだけ書かれていて、` +
            `率と一緒に秘匿できる${unit}の${w}が表の中にありません（率 × N ÷ 率の単位でイベント数が分かります）。`,
          headerNs: true,
        };
      return { why: `表の中に、この率の${unit}の${w}がありません。` };
    }
    const printed = rate.values.map((v, k) => (rateNumber(v) ? k : -1)).filter((k) => k >= 0);
    const unread = rate.values.findIndex((v) => !blank(v) && rateNumber(v) === undefined);
    const across = rate.axis === 'cols' ? rowLabels : colLabels;
    if (unread >= 0) return { why: `${quote(across[unread]!)}の値${quote(normalise(rate.values[unread]!))}が率の数として読めません。` };
    if (printed.length === 0) return { why: '率の値がありません。' };
    const labels = rate.axis === 'cols' ? colLabels : rowLabels;
    const valuesOf = (index: number) => valuesAt(rate.axis, index);
    const lineOfIndex = (index: number) => (rate.axis === 'cols' ? header.line : records[index + 1]!.line);
    const written = scaleOf(rate.label);
    const rateTime = timeOf(rate.label);
    /**
     * The units tried over base `b`: the number written in the rate's label (else 1,000, 100, … a million, the base's
     * own number first), times the conversion from the rate's unit of time to the base's (a rate per 人年 over 人日:
     * 365 to 365.25) — each unit of time where a label does not state it. Per patients, the number alone.
     */
    const unitsOver = (b: { label: string; counts: boolean }): Scale[] => {
      const own = scaleOf(b.label);
      const numbers = written !== undefined ? [written] : [...new Set([...(own !== undefined ? [own] : []), ...POWERS])];
      if (b.counts) return scalesOf(numbers);
      const baseTime = timeOf(b.label);
      const baseTimes = baseTime ? [baseTime] : TIMES;
      const scales = scalesOf(numbers, { rate: rateTime ? [rateTime] : [...new Set([...baseTimes, ...TIMES])], base: baseTimes });
      // Person-time printed in thousands (「person-years (×1000)」「人年（千）」「PY ('000)」「千人年」, rates11): each value
      // is that many times the person-time, so the rate is count × unit ÷ (value × the multiple) — the unit read
      // divided by it, said in the equation (「1,000 ÷ 1,000」).
      const times = multipleOf(b.label);
      return times === undefined
        ? scales
        : scales.map((x) => ({
            ...x,
            lo: x.lo / times,
            hi: x.hi / times,
            words: `${x.words} ÷ ${fmt(times)}`,
            note: [x.note, `${quote(b.label)}の値は ${fmt(times)} 倍の単位`].filter(Boolean).join('、'),
          }));
    };
    /** The lines of counts the rate fits over base `b` at `scale` in every position that prints a rate. */
    const fitsAt = (b: (typeof bases)[number], scale: Scale, zeros: boolean): number[] =>
      labels.flatMap((_, e) => {
        if (e === rate.index || e === b.index || lines.some((l) => l.axis === rate.axis && l.index === e)) return [];
        const values = valuesOf(e);
        if (!values.every((v) => blank(v) || eventCount(v) !== undefined)) return [];
        const ok = printed.every((k) => {
          const [n, base] = [eventCount(values[k] ?? ''), rateNumber(bare(b.values[k] ?? ''))];
          return n !== undefined && base !== undefined && rateFits(rateNumber(rate.values[k]!)!, n, base, scale, b.counts);
        });
        // With no scale written, one fit where every count is 0 says nothing of the scale: not taken (`zeros` false).
        return ok && (zeros || written !== undefined || printed.some((k) => (eventCount(values[k] ?? '') ?? 0) > 0)) ? [e] : [];
      });
    const named = eventWordOf(rate.label);
    /**
     * Whether a fit of a rate naming no event can be trusted where the labels leave its unit or base open (rates5): a
     * rate of events the table does not print fits another line by chance under some unit tried (「発現率」 of 2 deaths
     * not printed, 0 per 1,000 人年 printed 「0」, fitted 入院数 per 10), and was published where that line's count
     * was — its own count with it. Trusted where a line it fits is one of events (`EVENTS`: the label agrees) and
     * some printed rate is not 0 to its precision (a line of 「0」 fits any count under a unit large enough). Where the
     * unit and base are written, the published rate's interval holds its line's published count whatever the rate is
     * of, and the fit is taken as before. Otherwise why not, said (our judgement). Only a label of a rate's words
     * (「発現率」「Incidence rate」「IR」「率」): 「施設あたり患者数」「入院回数/人」 name what they count.
     */
    const generic = RATE_WORD.test(normalise(withoutCi(rate.label))) || ENGLISH_RATE.test(normalise(withoutCi(rate.label)));
    const open = bases.length + otherBases.length > 1 || bases.some((b) => unitsOver(b).length > 1);
    const doubt = (b: (typeof bases)[number], scale: Scale, fit: number[]): string | undefined => {
      if (named !== undefined || !generic || !open) return undefined;
      // What the labels leave open: the unit, or (the unit written) the base among several lines of 人年 or 患者数.
      const left = unitsOver(b).length > 1 ? '単位も書かれていません' : '率の分母（人年・患者数の行・列）が一つに決まりません';
      const noUnit = unitsOver(b).length > 1 ? '見出しに率の単位がなく' : '率の分母が一つに決まらず';
      const lines = fit.map((e) => quote(labels[e]!)).join('');
      if (!fit.some((e) => EVENTS.test(normalise(labels[e]!)) && !PATIENTS.test(normalise(labels[e]!))))
        return (
          `見出しは何の率かを言っておらず、${left}。率が丸めの範囲で合う件数の${w}は${lines}で、イベント（発現・発生）の件数の${w}ではありません。` +
          `率の件数が表にない数でも、単位の取り方によって数がたまたま合うことがあり、そう読むと率からその件数が分かります（チェッカーの判断）。`
        );
      // A fit where every printed rate is 0 to its precision (「0」 over 3,693.9 人年 per 10: 0–184) says nothing of the
      // line: a rate of any count fits it under a unit large enough.
      const countsAt = (k: number) => countsOf(rateNumber(rate.values[k]!)!, rateNumber(bare(b.values[k] ?? ''))!, scale, b.counts);
      if (printed.some((k) => countsAt(k)[0]! > 0)) return undefined;
      const counts = countsAt(printed[0]!);
      return (
        `${noUnit}、どの${rate.axis === 'cols' ? '行' : '列'}の率も丸めると 0 で（${quote(across[printed[0]!]!)}では率 ${normalise(rate.values[printed[0]!]!).trim()} と${quote(b.label)}の ${normalise(b.values[printed[0]!] ?? '').trim()} から、単位 ${scale.words} で${DERIVED_COUNT}は ${fmt(counts[0]!)}〜${fmt(counts[counts.length - 1]!)}）、` +
        `率が${lines}の率であることは数からは確かめられません。率の件数が表にない数なら、単位の取り方によって率からその件数が分かることがあります（チェッカーの判断）。`
      );
    };
    let doubted: string | undefined;
    // The other bases the labels leave open (患者数 for 「発現率」 beside 人年) are tried for the rate's own reading too,
    // after its bases, where no fit under those could be trusted (rates5: 「発現率」 20 and 1 fitting 死亡数 per 1,000
    // 人年, and イベント数 per 100 patients).
    const tried = function* () {
      for (const b of bases) yield { b, unit };
      if (doubted !== undefined) for (const b of otherBases) yield { b, unit: '患者数' };
    };
    for (const { b, unit } of tried()) {
      for (const scale of unitsOver(b)) {
        const fit = fitsAt(b, scale, false);
        if (fit.length === 0) continue;
        const why = doubt(b, scale, fit);
        if (why !== undefined) {
          doubted ??= why;
          continue;
        }
        // A rate naming an event (「死亡率」) that fits only lines of other counts (イベント数): a fit by chance, not read.
        if (named !== undefined && !fit.some((e) => saysEvent(named, labels[e]!)))
          return {
            why:
              `見出しは${quote(named)}の率と言っていますが、率が丸めの範囲で合う件数の${w}は${fit.map((e) => quote(labels[e]!)).join('')}で、${quote(named)}の件数ではありません` +
              `（数がたまたま合ったと読みます。チェッカーの判断）。${quote(named)}の件数を同じ表に載せるか、率がその件数の率なら見出しを合わせてください。`,
          };
        // The lines the rate fits under another base or unit the labels leave open (adversary19): an attacker who
        // takes the rate for theirs (発現率 2.0 of イベント数 100 per 100 人年, where 死亡数 10 fits per 1,000) reads
        // their counts from it, so the rate is hidden with those too.
        const also = [...new Set([...bases, ...otherBases].flatMap((o) => unitsOver(o).flatMap((s) => fitsAt(o, s, true))))].filter(
          (e) => !fit.includes(e),
        );
        return {
          why: '',
          rate: {
            axis: rate.axis,
            label: rate.label,
            scale: scale.lo,
            scaleHi: scale.hi,
            scaleWords: scale.words,
            ...(scale.note !== undefined && { scaleNote: scale.note }),
            scaleWritten:
              (written !== undefined || scaleOf(b.label) !== undefined) &&
              (scale.note === undefined || (rateTime !== undefined && timeOf(b.label) !== undefined)),
            unit,
            events: fit.map((e) => ({ label: labels[e]!, line: lineOfIndex(e) })),
            also: also.map((e) => ({ label: labels[e]!, line: lineOfIndex(e) })),
            base: { label: b.label, line: lineOfIndex(b.index), counts: b.counts },
            positions: across.map((label, k) => ({
              label,
              line: rate.axis === 'cols' ? records[k + 1]!.line : header.line,
              text: normalise(rate.values[k] ?? '').trim(),
              base: normalise(b.values[k] ?? '').trim(),
            })),
            line: lineOfIndex(rate.index),
            ...(rate.reason !== undefined && { reason: rate.reason }),
          },
        };
      }
    }
    if (doubted !== undefined)
      return {
        why:
          doubted +
          `率の単位を見出しに「${quoted(normalise(withoutCi(rate.label)))}${/^[\x20-\x7e]+$/.test(normalise(withoutCi(rate.label))) ? ' per 1,000 PY' : '（/1,000人年）'}」のように書き、率の件数の${w}を「イベント数」のように同じ表に載せてください。`,
      };
    // No unit of time in the rate's label over person-time (rates10): the units tried said, and where the numbers fit
    // a line per person-week — which is not tried (rates7: trying weeks where no unit is written read more rates by
    // chance) — said so, with the label to write. Main said only that no line fits.
    const timed = bases.filter((b) => !b.counts);
    let weeks = '';
    if (rateTime === undefined && timed.length > 0) {
      for (const b of timed) {
        const baseTimes = timeOf(b.label) ? [timeOf(b.label)!] : TIMES;
        const numbers = written !== undefined ? [written] : POWERS;
        for (const scale of scalesOf(numbers, { rate: ['week'], base: baseTimes })) {
          const fit = fitsAt(b, scale, false);
          if (fit.length === 0) continue;
          weeks =
            `人週あたりの率と読めば${fit.map((e) => quote(labels[e]!)).join('')}に丸めの範囲で合いますが（単位 ${scale.words}${scale.note ? `、${scale.note}` : ''}。チェッカーの判断）、` +
            `見出しに単位のない率を人週あたりと読むと、ほかの件数にたまたま合う率が増えるため、人週は見出しに「${quoted(normalise(withoutCi(rate.label)))}${/^[\x20-\x7e]+$/.test(normalise(withoutCi(rate.label))) ? ' per 1,000 person-weeks' : '（/1,000人週）'}」のように書かれたときだけ試します。`;
          break;
        }
        if (weeks) break;
      }
    }
    const triedWords =
      rateTime === undefined && timed.length > 0
        ? `見出しに率の単位の期間がないため、人年・人月・人日あたりの${written !== undefined ? ` ${fmt(written)} ` : '単位（1,000、100、10,000 など）'}を試しました。`
        : '';
    return {
      why:
        `${triedWords}${weeks}` +
        `どの${rate.axis === 'cols' ? '行' : '列'}でも率が「イベント数 × 単位 ÷ ${unit}」に丸めの範囲で合う件数の${w}が、表の中に見つかりません（率がどの数のものか読めません）。`,
    };
  };
  for (const rate of lines.filter((l) => l.kind === 'rate' || l.kind === 'patient-rate')) {
    const perPatients = rate.kind === 'patient-rate';
    // What the rate is per: the line of person-time, or of the patients (患者数) for a rate per patients.
    const patients = (rate.axis === 'cols' ? colLabels : rowLabels).findIndex((l) => PATIENTS.test(normalise(l)));
    const exposure = perPatients
      ? patients < 0
        ? undefined
        : {
            label: (rate.axis === 'cols' ? colLabels : rowLabels)[patients]!,
            values: valuesAt(rate.axis, patients),
          }
      : exposures.find((e) => e.axis === rate.axis);
    // A rate per a number of something other than patients (「per 1,000 admissions」「1,000入院あたり」): per that.
    const word = perPatients ? perWordOf(rate.label) : undefined;
    const base =
      word === undefined
        ? exposure
        : (() => {
            const labels = rate.axis === 'cols' ? colLabels : rowLabels;
            const at = labels.findIndex(
              (l, k) => k !== rate.index && normalise(l).toLowerCase().includes(word.toLowerCase().replace(/s$/, '')),
            );
            return at < 0
              ? undefined
              : {
                  label: labels[at]!,
                  values: valuesAt(rate.axis, at),
                };
          })();
    const unit = word !== undefined ? `${quote(word)}の数` : perPatients ? '患者数' : '人年';
    const w = kindWord(rate.axis);
    const across = rate.axis === 'cols' ? '行' : '列';
    const acrossLabels = rate.axis === 'cols' ? rowLabels : colLabels;
    // Read soundly where the numbers allow (`readRate`): set aside as a derived line, hidden with its count.
    const baseIndex = (() => {
      if (!base) return -1;
      const labels = rate.axis === 'cols' ? colLabels : rowLabels;
      return labels.findIndex((l, k) => k !== rate.index && l === base.label);
    })();
    const bases: { label: string; index: number; values: string[]; counts: boolean }[] = perPatients
      ? base && baseIndex >= 0
        ? [{ label: base.label, index: baseIndex, values: base.values, counts: true }]
        : []
      : exposures.filter((e) => e.axis === rate.axis).map((e) => ({ label: e.label, index: e.index, values: e.values, counts: false }));
    // A rate whose label names no unit of person-time (「発現率」 beside 人年, read as per person-time by our judgement)
    // may be read per patients as well (20.0 of 100 events in 500 patients): its count is looked for over the line of
    // 患者数 too (`also`).
    const t = normalise(rate.label);
    const patientsToo =
      !perPatients && patients >= 0 && !PERSON_TIME.test(t) && !PY.test(t) && !PER_UNIT.test(t) && scaleOf(rate.label) === undefined
        ? [
            {
              label: (rate.axis === 'cols' ? colLabels : rowLabels)[patients]!,
              index: patients,
              values: valuesAt(rate.axis, patients),
              counts: true,
            },
          ]
        : [];
    const reading = readRate(rate, bases, unit, patientsToo);
    if (reading.rate) {
      out.rates.push(reading.rate);
      continue;
    }
    // The equation with the user's numbers: rate × person-time ÷ scale, where it gives an event count the table prints.
    let example = '';
    const scale = scaleOf(rate.label) ?? (base ? scaleOf(base.label) : undefined);
    const events = (rate.axis === 'cols' ? colLabels : rowLabels)
      .map((label, index) => ({ label, index }))
      .filter(({ label, index }) => EVENTS.test(label) && !lines.some((l) => l.axis === rate.axis && l.index === index));
    if (base && scale !== undefined) {
      for (let k = 0; k < rate.values.length && example === ''; k++) {
        const [r, p] = [rate.values[k]!, base.values[k]!].map((v) => normalise(v));
        if (!PLAIN_NUMBER.test(r!) || !PLAIN_NUMBER.test(p!)) continue;
        const [rv, pv] = [Number(r!.replace(/,/g, '')), Number(p!.replace(/,/g, ''))];
        const product = (rv * pv) / scale;
        // The rate's rounding: half a unit of its last digit, times the person-time.
        const decimals = r!.split('.')[1]?.length ?? 0;
        const slack = (0.5 * 10 ** -decimals * pv) / scale;
        for (const e of events) {
          const text = normalise(
            rate.axis === 'cols' ? (records[k + 1]!.fields[e.index + 1] ?? '') : (records[e.index + 1]!.fields[k + 1] ?? ''),
          );
          // A count, or a count and its share joined (「13 (10.8%)」, layout.ts).
          const count = /^(\d+)(?:\s*[(（].*)?$/.exec(text)?.[1];
          if (count === undefined) continue;
          if (Math.abs(Number(count) - product) <= slack + 1e-9) {
            example =
              `${across}${quote(acrossLabels[k]!)}では ${r} × ${p} ÷ ${fmt(scale)} = ${fmt(Math.round(product * 1000) / 1000)}（${DERIVED_COUNT}）で、` +
              `${w}${quote(e.label)}の ${count} と丸めの範囲で一致します。`;
            break;
          }
        }
      }
    }
    out.errors.push({
      code: 'header/rate',
      message:
        `${w}${quote(rate.label)}は${unit}あたりの率のようで（チェッカーの判断${!perPatients && exposure && scaleOf(rate.label) === undefined ? `：同じ表に人年の${w}${quote(exposure.label)}があるため` : rate.reason ? `：見出しは率と言っていませんが、${rate.reason}` : ''}）、患者数として確かめられません。` +
        `率に${unit}を掛けるとイベント数に戻ります（率 × ${unit} ÷ 率の単位の${unit} = イベント数）。${example}` +
        `${reading.why}そのため、率をイベント数から決まる値として読み、イベント数と一緒に秘匿することができません`,
      hint: perPatients
        ? `${rate.reason ? `件数なら見出しを「${quoted(normalise(rate.label))}（例数）」「${quoted(normalise(rate.label))}, n」のように書いてください。` : ''}${
            reading.headerNs
              ? `見出しの N の割合（パーミル・パーセント）なら、セルを「3 (5.3‰)」「3 (0.53%)」のように件数と一つに書くか「5.3‰」と単位を付けて書くと、見出しの N の割合として件数とあわせて確かめます。率なら、`
              : ''
          }率の${w}を除いた表（患者数・イベント数）を確かめてください。秘匿したイベント数の率は、患者数と並べても、患者数を別に公表しても、イベント数が分かるので公表できません。割合なら「3 (2.5%)」のように件数と一つのセルに書くと、件数とあわせて確かめます`
        : `率の${w}を除いた表（患者数・イベント数${exposure ? '・人年' : ''}）を確かめてください。人年は患者数でないため確かめの対象から外して読みます。` +
          '秘匿したイベント数の率は、人年と並べても、人年を別に公表しても、イベント数が分かるので公表できません。公表するイベント数の率だけを、別に審査を受けて載せてください',
      place: place(rate),
    });
  }
  if (out.errors.length > 0) return out;

  // Person-time and the rates read: set aside and said.
  const rateLines = lines.filter(
    (l) => (l.kind === 'rate' || l.kind === 'patient-rate') && out.rates.some((r) => r.axis === l.axis && r.label === l.label),
  );
  const drop = new Set([...exposures, ...rateLines].map((e) => `${e.axis}:${e.index}`));
  const kept = out.records
    .filter((_, k) => k === 0 || !drop.has(`rows:${k - 1}`))
    .map((r) => ({ ...r, fields: r.fields.filter((_, k) => k === 0 || !drop.has(`cols:${k - 1}`)) }));
  const left = kept.length > 1 && kept[0]!.fields.length > 1;
  if (!left) {
    out.errors.push({
      code: 'header/person-time',
      message: `表${table}には人年（観察期間の和）の${exposures.map((e) => `${kindWord(e.axis)}${quote(e.label)}`).join('')}のほかに患者数がなく、確かめる数がありません（チェッカーの判断）`,
      hint: '人年は患者数でないため確かめません。患者数・イベント数と並べた表を貼り付けてください',
      place: place(exposures[0]!),
    });
    return out;
  }
  out.records = kept;
  for (const r of out.rates) {
    const w = kindWord(r.axis);
    const across = r.axis === 'cols' ? '行' : '列';
    const events = r.events.map((e) => `${w}${quote(e.label)}`).join('・');
    out.warnings.push({
      code: 'layout/rate',
      message:
        `表${table}: ${w}${quote(r.label)}は、${events}のイベント数の${w}${quote(r.base.label)}（${r.unit}）あたりの率（率 ＝ イベント数 × ${r.scaleWords} ÷ ${r.unit}${r.scaleNote !== undefined ? `。${r.scaleNote}として` : ''}）と読みました` +
        `（チェッカーの判断：${r.reason !== undefined ? `見出しは率と言っていませんが、${r.reason}。また、` : ''}率を載せたどの${across}でも、この式の値が丸めの範囲で率に合うため${r.scaleWritten ? '' : `。見出しに率の単位がないため、合う単位 ${r.scaleWords} と読みました`}）。` +
        `率はイベント数と${r.unit}から決まる値なので、患者数として確かめる数からは外し、率 × ${r.unit} ÷ ${divisor(r.scaleWords)} でイベント数が分かることから、` +
        `イベント数を秘匿する${across}では率も秘匿します${r.base.counts ? `（${r.unit}を秘匿する${across}でも、率とイベント数から${r.unit}が分かるので同じです）` : ''}。` +
        (r.also.length > 0
          ? `率は、単位や分母（人年・患者数）の取り方を変えると${r.also.map((e) => `${w}${quote(e.label)}`).join('・')}の数の率とも丸めの範囲で合い、そう読む人はその数を率から計算できるため、その数を秘匿する${across}でも率を秘匿します（チェッカーの判断）。単位は見出しに「発現率（/1,000人年）」のように書いてください。`
          : '') +
        `秘匿する率は公表用の表に X で示します` +
        (r.reason !== undefined
          ? `。件数なら見出しを「${quoted(normalise(r.label))}（例数）」「${quoted(normalise(r.label))}, n」のように書いてください`
          : ''),
      place: { table, line: r.line, ...(r.axis === 'cols' ? { col: r.label } : { row: r.label }) },
    });
  }
  if (exposures.length === 0) return out;
  out.exposures = exposures.map((e) => ({
    axis: e.axis,
    label: e.label,
    values: e.values.map((text, k) =>
      e.axis === 'cols'
        ? { line: records[k + 1]!.line, label: rowLabels[k]!, text }
        : { line: records[e.index + 1]!.line, label: colLabels[k]!, text },
    ),
  }));
  const sums = exposures.filter((e) => e.reason !== undefined).map((e) => `：${kindWord(e.axis)}${quote(e.label)}は${e.reason}`);
  out.warnings.push({
    code: 'layout/person-time',
    message:
      `表${table}: ${exposures.map((e) => `${kindWord(e.axis)}${quote(e.label)}`).join('')}は人年（患者数ではなく観察期間の和）と読み、患者数として確かめる数から外しました（チェッカーの判断${sums.join('')}）。` +
      '人年だけから秘匿したイベント数は分かりませんが、人年あたりの率（発現率など）と並べると、率 × 人年でイベント数が分かります。秘匿したイベント数の率は公表しないでください（表の率の' +
      '列・行を読んだときは、秘匿する率を公表用の表に X で示します）。' +
      '人年は秘匿の対象ではないため、公表用の表には載せていません（書いたとおりに載せて構いません）',
    place: place(exposures[0]!),
  });
  return out;
}

/** redh64: the sets of lines `joinLineShares`' leftOut tries before it says it could not search them all. */
const LEFT_OUT_WORK = 20_000;

/** cut74: how a reader takes a share line's printed values — all rounded to nearest, or all cut off (truncated). */
type Convention = 'rounded' | 'cut';
const CONVENTIONS: readonly Convention[] = ['rounded', 'cut'];

/** A header of shares: 「発現割合（%）」「%」「割合」「Proportion」. */
const SHARE_LABEL = /%|割合|パーセント|percent|proportion/i;

/**
 * A share column (row) beside its count column whose base is the same row's 患者数 (「イベント数」「発現割合（%）」 over
 * 3 and 2.5 with 患者数 120): joined into one column of 「3 (2.5%)」 where, in every row, the share is the count's
 * share of the row's 患者数 within the share's rounding — the checker's judgement, said (`layout/share`). layout.ts
 * joins such a pair where both headers share their words (「発現例数」「発現割合（%）」); this reads the others, which
 * were refused as counts and shares in separate cells (`table/mixed`) or shares without their mark.
 */
export function joinShares(
  records: readonly CsvRecord[],
  table: number,
  threshold = 10,
): { records: CsvRecord[]; warnings: Warning[]; errors?: InputError[]; lineShares?: LineShare[]; rates?: RateReading[] } {
  let recs = [...records];
  const warnings: Warning[] = [];
  const lineShares: LineShare[] = [];
  /** rates66: rate lines set aside by `joinLineShares` (a rate over the 合計 that fits it less a small line too). */
  const rates: RateReading[] = [];
  if (recs.length < 2) return { records: recs, warnings };
  for (const axis of ['cols', 'rows'] as const) {
    const { labels, values } = axisLines(recs, axis);
    const patients = labels.findIndex((l) => PATIENTS.test(normalise(l)));
    if (patients < 0) {
      const own = joinLineShares(recs, axis, table, threshold);
      if (own && 'error' in own) return { records: recs, warnings, errors: [own.error] };
      if (own) {
        recs = own.records;
        warnings.push(...own.warnings);
        lineShares.push(...own.shares);
        rates.push(...own.rates);
      }
      continue;
    }
    const ns = values(patients).map((v) => (/^\d+$/.test(normalise(v)) ? Number(normalise(v)) : undefined));
    const pairs: [number, number][] = [];
    for (let k = 0; k + 1 < labels.length; k++) {
      if (k === patients || k + 1 === patients) continue;
      const [countLabel, shareLabel] = [normalise(labels[k]!), normalise(labels[k + 1]!)];
      if (!SHARE_LABEL.test(shareLabel) || SHARE_LABEL.test(countLabel) || kindOf(labels[k + 1]!) || kindOf(labels[k]!)) continue;
      const counts = values(k);
      const shares = values(k + 1);
      let any = false;
      const fits = counts.every((cv, i) => {
        const c = normalise(cv);
        const s = normalise(shares[i]!).replace(/%$/, '').trim();
        if (c === '' && s === '') return true;
        const n = ns[i];
        if (!/^\d+$/.test(c) || !/^\d+(?:\.\d+)?$/.test(s) || n === undefined || n === 0) return false;
        const d = s.split('.')[1]?.length ?? 0;
        any = true;
        return Math.abs(Number(s) - (100 * Number(c)) / n) <= 0.5 * 10 ** -d + 1e-9;
      });
      if (fits && any) {
        pairs.push([k, k + 1]);
        k++;
      }
    }
    if (pairs.length === 0) continue;
    const joined = (c: string, s: string) => {
      const [cn, sn] = [normalise(c), normalise(s).replace(/%$/, '').trim()];
      return cn === '' ? s : sn === '' ? c : `${cn} (${sn}%)`;
    };
    recs = joinLines(recs, axis, new Map(pairs.map(([c, s]) => [c, [s]])), (c, [s]) => joined(c, s!));
    const w = axis === 'cols' ? '列' : '行';
    const across = axis === 'cols' ? '行' : '列';
    warnings.push({
      code: 'layout/share',
      message:
        `表${table}: ${pairs.map(([c, s]) => `${w}${quote(labels[c]!)}と${w}${quote(labels[s]!)}`).join('、')}を「3 (2.5%)」のように一つの${w}につなげて読みました` +
        `（チェッカーの判断：どの${across}でも、割合が同じ${across}の${quote(labels[patients]!)}に対する件数の割合に丸めの範囲で合うため）。割合は件数とあわせて確かめ、件数を秘匿するセルでは割合も秘匿します`,
      place: { table, line: axis === 'cols' ? records[0]!.line : records[pairs[0]![0] + 1]!.line },
    });
  }
  return { records: recs, warnings, ...(lineShares.length > 0 && { lineShares }), ...(rates.length > 0 && { rates }) };
}

/** redh64: a rate line joined by `joinLineShares`, kept to be tried over the lines of the other tables (`sharesOverOtherLines`). */
export interface LineShare {
  table: number;
  axis: 'rows' | 'cols';
  count: string;
  share: string;
  /** The record line of the share line (its header row where a column). */
  line: number;
  /** The labels across, the count, the rate as printed and the base read, at each position. */
  across: string[];
  counts: number[];
  rates: string[];
  base: number[];
  baseWords: string;
}

/**
 * formats62: a share line (「死亡率（%）」「割合（%）」) beside lines of counts and no line of patients — its base the
 * lines' 合計 (a total line of the same axis) or, with none, the lines' sum (「死亡」「生存」「死亡率（%）」 over 6, 114,
 * 5.0). Joined to its count line as 「6 (5.0%)」 where, at every position across, the share is that count's share of
 * the base within the share's rounding (the rate × N a whole count) — the checker's judgement, said (`layout/share`).
 * Its count line is the one line whose label says the event the rate names (`eventWordOf`, refuse4), else the line
 * just before it. Every other line must be whole counts (no means beside: no sum of them is a base). A share that
 * fits nothing stays refused as before (`cell/percent-unmarked`, `table/mixed`). The share is hidden with its count.
 * rates66/rates69: a rate fitting as well its base less a set of lines it would bound under the threshold is set
 * aside as a `RateReading` over the 合計 line or, with none, over the lines' sum (said as our estimate), hidden
 * wherever a count of its position (or the 合計) is.
 */
function joinLineShares(
  recs: readonly CsvRecord[],
  axis: 'rows' | 'cols',
  table: number,
  threshold: number,
): { records: CsvRecord[]; warnings: Warning[]; shares: LineShare[]; rates: RateReading[] } | { error: InputError } | undefined {
  const { labels, values } = axisLines(recs, axis);
  const whole = (v: string) => /^\d+$/.test(normalise(v));
  const isShare = (k: number) => SHARE_LABEL.test(normalise(labels[k]!));
  const shareLines = labels.flatMap((l, k) => (isShare(k) && !kindOf(l) ? [k] : []));
  if (shareLines.length === 0) return undefined;
  const totals = labels.flatMap((l, k) => (isTotalLabel(l) ? [k] : []));
  if (totals.length > 1) return undefined;
  const total = totals[0];
  const others = labels.map((_, k) => k).filter((k) => k !== total && !isShare(k));
  const counts = others.filter((k) => !kindOf(labels[k]!) && labels[k] !== '' && values(k).every((v) => whole(v)));
  if (counts.length < 2 || counts.length !== others.length) return undefined;
  if (total !== undefined && !values(total).every((v) => whole(v))) return undefined;
  const width = values(counts[0]!).length;
  const base = Array.from({ length: width }, (_, i) =>
    total !== undefined ? Number(normalise(values(total)[i]!)) : counts.reduce((a, k) => a + Number(normalise(values(k)[i]!)), 0),
  );
  /**
   * redd62: the rate read over the base may as well be over the base less some other count lines (「追跡不能を除く」
   * 「評価可能例」): where that smaller base fits the rate within its rounding at every position too, the reader who
   * takes it bounds those lines from the count and the rate (N' = base − their sum). The lines left out (a set of the
   * other count lines), the position and the bound on their cells under the threshold (the lines' cells at or over it
   * taken as published, the rest as hidden) where one is shown under the threshold; else none. redh64: every other
   * line (redd62 tried the first 12 only, a line left out past the 12th was read and leaked), the sets searched depth
   * first, a line kept only while the set's sum stays within what the rate leaves (base − the smallest base) at every
   * position; a search past `LEFT_OUT_WORK` sets is `unsearched` (refused in words: not proved either way).
   * cut74: under one convention `conv` — the shares all rounded to nearest, or all cut off (truncated: 100·c ÷ N' in
   * [p, p + 10⁻ᵈ)). A reader takes one convention for the whole line, so each is searched apart, its own bases and its
   * own bound (oracle74's hull of both bases widened the room the rounded bound is taken from: never merged).
   */
  const leftOut = (c: number, s: number, at?: number, conv: Convention = 'rounded') => {
    // oracle74: the positions the set must fit at (one alone: `at`).
    const P = at === undefined ? Array.from({ length: width }, (_, i) => i) : [at];
    const rest = counts.filter((k) => k !== c);
    const num = (k: number, i: number) => Number(normalise(values(k)[i]!));
    const fitsAt = values(c).map((_, i) => {
      const sv = normalise(values(s)[i] ?? '')
        .replace(/%$/, '')
        .trim();
      const d = sv.split('.')[1]?.length ?? 0;
      return conv === 'rounded' ? roundedBases(num(c, i), Number(sv), d, 1e-9, 0) : cutBases(num(c, i), Number(sv), d);
    });
    // What the lines left out may sum to at each position: base − hi … base − lo.
    const room = fitsAt.map((f, i) => base[i]! - f.lo);
    const need = fitsAt.map((f, i) => base[i]! - f.hi);
    // A line with a cell over the room at some position is in no set that fits.
    const usable = rest.filter((k) => P.every((i) => num(k, i) <= room[i]!));
    const sum = Array.from({ length: width }, () => 0);
    const chosen: number[] = [];
    let work = 0;
    let found: { lines: number[]; at: number; bound: [number, number] } | { unsearched: number[]; bases: [number, number] } | undefined;
    const bounds = () => {
      for (const i of P) {
        const small = chosen.reduce((a, k) => a + (num(k, i) < threshold ? num(k, i) : 0), 0);
        const most = base[i]! - fitsAt[i]!.lo - (sum[i]! - small);
        if (small > 0 && most < threshold)
          return {
            lines: [...chosen],
            at: i,
            bound: [Math.max(0, base[i]! - fitsAt[i]!.hi - (sum[i]! - small)), most] as [number, number],
          };
      }
      return undefined;
    };
    // What the lines from the b-th on add at most at each position: all their cells, those at or over the threshold, the
    // small ones (a set is found only where its cells at or over the threshold come within the threshold of the room).
    const large = (k: number, i: number) => (num(k, i) >= threshold ? num(k, i) : 0);
    const after = (f: (k: number, i: number) => number) =>
      usable.reduceRight((acc, k) => [acc[0]!.map((x, i) => x + f(k, i)), ...acc], [Array.from({ length: width }, () => 0)]);
    const [allAfter, largeAfter, smallAfter] = [after(num), after(large), after((k, i) => num(k, i) - large(k, i))];
    const hopeful = (from: number) =>
      P.every((i) => sum[i]! + allAfter[from]![i]! >= need[i]!) &&
      P.some((i) => {
        const x = sum[i]!;
        const big = chosen.reduce((a, k) => a + large(k, i), 0);
        return big + largeAfter[from]![i]! > room[i]! - threshold && (x > big || smallAfter[from]![i]! > 0);
      });
    // A set's future depends only on where it stands (its sums, and its cells at or over the threshold, at each
    // position): a standing already searched from the same line on is not searched again.
    const seen = new Set<string>();
    const visit = (from: number): void => {
      if (chosen.length > 0 && P.every((i) => sum[i]! >= need[i]!)) found = bounds();
      if (found !== undefined || !hopeful(from)) return;
      const key = `${from}|${sum.join(',')}|${sum.map((_, i) => chosen.reduce((a, k) => a + large(k, i), 0)).join(',')}`;
      if (seen.has(key)) return;
      seen.add(key);
      for (let b = from; b < usable.length && found === undefined; b++) {
        const k = usable[b]!;
        if (P.some((i) => sum[i]! + num(k, i) > room[i]!)) continue;
        if (++work > LEFT_OUT_WORK) {
          // The lines whose small cells some set might bound, and the bases the rate fits at the first position.
          const smalls = usable.filter((k) => P.some((i) => num(k, i) > 0 && num(k, i) < threshold));
          const i0 = P[0]!;
          found = { unsearched: smalls, bases: [Math.max(fitsAt[i0]!.lo, 0), Math.min(fitsAt[i0]!.hi, base[i0]!)] };
          return;
        }
        sum.forEach((x, i) => (sum[i] = x + num(k, i)));
        chosen.push(k);
        visit(b + 1);
        chosen.pop();
        sum.forEach((x, i) => (sum[i] = x - num(k, i)));
      }
    };
    visit(0);
    return found;
  };
  const pairs: [number, number][] = [];
  for (const s of shareLines) {
    const named = eventWordOf(labels[s]!);
    // Of the lines saying the event, the one named exactly where several say it (「再発率」: 「再発」, not 「無再発」).
    const saying = named !== undefined ? counts.filter((k) => saysEvent(named, labels[k]!)) : counts.filter((k) => k === s - 1);
    const exact = saying.filter((k) => normalise(labels[k]!) === named);
    const of = saying.length > 1 && exact.length === 1 ? exact : saying;
    if (of.length !== 1 || pairs.some(([c]) => c === of[0])) continue;
    const c = of[0]!;
    const shares = values(s);
    let any = false;
    const fits = values(c).every((cv, i) => {
      const sv = normalise(shares[i] ?? '')
        .replace(/%$/, '')
        .trim();
      if (sv === '') return false;
      const n = base[i]!;
      if (!/^\d+(?:\.\d+)?$/.test(sv) || !(n > 0)) return false;
      const d = sv.split('.')[1]?.length ?? 0;
      any = true;
      return Math.abs(Number(sv) - (100 * Number(normalise(cv))) / n) <= 0.5 * 10 ** -d + 1e-9;
    });
    if (fits && any) pairs.push([c, s]);
  }
  if (pairs.length === 0) return undefined;
  const [w, across] = axis === 'cols' ? ['列', '行'] : ['行', '列'];
  /**
   * review72: each rate set aside, by how its readings were searched: `searched` (the lines left out that bound a small
   * count at `at` to `bound`), or `unsearched` past LEFT_OUT_WORK (`lines` the lines whose small cells some set might
   * bound, `bases` the bases the rate fits at the first position).
   */
  type Aside =
    | { kind: 'searched'; c: number; s: number; lines: number[]; at: number; bound: [number, number]; alone: boolean; conv: Convention }
    | { kind: 'unsearched'; c: number; s: number; lines: number[]; bases: [number, number] };
  const aside: Aside[] = [];
  for (const [c, s] of pairs) {
    // oracle74: a set that fits at one position alone is a reading too — the rate may be hidden where the set does not
    // fit (its count hidden), and a reader sees the rate only where it is published; a set fitting at every position first.
    // cut74: each convention a reading of its own (rounded first, every position then each alone; then cut off the
    // same way), never their bounds merged.
    let left: ReturnType<typeof leftOut>;
    let conv: Convention = 'rounded';
    let alone = false;
    for (const k of CONVENTIONS) {
      if (left !== undefined) break;
      conv = k;
      left = leftOut(c, s, undefined, k);
      alone = left === undefined;
      for (let i = 0; left === undefined && width > 1 && i < width; i++) left = leftOut(c, s, i, k);
    }
    if (left === undefined) continue;
    if ('unsearched' in left) {
      // rates70: past LEFT_OUT_WORK no longer refused. Set aside all the same (hidden wherever a count of its position
      // is, or its 合計): where every count of a position is published, every reading's base is a sum of published
      // counts and the share gives back nothing hidden; beside a hidden count it is published only where check.ts
      // `lineShareRows` (its own readings, bounded apart) proves every reading protects. Said, not passed.
      aside.push({ kind: 'unsearched', c, s, lines: left.unsearched, bases: left.bases });
      continue;
    }
    const { lines, at, bound } = left;
    // rates66: with a 合計 line, the rate is set aside as a rate over it (hidden where a count of its position is).
    // rates69: with none, over the lines' sum (the 合計 implied) the same way, hidden wherever a count of its position
    // is — every count line is in the sum, so a rate published where all of them are gives back none hidden.
    aside.push({ kind: 'searched', c, s, lines, at, bound, alone, conv });
  }
  const joined = (c: string, s: string) => `${normalise(c)} (${normalise(s).replace(/%$/, '').trim()}%)`;
  const asideOf = new Set(aside.map((a) => a.c));
  // rates66: a rate set aside is taken out of the records (its count line kept as it is).
  const records = joinLines(recs, axis, new Map(pairs.map(([c, s]) => [c, [s]])), (c, [s], k) => (asideOf.has(k) ? c : joined(c, s!)));
  const baseWords =
    total !== undefined
      ? `同じ${across}の${quote(labels[total]!)}`
      : `同じ${across}の${counts.map((k) => quote(labels[k]!)).join('・')}の和`;
  const acrossLabels =
    axis === 'cols' ? recs.slice(1).map((r) => normalise(r.fields[0] ?? '')) : recs[0]!.fields.slice(1).map((f) => normalise(f));
  const shares = pairs.map(([c, s]) => ({
    table,
    axis,
    count: labels[c]!,
    share: labels[s]!,
    line: axis === 'cols' ? recs[0]!.line : recs[s + 1]!.line,
    across: acrossLabels.slice(0, width),
    counts: values(c).map((v) => Number(normalise(v))),
    rates: values(s).map((v) => normalise(v).replace(/%$/, '').trim()),
    base,
    baseWords: total !== undefined ? quote(labels[total]!) : counts.map((k) => quote(labels[k]!)).join('・') + 'の和',
  }));
  // rates66: each rate set aside, a rate over the 合計 hidden wherever a count of its position is (or the 合計 is).
  const lineOf = (k: number) => (axis === 'cols' ? recs[0]!.line : recs[k + 1]!.line);
  // rates69: the base as the messages name it, the 合計 line or (none printed) the count lines' sum.
  const sumWords =
    counts.length <= SUM_NAMED
      ? counts.map((k) => quote(labels[k]!)).join('・')
      : `${counts
          .slice(0, SUM_NAMED - 1)
          .map((k) => quote(labels[k]!))
          .join('・')}ほか${counts.length}${w}`;
  const baseOf = total !== undefined ? quote(labels[total]!) : `${sumWords}の和`;
  const rates: RateReading[] = aside.map(({ c, s }) => ({
    axis,
    label: labels[s]!,
    scale: 100,
    scaleHi: 100,
    scaleWords: '100',
    scaleWritten: true,
    unit: baseOf,
    events: [{ label: labels[c]!, line: lineOf(c) }],
    also: counts.filter((k) => k !== c).map((k) => ({ label: labels[k]!, line: lineOf(k) })),
    // rates69: no 合計 line, the base the lines' sum (no line of its own: the rate is hidden with every count line).
    base:
      total !== undefined
        ? { label: labels[total]!, line: lineOf(total), counts: true }
        : { label: `${sumWords}の和`, line: lineOf(s), counts: false },
    lineShare: true,
    positions: values(s)
      .slice(0, width)
      .map((v, i) => ({
        label: acrossLabels[i]!,
        line: axis === 'cols' ? recs[i + 1]!.line : recs[0]!.line,
        text: normalise(v).trim(),
        base: total !== undefined ? normalise(values(total)[i] ?? '').trim() : String(base[i]!),
      })),
    line: lineOf(s),
  }));
  const asideWarnings: Warning[] = aside.map((a) => {
    const { c, s, lines } = a;
    if (a.kind === 'unsearched') {
      const first = quote(normalise(recs[axis === 'cols' ? 1 : 0]!.fields[axis === 'cols' ? 0 : 1] ?? ''));
      return {
        code: 'layout/share',
        message:
          `表${table}: ${w}${quote(labels[s]!)}は、${w}${quote(labels[c]!)}の数の、${total !== undefined ? baseOf : `同じ${across}の${baseOf}（合計の${w}がないので${w}の和を合計と推定しました）`}に対する割合と読めますが、` +
          `丸めの範囲が広く、分母は${first}では ${a.bases[0]}〜${a.bases[1]} のどれとも読めます。そこからほかの${w}のいくつかを除いた数を分母とする読み方を ${LEFT_OUT_WORK.toLocaleString('en-US')} 通り調べたところで打ち切りました。` +
          `${w}${lines.map((k) => quote(labels[k]!)).join('・')}の閾値 ${threshold} 未満の数が割合から分かる読み方がないとは確かめきれないため（チェッカーの判断）、` +
          `割合は件数から外して${total !== undefined ? baseOf : `${w}の和`}に対する率として読み、同じ${across}の数${total !== undefined ? `（${baseOf}を含む）` : ''}をひとつでも秘匿するところでは割合も秘匿します。` +
          `秘匿する数の隣で公表するのは、どの読み方でも秘匿の要件が保たれることを監査で確かめたところだけです（チェッカーの判断）。` +
          `割合をすべて公表するには、割合の分母の${w}（「患者数」「評価可能例数」など）を表に加えるか、割合を小数第1位まで書いてください`,
        place: { table, line: lineOf(s) },
      };
    }
    const { at, bound, alone, conv } = a;
    // cut74: a reading that fits only with the shares cut off (truncated) is said as such.
    const fit = conv === 'cut' ? '（割合を四捨五入ではなく切り捨てて書いたと読めば）' : '丸めの範囲で';
    const cellAt = (k: number) => Number(normalise(values(k)[at]!));
    const small = lines.filter((k) => cellAt(k) > 0 && cellAt(k) < threshold);
    const where = quote(normalise(recs[axis === 'cols' ? at + 1 : 0]!.fields[axis === 'cols' ? 0 : at + 1] ?? ''));
    return {
      code: 'layout/share',
      message:
        (alone
          ? `表${table}: ${w}${quote(labels[s]!)}は、どの${across}でも${w}${quote(labels[c]!)}の数の、${total !== undefined ? baseOf : `同じ${across}の${baseOf}（合計の${w}がないので${w}の和を合計と推定しました）`}に対する割合と読めますが、${where}ではそこから${w}${lines.map((k) => quote(labels[k]!)).join('・')}を除いた数に対する割合とも${fit}読めます（チェッカーの判断：ほかの${across}の割合を秘匿すると、読み手はこの読み方を退けられません）。`
          : `表${table}: ${w}${quote(labels[s]!)}は、どの${across}でも${w}${quote(labels[c]!)}の数の、${total !== undefined ? baseOf : `同じ${across}の${baseOf}（合計の${w}がないので${w}の和を合計と推定しました）`}に対する割合とも、そこから${w}${lines.map((k) => quote(labels[k]!)).join('・')}を除いた数に対する割合とも${fit}読めます（チェッカーの判断）。`) +
        `後の読み方をとると、${where}では公表する件数と割合から${small.map((k) => quote(labels[k]!)).join('・')}の数${small.length > 1 ? '（その和）' : ''}が ${bound[0]}〜${bound[1]}（閾値 ${threshold} 未満）と分かるため、` +
        (total !== undefined
          ? `割合は件数から外して${baseOf}に対する率として読み、同じ${across}の数（${baseOf}を含む）をひとつでも秘匿するところでは割合も秘匿します。`
          : `割合は件数から外して${w}の和に対する率として読み、同じ${across}の${w}の数をひとつでも秘匿するところでは割合も秘匿します（チェッカーの推定）。`) +
        `ただし、どちらの読み方（ほかの${w}をいくつ除いた数に対する割合と読んでも）でも、割合の丸めの範囲から秘匿する数が秘匿の要件を割るほどには絞られないことを監査で確かめたところでは、割合を公表します（チェッカーの判断）。` +
        `割合をすべて公表するには、割合の分母の${w}（「患者数」「評価可能例数」など）を表に加えてください`,
      place: { table, line: lineOf(s) },
    };
  });
  const joinedPairs = pairs.filter(([c]) => !asideOf.has(c));
  if (joinedPairs.length === 0) return { records, shares, warnings: asideWarnings, rates };
  return {
    records,
    shares,
    rates,
    warnings: [
      ...asideWarnings,
      {
        code: 'layout/share',
        message:
          `表${table}: ${joinedPairs.map(([c, s]) => `${w}${quote(labels[c]!)}と${w}${quote(labels[s]!)}`).join('、')}を「6 (5.0%)」のように一つの${w}につなげて読みました` +
          `（チェッカーの判断：どの${across}でも、割合が${baseWords}に対する件数の割合に丸めの範囲で合うため。患者数の${w}がないので、割合の分母をこう推定しました）。割合は件数とあわせて確かめ、件数を秘匿するセルでは割合も秘匿します。` +
          `分母が違う場合は「${w === '列' ? '患者数' : '症例数'}」の${w}を加えるか、「6 (5.0%)」のように件数と割合を一つのセルに書いてください`,
        place: { table, line: axis === 'cols' ? recs[0]!.line : recs[joinedPairs[0]![0] + 1]!.line },
      },
    ],
  };
}

/** A label of a rate with no unit and no word of a count (「頻度」「Frequency」「Rate」「発生率」): the numbers may be counts or rates. */
const rateLike = (label: string) => {
  const t = normalise(label);
  return (FREQUENCY.test(t) || RATE_WORD.test(t) || ENGLISH_RATE.test(t)) && !NAMES_COUNT.test(t) && !/%|％|割合|構成比|比率/.test(t);
};

/**
 * Lines of rates in a table of their own, read as counts (「頻度」「Rate」 whose values are whole numbers, rates2's
 * Limits): where, in every row (column) that another table of the input prints under the same label, the value is a
 * count of that table times a unit over its 患者数 or person-time (units as `readRate` tries them, within the
 * rounding of both), the line is the rate of that count — published as counts, it gave a count hidden in the other
 * table back (10 × 300 ÷ 1,000 = 3). Refused in words (`header/rate`, our judgement, the equation shown); the hint
 * says to put the rate beside its counts, where it is read with them. `tables` are the records of the tables read
 * (header row first), numbered as the input numbers them, with their titles and the rates read in each (not tried).
 * A table whose title or corner says rates (「発現率（/1万人年）」「頻度」 over a row 「全体」) has each line tried.
 */
export function linkedRates(
  tables: readonly { number: number; records: readonly CsvRecord[]; title?: string; rates: readonly RateReading[] }[],
): InputError[] {
  const errors: InputError[] = [];
  /** A title or corner saying the table's values are rates (「発現率（/1万人年）」「頻度」 over rows 「全体」). */
  const ofRates = (text: string | undefined) => {
    if (text === undefined || normalise(text) === '') return false;
    const kind = kindOf(text);
    return rateLike(text) || kind === 'rate' || kind === 'patient-rate';
  };
  /** A table's lines along `axis`: label, its record line, and its values keyed by the label across. */
  const linesOf = (records: readonly CsvRecord[], axis: 'rows' | 'cols') => {
    const cols = records[0]!.fields.slice(1).map((f) => normalise(f));
    const rows = records.slice(1).map((r) => normalise(r.fields[0] ?? ''));
    const [labels, across] = axis === 'cols' ? [cols, rows] : [rows, cols];
    return labels.map((label, i) => ({
      label,
      index: i,
      line: axis === 'cols' ? records[0]!.line : records[i + 1]!.line,
      across,
      values: across.map((_, k) =>
        normalise(axis === 'cols' ? (records[k + 1]!.fields[i + 1] ?? '') : (records[i + 1]!.fields[k + 1] ?? '')),
      ),
    }));
  };
  const unique = (xs: string[], x: string) => xs.indexOf(x) >= 0 && xs.indexOf(x) === xs.lastIndexOf(x);
  for (const t of tables) {
    if (t.records.length < 2) continue;
    for (const axis of ['cols', 'rows'] as const) {
      // Every line of a table whose title or corner says rates (but lines of patients and of person-time), else the
      // lines whose label does.
      const said = [t.title, t.records[0]!.fields[0]].find(ofRates);
      // Not a line read as a rate in its own table (`readPersonTime`: hidden with its count there) nor one it refuses.
      const candidates = linesOf(t.records, axis).filter(
        (l) =>
          !t.rates.some((r) => r.axis === axis && normalise(r.label) === l.label) &&
          !['rate', 'patient-rate'].includes(kindOf(l.label) ?? '') &&
          (said !== undefined ? !PATIENTS.test(l.label) && kindOf(l.label) === undefined : rateLike(l.label)),
      );
      for (const rate of candidates) {
        const values = rate.values.map((v) => (blank(v) ? undefined : rateNumber(v)));
        if (values.some((v, k) => v === undefined && !blank(rate.values[k]!)) || values.every((v) => v === undefined)) continue;
        let found: string | undefined;
        for (const o of tables) {
          if (o === t || o.records.length < 2 || found) continue;
          const lines = linesOf(o.records, axis);
          // Each position of the rate matched to one position of the other table by its label across, read as the
          // tables are linked (labels.ts `labelKey`: 「A群 (N=500)」 and 「A群」 alike).
          const [mine, theirs] = [rate.across.map(labelKey), (lines[0]?.across ?? []).map(labelKey)];
          const at = mine.map((a) => (unique(theirs, a) && unique(mine, a) ? theirs.indexOf(a) : -1));
          const printed = values.map((v, k) => (v !== undefined && at[k]! >= 0 ? k : -1)).filter((k) => k >= 0);
          if (printed.length < 2) continue;
          // The base in the other table, or in the rate's own (its 患者数 or person-time beside it): its value at
          // each of the rate's positions (`of`), and the table named in the message.
          // The Ns stated in the labels across (「A群 (N=500)」), of either table, are a base of patients too.
          const own = linesOf(t.records, axis);
          const stated = (across: string[], table: number, of: (k: number) => number) => {
            const ns = across.map((a) => headerDenominator(a));
            return ns.every((n) => n !== undefined)
              ? [{ l: { label: 'N', values: [] as string[] }, of: (k: number) => String(ns[of(k)] ?? ''), table, stated: true }]
              : [];
          };
          const bases = [
            ...lines.map((l) => ({ l, of: (k: number) => l.values[at[k]!] ?? '', table: o.number, stated: false })),
            ...own
              .filter((l) => l.index !== rate.index)
              .map((l) => ({ l, of: (k: number) => l.values[k] ?? '', table: t.number, stated: false })),
            ...stated(lines[0]?.across ?? [], o.number, (k) => at[k]!),
            ...stated(rate.across, t.number, (k) => k),
          ].flatMap((b) => {
            if (b.stated || PATIENTS.test(b.l.label)) return [{ ...b, counts: true, scales: scalesOf(POWERS) }];
            if (kindOf(b.l.label) !== 'exposure') return [];
            const bt = timeOf(b.l.label);
            return [{ ...b, counts: false, scales: scalesOf(POWERS, { rate: TIMES, base: bt ? [bt] : TIMES }) }];
          });
          for (const b of bases) {
            for (const e of lines) {
              if (e === b.l || kindOf(e.label) !== undefined || !e.values.every((v) => blank(v) || eventCount(v) !== undefined)) continue;
              const fit = b.scales.find((s) => {
                let positive = false;
                let differs = false;
                const all = printed.every((k) => {
                  const [n, base] = [eventCount(e.values[at[k]!]!), rateNumber(b.of(k))];
                  if (n === undefined || base === undefined) return false;
                  if (n > 0) positive = true;
                  if (Math.abs(n - values[k]!.value) > 1e-9) differs = true;
                  return rateFits(values[k]!, n, base, s, b.counts);
                });
                return all && positive && differs;
              });
              if (!fit) continue;
              const k = printed.find((j) => (eventCount(e.values[at[j]!]!) ?? 0) > 0)!;
              const w = axis === 'cols' ? '列' : '行';
              found =
                `表${o.number}の${w}${quote(e.label)}の数 × ${fit.words} ÷ ${b.table === o.number ? '' : `表${b.table}の`}${b.stated ? '見出しの N ' : `${w}${quote(b.l.label)}`}に、どの${axis === 'cols' ? '行' : '列'}でも丸めの範囲で合います` +
                `（${quote(rate.across[k]!)}では ${e.values[at[k]!]} × ${fit.words} ÷ ${b.of(k)} が ${rate.values[k]}${fit.note ? `。${fit.note}として` : ''}）`;
              break;
            }
            if (found) break;
          }
        }
        if (!found) continue;
        const w = axis === 'cols' ? '列' : '行';
        errors.push({
          code: 'header/rate',
          message:
            `表${t.number}${said !== undefined ? `（${quote(normalise(said))}）` : ''}の${w}${quote(rate.label)}は、${found}。別の表の数の率のようで（チェッカーの判断）、件数として確かめると、秘匿する数が率とその表の数から分かります。` +
            '表をまたいで率を読むことはしないため、確かめられません',
          hint:
            `率なら、率の${w}をそのイベント数と患者数（人年）の表に並べて貼り付けてください（同じ表の率は、イベント数を秘匿するところで率も秘匿します）。` +
            `件数なら見出しを「${quoted(normalise(rate.label))}（例数）」「${quoted(normalise(rate.label))}, n」のように書いてください`,
          place: { table: t.number, line: rate.line, ...(axis === 'cols' ? { col: rate.label } : { row: rate.label }) },
        });
      }
    }
  }
  return errors;
}

/**
 * redh64: a rate line read over its line's 合計 (formats62 `joinLineShares`) whose value fits as well, at every
 * position, a line of ANOTHER table under the same labels across (「登録」「評価可能例」 of 表2, its cells not the 合計's):
 * a reader who takes that line for the rate's base bounds its cells from the published count and rate (114 at 70%: 登録
 * 162–164), and with them what they are a sum of (表2's 「除外」 = 登録 − 合計: 0–1, hidden). Refused in words
 * (`percent/missing-base`, our judgement), the line and the bases named. `tables` as `linkedRates` has them.
 */
export function sharesOverOtherLines(
  shares: readonly LineShare[],
  tables: readonly { number: number; records: readonly CsvRecord[] }[],
  threshold = 10,
): InputError[] {
  const errors: InputError[] = [];
  const whole = (v: string) => /^\d+$/.test(v.replace(/,/g, ''));
  for (const r of shares) {
    const w = r.axis === 'cols' ? '列' : '行';
    const mine = r.across.map(labelKey);
    const unique = (xs: string[], x: string) => xs.indexOf(x) === xs.lastIndexOf(x);
    let found: string | undefined;
    // The other table's lines either way (its groups across as rows or as columns).
    for (const [o, oAxis] of tables.flatMap((t) => (['cols', 'rows'] as const).map((a) => [t, a] as const))) {
      if (o.number === r.table || o.records.length < 2 || found) continue;
      const ow = oAxis === 'cols' ? '列' : '行';
      const cols = o.records[0]!.fields.slice(1).map((f) => normalise(f));
      const rows = o.records.slice(1).map((x) => normalise(x.fields[0] ?? ''));
      const [labels, across] = oAxis === 'cols' ? [cols, rows] : [rows, cols];
      const theirs = across.map(labelKey);
      // Each position of the rate matched to one position of the other table by its label across.
      const at = mine.map((a) => (a !== '' && unique(mine, a) && theirs.filter((t) => t === a).length === 1 ? theirs.indexOf(a) : -1));
      const matched = at.flatMap((j, k) => (j >= 0 && r.rates[k] !== '' ? [k] : []));
      if (matched.length < Math.min(2, r.across.length)) continue;
      for (const [li, label] of labels.entries()) {
        if (label === '' || SHARE_LABEL.test(label) || ['rate', 'patient-rate', 'exposure'].includes(kindOf(label) ?? '')) continue;
        const cell = (k: number) =>
          normalise(oAxis === 'cols' ? (o.records[at[k]! + 1]!.fields[li + 1] ?? '') : (o.records[li + 1]!.fields[at[k]! + 1] ?? ''));
        if (!matched.every((k) => whole(cell(k)))) continue;
        const v = (k: number) => Number(cell(k).replace(/,/g, ''));
        if (matched.every((k) => v(k) === r.base[k])) continue;
        const fits = matched.every((k) => {
          const d = r.rates[k]!.split('.')[1]?.length ?? 0;
          return v(k) > 0 && Math.abs(Number(r.rates[k]) - (100 * r.counts[k]!) / v(k)) <= 0.5 * 10 ** -d + 1e-9;
        });
        if (!fits || !matched.some((k) => r.counts[k]! > 0)) continue;
        const k = matched.find((j) => v(j) !== r.base[j]) ?? matched[0]!;
        found =
          `表${o.number}の${ow}${quote(label)}に対する割合とも丸めの範囲で合います（${quote(r.across[k]!)}では ${r.counts[k]} ÷ ${v(k)} も ${r.counts[k]} ÷ ${r.base[k]} も ${r.rates[k]}%）。` +
          `後の読み方をとると、公表する件数と割合からその${ow}の数（とそれを和とする数）の範囲が分かり、秘匿する数を狭められます`;
        break;
      }
      if (found !== undefined) break;
      // rates66: no one line, but the SUM of two or more of them (「解析対象」+「除外」, 「65歳未満」+「65歳以上」+「不明」).
      const lineCells = labels.flatMap((label, li) => {
        if (label === '' || SHARE_LABEL.test(label) || ['rate', 'patient-rate', 'exposure'].includes(kindOf(label) ?? '')) return [];
        const cells = matched.map((k) =>
          normalise(oAxis === 'cols' ? (o.records[at[k]! + 1]!.fields[li + 1] ?? '') : (o.records[li + 1]!.fields[at[k]! + 1] ?? '')),
        );
        return cells.every(whole) ? [{ label, values: cells.map((c) => Number(c.replace(/,/g, ''))) }] : [];
      });
      const sum = overSumOfLines(
        matched.map((k) => ({ count: r.counts[k]!, rate: r.rates[k]!, base: r.base[k]! })),
        lineCells.map((l) => l.values),
        threshold,
      );
      if (sum === undefined) continue;
      if ('stopped' in sum) {
        // Past the search's bound no set was proved absent: said, not passed (the rate may bound a hidden line).
        found =
          `表${o.number}の${ow}のうち二つ以上の和に対する割合とも合うかどうかを、${SUM_OF_LINES_WORK.toLocaleString('en-US')} 通りを調べたところで打ち切りました。` +
          `合う和があれば、公表する件数と割合からその${ow}の数の範囲が分かり、秘匿する数を狭められます`;
        break;
      }
      const k = matched[sum.at]!;
      const names = sum.lines.map((li) => quote(lineCells[li]!.label)).join('・');
      const smallNames = sum.lines
        .filter((li) => lineCells[li]!.values[sum.at]! > 0 && lineCells[li]!.values[sum.at]! < threshold)
        .map((li) => quote(lineCells[li]!.label))
        .join('・');
      const total = sum.lines.reduce((a, li) => a + lineCells[li]!.values[sum.at]!, 0);
      const what = sum.apart
        ? `表${o.number}と表${r.table}の${quote(r.across[k]!)}の人数の差（一方の表にだけ入る人数）`
        : `${smallNames}の数`;
      found =
        `表${o.number}の${ow}${names}の和に対する割合とも丸めの範囲で合います（${quote(r.across[k]!)}では ${r.counts[k]} ÷ ${total} も ${r.counts[k]} ÷ ${r.base[k]} も ${r.rates[k]}%）。` +
        `後の読み方をとると、${quote(r.across[k]!)}では公表する件数と割合から${what}が ${sum.bound[0]}〜${sum.bound[1]}（閾値 ${threshold} 未満）と分かります`;
    }
    if (found === undefined) continue;
    errors.push({
      code: 'percent/missing-base',
      message: `表${r.table}: ${w}${quote(r.share)}は、${w}${quote(r.count)}の数の、同じ表の${r.baseWords}に対する割合と読めますが（formats62）、${found}（チェッカーの判断）`,
      hint: `割合の分母の${w}（「患者数」「評価可能例数」など）を割合と同じ表に加えるか、「6 (5.0%)」のように件数と割合を一つのセルに書いてください`,
      place: { table: r.table, line: r.line },
    });
  }
  return errors;
}

/** rates69: the count lines a message names one by one in a base of their sum (past it 「…ほか16列」). */
const SUM_NAMED = 4;

/** rates66: the sets of lines `overSumOfLines` tries (each a set of lines added) before it stops. */
const SUM_OF_LINES_WORK = 20_000;

/**
 * rates66: a rate read over its 合計 (`positions`: its count, rate as printed and base at each position matched to
 * another table) whose value fits as well, at every position, the SUM of two or more of the other table's lines
 * (`lines`: each line's whole cells at those positions) — 表2's 「解析対象」+「除外」 (the 「登録」 it does not print) or
 * 「65歳未満」+「65歳以上」+「不明」 (the N 表1's 合計 falls short of). The reader who takes that sum for the base bounds it
 * from the count and the rate, and with it the set's cells under the threshold (the set's cells at or over it taken as
 * published): the first set (indexes into `lines`), position and bound found where a bound is under the threshold. A
 * set whose sum is the base at every position is the reading itself (not tried). Searched depth first, a line taken
 * only while the set's sum stays within the largest base the rate allows; past `SUM_OF_LINES_WORK` sets with none
 * found, `stopped` (the caller refuses in words: a set not proved absent is not passed).
 */
export function overSumOfLines(
  positions: readonly { count: number; rate: string; base: number }[],
  lines: readonly (readonly number[])[],
  threshold: number,
): { lines: number[]; at: number; bound: [number, number]; apart?: true } | { stopped: true } | undefined {
  // A position of 0 events (or a rate not a number) bounds no base: any sum fits it.
  const fit = positions.map((p) => {
    const rate = Number(p.rate);
    return Number.isFinite(rate) && rate > 0 && p.count > 0
      ? roundedBases(p.count, rate, p.rate.split('.')[1]?.length ?? 0, 1e-9, 0)
      : { lo: 0, hi: Infinity };
  });
  if (fit.every((f) => !Number.isFinite(f.hi))) return undefined;
  const [lo, hi] = [fit.map((f) => f.lo), fit.map((f) => f.hi)];
  const usable = lines.flatMap((l, li) => (l.every((x, i) => x <= hi[i]!) ? [li] : []));
  const after = usable.reduceRight((acc, li) => [acc[0]!.map((x, i) => x + lines[li]![i]!), ...acc], [positions.map(() => 0)]);
  const sum = positions.map(() => 0);
  const chosen: number[] = [];
  let work = 0;
  let stopped = false;
  let found: { lines: number[]; at: number; bound: [number, number]; apart?: true } | undefined;
  const bound = (): { lines: number[]; at: number; bound: [number, number]; apart?: true } | undefined => {
    if (sum.every((x, i) => x === positions[i]!.base)) return undefined;
    for (let i = 0; i < positions.length; i++) {
      const small = chosen.reduce((a, li) => a + (lines[li]![i]! < threshold ? lines[li]![i]! : 0), 0);
      const most = hi[i]! - (sum[i]! - small);
      if (small > 0 && most < threshold)
        return { lines: [...chosen], at: i, bound: [Math.max(0, lo[i]! - (sum[i]! - small)), most] as [number, number] };
    }
    // Every line of the other table: its N. Where it is not the base, the patients in one table and not the other
    // (N − 合計: the lost, the excluded) are a count the rate bounds to base − lo … hi − base.
    if (chosen.length === lines.length)
      for (let i = 0; i < positions.length; i++) {
        const d = sum[i]! - positions[i]!.base;
        if (d === 0) continue;
        const most = d > 0 ? hi[i]! - positions[i]!.base : positions[i]!.base - lo[i]!;
        if (most < threshold) return { lines: [...chosen], at: i, bound: [Math.abs(d) > 0 ? 1 : 0, most] as [number, number], apart: true };
      }
    return undefined;
  };
  const visit = (from: number): void => {
    if (chosen.length > 1 && sum.every((x, i) => x >= lo[i]!)) found = bound();
    if (found !== undefined || !sum.every((x, i) => x + after[from]![i]! >= lo[i]!)) return;
    for (let b = from; b < usable.length && found === undefined; b++) {
      const li = usable[b]!;
      if (sum.some((x, i) => x + lines[li]![i]! > hi[i]!)) continue;
      if (++work > SUM_OF_LINES_WORK) {
        stopped = true;
        return;
      }
      sum.forEach((x, i) => (sum[i] = x + lines[li]![i]!));
      chosen.push(li);
      visit(b + 1);
      chosen.pop();
      sum.forEach((x, i) => (sum[i] = x - lines[li]![i]!));
    }
  };
  visit(0);
  return found ?? (stopped ? { stopped: true } : undefined);
}
