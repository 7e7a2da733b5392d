/**
 * Reads the row or column headers of a table into a tree of sums: the input convention for totals.
 *
 * - A header 合計, 計, 総計, 総数, 全体, 全症例, Total, All, Overall, Sum … (any case; units in brackets or after the
 *   name, as in 合計（人）, Total (n), 総数（例）, 合計 n; an optional `(N=…)`) is the total of the top-level
 *   headers of its dimension. At most one per dimension, anywhere (first or last). A row or column that is a sum
 *   without such a name is found by its values (sums.ts). The total in other languages too (Gesamt, Totale, 总计, 합계,
 *   Итого, Suma, Totaal, Σύνολο, Toplam, Jumlah …), set off (「- Total -」「＜合計＞」「【計】」「**合計**」) or with a
 *   footnote's mark (「Total†」「合計※」「Total¹」): attack27.
 * - Indentation declares subtotals: a header followed by more deeply indented headers is their subtotal
 *   (indent with spaces; a full-width space counts as two).
 * - A header starting with 小計 (or Subtotal, Sub-total, 小计, Zwischensumme, Sous-total, 소계) closes a group: it is the subtotal of the headers before it at
 *   the same level, back to the previous 小計 or the start of the level.
 * - `(N=250)` in a header gives the denominator of bare percentages in that row or column.
 * - A label opening with 「[合計]」 (「［合計］」「[total]」) is the total, with 「[項目]」 (「［項目］」「[item]」) an item,
 *   whatever the rest of it says: the user's mark where the checker cannot tell (`lineMark`, totals12).
 */
import { CLOSE_BRACKET, normalise, OPEN_BRACKET, remembered } from './cell.ts';
import type { Header } from './types.ts';
import { quote } from './quote.ts';

const TOTAL = new Set([
  '合計',
  '計',
  '総計',
  '総数',
  '全体',
  '総合計',
  '全体計',
  '全症例',
  '全例',
  '全数',
  '全患者',
  '全対象',
  '全対象者',
  '総例数',
  '総患者数',
  'total',
  'all',
  'grandtotal',
  'overall',
  'sum',
  'alltotal',
  'allpatients',
  'allsubjects',
  // attack27: the total in other languages (lower case, spaces taken out, as `key` gives them). A reader of the
  // language takes such a line for the total as one of 合計 does; read as an item, a rest over its items went unchecked.
  'gesamt',
  'insgesamt',
  'summe',
  'gesamtsumme',
  'totale',
  'totali',
  'totalgénéral',
  'totalgeneral',
  'totalgenerale',
  '总计',
  '合计',
  '总数',
  '總計',
  '總數',
  '总体',
  '합계',
  '총계',
  '전체',
  'итого',
  'всего',
  'suma',
  'razem',
  'ogółem',
  'totaal',
  'σύνολο',
  'toplam',
  'jumlah',
  'ทั้งหมด',
  'รวม',
  'totalt',
  'ialt',
  'yhteensä',
  'celkem',
  'összesen',
  'tổngcộng',
  'tổngsố',
  'somme',
  'σ',
  'totals',
  'grandtotals',
  'totalpopulation',
  'populationtotale',
  'allgroups',
  'allarms',
  'allcases',
  'allparticipants',
  'gesamtzahl',
  'zusammen',
  'samtliga',
  'tổng',
  // totals12: languages attack27 did not list (a bare word of no list is read by the numbers and the rest of the
  // table only: overtotal.ts `evidence`).
  'summa',
  'sammanlagt',
  'tilsammen',
  'kokku',
  'ukupno',
  'укупно',
  'samtals',
  'jami',
  'jumla',
  'cəmi',
  'kopā',
  'išviso',
  'skupaj',
  'spolu',
  'celkom',
  'łącznie',
  'összes',
  'общо',
  'всього',
  'разом',
  'усяго',
  'вкупно',
  'барлығы',
  'нийт',
  'gjithsej',
  'guztira',
  'cyfanswm',
  'kabuuan',
  'مجموع',
  'المجموع',
  'الإجمالي',
  'إجمالي',
  'סה״כ',
  'סה"כ',
  'סךהכל',
  'कुल',
  'মোট',
  'மொத்தம்',
  'ընդամենը',
  'სულ',
  'トータル',
  '全群',
  '両群',
  '全例数',
  '合計数',
  '総計数',
]);
/**
 * A word that names the total only where the line is at least the others' sum (overtotal.ts): 「Any」 heads a table of
 * several answers (any adverse event) as often, under the others' sum there and no total; 「Combined」 is a therapy and
 * 「すべて」 an answer (all doses taken) as often as the whole.
 */
const LOOSE_TOTAL = new Set([
  'any',
  'anyevent',
  'anyae',
  'combined',
  'pooled',
  'both',
  'bothsexes',
  'bothgroups',
  'botharms',
  '男女計',
  '男女合計',
  // Also answers of their own (「すべて服用」 written 「すべて」 beside 「一部」「なし」; 総合 a kind of hospital).
  'tous',
  'todos',
  'tutti',
  'alle',
  '総合',
  '全員',
  'すべて',
  '全て',
  // totals44: Japanese words for every unit of the lines (「全国」 over prefectures, 「全年齢」 over age bands, 「全施設」
  // over hospitals, 「合算」「総和」「両性」): no 合計 the checker reads, so a line of them over its items by a few
  // in one position and by more in another was an item for its Japanese (overtotal.ts `evidence`), its rests published
  // (58c225e: 「全国 59 | 57 | 80」 over items adding up to 56 | 55 | 56, exit 0). Loose (a total only where the line
  // is at least the others' sum everywhere): read both ways in any size.
  '全国',
  '全県',
  '全都道府県',
  '全地域',
  '全市町村',
  '全施設',
  '全病院',
  '全医療機関',
  '全年齢',
  '全年代',
  '全ての年齢',
  '全期間',
  '全年度',
  '全体の数',
  '合算',
  '総和',
  '両性',
  // totals45: more such words (our list) probed so (over the items by a few in one position and by more in another),
  // each an item on 6ad45b5, its rests published: 「全登録」「総登録数」「登録全体」「全参加者」「全集団」「全解析対象」
  // 「総人数」「総件数」「全件」「合わせて」「全区分」「全カテゴリ」「全疾患」「全病型」.
  '全登録',
  '総登録数',
  '登録全体',
  '全参加者',
  '全集団',
  '全解析対象',
  '総人数',
  '総件数',
  '全件',
  '合わせて',
  '全区分',
  '全カテゴリ',
  '全疾患',
  '全病型',
]);
/** Units and words that may follow a total's name: 合計（人）, Total (n), 総数（例）, 合計 n, 計（％）, 合計値. */
const UNIT = /(?:人数|例数|件数|患者数|人|例|件|名|値|n|%)$/;
/** 小計 closing the labels before it; 「A群・小計」 as layout.ts joins a group's total from two header rows. */
const SUBTOTAL_WORDS = String.raw`小計|小计|sub-?total|zwischensumme|teilsumme|sous-?total|subtotale|subtotaal|소계|промежуточныйитог|подытог|ara-?toplam|delsumma`;
const SUBTOTAL = new RegExp(`^(?:${SUBTOTAL_WORDS})|・(?:${SUBTOTAL_WORDS})$`);
/** A subtotal's word alone, and a group's name before one (「男性・小計」), compiled once (attack27 built them per call). */
const SUBTOTAL_ALONE = new RegExp(`^(?:${SUBTOTAL_WORDS})$`);
const SUBTOTAL_OF = new RegExp(`^(.+)・(?:${SUBTOTAL_WORDS})$`);
/**
 * An English 小計 with a word run on (「Subtotal gastrectomy」「Subtotal colectomy」, key's spaces out) is a category
 * (attack27); 「Subtotal (male)」「Sub-total n」 are subtotals.
 */
const SUBTOTAL_WORD = /^(?:sub-?total|sous-?total|zwischensumme|teilsumme|subtotale|subtotaal|delsumma)(?:n|%)?[a-z\u00c0-\u024f]/;
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+|\d+`;
/** Units of a count of patients (or events): 30例, 30人, 30名, 30 patients. */
/** Not person-time: 「250人年」「1,050 person-years」 are an exposure, no count of patients (rates.ts). */
const COUNT_UNIT = String.raw`(?:症例|例|人(?!\s*(?:[・･]\s*)?[年月日](?!齢|代|生|収|金|度|間|本))|名|件|患者(?!\s*(?:[・･]\s*)?年(?!齢|間|度|代))|\s?(?:patients?|pts\.?|subjects?|cases?|persons?|people|participants?|individuals?)(?![a-z]|[- ]?(?:years?|months?|days?|time)\b))`;
/**
 * How a header, a title or the corner states the N of its group, after NFKC: `N=250`, `n: 250`, `N：250`, `N 250`, 全250例,
 * 250例中, and in a header also a count in brackets or at its end after a space: 「A群（28名）」, 「A 28例」,
 * 「男性 (30 patients)」. A number with a unit that is part of the label (1人暮らし, 2人以上, a lone 「1人」) is no N.
 */
const N_FORMS = [
  String.raw`(?<![a-z])n\s*[=:]\s*(${NUMBER})`,
  // 「N 28」 in a corner or a title, 「A (N 28)」: an N with only a space before its number.
  String.raw`(?<![a-z\d])n\s+(${NUMBER})(?![\d.,]*\s*(?:%|[a-z]))`,
  // 「対象者 28」「症例数：28」「患者数 28」: a number right after a word for the patients counted.
  String.raw`(?:対象者?数?|症例数|患者数|例数|人数|登録(?:者|例)?数|解析対象(?:者)?数?)\s*[:=]?\s*(${NUMBER})(?![\d.,]*\s*(?:%|[a-z]|歳|才|年|月|日))`,
  String.raw`全\s*(${NUMBER})\s*${COUNT_UNIT}`,
  // A number that starts no run of digits (nor follows a 「,ddd」 group) is read from the run's first digit: the same
  // matches (that one has a match too, one digit longer), and a long run is walked once, not from each digit.
  String.raw`(\d{1,3}(?:,\d{3})+|(?:(?<!\d)|(?<=,\d{3}))\d+)\s*${COUNT_UNIT}\s*中`,
];
const HEADER_N_FORMS = [
  ...N_FORMS,
  String.raw`${OPEN_BRACKET}\s*(${NUMBER})\s*${COUNT_UNIT}\s*${CLOSE_BRACKET}`,
  String.raw`(?<=\S\s)(${NUMBER})\s*${COUNT_UNIT}$`,
];
const DENOMINATOR = new RegExp(HEADER_N_FORMS.join('|'), 'i');
/**
 * What a header may say of its cells after its N (「53例 n (%)」「53 pts, n (%)」「53例 (%)」「53例 n [%]」, rowpct): the
 * form of the cells, no part of a label.
 */
const CELL_FORM = String.raw`(?:[,、]?\s*(?:n\s*)?(?:[(\[]\s*%\s*[)\]]|%)\s*)?`;
/**
 * A header that is a count of patients and nothing else, after `countText`: 「53例」「53名」「53人」「53 patients」
 * (adversary18), 「53 pts」, and with the form of its cells after it (「53例 n (%)」, rowpct). No N by `DENOMINATOR` (a lone 「2人」 may name a category, a household of two); read.ts takes it as
 * its line's N where the number is at least the line's sum.
 */
export const LONE_COUNT = new RegExp(String.raw`^\s*(${NUMBER})\s*${COUNT_UNIT}\s*${CELL_FORM}$`, 'i');
/**
 * titles68: verbs of taking patients into a study or an analysis, whose number is the table's N in a title or the corner
 * (ours: a list). 「treated」 too (「146 treated」), not 「screened」 (some screened are not taken in).
 */
const TAKEN_IN = String.raw`randomi[sz]ed|randomly\s+(?:assigned|allocated)|allocated|recruited|included|registered|enrolled|analy[sz]ed|evaluated|evaluable|eligible|treated`;
const JA_TAKEN_IN = String.raw`登録|解析|組み?入れ|組入|無作為化|無作為に?割り?付け|割り?付け|評価`;
/** Before a number that is a code's, a study's or a step's (「Study 146」「Protocol 146」「No. 146」「#146」「Stage 3」). */
const NOT_N_BEFORE = String.raw`(?:study|trial|protocol|no\.?|number|code|id|ver\.?|version|#|stage|grade|day|week|month|visit|cycle|arm|group|cohort|part|phase)\s*`;
/** After an N in words: a unit of patients or nothing that makes it a share, a dose, a ratio, a range or another count. */
const UNIT_END = String.raw`(?:\s*(?:症例|例|名|人|patients?|subjects?|participants?|cases?))?(?![\d.,]*\s*(?:%|％|[a-z]|[-–—~〜/:]|[\u3040-\u30ff\u3400-\u9fff々]))`;
const TAKEN_IN_FORMS = [
  // titles68: the N in a verb of taking patients in — 「146 randomised」「146 patients were enrolled」「146 eligible
  // patients」「(randomised: 146)」「ITT 146」「146名を解析」「登録146例」「（登録例146）」. Not a code, a year or a dose
  // (「Study 146」「2014年」「146 mg」), a ratio (「randomised 2:1」) or who were not taken (「146例を除外」「評価不能146例」).
  String.raw`(?<![\d.,]|${NOT_N_BEFORE})(?!(?:19|20)\d\d(?!\d))(${NUMBER})(?:${COUNT_UNIT})?\s+(?:(?:were|was|been|being)\s+)?(?:${TAKEN_IN})(?![a-z])`,
  String.raw`(?<![a-z])(?:${TAKEN_IN}|itt|m-?itt|fas|pps|full\s+analysis\s+set|safety\s+(?:set|population))(?:\s*(?:patients?|subjects?|participants?|cases?|set|population|sample))?\s*(?:[:=]\s*|\s+)(?:n\s*[:=]?\s*)?(?!(?:19|20)\d\d(?!\d))(${NUMBER})${UNIT_END}`,
  String.raw`(?<![\d.,])(?!(?:19|20)\d\d(?!\d))(${NUMBER})\s*(?:症例|例|名|人|患者)\s*(?:[をがはの]\s*)?(?:${JA_TAKEN_IN})(?!\s*(?:外|不能|除外|中止|率|前|後|期間|時|日))`,
  String.raw`(?<![\u3400-\u9fff々])(?:${JA_TAKEN_IN})(?:例|者|症例|患者)?数?\s*[:=]?\s*(?!(?:19|20)\d\d(?!\d))(${NUMBER})${UNIT_END}`,
];
/**
 * A title's or the corner's N written as a total or a size in words (titlen65): 「(Total N = 146)」 was read, but
 * 「(total 146)」「(Total: 146)」「(a total of 146)」「(146 in total)」「(sample size 146)」「(denominator 146)」
 * 「(population: 146)」「(overall 146)」「(all 146)」「(sum 146)」「(enrolled: 146)」「(146 analysed)」「（計146）」「（対象患者146）」
 * were a number reported (`title/number`) and the table read, a remainder
 * of 4 over a total of 142 published silently. Each is the table's N now, checked as 「N=146」 is (primary.ts: the rest
 * under the threshold refused in words). Not before a word, a unit or a dash (「計3群」「total 146 patients」: COUNT_TEXT's;
 * 「overall 2019–2021」), nor a year (「all 2020」).
 * Titles and the corner only (a header 「Total 2020」 stays a label).
 */
const TOTAL_N_FORMS = [
  String.raw`(?<![a-z])(?:(?:a\s+)?totals?(?:\s+of)?|tot\.|sum|overall|all|sample(?:\s+size)?|denominator|population|enrolled|enrolment|enrollment|analy[sz]ed|(?<![合総小集累推統会設時])計|対象患者数?)\s*(?:[:=]\s*)?(?!(?:19|20)\d\d(?!\d))(${NUMBER})(?![\d.,]*\s*(?:%|％|[a-z]|[-–—~〜/]|[\u3040-\u30ff\u3400-\u9fff々]))`,
  String.raw`(?<![\d.,])(?!(?:19|20)\d\d(?!\d))(${NUMBER})\s+(?:in\s+total|total|enrolled|analy[sz]ed)\b`,
  // titles66: 「N146」「（n146）」 — an N glued to its number — and 「(of 146)」「(out of 146)」 opening its bracket. Not a
  // code (「N146A」「N146-2」「AN146」「N146.5」「N_146」), not a year (「N2020」), not 「12 of 146」 (a count of 146).
  String.raw`(?<![a-z\d_\-/.])n(?!(?:19|20)\d\d(?!\d))(${NUMBER})(?![\d_]|[.,]\d|[\d.,]*\s*(?:%|％|[a-z]|[-–—~〜/]|[\u3040-\u30ff\u3400-\u9fff々]))`,
  String.raw`(?<=${OPEN_BRACKET}\s*)(?:out\s+)?of\s+(?!(?:19|20)\d\d(?!\d))(${NUMBER})(?![\d.,]*\s*(?:%|％|[a-z]|[-–—~〜/]|[\u3040-\u30ff\u3400-\u9fff々]))`,
  ...TAKEN_IN_FORMS,
];
const TAKEN_IN_TEXT = new RegExp(TAKEN_IN_FORMS.join('|'), 'i');
const PLAIN_N = new RegExp([...N_FORMS, ...TOTAL_N_FORMS.filter((f) => !TAKEN_IN_FORMS.includes(f))].join('|'), 'i');
/**
 * titles68: the words of a title's or the corner's N where it is read only from a verb of taking patients in
 * (「146 randomised」「146名を解析」), else none: verdict.ts says that reading as the checker's own.
 */
export function takenInWords(text: string): string | undefined {
  const t = countText(text);
  const m = TAKEN_IN_TEXT.exec(t);
  if (!m || nOf(m) !== statedDenominator(text) || nOf(PLAIN_N.exec(t)) === nOf(m)) return undefined;
  return m[0].trim();
}
/**
 * titles70: more words of a title's or the corner's N than `TAKEN_IN` — verbs a reader takes a table's patients in by
 * too (「146 screened」「146 followed up」「146 completed」「146 responded」; ours, a list) — and a year-like number before
 * any of them (「(2014 randomised)」, 「2014 patients screened」: `TAKEN_IN_FORMS` leave (19|20)dd out). Read only where
 * the number is at least the table's sum (read.ts `statedCounts`): there a reader takes it for the table's N and the
 * difference is a count of patients published; under it a number as before. Not after 「in」「since」「FY」… (a year), a
 * code's word (「Study 146」) or a range's dash.
 */
const TAKEN_IN_MORE = String.raw`screened|followed(?:[\s-]+up)?|participated|participating|assigned|exposed|dosed|observed|studied|surveyed|examined|interviewed|invited|approached|consented|completed|responded|tested|vaccinated|admitted|hospitali[sz]ed|diagnosed|operated`;
const YEAR_BEFORE = String.raw`(?<![a-z])(?:in|since|from|until|till|to|during|before|after|between|and|fy|year|years|cohort|class)\s*`;
/**
 * titles72: verbs off both lists a reader takes a table's N by all the same where the number is at least the table's
 * sum (「146 died」 over deaths by cause is the deaths' N, 「146 seen」 the patients seen; ours, a list), read as
 * `TAKEN_IN_MORE`'s are.
 */
/**
 * notes74: more verbs a reader takes a table's N by where the number is at least its sum (「(146 recovered)」 over the
 * recovered by age: 4 left out; the base read them as a number, `title/number`, the 4 published silently). Ours, a list.
 */
const TAKEN_IN_OFF_MORE = String.raw`recovered|survived|improved|returned|contacted|cured|relapsed|transferred|readmitted|retained|remained|continued|traced|located|reached|monitored|isolated|quarantined`;
/**
 * notes74: a noun of people other than `COUNT_UNIT`'s and an adverb between a number and its verb (「146 women died」
 * 「146 children were followed」「146 patients were then seen」): the verb's N as without them.
 */
const VERB_NOUN = String.raw`(?:\s+(?:women|men|children|adults|infants|neonates|newborns|girls|boys|mothers|residents|workers|employees|users|respondents|volunteers|adolescents|elderly|donors|recipients|survivors|controls))?`;
const VERB_ADVERB = String.raw`(?:(?:then|subsequently|later|finally|eventually|successfully|initially)\s+)?`;
const TAKEN_IN_OFF = String.raw`died|deceased|seen|counted|reported|identified|selected|sampled|referred|discharged|notified|detected|confirmed|infected|affected|visited|attended|immuni[sz]ed|born|${TAKEN_IN_OFF_MORE}`;
/** titles72: an analysis set's name (「ITT 2014」「FAS: 2014」): its number is its N, a year-like one too. */
const ANALYSIS_SET = String.raw`itt|m-?itt|fas|pps|full\s+analysis\s+set|safety\s+(?:set|population)|per[\s-]+protocol(?:\s+set)?`;
/** titles72: Japanese verbs of following or taking part with a number and no unit after (「追跡146」「参加：146」). */
const JA_TAKEN_IN_MORE = String.raw`追跡|参加|投与|観察|調査|受診|検査|接種|入院|手術`;
/**
 * titles75: more Japanese words of patients a reader takes a table's N by before a bare number where it is at least the
 * table's sum (「（生存146）」 over the survivors by age, 「（退院146）」「（死亡146）」 over deaths by cause: 4 left out) —
 * the Japanese of `TAKEN_IN_OFF` (ours, a list). Refused before as a count fitting no total (`title/count`), at 10–40
 * over the sum too. Under the sum read as before (a count: refused, or its line's sum).
 */
const JA_TAKEN_IN_OFF = String.raw`生存|死亡|退院|転院|再入院|来院|通院|入所|治癒|寛解|回復|改善|軽快|再発|発症|診断|治療|同意|回答|選択|抽出|紹介|届出|報告|検出|確定|感染|罹患|出生|搬送|登録完了`;
/** titles75: what may close a verb of `JA_TAKEN_IN_MORE`/`JA_TAKEN_IN_OFF` before its number (「追跡完了146」「追跡可能146」). */
const JA_VERB_END = String.raw`(?:完了|終了|済み?|可能|継続)?`;
const TAKEN_IN_LOOSE = new RegExp(
  [
    String.raw`(?<![\d.,\-–—~〜/]|${NOT_N_BEFORE})(?!(?<=${YEAR_BEFORE})(?:19|20)\d\d(?!\d))(${NUMBER})(?:${COUNT_UNIT})?${VERB_NOUN}\s+(?:(?:were|was|been|being|had|have)\s+)?${VERB_ADVERB}(?:${TAKEN_IN}|${TAKEN_IN_MORE}|${TAKEN_IN_OFF})(?![a-z])`,
    // titles72: a verb or a set's name, a colon or 「=」, then the number, a year-like one too (「(randomised: 2014)」); a
    // set's name then a space (「(ITT 2014)」). Not 「randomised 2014」 (a year as often: read as before).
    String.raw`(?<![a-z])(?:${TAKEN_IN}|${TAKEN_IN_MORE}|${TAKEN_IN_OFF}|${ANALYSIS_SET})(?:\s*(?:patients?|subjects?|participants?|cases?|set|population|sample))?\s*[:=]\s*(?:n\s*[:=]?\s*)?(${NUMBER})${UNIT_END}`,
    String.raw`(?<![a-z])(?:${ANALYSIS_SET})(?:\s*(?:patients?|subjects?|participants?|cases?|population|sample))?\s+(?:n\s*[:=]?\s*)?(${NUMBER})${UNIT_END}`,
    String.raw`(?<![\u3400-\u9fff々])(?:${JA_TAKEN_IN_MORE}|${JA_TAKEN_IN_OFF})${JA_VERB_END}(?:例|者|症例|患者)?数?\s*[:=]?\s*(?!(?:19|20)\d\d(?!\d))(${NUMBER})${UNIT_END}`,
  ].join('|'),
  'gi',
);
/**
 * titles70: the Ns `TAKEN_IN_LOOSE` reads in `t` (already `countText`'s), each with its span and words: read.ts takes
 * one as the table's N only where it is at least the table's sum.
 */
function looseTakenIn(t: string): { n: number; index: number; end: number; text: string }[] {
  if (!/\d/.test(t)) return []; // perf46: compiled on a text with a digit only.
  return [...t.matchAll(TAKEN_IN_LOOSE)].map((m) => ({ n: nOf(m)!, index: m.index, end: m.index + m[0].length, text: m[0].trim() }));
}
/** titles70: a count's unit that counts patients (「146例」「(146 participants)」): a title's N where at least the sum. */
export const PATIENT_COUNT = /(?:症例|例|名|人|患者|patients?|pts\.?|subjects?|participants?|cases?|persons?|people|individuals?)$/i;
/** Words before a count of patients that say they were left out (「除外146例」「excluded 146」): no N. */
export const NOT_TAKEN_BEFORE =
  /(?:除外|不能|不明|脱落|中止|欠測|未|非|excluded|excluding|except|without|lost|missing|censored|withdrawn)$/i;
/** Words after a count of patients that say they were left out (「146例を除外」「146 patients excluded」): no N. */
export const NOT_TAKEN_AFTER =
  /^\s*(?:[をがはのも]\s*)?(?:(?:were|was|been)\s+)?(?:外|除|不能|不明|脱落|中止|欠測|未|excluded|excluding|withdr|lost|missing|dropped|censored|not\b)/i;
/** `text` without the spaces, colons, equals signs and opening brackets closing it (walked once from its end). */
export function tailCut(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s:：=(（]/.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}
const PATIENT_COUNT_TEXT = new RegExp(
  String.raw`(?<![\d.,])(${NUMBER})\s*(?:症例|例|名|人(?!\s*[年月日])|患者|patients?|pts\.?|subjects?|participants?|cases?|persons?|people|individuals?)(?![a-z])(?:\s*[をがはの]?\s*(?:${JA_TAKEN_IN}|${JA_TAKEN_IN_MORE})(?:した|された|しました)?)?`,
  'gi',
);
/** A title's N as one reader of it: `stated` (「N=146」「全146例」「146 randomised」), else words read only where at least the table's sum. */
export interface TitleN {
  n: number;
  index: number;
  end: number;
  text: string;
  /** `stated`: `TEXT_N`'s forms; `verb`: `TAKEN_IN_LOOSE`'s (「146 screened」「146 died」「(ITT 2014)」「追跡146」); `count`: a count of patients (「(146 participants)」「146例を追跡」). */
  form: 'stated' | 'verb' | 'count';
}
/**
 * titles72: every N a title, the corner or a note states, in every form a reader takes for a table's N — the one
 * reading read.ts (`statedCounts`), footnotes.ts (a note stating Ns), overtotal.ts (a line that is the title's N) and
 * `titleN` share. `verb` and `count` forms are a table's N only where at least its sum (`titleN`); `t` is
 * `countText`'s or raw (read the same).
 */
export function titleNs(text: string): TitleN[] {
  const t = countText(text);
  if (!/\d/.test(t)) return []; // perf46: the forms compile on a text with a digit only.
  const out: TitleN[] = statedDenominators(t).map((d) => ({ ...d, end: d.index + d.text.length, form: 'stated' as const }));
  const free = (a: number, b: number) => !out.some((o) => a < o.end && o.index < b);
  for (const m of looseTakenIn(t)) if (free(m.index, m.end)) out.push({ ...m, form: 'verb' });
  for (const m of t.matchAll(PATIENT_COUNT_TEXT)) {
    const end = m.index + m[0].length;
    if (!free(m.index, end) || NOT_TAKEN_BEFORE.test(tailCut(t.slice(0, m.index))) || NOT_TAKEN_AFTER.test(t.slice(end))) continue;
    out.push({ n: Number(m[1]!.replace(/,/g, '')), index: m.index, end, text: m[0].trim(), form: 'count' });
  }
  return out.sort((a, b) => a.index - b.index);
}
/**
 * titles72: the N of a table whose sum is `sum` a title (the corner, a note) states: the first `stated`, else the first
 * `verb` or `count` at least the sum (a reader takes it for the N, the difference for patients left out).
 */
export function titleN(text: string, sum: number): number | undefined {
  const all = titleNs(text);
  return (all.find((x) => x.form === 'stated') ?? all.find((x) => x.n >= sum))?.n;
}
/** `TOTAL_N_FORMS` anywhere in a text, for taking them out of a title's other numbers (read.ts). */
export const TOTAL_N_TEXT = new RegExp(TOTAL_N_FORMS.map((f) => f.replace(/\((?!\?)/g, '(?:')).join('|'), 'gi');
const TEXT_N = new RegExp([...N_FORMS, ...TOTAL_N_FORMS].join('|'), 'i');
/** An N as a header, a title or the corner writes it, with the brackets around it, anywhere in a text (for removing it). */
export const DENOMINATOR_TEXT = new RegExp(
  String.raw`${OPEN_BRACKET}?\s*(?:${HEADER_N_FORMS.map((f) => f.replace(/\((?!\?)/g, '(?:')).join('|')})\s*${CLOSE_BRACKET}?`,
  'gi',
);
/** Words of a step, a kind or a category a number after them labels (「Stage 3」「Grade ≥3」「ステージ3」「グレード 2〜3」). */
const STEP_WORD = String.raw`(?:\b(?:grade|stage|phase|type|class|category|level|step|version|cycle|visit|wave|round|tier|cohort|arm|group|part|period|line|score|nyha|ecog|ctcae|gold|asa|ckd|gen)|ステージ|グレード|フェーズ|クラス|タイプ|レベル|ステップ|サイクル|コホート|病期|段階|分類|区分)`;
/**
 * A number a step word labels before a noun of the patients or cases it labels (words40): 「Stage 3 cases」「Grade 2
 * patients」「Grade 3-4 cases」「ステージ3症例」「グレード2 患者」 are the cases of that stage, no count of 3 (an English noun
 * after a number is attributive there: a count of them is written 「4 stage-3 cases」 or 「Stage 3 cases: 4」, which
 * `NOUN_COUNT` reads). Before a counter (「ステージ3 5例」「グレード3例」) the number stays a count: 例, 人, 名 and 件 count.
 * Tried only before a digit (its look-behind's run of spaces is walked once).
 */
const STEP_LABEL = String.raw`(?<=${STEP_WORD}(?:\s*|-)(?:[≥≤<>]\s*)?(?:\d{1,3}\s*[-–〜~/]\s*)?)\d{1,3}(?![\d,])\s*(?:症例|患者|[a-z])`;
/**
 * A count with its unit anywhere in a free text (a title): 88例, 3名, 12 patients. Not a table's or a figure's number
 * before a word that starts with a unit (「表1 患者数」「Table 2 人数」「表3 例数の内訳」「表2 名前」: no count of 1, 2 or 3 —
 * such titles were refused as stating a count no sum of the table holds), nor a number before such a word at all
 * (「1 件数」): a count is followed by its unit, not by 数 or 前. Its look-behinds are tried only before a digit (else a
 * run of spaces is walked back from each of its places: quadratic).
 */
export const COUNT_TEXT = new RegExp(
  String.raw`(?=\d)(?<![\d,.])(?<!(?:表|図|第|table|figure|fig\.?|no\.?)\s*)(?!${STEP_LABEL})(${NUMBER})\s*${COUNT_UNIT}(?!数|前|称|簿)`,
  'gi',
);

const nOf = (m: RegExpExecArray | null) => {
  const found = m?.slice(1).find((g) => g !== undefined);
  return found === undefined ? undefined : Number(found.replace(/,/g, ''));
};

const KANJI_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  // 大字, as on forms and cheques (壱弐参, 拾).
  壱: 1,
  弐: 2,
  参: 3,
};
const KANJI_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 千: 1000 };
/**
 * Counts in native Japanese numerals (和語の数詞): 「ひとつ」…「とお」, 「ひとり」「ふたり」 — a 3 to a reader as 「三」 is
 * (words9). Only as whole words (`kanjiNumbers`: the end, punctuation or a particle after them).
 */
const NATIVE: Record<string, number> = {
  ひとつ: 1,
  ふたつ: 2,
  みっつ: 3,
  よっつ: 4,
  いつつ: 5,
  むっつ: 6,
  ななつ: 7,
  やっつ: 8,
  ここのつ: 9,
  とお: 10,
  ひとり: 1,
  ふたり: 2,
};
/** The native numerals as a pattern's alternatives (`NATIVE`), longest first. */
export const NATIVE_NUMBER = Object.keys(NATIVE)
  .sort((a, b) => b.length - a.length)
  .join('|');
const NATIVE_WORDS = new RegExp(NATIVE_NUMBER, 'g');
/** A text with each native numeral as its kanji (「うちふたり」 as 「うち二」), for patterns that read kanji (read.ts `MARKED_NUMBER`). */
export function nativeAsKanji(text: string): string {
  return text.replace(NATIVE_WORDS, (w) => (NATIVE[w] === 10 ? '十' : '〇一二三四五六七八九'[NATIVE[w]!]!));
}
/** A number written in kanji (三十一, 二百五, 一〇三, 1万2千) or a native numeral (「みっつ」): its value, or undefined where it is none. */
export const kanjiValue = (text: string) => kanjiNumber(text);
export function kanjiNumber(text: string): number | undefined {
  if (text in NATIVE) return NATIVE[text];
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let positional = '';
  for (const ch of text) {
    if (ch in KANJI_DIGITS) {
      digit = (digit ?? 0) * 10 + KANJI_DIGITS[ch]!;
      positional += String(KANJI_DIGITS[ch]);
    } else if (/\d/.test(ch)) {
      digit = (digit ?? 0) * 10 + Number(ch);
      positional += ch;
    } else if (ch in KANJI_UNITS) {
      section += (digit ?? 1) * KANJI_UNITS[ch]!;
      digit = undefined;
      positional = 'x';
    } else if (ch === '万') {
      total += (section + (digit ?? 0) || 1) * 10_000;
      section = 0;
      digit = undefined;
      positional = 'x';
    } else return undefined;
  }
  if (/^\d+$/.test(positional)) return Number(positional);
  return total + section + (digit ?? 0);
}
/**
 * A number in kanji (or digits and kanji) after 全 or N=, or before a unit of patients. Compiled once: built in
 * `countText` on each call, it was most of the time of reading 250,000 lines of notes (3.9 s, the pattern's
 * look-behind compiled each time).
 *
 * Linear in the text's length (test/pubcheck/regex-linear.test.ts): the look-behind is tried only before a digit or
 * kanji (else a run of spaces after 全 is walked back from each of its places); a number before a unit starts where no
 * digit or kanji stands before it and has its digits before its first kanji (`\d*[…]`, not `[…\d]*[…]`, which tried each
 * split of a long run). The same matches as before: every match ends where its run of digits and kanji ends (no unit
 * starts with one), so a match never started inside a run.
 */
const KANJI_COUNT = new RegExp(
  String.raw`(?=[〇零一二三四五六七八九十百千万壱弐拾\d])(?<=全\s*|n\s*[=:]\s*)([〇零一二三四五六七八九十百千万壱弐拾\d]+)|(?<![持新古降見日墓〇零一二三四五六七八九十百千万壱弐参拾\d])(\d*[〇零一二三四五六七八九十百千万壱弐参拾][〇零一二三四五六七八九十百千万壱弐参拾\d]*)(?=\s*${COUNT_UNIT})`,
  'gi',
);
const ENGLISH_UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const ENGLISH_TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const ENGLISH_TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ENGLISH_WORD = [...ENGLISH_UNITS, ...ENGLISH_TEENS, ...ENGLISH_TENS].join('|');
export const ENGLISH_PHRASE = String.raw`\b(?:a[\s-]+(?:hundred|thousand)|${ENGLISH_WORD})(?:(?:[\s-]+and)?[\s-]+(?:${ENGLISH_WORD}|hundred|thousand))*\b`;
/**
 * Before a number word that no phrase before it reaches (`ENGLISH_COUNT`'s count before a unit): a phrase that starts
 * at a later word of a run has a match from the run's first word too (the same end), so the match is the one found
 * before, and a run of a million characters of 「one one …」 is walked once, not from each word.
 */
const NOT_AFTER_WORDS = String.raw`(?<!\b(?:a[\s-]+(?:hundred|thousand)|${ENGLISH_WORD})(?:(?:[\s-]+and)?[\s-]+(?:${ENGLISH_WORD}|hundred|thousand))*?(?:[\s-]+and)?[\s-]+)`;
/** ENGLISH_PHRASE from the first word of its run (`NOT_AFTER_WORDS`), where nothing before the phrase is asked for. */
export const ENGLISH_PHRASE_FIRST = ENGLISH_PHRASE.replace(`|${ENGLISH_WORD})`, `|${NOT_AFTER_WORDS}(?:${ENGLISH_WORD}))`);
/** Units of patients after a count in words (as COUNT_UNIT's English ones). */
const ENGLISH_UNIT = String.raw`\s+(?:patients?|pts\.?|subjects?|cases?|persons?|people|participants?|individuals?)(?![a-z])`;
/**
 * A number in English words before a unit of patients (「three patients」, 「Twenty-one cases」, 「two hundred and five
 * participants」) or after N= (「N = twenty-eight」「n: two hundred」, as 「N=二十八」 is read: unread, 28 − 25 gave a
 * hidden 3 back, and a title's 「(N = two hundred)」 left shares of the table's N unrefused; adversary21).
 */
const ENGLISH_COUNT = new RegExp(
  `(?:(?<=(?<![a-z])n\\s*[=:]\\s*)${ENGLISH_PHRASE}(?![a-z-])|${ENGLISH_PHRASE_FIRST}(?=${ENGLISH_UNIT}))`,
  'gi',
);

/**
 * Before a number word: not after a phrase that ENGLISH_ANY could start itself (no letter or hyphen before it) and that
 * reaches this word (perf9) — a phrase from here has one from there with the same end, so the scan found that one
 * first (or a longer one), and 「one-and one-and …」 is walked once, not from each word.
 */
const NOT_AFTER_PHRASE = NOT_AFTER_WORDS.replace('(?<!\\b', '(?<!(?<![a-z-])\\b');
/** Any English number phrase, wherever it stands (`englishNumbers`). */
export const ENGLISH_ANY = new RegExp(
  `(?<![a-z-])${ENGLISH_PHRASE.replace(`|${ENGLISH_WORD})`, `|${NOT_AFTER_PHRASE}(?:${ENGLISH_WORD}))`)}(?![a-z]|-[a-z])`,
  'gi',
);
/**
 * A lone 「one」 that says no count: a pronoun or part of a phrase, or a bound (「more than one comorbidity」「at least one
 * event」: a criterion, no count; 「one of the」 stays a number: 1 of them).
 */
const ONE_WORD_BEFORE =
  /(?:\b(?:no|any|each|every|the|this|that|which|a|another|such|(?:more|less|fewer|greater)\s+than|at\s+(?:least|most))|[-'’])\s*$/i;
const ONE_WORD_AFTER = /^(?:\s+or\s+more|\s+another|\s+(?:way|time|side|hand|day)s?\b|\s+at\s+a\s+time|-(?:sided|way|time|off|to-one))/i;

/**
 * The numbers written in English words anywhere in a text (after `countText`, which turned those before a unit of
 * patients into digits): 「seven deaths」「eleven, three in A」「(deaths: seven)」 — counts an attacker reads as a 7, which
 * a note or a title publishes as its digits would (attack22: silent before, where 「7 deaths」 was refused). A lone
 * 「one」 used as a word (「no one」「one or more」「one-sided」) is left.
 */
export function englishNumbers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(ENGLISH_ANY)) {
    const phrase = m[0];
    if (/^one$/i.test(phrase)) {
      const before = text.slice(0, m.index);
      const after = text.slice(m.index + phrase.length);
      if (ONE_WORD_BEFORE.test(before) || ONE_WORD_AFTER.test(after)) continue;
    }
    const n = englishNumber(phrase);
    out.push(n === undefined ? phrase : `${phrase}（${n}）`);
  }
  return out;
}

/** Nouns of time after a word of quantity (「a couple of days」): a duration, no count. */
const TIME_NOUN = String.raw`(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|times?|doses?|visits?|cycles?|reasons?|ways?)\b`;
/** Nouns of patients or events a vague 「a few」「several」 counts (「a few deaths」; 「a few days」 is none). */
const EVENT_WORDS = String.raw`deaths?|events?|AEs|SAEs|TEAEs|withdrawals?|drop-?outs?|hospitali[sz]ations?|admissions?|readmissions?|relapses?|recurrences?|infections?|fractures?|discontinuations?|exclusions?|responders?|non-responders?|survivors?|men|women|males?|females?|children|adults|strokes?|bleeds?|falls|births|pregnanc(?:y|ies)|deliveries|infarctions?|MIs|cancers?|tumou?rs?|seizures?|overdoses?|transplants?|surgeries|episodes?|complications?|reactions?`;
const EVENT_NOUN = String.raw`(?:${EVENT_WORDS}|sites?|centres?|centers?|hospitals?|facilities)\b`;
/**
 * English nouns whose number counts patients or events (titles38): the units of patients (`COUNT_UNIT`'s English
 * ones), the nouns of events `EVENT_NOUN` counts after 「a few」 and their singulars, and other words for people. One
 * list for a title's, the corner's and a caption's counts (`nounCounts`) and for a count in words (`WORD_UNIT`).
 */
const COUNTED_NOUN = String.raw`(?:patients?|pts\.?|subjects?|cases?|persons?|people|participants?|individuals?|${EVENT_WORDS}|man|woman|child|adult|boys?|girls?|infants?|neonates?|newborns?|users?|fatalit(?:y|ies)|suicides?|deceased)(?![a-z]|[- ]?(?:years?|months?|weeks?|days?|time)\b)`;
/**
 * Nouns after 「a few」「several」 that are no patients or events (words12): times and amounts, the study's own parts
 * (reasons, analyses, variables …), after at most one word that qualifies them (「several other reasons」). Any other
 * noun is counted (「a few strokes」「a few of them」: 2–9, our reading), where words11 counted only the nouns of
 * `EVENT_NOUN`; patients are left to `SHARE_PATTERNS` (a share of N, line/share).
 */
const NOT_COUNTED = String.raw`(?:(?:other|more|additional|further|different|separate|possible|potential|important|major|minor|key|specific|distinct|sensitivity|secondary|exploratory|statistical|technical)\s+)?(?:${TIME_NOUN.slice(3, -4)}|methods?|analys[ie]s|models?|stud(?:y|ies)|trials?|papers?|articles?|reports?|publications?|references?|limitations?|factors?|variables?|covariates?|definitions?|sources?|steps?|aspects?|points?|questions?|items?|tables?|figures?|categories|category|approaches|approach|options?|issues?|exceptions?|changes?|modifications?|adjustments?|assumptions?|criteria|criterion|outcomes?|endpoints?|measures?|parameters?|scenarios?|subgroups?|versions?|databases?|datasets?|data|percent|per\s*cent|hundreds?|thousands?|millions?|dozens?|words?|lines?|pages?|columns?|rows?|fields?|values?|digits?|decimals?|places?|features?|things?|codes?|algorithms?|diagnos[ie]s|comorbidit(?:y|ies)|conditions?|drugs?|medications?|products?|formulations?|tests?|measurements?|samples?|imputations?|iterations?|runs?|rounds?|queries|query|answers?|folds?|mg|ml|kg|cm|mm|g|l)\b`;
/**
 * Plural nouns whose number counts no patients or events (words14): times and amounts (`TIME_NOUN`), the study's own
 * parts and units (`NOT_COUNTED`), and its structure and steps — arms, groups, sites, hospitals, countries, periods,
 * grades, stages, doses and the like. Any other English plural after a number (「3 amputations」) or before 「: n」
 * (「Amputations: 3」) is read as a count of what it names (our reading, `NOUN_COUNT`).
 */
const PLURAL_NOT = String.raw`(?:${TIME_NOUN.slice(3, -4)}|${NOT_COUNTED.slice(NOT_COUNTED.indexOf(')?(?:') + 5, -3)}|arms|groups|cohorts|sites|cent(?:er|re)s|hospitals|clinics|facilities|institutions|wards|units|countries|regions|prefectures|areas|cities|states|strata|periods|decades|ages|grades|stages|phases|types|levels|classes|waves|tiers|scores|ranks|doses|tablets|capsules|injections|vials|units|yrs|hrs|mins|secs|mos|wks|lbs|ius|rcts|bits|bytes|years-old|olds|vs|cells|pages|sections|chapters|appendices|supplements|tables|figures|panels|plots|lines|arms|weights|heights|sizes|ranges|quartiles|quintiles|tertiles|deciles|percentiles|centiles|categories|cycles|courses|sessions|months|weeks|days|hours|results|findings|notes|remarks|comments|details|characteristics|statistics|demographics|totals|numbers|counts|sums|means|medians|ratios|rates|odds|estimates|intervals|differences|patterns|trends|effects|risks|hazards|percentages|proportions|frequencies|incidences|ids|keys|abbreviations|definitions|footnotes|legends|labels|headers|headings|contents|regimens|treatments|therapies|vaccines|strategies|exposures|comparators|controls|indications|lots|batches|brands|generations|specialties|sexes|routes|seasons|quarters|dimensions|domains|subscales|scales|instruments|questionnaires|surveys|systems|modes|settings|agents|compounds|classes|genes|alleles|variants|biomarkers|markers|assays|methods|sets|pairs|blocks|layers|populations|registries|networks|plans|insurers|physicians|doctors|investigators|authors|reviewers|raters|observers|experts|committees|organi[sz]ations|companies|manufacturers|laborator(?:y|ies)|labs|pharmacies)(?![a-z])`;
/**
 * An English plural noun (a word of three letters or more ending in s, and the irregular ones of people), none of
 * `PLURAL_NOT` nor ending with one after a hyphen (「person-years」): words14.
 */
const ANY_PLURAL = String.raw`(?<!-)(?!${PLURAL_NOT})(?![a-z-]*-${PLURAL_NOT})(?:[a-z][a-z-]*[a-z]s|people|children|women|men|feet|teeth|mice)(?![a-z-])`;
/**
 * At most two words between a number and the noun it counts (「3 serious adverse events」「three treatment-related
 * deaths」), none of them a word of time, a unit, a bound or a preposition (「3 months of events」「3 or more events」
 * 「3 mg users」 count no events).
 */
const COUNTED_GAP = String.raw`(?:(?!(?:of|in|at|per|after|before|from|to|with|without|by|for|and|or|than|the|a|an|on|within|over|under|more|less|fewer|most|least|among|during|following|between|versus|vs)(?![a-z-])|(?:times?|mg|g|kg|ml|l|mmhg|cm|mm|percent|years?-?old)(?![a-z]))(?!${TIME_NOUN})(?!${PLURAL_NOT})[a-z][a-z-]*(?:-[≥≤<>]?\d{1,3})*(?![a-z\d-])\s+){0,2}`;
/**
 * What a text must hold for a pattern below to match in it (perf46): each pattern's every match holds a digit (`HAS_DIGIT`:
 * `NOUN_RANGE`), an ASCII letter (`HAS_LETTER`: the English nouns of `EN_KANJI`,
 * `PEOPLE_RANGE`, `LISTED_PLURAL`'s plural), one of them (`HAS_DIGIT_OR_LETTER`: `NOUN_COUNT`'s number in digits or English
 * words, `ONE_SINGULAR`'s 「1」 or 「one」), or a digit or a kanji numeral of `KANJI_END_RUN` (`HAS_GLUED_NUMBER`: `JA_GLUED`).
 * A text without it is not searched: the same matches (none), without compiling those patterns of many thousand characters
 * (≈ 0.1 s of a process's first reading, where a corner or a title in Japanese words asks them; the same flags, so
 * `/i` without `u` takes only ASCII letters for [a-z]).
 */
const HAS_DIGIT = /\d/;
const HAS_LETTER = /[a-z]/i;
const HAS_DIGIT_OR_LETTER = /[\da-z]/i;
const HAS_GLUED_NUMBER = /[\d〇一二三四五六七八九十百千]/;
/** A word every alternative of `ENGLISH_QUANTITY` holds (「a couple」「dozens」「several」「twice」…: 「a」 and a space, or one of the rest). */
const HAS_QUANTITY_WORD = /a\s|dozens|several|twice|thrice|half|double|triple/i;
/**
 * English words of quantity that say a count (words11): 「a couple of」 2, 「a pair of」 2, 「a dozen」 12, 「half a dozen」
 * 6, 「a score of」 20, 「dozens of」, 「a handful of」 and, before a noun of patients or events, 「a few」「several」 (2–9,
 * our reading), and factors between two counts (「twice as many」「thrice」「half as many」「twice the number of」: an
 * equation as 「2 times as many」's digits are). Not before a noun of time (「a couple of days」), nor 「twice daily」
 * 「double-blind」. Their shares of patients (「a few patients」, header.ts `SHARE_PATTERNS`) are judged there.
 */
const ENGLISH_QUANTITY = new RegExp(
  String.raw`\b(?:(?:a\s+couple|a\s+pair|a\s+handful)\b(?!\s+of\s+${TIME_NOUN})|(?:a\s+score|dozens)\s+of\s+(?!${TIME_NOUN})|(?:half\s+)?a\s+dozen\b(?!\s+(?:of\s+)?${TIME_NOUN})|(?:a\s+few|several)(?=\s*$)|(?:a\s+few|several)\s+(?=${EVENT_NOUN}|(?!${NOT_COUNTED}|(?:patients|subjects|cases|participants)\b)[a-z])|(?:twice|thrice|half|double|triple)\s+(?:as\s+(?:many|much|often|frequent|frequently|common|likely|high|large)|the\s+(?:number|count|rate|incidence|frequency))\b)`,
  'gi',
);
const QUANTITY_VALUE: [RegExp, string][] = [
  [/^half\s+a\s+dozen/i, '6'],
  [/^a\s+dozen/i, '12'],
  [/^dozens/i, '24〜'],
  [/^a\s+(?:couple|pair)/i, '2'],
  [/^a\s+score/i, '20'],
  [/^(?:a\s+handful|a\s+few|several)/i, '2〜9'],
  [/^(?:twice|double)/i, '×2'],
  [/^(?:thrice|triple)/i, '×3'],
  [/^half/i, '×1/2'],
];
/** The counts English words of quantity say in a text (`ENGLISH_QUANTITY`), each with what it says (「a dozen（12）」). */
export function englishQuantities(text: string): string[] {
  if (!HAS_QUANTITY_WORD.test(text)) return [];
  return [...text.matchAll(ENGLISH_QUANTITY)].map((m) => {
    const said = m[0].trim();
    return `${said}（${QUANTITY_VALUE.find(([p]) => p.test(said))?.[1] ?? '?'}）`;
  });
}

/** A native numeral before の and a noun (「みっつの施設」; 「ひとつの」 is 「a」 as often, our reading). */
const NATIVE_OF = new RegExp(
  `(?:(?<=うち|[はがもをにでと])|(?<![\\u3041-\\u309f]))(?:${NATIVE_NUMBER.replace(/(^|\|)ひとつ(?=\||$)/, '$1(?!)')})(?=の)`,
  'g',
);
/** A unit of patients after a count in words (「十数例」「a dozen patients」): a count a title or a label states. */
const WORD_UNIT = new RegExp(String.raw`^\s*(?:症例|例|名|人|件|患者|(?:of\s+)?(?:the\s+)?${COUNTED_GAP}${COUNTED_NOUN})`, 'i');
/**
 * The counts in words of a text that no digit stands for (words11): rough counts in kanji (「十数例」), English words
 * of quantity (「a dozen」「a couple of」「twice as many」) and native numerals before の (「みっつの施設」), each where it
 * stands and whether a unit of patients follows it (a count a title must place, as 「13例」).
 */
export function wordCounts(text: string): { index: number; written: string; unit: boolean }[] {
  const found = [
    ...text.matchAll(KANJI_ABOUT),
    ...(HAS_QUANTITY_WORD.test(text) ? text.matchAll(ENGLISH_QUANTITY) : []),
    ...text.matchAll(NATIVE_OF),
  ];
  return found
    .map((m) => ({ index: m.index, written: m[0].trim(), unit: WORD_UNIT.test(text.slice(m.index + m[0].length)) }))
    .sort((a, b) => a.index - b.index);
}

/** Words before a number that make it a step, a name or a place, no count (「Grade 3 events」「Table 2 deaths」「COVID-19 cases」). */
const STEP_BEFORE = String.raw`(?<![a-z\d.,\-–/#≥≤<>~〜+±])(?<!\b(?:grades?|stages?|phases?|types?|versions?|ver\.?|v|days?|weeks?|months?|years?|cycles?|visits?|tables?|figures?|fig\.?|no\.?|numbers?|steps?|levels?|class(?:es)?|categor(?:y|ies)|waves?|rounds?|arms?|groups?|cohorts?|parts?|sections?|stud(?:y|ies)|trials?|models?|lines?|doses?|tiers?|scores?|appendix|supplement|items?|questions?|periods?|sites?|cent(?:er|re)s?|regions?|zones?|ctcae|nyha|gold|ecog|who|asa|ckd|hiv|covid|sars-cov|h1n1|ich|icd|pt|cd)\s*)(?<!(?:表|図|第|ステージ|グレード|フェーズ|クラス|タイプ|レベル|ステップ|サイクル|コホート|病期|段階|分類|区分)\s*)`;
/** A digit count that is no year (「2020 deaths」 is a year's, our reading) and no part of a decimal, a range or a rate. */
const COUNTED_DIGITS = String.raw`(?=\d)${STEP_BEFORE}(?!(?:19|20)\d\d(?!\d))(\d{1,3}(?:,\d{3})+(?![\d.]|,\d)|\d+(?![\d.,]\d|[\d,]))`;
/** A unit of measure or a rate after a label's number (「Deaths: 3%」「Events: 3/100」「死亡：3年」): no count. */
const MEASURE_AFTER = String.raw`(?!\s*(?:[%％/／.,\-–~〜]\s*\d|[%％/／]|歳|才|年|か月|ヶ月|カ月|ケ月|月|週|日|時間|回|度|型|群|期|次|級|点|(?:mg|g|kg|ml|l|mmhg|cm|mm|per|years?|months?|weeks?|days?|hours?|minutes?|times?|doses?|percent)(?![a-z])))`;
/** Japanese names of counted patients or events before 「: n」「= n」 (「死亡: 3」「有害事象=3」). */
const COUNTED_NAME_JA = String.raw`(?:死亡(?:者|例)?|死者|有害事象|副作用|イベント|事象|脱落|中止|除外|入院|再入院|再発|発症|感染|骨折|男性|女性|小児)数?`;
/** A numeral in kanji (大字 too) or a native one (「三」「十二」「参」「ふたつ」): a count where it stands as digits would (words42). */
const JA_NUMERAL = `[〇零一二三四五六七八九十百千壱弐参拾]+|${NATIVE_NUMBER}`;
/**
 * A Japanese noun written apart from the number after it, by 「：」「=」 or a space, with no unit after the number
 * (「切断 3」「転倒：2」「輸血=4」「（挿管 3）」, words40): the number is the noun's value, in a table of counts its count, as
 * 「死亡：3」's is (`COUNTED_NAME_JA`); our reading, by the form and not by a list of events. Where the number is
 * written onto the noun (「ステージ3」「試験2」「表3」) it names, and a noun of a step, a kind, a place in the document,
 * a time or a measure before it (`STEP_WORD`'s Japanese words, 「分類」「試験」「資料」「時点」「来院」, a noun ending in
 * 表, 図, 版, 号, 期, 相, 型, 次, 回, 年, 齢, 量, 値, 率 …) labels or measures: no count; nor a group's name (「対照群 120」:
 * its N as often, read as before). Nor before a unit after the number
 * (`MEASURE_AFTER`, 「号」「位」「倍」「錠」「施設」). A noun of kanji and katakana only, taken whole from its first character.
 */
/** A Japanese noun of kanji and katakana taken whole, none of a step, a kind, a place in the document, a time or a measure (`JA_NAME_COUNT`). */
const JA_NOUN_APART = String.raw`(?<![\u3400-\u4dbf\u4e00-\u9fff々\u30a1-\u30faー])[\u3400-\u4dbf\u4e00-\u9fff々\u30a1-\u30faー]{2,12}(?![\u3400-\u4dbf\u4e00-\u9fff々\u30a1-\u30faー])(?<!(?:ステージ|グレード|フェーズ|クラス|タイプ|レベル|ステップ|サイクル|コホート|パート|グループ|カテゴリー?|バージョン|ラウンド|ブロック|セクション|ページ|アーム|ライン|モデル|シナリオ|コース|レジメン|エリア|病期|段階|分類|区分|試験|研究|資料|付録|別紙|様式|参考|補足|項目|設問|質問|時点|来院|訪問|受診|解析|分析|調査|番号|令和|平成|昭和|西暦|地域|病棟|スコア|ポイント|ランク|スケール|シート|ファイル|スライド|別添|別冊|添付|[表図第版号期相型群次回条章節項問部編巻欄行列段位番級度目式紙点齢重長量間値率比圧年月日週時代歳才名後前]))`;
const JA_NAME_COUNT = new RegExp(
  String.raw`${JA_NOUN_APART}(?:\s*[:：=]\s*|\s+|\s*[(（]\s*(?=(?:\d+|${JA_NUMERAL})\s*[)）]))(?!(?:19|20)\d\d(?!\d))(\d+|${JA_NUMERAL})(?![\d.,]\d|[\d,])${MEASURE_AFTER}(?!\s*(?:号|位|番|倍|錠|本|枚|個|施設|病院|か国|カ国|ヶ国|地域))(?=\s*(?:$|[)）\]］,，、;；。]|\.(?!\d))|\s+[^\s\d.,\-–~〜])`,
  'g',
);
/**
 * Japanese nouns of the study's places, documents, data and products (words42, as `PLURAL_NOT`'s English ones: a list
 * of ours): 「施設 3」「病院 2」「地区 3」「報告書 3」「プロトコル 2」「データ 2」「ロット 3」「クール 3」「ワクチン 2」
 * name or number as often as they count. Their number counts where the table says it counts them (「施設数」: read.ts
 * `countsNoun`), else it is a number, said as ours (`title/number`), as 「3 hospitals」 is. A noun of patients or events
 * (「症例 3」「手術 3」「報告 3」: reports of events) is none of them.
 */
const JA_LABEL_NOUN =
  /(?:医療機関|施設|病院|センター|クリニック|サイト|地区|[都道府県市区町村国州]|プロトコル|計画書|報告書|改訂|補遺|データセット|データ|集計|結果|パネル|バッチ|ロット|クール|ワクチン|製剤|薬剤|製品|ブランド)$/;
/** A Japanese noun apart from its number (`JA_NAME_COUNT`): where, as written, its count, and the noun of `JA_LABEL_NOUN` it ends with. */
function jaNames(text: string): { index: number; end: number; at: number; written: string; n: number; noun?: string }[] {
  const out: { index: number; end: number; at: number; written: string; n: number; noun?: string }[] = [];
  for (const m of text.matchAll(JA_NAME_COUNT)) {
    const end = m.index + m[0].length;
    const at = end - m[1]!.length;
    // A numeral in words (「切断 三」「転倒：二」「（挿管 三）」, words42) where `kanjiNumbers` reads it as a count: not part of
    // a word, an idiom or a name (「担当 鈴木 一」).
    const n = /^\d/.test(m[1]!) ? Number(m[1]) : kanjiCountAt(text, at, m[1]!);
    if (n === undefined) continue;
    const noun = JA_LABEL_NOUN.exec(/^[^\s:：=(（]+/.exec(m[0])![0])?.[0];
    out.push({ index: m.index, end, at, written: m[0].trim(), n, ...(noun !== undefined && { noun }) });
  }
  return out;
}
/** The counts a Japanese noun apart from its number states (`JA_NAME_COUNT`), none of `JA_LABEL_NOUN`. */
function jaNameCounts(text: string): { index: number; end: number; at: number; written: string; n: number }[] {
  return jaNames(text).filter((m) => m.noun === undefined);
}
/** The numbers after a Japanese noun of `JA_LABEL_NOUN` (「施設 3」): read.ts reads them as `listedPlurals`' (words42). */
export function jaListedNames(
  text: string,
): { index: number; end: number; at: number; written: string; n: number; noun: string; lo?: number; range?: true; band?: true }[] {
  // A range after one (「施設 2〜3」, words43): its count lies in it where the table counts the noun; a list (「施設 2、3」,
  // words45) as its range.
  const read = listsAsRanges(text);
  return [...jaNames(read), ...jaNounRanges(read), ...jaGlued(read)].flatMap((m) =>
    m.noun === undefined ? [] : [{ ...m, noun: m.noun, written: text.slice(m.index, m.end).trim() }],
  );
}
/**
 * A list of numbers after a noun (「切断2,3」「切断 2、3」「切断2または3」「切断2・3」「切断2か3」「Deaths 2 or 3」「amputations: 2,
 * 3」, words45): a reader learns the count is one of them, so it is read as the range from the least to the greatest
 * (「切断2〜3」), with the range's rules where it stands (words43/44: written onto a Japanese noun a count only where it
 * pins a line's sum; apart from one a band where it pins nothing; after an English noun of events a count; after one of
 * people as 「Women 2-3」). Our reading. The text is rewritten to the range in as many characters (so every place read
 * stays the list's); a comma before three digits (「1,234」), a year or a decimal is no list. Only after a letter, a
 * kanji or a katakana, with 「:」「=」, a bracket, a space or 「は」「が」「も」 between.
 */
const NUMBER_LIST = new RegExp(
  String.raw`(?<=(?:[\u3400-\u4dbf\u4e00-\u9fff々\u30a1-\u30faーa-z])(?:\s*[:：=]\s*|\s*[(（]\s*|[はがも]\s*|\s+)?)(?<![\d.,])(?!(?:19|20)\d\d(?!\d))\d{1,3}(?:(?:\s*[、，・]\s*|,(?!\d{3}(?!\d))\s*|,\s+|\s*(?:または|又は|もしくは|か|と|及び|および|並びに|ならびに)\s*|,?\s+(?:or|and)\s+)(?!(?:19|20)\d\d(?!\d))\d{1,3})+(?![\d]|[.,]\d)`,
  'gi',
);
function listsAsRanges(text: string): string {
  return text.replace(NUMBER_LIST, (list) => {
    const ns = list.match(/\d+/g)!.map(Number);
    const [lo, hi] = [String(Math.min(...ns)), String(Math.max(...ns))];
    if (lo === hi) return list;
    return `${lo}${' '.repeat(list.length - lo.length - hi.length - 1)}〜${hi}`;
  });
}
/**
 * A count of patients or events written in a free text (a title, the corner, a caption), after `countText`
 * (titles38): a number in digits or English words before a noun of patients or events, with at most two words between
 * (「3 deaths」「three serious adverse events」「one death」), a number before a verb of what befell them (「Seven
 * died」「3 withdrew」「3 were excluded」), and such a noun before 「: n」 or 「= n」 (「Deaths: 3」「(deaths=3)」「死亡：3」「(deaths:
 * seven)」), or before a bare number closing the text or a bracket (「(deaths 3)」「（死亡 3）」). Not a step, a name or a table's number before (`STEP_BEFORE`: 「Grade 3 events」「Table 2 deaths」), a year
 * (「2020 deaths」), a decimal, a rate (「3 deaths per 1,000」) or a measure after (「Deaths: 3%」) or a range after a name (「Children: 0-14」「Women 40–49」: an age band as often), nor a share's rest (「all but one died」: `shareWords`). The reading of the
 * noun as a count is ours; the notes refuse every number (read.ts `otherNumbers`), which covers these.
 */
const NOUN_COUNT = new RegExp(
  String.raw`(?!\s)(?<!\b(?:but|except|save)\s+)(?:${COUNTED_DIGITS}|(?<![a-z-])(${ENGLISH_PHRASE_FIRST}))(?:\s*${COUNTED_GAP}(?:${COUNTED_NOUN}|${ANY_PLURAL})(?!\s*(?:per|/|every)(?![a-z]))|\s+(?:patients?\s+)?(?:died|deceased|withdrew|dropped\s+out|relapsed|(?:were|was)\s+(?:excluded|lost|withdrawn|censored|hospitali[sz]ed|(?:re)?admitted))(?![a-z]))|(?:\b(?:${COUNTED_NOUN}|${ANY_PLURAL})|${COUNTED_NAME_JA})(?:\s*[:=]\s*(?:(?!(?:19|20)\d\d(?!\d))(\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]\d|[\d,])${MEASURE_AFTER}|(${ENGLISH_PHRASE})(?![a-z-]))|\s*(?:[(（]\s*(?=\d+\s*[)）]))?(?!(?:19|20)\d\d(?!\d))(\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]\d|[\d,])(?=\s*(?:$|[)）\]］,，、;；。]|\.(?!\d))|(?<=[\u3040-\u9fff]\s*\d+)${MEASURE_AFTER}(?=\s+[^\s\d.,\-–~〜])))`,
  'gi',
);
/** Plurals of people, before which a range is an age band as often (「Children: 0-14」「Women 40–49」「Adults 18-64」): a list of ours. */
const PEOPLE_PLURAL = String.raw`(?:patients|pts|subjects|cases|persons|people|participants|individuals|men|women|males|females|children|adults|boys|girls|infants|neonates|newborns|users|survivors|responders|non-responders|adolescents|teens|teenagers|toddlers|elderly|seniors|youths|residents|workers|employees|students|mothers|fathers|parents|smokers|drinkers|recipients|donors|members|births)(?![a-z])`;
/**
 * The plurals of the units a table of patients counts (`COUNT_UNIT`'s English ones): before 「:」「=」 or a bracket a
 * range after them is their count (「Patients: 3-5」「Cases (2–4)」, words40), as after a noun of events; after a
 * space alone it names a subgroup as often (「Patients 40–49」: an age band, as 「Children: 0-14」 is after the other
 * nouns of people).
 */
const COUNTED_UNIT_PLURAL = String.raw`(?:patients|pts|subjects|cases|persons|participants|individuals)(?![a-z])`;
const UNIT_RANGE_START = new RegExp(`^${COUNTED_UNIT_PLURAL}`, 'i');
/** A range of two counts (「3-5」「3–5」「3〜5」「3 to 5」), neither a year (「2019-2021」). */
const COUNT_RANGE = String.raw`(?!(?:19|20)\d\d(?!\d))(\d{1,3})(?![\d.,]\d|[\d,])\s*(?:[-–~〜]|to(?![a-z]))\s*(?!(?:19|20)\d\d(?!\d))(\d{1,4})(?![\d.,]\d|[\d,])`;
/**
 * A range of counts of patients or events in a free text (words14): before a noun of them (「3-5 deaths」「2 to 4 serious
 * adverse events」, any noun `NOUN_COUNT` counts), or after a noun of events before 「:」「=」 or none (「Deaths: 3-5」
 * 「Amputations 3–5」「死亡：3〜5」) — not after a noun of people (an age band as often: `PEOPLE_PLURAL`), nor a step or
 * a measure (`STEP_BEFORE`, `MEASURE_AFTER`), nor years. It says the count is at most its upper end (our reading).
 */
const NOUN_RANGE = new RegExp(
  String.raw`(?=\d)${STEP_BEFORE}${COUNT_RANGE}\s*${COUNTED_GAP}(?:${COUNTED_NOUN}|${ANY_PLURAL})(?!\s*(?:per|/|every)(?![a-z]))|(?:(?:\b(?!${PEOPLE_PLURAL})(?:${COUNTED_NOUN}|${ANY_PLURAL})|${COUNTED_NAME_JA})\s*(?:[:=]|[(（](?=\s*\d[^)）]*[)）]))?|\b${COUNTED_UNIT_PLURAL}\s*(?:[:=]|[(（](?=\s*\d[^)）]*[)）])))\s*${COUNT_RANGE}${MEASURE_AFTER}`,
  'gi',
);
/**
 * A range in kanji numerals after a Japanese noun of events before 「:」「=」, a bracket or none (「死亡：二〜三」「（死亡
 * 二〜三）」, words42): as `NOUN_RANGE`'s 「死亡：2〜3」, not before a measure (「二〜三年」「二〜三か月」).
 */
const KANJI_RANGE = new RegExp(
  String.raw`(?<![\u3400-\u4dbf\u4e00-\u9fff々\u30a1-\u30faー])${COUNTED_NAME_JA}\s*(?:[:=]\s*|[(（]\s*)?([〇一二三四五六七八九十百千]+)\s*[-–~〜]\s*([〇一二三四五六七八九十百千]+)(?![\u3400-\u4dbf\u4e00-\u9fff々])${MEASURE_AFTER}`,
  'g',
);
/** Where a number apart from the noun before it ends (`JA_NAME_COUNT`): the text's end, a stop, a bracket, a word after a space. */
const APART_END = String.raw`(?=\s*(?:$|[)）\]］,，、;；。]|\.(?!\d))|\s+[^\s\d.,\-–~〜])`;
/**
 * A range after any Japanese noun apart from it (「切断 2〜3」「転倒：2-4」「（挿管 1〜3）」「切断 二〜三」, words43): the
 * noun's count lies in it, as `NOUN_RANGE`'s 「死亡：2〜3」 (our reading, by the form as `JA_NAME_COUNT`'s 「切断 3」, with its
 * exceptions: no noun of a step, a time or a measure before it (「術後 2〜3」「時点 2〜3」), no unit after it (「2〜3月」
 * 「2〜3週ごと」「2〜3日」「2〜3か月」: only the end, a stop, a bracket or a word after a space), no year).
 */
const KANJI_END_RUN = '[〇一二三四五六七八九十百千]+';
const JA_NOUN_RANGE = new RegExp(
  String.raw`${JA_NOUN_APART}(?:\s*[:：=]\s*|\s+|\s*[(（]\s*)(?:${COUNT_RANGE}|(${KANJI_END_RUN})\s*[-–~〜]\s*(${KANJI_END_RUN}))(?![\u3400-\u4dbf\u4e00-\u9fff々])${MEASURE_AFTER}(?!\s*(?:号|位|番|倍|錠|本|枚|個|施設|病院|か国|カ国|ヶ国|地域))${APART_END}`,
  'g',
);
/**
 * A numeral in kanji, or a range of them, after an English noun of `NOUN_COUNT`'s (「Deaths: 三」「Falls 二」「(deaths
 * 二〜三)」, words43): as 「Deaths: 3」「Falls 2-3」 (our reading), where `kanjiCountAt` reads a single numeral as a count.
 */
const EN_KANJI = new RegExp(
  String.raw`\b(?:${COUNTED_NOUN}|${ANY_PLURAL})(?:\s*[:=]\s*|\s+|\s*[(（]\s*)(${JA_NUMERAL})(?:\s*[-–~〜]\s*(${KANJI_END_RUN}))?(?![\u3400-\u4dbf\u4e00-\u9fff々])${MEASURE_AFTER}${APART_END}`,
  'gi',
);
/**
 * A count or a range written onto a Japanese noun with no space (「切断3」「切断2〜3」「（挿管1〜3）」「切断三」「切断二〜三」,
 * words44): as 「切断 3」 (`JA_NAME_COUNT`) with its exceptions (a noun of a step, a time or a measure before it, a unit
 * after it, a year), and a noun of a name glued to its number as often (`GLUED_LABEL`: 「定義1」「条件2」「症例1」「薬剤2」
 * a list of ours) none. A glued number names as often as it counts (「アウトカム定義1」「ロキソプロフェン60」), so read.ts
 * reads it as a count only where it would pin a line's sum (`bandPinsNothing`), else as a number (our reading). A
 * numeral in kanji only where `kanjiCountAt` reads it as a count, after a noun ending in no numeral (「規格統一」「第三」).
 * With a particle between (「切断は3」「切断が2〜3」「切断も三」) the same.
 */
const GLUED_LABEL = String.raw`(?<!(?:定義|条件|症例|患者|方法|基準|対象|因子|要因|手順|設定|方式|仮説|目的|課題|案|例|集団|ケース|パターン|パート|ルート|サンプル|セット|ペア|チーム|ユニット|ゾーン|オメガ|ビタミン|コード|モジュール|アウトカム|エンドポイント|シグナル|グループ|区|丁目|番地|号室|棟|階|室|系|種|株|代|世|歳))`;
const JA_CLASS = String.raw`[\u3400-\u4dbf\u4e00-\u9fff々\u30a1-\u30faー]`;
const NOT_UNIT_AFTER = String.raw`(?!\s*(?:号|位|番|倍|錠|本|枚|個|施設|病院|か国|カ国|ヶ国|地域))`;
/**
 * A particle after a number written onto a Japanese noun in digits (「切断4で」「切断3の転帰」「死亡2を含む」, words45): the
 * number ends there, as at a stop; the glued reading's rules hold (a count only where it pins a line's sum). Units and
 * steps stay words (「4回目」「3か月」「第4の」: `MEASURE_AFTER`, `NOT_UNIT_AFTER`, `JA_NOUN_APART`); 「ずつ」 (each) and a
 * numeral in kanji (「統一の」「唯一の」) are not read so.
 */
const PARTICLE_AFTER = String.raw`(?=(?:で|の|を|に|と|が|は|も|や|へ|から|まで|より|など)(?!\d))`;
const JA_GLUED = new RegExp(
  String.raw`${JA_NOUN_APART}${GLUED_LABEL}(?:[はがも]\s*)?(?:(?!(?:19|20)\d\d(?!\d))(\d{1,3})(?![\d.,]\d|[\d,])\s*[-–~〜]\s*(?!(?:19|20)\d\d(?!\d))(\d{1,4})|(?!(?:19|20)\d\d(?!\d))(\d+))(?![\d.,]\d|[\d,])${MEASURE_AFTER}${NOT_UNIT_AFTER}(?:${APART_END}|${PARTICLE_AFTER})|(?<!${JA_CLASS})(${JA_CLASS}{2,12}?)(?<![〇零一二三四五六七八九十百千万壱弐参拾])${JA_NOUN_APART.slice(JA_NOUN_APART.lastIndexOf('(?<!(?:'))}${GLUED_LABEL}(?:[はがも]\s*)?(${KANJI_END_RUN})(?:\s*[-–~〜]\s*(${KANJI_END_RUN}))?(?!${JA_CLASS})${MEASURE_AFTER}${NOT_UNIT_AFTER}(?:${APART_END}|${PARTICLE_AFTER}(?<!${JA_CLASS}{2}一(?=の)))`,
  'g',
);
type Glued = { index: number; end: number; at: number; written: string; n: number; glued: true; noun?: string } & (
  { lo: number; range: true; band: true; people?: true } | { lo?: undefined }
);
/** The counts and ranges written onto a Japanese noun (`JA_GLUED`), each with the noun of `JA_LABEL_NOUN` it ends with. */
function jaGlued(text: string): Glued[] {
  const out: Glued[] = [];
  if (!HAS_GLUED_NUMBER.test(text)) return out;
  for (const m of text.matchAll(JA_GLUED)) {
    const end = m.index + m[0].length;
    const nounText = m[4] ?? /^[^\sはがも\d]+/.exec(m[0])![0];
    const at = m.index + m[0].search(/[\d〇一二三四五六七八九十百千]/);
    const noun = JA_LABEL_NOUN.exec(nounText)?.[0];
    const base = { index: m.index, end, at, written: m[0].trim(), glued: true as const, ...(noun !== undefined && { noun }) };
    const people = JA_PEOPLE.test(nounText);
    if (m[1] !== undefined || m[6] !== undefined) {
      const [lo, hi] = m[1] !== undefined ? [Number(m[1]), Number(m[2])] : [kanjiNumber(m[5]!), kanjiNumber(m[6]!)];
      if (lo === undefined || hi === undefined || lo >= hi) continue;
      out.push({ ...base, n: hi, lo, range: true, band: true, ...(people && { people: true as const }) });
      continue;
    }
    // A numeral in kanji before 「の」 and a noun (「切断三の転帰」, words46): as before 「で」「を」, the noun's count (our
    // reading; `kanjiNumbers` elsewhere reads 「三の…」 as a word's).
    const run = m[5];
    const n =
      m[3] !== undefined
        ? Number(m[3])
        : kanjiCountAt(
            `${text.slice(0, at + run!.length)}${text.slice(at + run!.length).replace(/^の(?=\p{Script=Han})/u, 'の ')}`,
            at,
            run!,
          );
    if (n === undefined) continue;
    out.push({ ...base, n });
  }
  return out;
}
type Stated = { index: number; end: number; at: number; written: string; n: number };
type StatedRange = Stated & { lo: number; range: true; band: true; people?: true; young?: true; wide?: true };
/**
 * Japanese nouns of people (「高齢者」「小児」「外国人」「妊婦」: endings 者 児 人 妊婦 成人 男性 女性), before which a range is an
 * age band as often: a list of ours, as `PEOPLE_PLURAL` is (the `title/number` warning of a band after one says so).
 */
const JA_PEOPLE = /(?:者|児|人|妊婦|成人|男性|女性)$/;
/** The ranges after a Japanese noun (`JA_NOUN_RANGE`), each with the noun of `JA_LABEL_NOUN` it ends with. */
function jaNounRanges(text: string): (StatedRange & { noun?: string })[] {
  const out: (StatedRange & { noun?: string })[] = [];
  for (const m of text.matchAll(JA_NOUN_RANGE)) {
    const kanji = m[1] === undefined;
    const [lo, hi] = kanji ? [kanjiNumber(m[3]!), kanjiNumber(m[4]!)] : [Number(m[1]), Number(m[2])];
    if (lo === undefined || hi === undefined || lo >= hi) continue;
    const end = m.index + m[0].length;
    const noun = JA_LABEL_NOUN.exec(/^[^\s:：=(（]+/.exec(m[0])![0])?.[0];
    const at = m.index + m[0].search(/[\d〇一二三四五六七八九十百千]/);
    // After a noun of people (「高齢者 65〜74」「小児 0〜14」): an age band as often, as `PEOPLE_PLURAL`'s (read.ts: over a
    // table of ages no count).
    const people = JA_PEOPLE.test(/^[^\s:：=(（]+/.exec(m[0])![0]);
    out.push({
      index: m.index,
      end,
      at,
      written: m[0].trim(),
      n: hi,
      lo,
      range: true,
      band: true,
      ...(people && { people: true as const }),
      ...(noun !== undefined && { noun }),
    });
  }
  return out;
}
const isRange = (r: Stated | StatedRange): r is StatedRange => 'lo' in r;
/**
 * A range after an English noun of people with no word between (「Women 2-3」「Men: 2 to 3」「Children 0-14」「Patients
 * 18-64」, words44): left out of `NOUN_RANGE` as an age band as often, now read as `COUNTED_UNIT_PLURAL`'s 「Patients:
 * 3-5」 is (words42: a band where it pins nothing, read.ts `bandPinsNothing`; a low end under the threshold a count);
 * after a noun of children (`YOUNG_PLURAL`, a list of ours) a low end under the threshold is an age's as often
 * (「Children 0-4」), a band too where it pins no line's sum. A band from the threshold up spanning at least as many numbers as it
 * (「Patients 18-64」「Women 40-59」) stays an age's, unread as before words44 (our reading): a count's range that pins
 * is narrow.
 */
const PEOPLE_RANGE = new RegExp(
  String.raw`(?<![a-z-])(${PEOPLE_PLURAL})\s*(?:[:=]|[(（](?=\s*\d[^)）]*[)）]))?\s*${COUNT_RANGE}${MEASURE_AFTER}(?!\s*(?:y\b|yo\b|yrs?\b|aged?\b|歳|才))`,
  'gi',
);
const YOUNG_PLURAL = /^(?:children|boys|girls|infants|neonates|newborns|adolescents|teens|teenagers|toddlers|youths|students)$/i;
function peopleRanges(text: string): StatedRange[] {
  const out: StatedRange[] = [];
  if (!HAS_LETTER.test(text)) return out;
  for (const m of text.matchAll(PEOPLE_RANGE)) {
    const [lo, hi] = [Number(m[2]), Number(m[3])];
    if (lo >= hi) continue;
    const young = YOUNG_PLURAL.test(m[1]!);
    out.push({
      index: m.index,
      end: m.index + m[0].length,
      at: m.index + m[0].indexOf(m[2]!, m[1]!.length),
      written: m[0].trim(),
      n: hi,
      lo,
      range: true,
      band: true,
      people: true,
      wide: true,
      ...(young && { young: true as const }),
    });
  }
  return out;
}
/** The counts and ranges in kanji after an English noun (`EN_KANJI`). */
function enKanji(text: string): (Stated | StatedRange)[] {
  const out: (Stated | StatedRange)[] = [];
  if (!HAS_LETTER.test(text)) return out;
  for (const m of text.matchAll(EN_KANJI)) {
    const end = m.index + m[0].length;
    const at = end - m[0].length + m[0].lastIndexOf(m[1]!, m[0].length - (m[2] === undefined ? 0 : m[2].length));
    if (m[2] === undefined) {
      const n = kanjiCountAt(text, at, m[1]!);
      if (n !== undefined) out.push({ index: m.index, end, at, written: m[0].trim(), n });
      continue;
    }
    const [lo, hi] = [kanjiNumber(m[1]!), kanjiNumber(m[2])];
    if (lo === undefined || hi === undefined || lo >= hi) continue;
    out.push({ index: m.index, end, at, written: m[0].trim(), n: hi, lo, range: true, band: true });
  }
  return out;
}
/** The ranges of counts a free text states (`NOUN_RANGE`, `KANJI_RANGE`): where, as written, and the upper end as n. */
function nounRanges(text: string): (NounCount & { lo: number; range: true })[] {
  const out: (NounCount & { lo: number; range: true })[] = [];
  for (const m of HAS_DIGIT.test(text) ? text.matchAll(NOUN_RANGE) : []) {
    const [lo, hi] = m[1] !== undefined ? [m[1], m[2]!] : [m[3]!, m[4]!];
    if (Number(lo) >= Number(hi)) continue;
    out.push({
      index: m.index,
      end: m.index + m[0].length,
      at: m.index + m[0].indexOf(lo),
      written: m[0].trim(),
      n: Number(hi),
      lo: Number(lo),
      range: true,
      // After a unit of patients (「Patients: 3-5」): an age band where the table is of ages (read.ts).
      ...(UNIT_RANGE_START.test(m[0].trim()) ? { people: true as const } : {}),
    });
  }
  for (const m of text.matchAll(KANJI_RANGE)) {
    const [lo, hi] = [kanjiNumber(m[1]!), kanjiNumber(m[2]!)];
    if (lo === undefined || hi === undefined || lo >= hi) continue;
    out.push({
      index: m.index,
      end: m.index + m[0].length,
      at: m.index + m[0].indexOf(m[1]!),
      written: m[0].trim(),
      n: hi,
      lo,
      range: true,
    });
  }
  // Any Japanese noun and an English one before kanji (words43), a range written onto a Japanese noun (words44) and
  // one after an English noun of people (words44): the same reading, where none above has read it.
  for (const r of [
    ...jaNounRanges(text).filter((r) => r.noun === undefined),
    ...enKanji(text).filter(isRange),
    ...jaGlued(text).filter((r) => r.noun === undefined && r.lo !== undefined),
    ...peopleRanges(text),
  ])
    if (!out.some((c) => c.index < r.end && r.index < c.end)) out.push(r as NounCount & { lo: number; range: true });
  return out;
}
/**
 * One of a thing named by an English singular closing the phrase (「(1 amputation)」「one fall」, words14): a count of 1
 * where the noun's plural is none of `PLURAL_NOT`'s and no word of `COUNTED_GAP`'s stops (「1 year」「one arm」「one
 * randomised trial」 are none), nor a share's rest (「all but one died」: `shareWords`). Only before the end, punctuation or
 * a closing bracket: before another word a singular is an adjective's as often (「one additional dose」).
 */
const ONE_SINGULAR = new RegExp(
  String.raw`(?!\s)(?<!\b(?:but|except|save)\s+)(?:(?=1)${STEP_BEFORE}1(?![\d.,]\d|[\d,])|(?<![a-z-])one)\s+${COUNTED_GAP}([a-z][a-z-]*[a-z])(?=\s*(?:$|[)）\]］,，、;；。:]|\.(?!\d))|\s+(?:in|among|at|during|after|before|within|following|from|on|and)\s)`,
  'gi',
);
const NOT_SINGULAR = new RegExp(String.raw`^(?:${PLURAL_NOT})$`, 'i');
const GAP_WORD =
  /^(?:of|in|at|per|after|before|from|to|with|without|by|for|and|or|than|the|a|an|on|within|over|under|more|less|fewer|most|least|another|other|only|each|alone|more|way|side|hand)$/i;
/** The counts of 1 an English singular closing a phrase states (`ONE_SINGULAR`). */
function oneSingulars(text: string): { index: number; end: number; at: number; written: string; n: number }[] {
  const out: { index: number; end: number; at: number; written: string; n: number }[] = [];
  if (!HAS_DIGIT_OR_LETTER.test(text)) return out;
  for (const m of text.matchAll(ONE_SINGULAR)) {
    const w = m[1]!.toLowerCase();
    if (/s$/.test(w) || GAP_WORD.test(w) || [w, `${w}s`, `${w}es`, w.replace(/y$/, 'ies')].some((f) => NOT_SINGULAR.test(f))) continue;
    if (/^one/i.test(m[0]) && ONE_WORD_BEFORE.test(text.slice(0, m.index))) continue;
    out.push({ index: m.index, end: m.index + m[0].length, at: m.index, written: m[0].trim(), n: 1 });
  }
  return out;
}
/**
 * A number before a plural of `PLURAL_NOT` (「3 hospitals」「two sites」), which `NOUN_COUNT` reads as no count of patients
 * or events (words40): read.ts reads it as a count where the table says it counts that noun (「Number of hospitals」),
 * and says the reading as ours where not.
 */
const LISTED_PLURAL = new RegExp(
  String.raw`(?:${COUNTED_DIGITS}|(?<![a-z-])(${ENGLISH_PHRASE_FIRST}))\s*${COUNTED_GAP}([a-z][a-z-]*[a-z]s)(?![a-z-])(?!\s*(?:per|/|every)(?![a-z]))`,
  'gi',
);
/** The numbers before a plural of `PLURAL_NOT` in a free text (`LISTED_PLURAL`), with the noun, lower case. */
export function listedPlurals(text: string): { index: number; end: number; at: number; written: string; n: number; noun: string }[] {
  const out: { index: number; end: number; at: number; written: string; n: number; noun: string }[] = [];
  if (!HAS_LETTER.test(text)) return out;
  for (const m of text.matchAll(LISTED_PLURAL)) {
    const noun = m[3]!.toLowerCase();
    if (!NOT_SINGULAR.test(noun)) continue;
    const said = m[1] ?? m[2]!;
    const n = /^\d/.test(said) ? Number(said.replace(/,/g, '')) : englishNumber(said);
    if (n === undefined) continue;
    out.push({ index: m.index, end: m.index + m[0].length, at: m.index + m[0].indexOf(said), written: m[0].trim(), n, noun });
  }
  return out;
}
/**
 * A count a free text states in words (`nounCounts`): where it stands (`index`–`end`, its number at `at`), as written,
 * n; a range's low end `lo` and `range` (words43), `people` where the noun is of people, `band` where it may be an age
 * band (`bandPinsNothing`).
 */
export interface NounCount {
  index: number;
  end: number;
  at: number;
  written: string;
  n: number;
  lo?: number;
  range?: boolean;
  people?: boolean;
  band?: boolean;
  /** Written onto a Japanese noun (「切断3」, words44): a count only where it pins a line's sum (read.ts). */
  glued?: boolean;
  /** After a noun of children (「Children 0-14」, words44): an age band whose low end may be under the threshold. */
  young?: boolean;
  /** After a noun of people (`PEOPLE_RANGE`, words44): from the threshold up, a band as wide as it an age's (read.ts). */
  wide?: boolean;
}
/** The counts of patients or events a free text states in words of counting (`NOUN_COUNT`): where, as written, and n. */
export function nounCounts(text: string): NounCount[] {
  const read = listsAsRanges(text);
  return read === text ? nounCountsOf(text) : nounCountsOf(read).map((m) => ({ ...m, written: text.slice(m.index, m.end).trim() }));
}
function nounCountsOf(text: string): NounCount[] {
  const out: NounCount[] = nounRanges(text);
  for (const m of HAS_DIGIT_OR_LETTER.test(text) ? text.matchAll(NOUN_COUNT) : []) {
    const k = m.slice(1).findIndex((g) => g !== undefined);
    const said = m[k + 1]!;
    const n = /^\d/.test(said) ? Number(said.replace(/,/g, '')) : englishNumber(said);
    if (n === undefined) continue;
    // 「one」 as a word, no count (「no one died」「one or more」: `englishNumbers`'s reading).
    if (/^one$/i.test(said) && k === 1 && ONE_WORD_BEFORE.test(text.slice(0, m.index))) continue;
    const at = m.index + m[0].lastIndexOf(said);
    // Part of a range read above (「3-5 deaths」: its 5).
    if (out.some((r) => r.range && r.index <= at && at < r.end)) continue;
    out.push({ index: m.index, end: m.index + m[0].length, at, written: m[0].trim(), n });
  }
  for (const o of [
    ...oneSingulars(text),
    ...jaNameCounts(text),
    ...enKanji(text).filter((r) => !isRange(r)),
    ...jaGlued(text).filter((r) => r.noun === undefined && r.lo === undefined),
  ])
    if (!out.some((c) => c.index < o.end && o.index < c.end)) out.push(o);
  return out.sort((a, b) => a.index - b.index);
}

/** A run of kanji numerals (大字 too) anywhere in a text, for `kanjiNumbers`. */
const KANJI_RUN = new RegExp(`[〇零一二三四五六七八九十百千万壱弐参拾]+|${NATIVE_NUMBER}`, 'g');
/**
 * Counters after a number that make it a count of patients or events (「三例」「二人」「三件」「三つ」「二名」「四症例」);
 * not 「回」 (「三回目」 and 「第三回」 number visits), 「次」「型」「度」 (steps, kinds).
 */
const KANJI_COUNTER = /^\s*(?:症例|例|名|人|件|つ|患者|施設|倍|ダース)/;
/** What may follow a count with no counter: the end, a space, punctuation, a bracket closing. */
const KANJI_END = /^(?:$|\s|[、。，,．.）)\]」』】；;：:/／・〜~\-–ー]|(?:例|件|名|人)?(?:が|は|で|と|も|を|に|の(?![\p{Script=Han}])))/u;
/**
 * Words ending with a numeral that are no count (「統一」「同一」「唯一」「単一」「万一」「無二」「再三」「数十」 and ordinals 「第三」
 * 「その二」), words a counter follows that are no count (「一人暮らし」「一人ひとり」「一例として」「一つずつ」), and 参 after a
 * kanji (「持参」「古参」).
 */
export const KANJI_WORD_BEFORE =
  /(?:第|表|図|分\s*の|統|同|単|均|唯|画|択|随|逐|万|無|不|再|数|其の|その|十|百|千|純|専|合|一\s*(?:例|人|件|つ))\s*$/;
const KANJI_WORD_AFTER =
  /^(?:\s*分\s*の|\s*割|\s*(?:症例|例|名|人|件|つ)\s*番?目|\s*(?:症例|例|名|人|件|施設|患者|病院|医療機関)(?:さん)?\s*(?:ごと|単位|あたり|当たり|当り|につき|毎)|(例|人|件|つ)\s*一\s*\1|つ\s*ひとつ|人\s*ひとり|人(?:暮|ぐらし|っ子|ひとり|一人|称|前|旅)|例(?:として|を挙げ|えば)|つ(?:ずつ|目|め)|ひとり|暮|ぐらし|っ子|でに)/;

/** A kanji numeral (one character, as an idiom writes it). */
const NUMERAL = '[〇一二三四五六七八九十百千万]';
/**
 * A compound of four characters, a numeral first and third, standing as a word (no kanji either side): 「十人十色」
 * 「二人三脚」「一長一短」「十中八九」「三々五々」「一石二鳥」 — an idiom, no count (words13, our reading by its form). Not
 * where its second character is a numeral (「二十三例」) or its fourth a counter (「一人二件」「一例三名」: counts).
 */
const FOUR_IDIOM = new RegExp(
  `(?<![\\p{Script=Han}々])${NUMERAL}(?![〇一二三四五六七八九十百千万])[\\p{Script=Han}々]${NUMERAL}(?![例名人件])[\\p{Script=Han}々](?![\\p{Script=Han}々])`,
  'gu',
);
/**
 * 一人 (ひとり) as an adverb, no count (words13, our reading by grammar): 「一人残らず」「一人として」「一人でも」「一人も」
 * (every one, not one, even one, none: all or none of N, published already), and 「一人で」 (alone) before a verb — a
 * word of two kanji and する (「一人で来院した」「一人で生活できる」) or a verb in kana — where no word before makes it one of
 * a group (「A群の一人で」「うち一人で」) and no comma after it makes で a copula (「死亡は一人で、入院は二人」: counts).
 */
const ONE_ALONE =
  /^\s*人\s*(?:残らず|として|でも|も|で(?=\s*(?:\p{Script=Han}{1,3}(?:し|す|さ|せ|でき|可能|困難)|(?:行|来|暮|住|過|通|歩|食|生)[ぁ-ん]|[いおでやこく][ぁ-ん]|(?!(?:死亡|死去|入院|転院|退院|脱落|中止|除外|発症|発現|感染|骨折|再発|転帰|重篤|副作用|有害|事象|イベント))\p{Script=Han}{2,3}(?=\s*(?:$|[。．.]|を含|は除|のため|の(?:患者|症例|例))))))/u;
/** Whether the numeral `run` at `index` of `text` is part of an idiom (`FOUR_IDIOM`, `ONE_ALONE`): no count. */
export function numeralIdiom(text: string, index: number, run: string): boolean {
  // Only the characters around it (an idiom holding it starts at most 3 before it), one more either side for the word's
  // bounds: not the whole text for each numeral (a long note of counts).
  const from = Math.max(0, index - 4);
  for (const m of text.slice(from, index + 5).matchAll(FOUR_IDIOM))
    if ((from === 0 || m.index > 0) && from + m.index <= index && index < from + m.index + 4) return true;
  if (!/^(?:一|壱|ひとり)$/.test(run)) return false;
  const before = text.slice(Math.max(0, index - 4), index);
  if (/(?:の|うち|内|中|では|で|に|\p{Script=Han}|[A-Za-z\d])\s*$/u.test(before)) return false;
  return ONE_ALONE.test(`${run === 'ひとり' ? '人' : ''}${text.slice(index + run.length, index + run.length + 12)}`);
}

/**
 * The count a run of numerals (kanji, 大字 or native: `KANJI_RUN`) at `index` of `text` says, where a reader takes it
 * for one (`kanjiNumbers`' reading, words8–13: a counter after it, or standing alone), else undefined: part of a word, an
 * ordinal, a date or a measure, an idiom, a given name.
 */
function kanjiCountAt(text: string, index: number, run: string): number | undefined {
  const before = text.slice(0, index);
  const after = text.slice(index + run.length);
  if (KANJI_WORD_BEFORE.test(before) || KANJI_WORD_AFTER.test(after) || /^万/.test(run)) return undefined;
  // A native numeral that is one by one or an ordinal (「ひとつずつ」「ふたりめ」「ひとつひとつ」「ひとりひとり」), one of
  // several (「理由のひとつ」), part of a verb (「用いつつ」) or of a word (「ことお」「とおり」) is none (our reading).
  if (
    run in NATIVE &&
    (/^(?:ずつ|目|め|ひとつ|ひとり)/.test(after) ||
      (run === 'ひとつ' && /の$/.test(before)) ||
      /(?:ひとつ|ひとり)$/.test(before) ||
      // 「いつつ」 after one kanji is a verb's (「用いつつ」「思いつつ」); after a word of two (「再発いつつ」), five.
      (run === 'いつつ' && /(?<!\p{Script=Han})\p{Script=Han}$/u.test(before)) ||
      (run === 'とお' && /[\u3041-\u309f\u30a0-\u30ff\p{Script=Han}]$/u.test(before) && !/(?:[はがもをにでと]|うち)$/.test(before)))
  )
    return undefined;
  // 「もう一つ」「もうひとつ」 (another; words12) is none.
  if (/もう\s*$/.test(before) && /^(?:つ|$)/.test(run === 'ひとつ' ? '' : after)) return undefined;
  // 参 alone after a word it ends (持参, 古参, 新参) is no 3.
  if (/^参+$/.test(run) && /[持古新降見日墓推遅代直宮詣]$/.test(before)) return undefined;
  if (numeralIdiom(text, index, run)) return undefined;
  const counter = KANJI_COUNTER.test(after);
  // A given name ending with a numeral (「健一」「浩二」「誠一氏」, words11): no count, our reading.
  if (!counter && isGivenName(run, before, after)) return undefined;
  // A native numeral before の and a noun is a count of it (「みっつの施設」, words11: a kanji's 「三の…」 stays a word);
  // 「ひとつの」 is 「a」 as often (「ひとつの目安」), our reading.
  const nativeOf = run in NATIVE && run !== 'ひとつ' && /^の/.test(after);
  if (!counter && !nativeOf && !KANJI_END.test(after)) return undefined;
  // A numeral after kana or a kanji that is no word's end (「死亡三」「うち二」「A群三」) or after punctuation stands alone.
  return run === 'ひとり' ? 1 : run === 'ふたり' ? 2 : kanjiNumber(run);
}
/**
 * The numbers written in kanji (大字 壱弐参 too) or as 「ひとり」「ふたり」 anywhere in a text that a reader takes as a count
 * (after `countText`, which turned those before a unit of patients into digits, 一人 aside): 「死亡三、入院二」「うち二」
 * 「計三」「一人」「三件」「三つ」「ふたり」 — a 3 an attacker reads as a note's 「3」 would be (words8: read as a word before, the
 * count in plain view). A numeral that is part of a word (「一部」「一般」「一方」「統一」「一次」「二次秘匿」), an ordinal
 * (「第三回」「三回目」「その二」), a date or a measure (「三月」「二型」) is none: only a numeral with a counter of patients or
 * events after it, or standing alone (punctuation, a particle or the end after it), is.
 */
export function kanjiNumbers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(KANJI_RUN)) {
    const n = kanjiCountAt(text, m.index, m[0]);
    if (n !== undefined) out.push(`${m[0]}（${n}）`);
  }
  for (const m of text.matchAll(KANJI_ABOUT)) out.push(`${m[0]}（${aboutRange(m)}）`);
  // 「二桁」「三桁」 (10–99, 100–999: a bound as 「2桁」's digit is; 「一桁」 is a share word, `SHARE_PATTERNS`) and 「半ダース」.
  for (const m of text.matchAll(/(?<![〇一二三四五六七八九十])([二三四])\s*桁/g))
    out.push(`${m[0]}（${10 ** (kanjiNumber(m[1]!)! - 1)}〜）`);
  for (const m of text.matchAll(/半\s*ダース/g)) out.push(`${m[0]}（6）`);
  return out;
}

/**
 * A count in kanji said roughly (「十数例」「二十数名」「数十例」「十余例」「十数件」, words11; 「百数十例」「数百例」「千数百例」
 * 「数千例」「百余例」, words12): 11–19, 21–29, 20–90 … — a count to a reader as 「10数例」's digits are (read as words
 * before: 十 before 数 ended no count, and 数 before 十 was 「数十」, a word; 「数百例」 was read as 「100例」). With a
 * counter or alone (the end, punctuation or a particle after it). Groups: the number before 数 or 余, which, and the
 * unit after 数 (「百数十」: 百, 数, 十), or the unit after a 数 that opens it (「数百」: 百).
 */
const KANJI_ABOUT = new RegExp(
  String.raw`(?<![〇一二三四五六七八九十百千万\d])(?:((?=[一二三四五六七八九十百千])(?:[一二三四五六七八九]?千)?(?:[一二三四五六七八九]?百)?(?:[一二三四五六七八九]?十)?)\s*(?:(数)\s*([十百千])?|(余))|数\s*([十百千]))(?=\s*(?:症例|例|名|人|件|施設|患者|[、。，,．.）)\]」』】；;：:]|$|(?:が|は|で|と|も|を|に)))`,
  'g',
);
const UNIT_VALUE: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
/**
 * The range a rough count in kanji says (`KANJI_ABOUT`'s match), our reading: 数 alone 2–9 of its unit (「数十」 20–90,
 * 「数百」 200–900), after a number 1–9 of the unit after it or of one (「十数」 11–19, 「二十数」 21–29, 「百数十」 110–190,
 * 「千数百」 1,100–1,900), 余 up to the next step of the number's last unit (「十余」 11–19, 「百余」 101–199).
 */
export function aboutBounds(m: RegExpMatchArray): [number, number] | undefined {
  if (m[5] !== undefined) return [2 * UNIT_VALUE[m[5]]!, 9 * UNIT_VALUE[m[5]]!];
  const base = kanjiNumber(m[1]!);
  if (base === undefined || base === 0) return undefined;
  if (m[4] !== undefined) {
    const step = UNIT_VALUE[m[1]!.slice(-1)] ?? 1;
    return [base + 1, base + step - 1];
  }
  const unit = m[3] !== undefined ? UNIT_VALUE[m[3]]! : 1;
  // A unit after 数 no smaller than the number's last (「十数百」) says no count.
  if (unit >= (UNIT_VALUE[m[1]!.slice(-1)] ?? 1) && m[3] !== undefined) return undefined;
  return [base + unit, base + 9 * unit];
}
function aboutRange(m: RegExpMatchArray): string {
  const b = aboutBounds(m);
  return b === undefined ? '?' : `${b[0].toLocaleString('en-US')}〜${b[1].toLocaleString('en-US')}`;
}

/**
 * First characters of given names that end with a numeral (健一 浩二 誠一 修三 正一 …): chosen so that none ends a word
 * for an event or a group before a count (死亡 入院 再発 脱落 …; words11).
 */
const NAME_HEAD =
  '健誠浩修裕祐雄隆俊洋幸功英孝博秀栄勝敬啓晃剛賢謙憲圭慎伸晋達哲徹智雅昌卓拓泰貴宏弘寛陽亮龍竜淳潤茂稔豊義喜嘉富恭慶順悠翔太真正和信清光良康';
const NAME_BEFORE = new RegExp(`(?:^|[^\\p{Script=Han}])[${NAME_HEAD}]$`, 'u');
/**
 * Last characters of surnames (山田 鈴木 佐々木 長谷川 中島 林 …; words12): a given name after one with no space
 * (「山田健一が」) is read as a name where the character before its first one ends a surname. None of them, before a
 * name's first character, ends a word for an event or a group (不良 緩和 成功 浸潤 到達 写真 修正: 不 緩 成 浸 到 写 修
 * are not here), so 「予後不良二」 stays a count (our reading).
 */
const SURNAME_END =
  '田藤木本村川井野山崎﨑口島嶋原中上下部辺邊橋谷沢澤岡林森池松水石西北宮坂内尾浦江瀬地塚城畑津越関根場久保家屋間辻浜濱岩丸堀永吉福安竹今杉梅桜柳柴梶菅熊鈴佐星市沼淵荒角東寺尻倉条垣矢畠葉子戸門宅元';
const SURNAME_NAME = new RegExp(`[${SURNAME_END}][${NAME_HEAD}]$`, 'u');
const NAME_HEAD_LAST = new RegExp(`[${NAME_HEAD}]$`, 'u');
const HONORIFIC = /^(?:氏|さん|様|君|くん|先生|医師|博士|教授|准教授|講師|薬剤師)/;
/**
 * Whether a numeral is the end of a given name (「健一」「浩二」, 「山田 健一」, 「鈴木健一氏」): one numeral from 一 to 五
 * after a name's first character that starts a word (or, after a surname written with no space, with a title after
 * it: 氏, さん, 先生 …). Our reading (words11): 「健一が集計」 was read as 1 and the note refused.
 */
export function isGivenName(run: string, before: string, after: string): boolean {
  if (!/^[一二三四五]$/.test(run)) return false;
  return (
    NAME_BEFORE.test(before) ||
    SURNAME_NAME.test(before) ||
    (NAME_HEAD_LAST.test(before) && HONORIFIC.test(after)) ||
    // A name of one character after a surname (「田中一」「小林 一が確認」) or before a title (「鈴木一 医師」「一先生」; words13).
    SURNAME_BEFORE.test(before) ||
    (run === '一' && /(?:^|[^\p{Script=Han}])\p{Script=Han}{0,3}\s?$/u.test(before) && HONORIFIC.test(after.trimStart()))
  );
}
/**
 * Surnames (our list, words13: common ones of two or three characters) starting a word just before a given name: the
 * evidence that 「田中一」「小林 一」 is a person, not 1. A word for an event or a group is none of them.
 */
const SURNAMES =
  '佐藤|鈴木|高橋|田中|伊藤|渡辺|渡邊|山本|中村|小林|加藤|吉田|山田|佐々木|山口|松本|井上|木村|清水|山崎|森田|中島|池田|阿部|橋本|山下|石川|小川|前田|岡田|長谷川|藤田|後藤|近藤|村上|遠藤|青木|坂本|斉藤|斎藤|福田|太田|西村|藤井|金子|岡本|藤原|中野|三浦|原田|中川|松田|竹内|小野|田村|中山|和田|石田|森|林|上田|内田|柴田|酒井|宮崎|横山|高木|安藤|宮本|大野|小島|工藤|谷口|今井|高田|丸山|増田|杉山|村田|大塚|小山|平野|菅原|久保|松井|千葉|岩崎|桜井|木下|野口|松尾|菊地|野村|新井|渡部';
const SURNAME_BEFORE = new RegExp(`(?:^|[^\\p{Script=Han}々])(?:${SURNAMES})\\s?$`, 'u');

/**
 * How a share a text states gives its count back from an N (「全員」 N, 「半数」 N/2, 「all but one」 N − 1, 「二割」 a fifth,
 * 「過半数」 more than N/2): the least and the most count it allows of N. Words a reader takes as an exact share are
 * read exactly (rounded either way where N does not divide); words of a bound as the bound says (「過半数」「大半」
 * 「more than half」 over N/2; 「約半数」「about half」 40–60%, 「ほぼ全員」「almost all」 90% or more short of all: our
 * reading of the words, チェッカーの判断).
 */
export interface ShareWord {
  written: string;
  range: (n: number) => [number, number];
  /** The text just before the words (up to 40 characters, after NFKC): whose share it is (「A群の」, read.ts). */
  before: string;
  /** The text just after the words (up to 60 characters): whose share it is in English (「half of group A's deaths」). */
  after?: string;
  /** Judged only where the words name a cell or a line (「half of …」 naming neither is no share of N; words12). */
  cellOnly?: boolean;
}
// Rounded apart from floating-point noise (0.3 × 40 is 12.000000000000002).
const exact = (f: number) => (n: number) => [Math.floor(n * f + 1e-9), Math.ceil(n * f - 1e-9)] as [number, number];
const JAPANESE_FRACTION = /(?<![一二三四五六七八九十\d])([一二三四五六七八九十\d]+)\s*分\s*の\s*([一二三四五六七八九十\d]+)/g;
const WARI = /(?<![\d.一二三四五六七八九十])([一二三四五六七八九十\d]+)\s*割(?!合|引|増|減|り|当|に満た)/g;
const SMALL_WORD = String.raw`\d{1,3}|${[...ENGLISH_UNITS.slice(1), ...ENGLISH_TEENS, ...ENGLISH_TENS].join('|')}`;
const ONE_IN = new RegExp(
  String.raw`(?<![\w.,-])(a|an|${SMALL_WORD})\s+(?:in|out\s+of)\s+(?:every\s+)?(${SMALL_WORD})\b(?![.,]\d)(?!\s+${TIME_NOUN})`,
  'gi',
);
const ENGLISH_FRACTION = /\b(?:a|one|two|three)[\s-]+(half|third|quarter|fifth|tenth)s?\s+of\b/gi;
export const SHARE_PATTERNS: [RegExp, (m: RegExpMatchArray) => ShareWord['range'] | undefined][] = [
  [
    /ほぼ\s*全(?:員|例|症例|患者)|ほとんど(?:全員|全例|の(?:患者|症例))|almost\s+all|nearly\s+all|virtually\s+all/gi,
    () => (n) => [Math.ceil(n * 0.9), n - 1],
  ],
  [
    /(?=全)(?<!ほぼ\s*)全(?:員|例|症例)(?![数中])|\ball\s+(?:the\s+)?(?:patients|subjects|cases|participants)\b|\bevery\s+(?:patient|subject|case|participant)\b|\ball\s+of\s+(?:them|the\s+(?:patients|subjects|cases|participants))\b/gi,
    () => (n) => [n, n],
  ],
  [
    /\ball\s+but\s+(one|two|three|four|five|six|seven|eight|nine|\d+)\b/gi,
    (m) => {
      const k = /^\d+$/.test(m[1]!) ? Number(m[1]) : ENGLISH_UNITS.indexOf(m[1]!.toLowerCase());
      return (n) => [n - k, n - k];
    },
  ],
  [
    /(?:約|およそ|ほぼ|凡そ)\s*半数|\b(?:about|around|approximately|roughly|nearly|almost)\s+half\b/gi,
    () => (n) => [Math.ceil(n * 0.4), Math.floor(n * 0.6)],
  ],
  [
    /(?=半)(?<!(?:約|およそ|ほぼ|凡そ|過)\s*)半(?:数|分)(?!以[上下]|未満|を超|超)|(?=half)(?<!(?:about|around|approximately|roughly|nearly|almost|than)\s+)\bhalf\s+(?:of\s+)?(?:the\s+)?(?:patients|subjects|cases|participants|them)\b/gi,
    () => exact(0.5),
  ],
  [
    /過半数?|大半|大多数|大部分|半(?:数|分)を超え|半数超|\b(?:more\s+than|over)\s+half\b|\b(?:the|a)\s+majority\b|\bmost\s+(?:of\s+the\s+)?(?:patients|subjects|cases|participants)\b/gi,
    () => (n) => [Math.floor(n / 2) + 1, n],
  ],
  [/半(?:数|分)(?:未満|に満たな)|\b(?:less|fewer)\s+than\s+half\b/gi, () => (n) => [0, Math.ceil(n / 2) - 1]],
  [/半(?:数|分)以上|\bat\s+least\s+half\b/gi, () => (n) => [Math.ceil(n / 2), n]],
  [/半(?:数|分)以下|\bat\s+most\s+half\b/gi, () => (n) => [0, Math.floor(n / 2)]],
  // 「half of」 before anything but patients (「half of group A's deaths」「half of the deaths in group A」, words12): a
  // share of the cell or the line its words name, else none (`ShareWord.cellOnly`).
  [
    /(?=half)(?<!(?:about|around|approximately|roughly|nearly|almost|than|least|most)\s+)\bhalf\s+of\b(?!\s+(?:the\s+)?(?:patients|subjects|cases|participants|them)\b)/gi,
    () => exact(0.5),
  ],
  [/\b(?:everyone|everybody)\b/gi, () => (n) => [n, n]],
  [
    /\bnone\s+of\b|\bno[\s-]+one\b|\bnobody\b|\bno\s+(?:patients?|subjects?|cases?|participants?)\b|\bneither\b|誰も|(?:全員|全例)(?:が|とも)?(?:なし|無し|い?なかった)|該当(?:者|例)?なし/gi,
    () => () => [0, 0],
  ],
  [/\bboth\s+(?:patients|subjects|cases|participants|of\s+them)\b|両者とも|二人とも|ふたりとも/gi, () => () => [2, 2]],
  // Words of a count under ten (「死亡は数例」「少数例」「一桁」「a few patients」「(several)」): 2–9 and 1–9 (our reading of
  // 「数」「少数」 and 「a few」; 「少数」, a bracket's 「(a few)」 and 「数名」 right after a word, 「脱落数名」「患者数名が」,
  // since words12; not after a word 数 ends, 「人数」「症例数」「多数」「複数」).
  [
    /(?:(?<![\p{Script=Han}])数|若干|(?<!ごく|極)少数)\s*(?:症例|例|名|人|件)|(?<=[\p{Script=Han}])(?<![〇一二三四五六七八九十百千人例件回点総整係変関多半複奇偶指分定乗年日月週度個枚本台率値桁素字語票部冊株手口面画倍次算計級号項歳才代])数(?:症例|例|名|人|件)(?=\s*(?:$|[、。，,．.）)\]」』】；;：:]|[がはをにでもと]))|(?<!ごく|極)少数(?=\s*(?:$|[)）\]」、。,，]|[がはをにでも]|の(?:患者|症例)))|\b(?:a\s+few|several|a\s+handful\s+of|a\s+couple\s+of)\s+(?:patients|subjects|cases|participants)\b|\(\s*(?:a\s+few|several|a\s+handful)\s*\)/giu,
    () => () => [2, 9],
  ],
  [/(?:一|1|ひと)\s*桁|\bsingle[\s-]+digits?\b/gi, () => () => [1, 9]],
  // Words of few (「死亡はわずか」「（ごくわずか）」「僅少」「数えるほど」「片手で数えるほど」「死亡は若干」, words13): 1–9, our
  // reading as 「一桁」's; not an adverb or before another noun (「わずかに増加」「わずかな差」「若干増加」), nor said of an amount
  // (「差はわずかであった」「変化は僅少」).
  [
    /(?<!(?:差|差異|変化|変動|増加|減少|影響|違い|上昇|低下|改善|悪化|効果|程度|割合|比率|率|量|値|幅)\s?[はがも]?\s?(?:ごく|ほんの)?)(?:ごく|ほんの)?(?:わずか|僅か|ごく少数|極少数|僅少|若干)(?=\s*(?:$|[)）\]」』、。,，.．;；]|だっ|であ|です|でし|にとどま|に留ま|の(?:患者|症例|例)|な(?:患者|症例|例)))|(?:片手で)?数える(?:ほど|程)|\(\s?(?:very\s+)?(?:few|rare)\s?\)|\bvery\s+few\s+(?:patients|subjects|cases|participants|deaths|events)\b/gi,
    () => () => [1, 9],
  ],
  // Words of rare (「死亡はまれ」「（稀）」「まれであった」「稀に認められた」「まれな症例」, words14): a count under ten as
  // 「わずか」 says (1–9, our reading); not inside a word (「含まれ」「生まれ」「稀少」), nor an adverb before anything but a
  // verb of being seen (「まれに重篤な副作用が知られる」), nor said of an amount (「変化はまれ」).
  [
    /(?<!(?:差|差異|変化|変動|増加|減少|影響|違い|上昇|低下|改善|悪化|効果|程度|割合|比率|率|量|値|幅)\s?[はがも]?\s?(?:ごく|極めて|きわめて|非常に|ごくごく)?)(?:(?<=^|[\sはがも、，,：:（(「]|ごく|極めて|きわめて|非常に)(?:まれ|稀))(?=\s*(?:$|[)）\]」』、。,，.．;；]|だっ|であ|です|でし|な(?:患者|症例|例)|に(?:しか)?(?:認め|み(?:ら|と)|見(?:ら|と)|発現|発生|報告|生じ|起こ|起き|経験|観察)))/gu,
    () => () => [1, 9],
  ],
  // A small range in English words in brackets (「Deaths (one or two)」「(two to three cases)」, words12: a label's
  // count as 「(2)」 is) and 「ひと握り」「一握り」 (a handful, 2–9 as 「a handful」; our reading).
  [
    /\(\s*(one|two|three|four|five|six|seven|eight|nine)\s+(?:or|to)\s+(two|three|four|five|six|seven|eight|nine|ten)(?:\s+(?:patients|subjects|cases|participants|deaths|events))?\s*\)/gi,
    (m) => {
      const [a, b] = [
        ENGLISH_UNITS.indexOf(m[1]!.toLowerCase()),
        m[2]!.toLowerCase() === 'ten' ? 10 : ENGLISH_UNITS.indexOf(m[2]!.toLowerCase()),
      ];
      return a < b ? () => [a, b] : undefined;
    },
  ],
  [/(?:ひと|一)握り/g, () => () => [2, 9]],
  // A share alone in brackets, as a label says it (「死亡 (all)」「脱落 (none)」「死亡 (half)」, words9); not 「(both)」,
  // which names both sides or both drugs in a label (「両眼 (both)」) more often than two patients.
  [
    /\(\s*(all|none|half|everyone)\s*\)/gi,
    (m) => {
      const w = m[1]!.toLowerCase();
      return w === 'half' ? exact(0.5) : w === 'none' ? () => [0, 0] : (n) => [n, n];
    },
  ],
  [
    JAPANESE_FRACTION,
    (m) => {
      const den = kanjiNumber(m[1]!);
      const num = kanjiNumber(m[2]!);
      return den && num !== undefined && num <= den ? exact(num / den) : undefined;
    },
  ],
  [
    WARI,
    (m) => {
      const k = kanjiNumber(m[1]!);
      return k !== undefined && k <= 10 ? exact(k / 10) : undefined;
    },
  ],
  // 「one in five」「1 in 5」「two out of three」 (words11): a share, k of every n (as 「二割」 is).
  [
    ONE_IN,
    (m) => {
      const value = (w: string) => (/^\d+$/.test(w) ? Number(w) : /^(?:a|an)$/i.test(w) ? 1 : englishNumber(w));
      const k = value(m[1]!);
      const n = value(m[2]!);
      return k !== undefined && n !== undefined && n > 0 && k <= n ? exact(k / n) : undefined;
    },
  ],
  [
    ENGLISH_FRACTION,
    (m) => {
      const f = { half: 2, third: 3, quarter: 4, fifth: 5, tenth: 10 }[m[1]!.toLowerCase() as 'half'];
      const k = /^(?:a|one)$/i.test(m[0].split(/[\s-]/)[0]!) ? 1 : ENGLISH_UNITS.indexOf(m[0].split(/[\s-]/)[0]!.toLowerCase());
      return exact(k / f);
    },
  ],
];

/** A label closing with a number in kanji in brackets (「死亡（三）」「A（二十八）」). */
const KANJI_IN_BRACKETS = new RegExp(
  String.raw`(${OPEN_BRACKET}\s*)([〇一二三四五六七八九十百千壱弐参拾]+|${NATIVE_NUMBER})(\s*${CLOSE_BRACKET})$`,
);
/**
 * A text closing with a number in kanji in brackets written with it in digits (「死亡（三）」 as 「死亡（3）」), so that it
 * is judged as the digits are (read.ts `bracketNumbers`: a count published in the label, or a numbering). As written
 * where there is none.
 */
export function kanjiInBrackets(text: string): string {
  return text.replace(KANJI_IN_BRACKETS, (whole, open: string, run: string, close: string) => {
    const n = kanjiNumber(run);
    return n === undefined ? whole : `${open}${n}${close}`;
  });
}

/** Whether a text may hold a share at all (a quick test before the patterns; full-width letters too). */
const SHARE_HINT =
  /[全半割分桁数ほ両二ふ誰該若握少わ僅ま稀]|\((?:one|two|three|four|five|six|seven|eight|nine)\s|all|every|none|no\b|nobody|neither|both|half|third|quarter|fifth|tenth|most|majority|few|rare|couple|several|handful|single|\bin\b|\bout\s+of\b|[ａ-ｚＡ-Ｚ]/i;
/**
 * For each of `SHARE_PATTERNS`, words one of which each of its matches holds (lower case, after NFKC): a pattern none
 * of whose words the text holds is not run (words9: the 17 patterns, each run over every note, took 10 µs a line;
 * `String.includes` a fraction of it).
 */
export const SHARE_NEEDS: readonly (readonly string[])[] = [
  ['ほぼ', 'ほとんど', 'all'],
  ['全', 'all', 'every'],
  ['all'],
  ['半', 'half'],
  ['半', 'half'],
  ['過', '大', '半', 'half', 'majority', 'most'],
  ['半', 'half'],
  ['半', 'half'],
  ['半', 'half'],
  ['half'],
  ['every'],
  ['none', 'no', 'neither', '誰', '全', '該当'],
  ['both', 'とも'],
  ['数', '若干', 'few', 'several', 'handful', 'couple'],
  ['桁', 'single'],
  ['わずか', '僅', '少数', '若干', '数える', 'few', 'rare'],
  ['まれ', '稀'],
  [' or ', ' to '],
  ['握'],
  ['all', 'none', 'half', 'every'],
  ['分'],
  ['割'],
  ['in', 'out'],
  ['half', 'third', 'quarter', 'fifth', 'tenth'],
];
/** The shares a text states that give a count back from an N (`ShareWord`), in the order written. */
export function shareWords(text: string): ShareWord[] {
  if (!SHARE_HINT.test(text)) return [];
  const t = normalise(text);
  const lower = t.toLowerCase();
  const found: { index: number; end: number; word: ShareWord }[] = [];
  for (const [k, [pattern, make]] of SHARE_PATTERNS.entries()) {
    if (!SHARE_NEEDS[k]!.some((w) => lower.includes(w))) continue;
    for (const m of t.matchAll(pattern)) {
      const end = m.index + m[0].length;
      if (found.some((f) => m.index < f.end && f.index < end)) continue;
      const range = make(m);
      if (range)
        found.push({
          index: m.index,
          end,
          word: {
            written: m[0],
            range,
            before: t.slice(Math.max(0, m.index - 40), m.index),
            after: t.slice(end, end + 60),
            ...(/^half\s+of$/i.test(m[0]) && { cellOnly: true }),
          },
        });
    }
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.word);
}

/** The number an English phrase says (「twenty-one」 21), or undefined (`englishNumber`). */
export const englishValue = (phrase: string) => englishNumber(phrase);
/**
 * The number an English phrase says (「one hundred and twenty-eight」 128, 「a thousand」 1000), or undefined where its
 * words are no number as written (「seven and eight」, 「a」 alone).
 */
function englishNumber(phrase: string): number | undefined {
  let total = 0;
  let group = 0;
  // What came last: the start, 「a」, a unit or teen, a ten, 「hundred」, 「thousand」, 「and」.
  let last: 'start' | 'a' | 'unit' | 'ten' | 'hundred' | 'thousand' | 'and' = 'start';
  for (const word of phrase.toLowerCase().split(/[\s-]+/)) {
    const small = [...ENGLISH_UNITS, ...ENGLISH_TEENS].indexOf(word);
    const ten = ENGLISH_TENS.indexOf(word);
    if (word === 'a' && last === 'start') last = 'a';
    else if (
      small >= 0 &&
      (last === 'start' || last === 'hundred' || last === 'thousand' || last === 'and' || (last === 'ten' && small >= 1 && small <= 9))
    ) {
      group += small;
      last = 'unit';
    } else if (ten >= 0 && (last === 'start' || last === 'hundred' || last === 'thousand' || last === 'and')) {
      group += (ten + 2) * 10;
      last = 'ten';
    } else if (word === 'hundred' && (last === 'a' || (last === 'unit' && group % 100 > 0 && group % 100 < 10))) {
      group = (group - (group % 100) + Math.max(1, group % 100)) * 100;
      last = 'hundred';
    } else if (word === 'thousand' && last !== 'start' && last !== 'and' && last !== 'thousand' && total === 0) {
      total = Math.max(1, group) * 1000;
      group = 0;
      last = 'thousand';
    } else if (word === 'and' && (last === 'hundred' || last === 'thousand')) last = 'and';
    else return undefined;
  }
  return last === 'a' || last === 'and' ? undefined : total + group;
}

/**
 * An English phrase of `ENGLISH_COUNT` as the number it says, or its longest end that says one (「seven and eight
 * patients」: 「seven and 8 patients」, as 「eight patients」 alone was read), or as written.
 */
function englishCount(phrase: string): string {
  const words = phrase.split(/([\s-]+)/);
  for (let i = 0; i < words.length; i += 2) {
    const n = englishNumber(words.slice(i).join(''));
    if (n !== undefined) return `${words.slice(0, i).join('')}${n}`;
  }
  return phrase;
}

/** An English number alone in brackets closing a text (「A群 (Twenty-eight)」), the brackets kept apart. */
const BRACKETED_ENGLISH = new RegExp(String.raw`(${OPEN_BRACKET}\s*)(${ENGLISH_PHRASE})(\s*${CLOSE_BRACKET}\s*)$`, 'i');
/**
 * A text closing with an English number alone in brackets (「A群 (Twenty-eight)」「A群（twenty-eight）」) written with the
 * number in digits where it says one (「A群 (28)」), so that it is read as digits there are — the group's N, a numbering
 * or a count in the label (layout6: it was read as a word, and 「A (Twenty-eight)」's N went unread). Undefined where
 * there is none.
 */
export function bracketedEnglishNumber(text: string): string | undefined {
  const m = BRACKETED_ENGLISH.exec(text);
  if (!m) return undefined;
  const n = englishNumber(m[2]!);
  return n === undefined ? undefined : `${text.slice(0, m.index)}${m[1]}${n}${m[3]}`;
}

/**
 * Single digits spaced one by one before a unit of patients (「1 0 例」, 「１ ０ 例」 after NFKC): the number a reader sees,
 * 10 (words8: read as 「0 例」 and a stray 1). Not after a table's or a figure's number (「表1 2例」 is table 1's 2例).
 */
const SPACED_DIGITS = new RegExp(
  String.raw`(?<![\d.,])(?<!(?!全)\p{L})(?<!(?:表|図|第|table|figure|fig\.?|no\.?)\s*)(?<!(?<![\d.,])(?<!(?!全)\p{L})(?<!(?:表|図|第|table|figure|fig\.?|no\.?)\s*)\d )\d(?: \d)+(?=\s*${COUNT_UNIT})`,
  'giu',
);

/**
 * A Roman numeral in capitals (「Ⅲ」 is 「III」 after NFKC) before a unit of patients (「Ⅲ例」「III名」「III patients」):
 * the count a reader sees (words9). Not after a word of a stage, a grade, a type or a numbering (「Stage III patients」
 * 「Grade Ⅲ 患者」「NYHA III患者」「第Ⅲ相」), nor inside a word (「CIII」). Starts only where no letter stands before it, so
 * a run of capitals is not tried from each of its letters (test/pubcheck/regex-linear.test.ts).
 */
const ROMAN_COUNT = new RegExp(
  String.raw`(?<![A-Za-z])(?<!(?:stage|grade|gr\.?|class|type|phase|level|step|part|nyha|ctcae|ps|ecog|asa|tier|group|arm|cohort|category|cat\.?|table|fig\.?|figure|appendix|chapter|section|period|cycle|course|visit|no\.?|wave|round|ステージ|グレード|クラス|タイプ|フェーズ|コホート|レベル|病期|分類|段階|等級|第|表|図|期|相|型|群|度)[\s:：\-]*)([IVX]{1,8})(?![A-Za-z])(?=\s*${COUNT_UNIT})`,
  'gi',
);
/** A Roman numeral's value where it is written as one (「IV」 4, 「XIV」 14), else undefined (「IIII」「VX」). */
function romanValue(text: string): number | undefined {
  const value: Record<string, number> = { I: 1, V: 5, X: 10 };
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const v = value[text[i]!]!;
    const next = value[text[i + 1] ?? ''] ?? 0;
    n += v < next ? -v : v;
  }
  const written = (k: number) => 'X'.repeat(Math.floor(k / 10)) + ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'][k % 10];
  return n > 0 && written(n) === text ? n : undefined;
}

/**
 * Text as the checker reads counts in it: NFKC, and a number written in kanji before a unit of patients or after
 * 全 or N= (全三十一例, 二十八名, N＝三十) in digits — an attacker reads 三十一例 as 31 patients. 一人 alone (hitori, as
 * in 一人暮らし) stays a word, as 1人暮らし is. A number under 100 in English words before patients, cases, subjects …
 * (「three patients excluded」) likewise.
 */
export function countText(text: string): string {
  return COUNT_TEXTS(text);
}
/** `countText` remembered (perf9: a label is read many times; cell.ts `remembered`). */
const COUNT_TEXTS = remembered((text: string): string => readCountText(text));
function readCountText(text: string): string {
  return COUNT_STEPS.reduce((t, [pattern, replace]) => t.replace(pattern, replace), normalise(text));
}
/** One step of `countText`: a pattern and what each of its matches becomes (String.replace's callback). */
type CountStep = [RegExp, (...args: any[]) => string]; // eslint-disable-line @typescript-eslint/no-explicit-any
const COUNT_STEPS: CountStep[] = [
  [SPACED_DIGITS, (digits: string) => digits.replace(/ /g, '')],
  [
    KANJI_COUNT,
    (whole: string, g1: string | undefined, g2: string | undefined, offset: number, all: string) => {
      const written = g1 ?? g2!;
      if (!/[〇零一二三四五六七八九十百千万壱弐参拾]/.test(written)) return whole;
      // A numeral that ends a word (「同一患者」「統一」) or starts one (「一人暮らし」「一例として」) is none (words8).
      if (KANJI_WORD_BEFORE.test(all.slice(0, offset)) && !/^数$/.test(all.slice(offset - 1, offset))) return whole;
      // After a 数 that opens a rough count (「数百例」「百数十例」「うち数十例」, words12): `KANJI_ABOUT`'s, not 「100例」.
      if (/(?:^|[^\p{Script=Han}]|[一二三四五六七八九十百千全約])数$/u.test(all.slice(Math.max(0, offset - 2), offset))) return whole;
      // Before 数 or 余 (「全百数十例」「全十数例」「百余例」): a rough count's first part, not 「全100」.
      if (/^[数余]/.test(all.slice(offset + whole.length))) return whole;
      if (KANJI_WORD_AFTER.test(all.slice(offset + whole.length)) || /^万/.test(written)) return whole;
      // A numeral of an idiom (「十人十色」「一人で来院」「一人残らず」, words13) is none.
      if (numeralIdiom(all, offset, written)) return whole;
      const n = kanjiNumber(written);
      return n === undefined ? whole : String(n);
    },
  ],
  [ENGLISH_COUNT, englishCount],
  [
    ROMAN_COUNT,
    (whole: string, roman: string) => {
      // Capitals only (「iii」 numbers a list: 「(iii) patients over 65」).
      const n = /^[IVX]+$/.test(roman) ? romanValue(roman) : undefined;
      return n === undefined ? whole : String(n);
    },
  ],
];

/**
 * `countText` with, for each of its characters, where it was written in `text` (words13: a message quotes a count as
 * the file writes it, 「二、三例」, not as the checker reads it, 「3例」). Each character of NFKC's text stands for the
 * character of `text` it came from; a replaced match for all the characters it replaced.
 */
export function countTextSpans(text: string): { text: string; from: [number, number][] } {
  // NFKC one character at a time, where that gives NFKC's text (else each character for the whole text).
  let chars = '';
  let from: [number, number][] = [];
  for (let i = 0; i < text.length;) {
    const cp = String.fromCodePoint(text.codePointAt(i)!);
    const n = cp.normalize('NFKC');
    for (let k = 0; k < n.length; k++) from.push([i, i + cp.length]);
    chars += n;
    i += cp.length;
  }
  if (chars !== text.normalize('NFKC')) {
    chars = text.normalize('NFKC');
    from = Array.from(chars, () => [0, text.length] as [number, number]);
  }
  // Spaces as `normalise` leaves them: runs as one, none at either end.
  const spaced: [number, number][] = [];
  let t = '';
  for (const m of chars.matchAll(/\s+|[^\s]+/g)) {
    const space = /^\s/.test(m[0]);
    if (space && (m.index === 0 || m.index + m[0].length === chars.length)) continue;
    if (space) {
      t += ' ';
      spaced.push([from[m.index]![0], from[m.index + m[0].length - 1]![1]]);
    } else {
      t += m[0];
      spaced.push(...from.slice(m.index, m.index + m[0].length));
    }
  }
  from = spaced;
  for (const [pattern, replace] of COUNT_STEPS) {
    let next = '';
    const spans: [number, number][] = [];
    let last = 0;
    for (const m of t.matchAll(pattern)) {
      const out = replace(m[0], ...m.slice(1), m.index, t) as string;
      next += t.slice(last, m.index) + out;
      spans.push(...from.slice(last, m.index));
      const whole: [number, number] =
        m[0].length === 0
          ? [from[m.index]?.[0] ?? text.length, from[m.index]?.[0] ?? text.length]
          : [from[m.index]![0], from[m.index + m[0].length - 1]![1]];
      if (out === m[0]) spans.push(...from.slice(m.index, m.index + m[0].length));
      else for (let k = 0; k < out.length; k++) spans.push(whole);
      last = m.index + m[0].length;
    }
    next += t.slice(last);
    spans.push(...from.slice(last));
    t = next;
    from = spans;
  }
  return { text: t, from };
}

/** What `text` writes where `countText(text)` has [start, end) (`countTextSpans`): a count as the file writes it. */
export function writtenAt(text: string, start: number, end: number): string {
  const { text: t, from } = countTextSpans(text);
  if (t !== countText(text) || start >= end || end > from.length) return t.slice(start, end);
  return text.slice(from[start]![0], from[end - 1]![1]).trim();
}

/** The N a header states (`(N=250)`, `n: 250`, 「（250例）」, 「A群 250名」, 「A群（三十名）」), if any. */
export function headerDenominator(label: string): number | undefined {
  return nOf(DENOMINATOR.exec(countText(label)));
}

/** The N a title or the corner states (`N=250`, `n: 250`, 全250例, 250例中, 全三十一例), if any. */
export function statedDenominator(text: string): number | undefined {
  const t = countText(text);
  // perf46: every N form holds a digit once the text is `countText`'s (titles68's forms took the pattern past 3,000
  // characters, and V8 compiles it on first use): asked only of a text that has one, with the same matches.
  return /\d/.test(t) ? nOf(TEXT_N.exec(t)) : undefined;
}

const TEXT_N_ALL = new RegExp([...N_FORMS, ...TOTAL_N_FORMS].join('|'), 'gi');
/**
 * Every N a title or the corner states, in order, each with where it starts in `countText(text)`: 「A群（N=40）、B群
 * （N=60）」 states two, and the words before each say whose N it is (read.ts).
 */
export function statedDenominators(text: string): { n: number; index: number; text: string }[] {
  const t = countText(text);
  if (!/\d/.test(t)) return []; // perf46, as `statedDenominator`.
  return [...t.matchAll(TEXT_N_ALL)].map((m) => ({ n: nOf(m)!, index: m.index, text: m[0] }));
}

export interface HeaderError {
  index: number;
  code: string;
  message: string;
  hint: string;
}

/** Label without indentation and `(N=…)`, compared case-insensitively and without spaces. */
function key(label: string): string {
  return KEYS(label);
}
const KEYS = remembered((label: string): string => readKey(label));
function readKey(label: string): string {
  return countText(label).replace(DENOMINATOR_TEXT, '').replace(/\s+/g, '').toLowerCase();
}

const TOTAL_BRACKETS = new RegExp(
  `(?<!${OPEN_BRACKET}[^${CLOSE_BRACKET.slice(1, -1)}]*?)${OPEN_BRACKET}[^${CLOSE_BRACKET.slice(1, -1)}]*${CLOSE_BRACKET}`,
  'g',
);

/**
 * A label without what only sets it off (attack27): Markdown's emphasis 「**合計**」「__Total__」, dashes, stars and
 * equals signs around it 「- Total -」「== 計 ==」, and brackets around the whole 「＜合計＞」「【計】」「[Total]」.
 */
/** What a bracket around the whole of `s` encloses (「((計))」 → 「(計)」; not 「<b>計</b>」, two brackets). */
function enclosed(s: string): [string, string] | undefined {
  const open = new RegExp(`^${OPEN_BRACKET}$`);
  const close = new RegExp(`^${CLOSE_BRACKET}$`);
  const chars = [...s];
  if (chars.length < 3 || !open.test(chars[0]!) || !close.test(chars[chars.length - 1]!)) return undefined;
  let depth = 0;
  for (const [k, ch] of chars.entries()) {
    if (open.test(ch)) depth++;
    else if (close.test(ch)) depth--;
    if (depth === 0 && k < chars.length - 1) return undefined;
  }
  return depth === 0 ? [s, chars.slice(1, -1).join('')] : undefined;
}

/**
 * Footnote marks closing a label (「†」「※1」「*a」「^a」「¹」), each run of marks or of raised characters taken whole (a
 * run is not split between two marks: attack27's `(?:\s*(?:[*…]+[0-9a-z]?|…))+$` tried every split of 「**…**」 before
 * failing on what follows, exponential), and a match starting only where no mark, space or raised character stands
 * before it (no start inside a run).
 */
const FOOTNOTE_TRAILER =
  /(?<![\s*＊※†‡§¶#＃\u00b9\u00b2\u00b3\u02b0-\u02e4\u2070-\u209f\u1d2c-\u1dbf])(?:\s*(?:[*＊※†‡§¶#＃]+(?![*＊※†‡§¶#＃])[0-9a-z]?|\^[0-9a-z]{1,2}|[\u00b9\u00b2\u00b3\u02b0-\u02e4\u2070-\u209f\u1d2c-\u1dbf]+(?![\u00b9\u00b2\u00b3\u02b0-\u02e4\u2070-\u209f\u1d2c-\u1dbf])))+$/iu;

function undecorated(label: string): string {
  // A footnote's mark after the name: 「Total†」「合計※」「合計*1」「Total¹」「Totalᵃ」「Total^a」 (before NFKC turns ¹ and ᵃ
  // into a 1 and an a run on to the word).
  let s = normalise(label.trim().replace(FOOTNOTE_TRAILER, '')).trim();
  for (let again = true; again;) {
    const before = s;
    s = s.replace(/^[-‐‑‒–—―=*_~#・･·.\s]+|(?<![-‐‑‒–—―=*_~#・･·.\s])[-‐‑‒–—―=*_~#・･·.\s]+$/gu, '');
    const whole = enclosed(s);
    if (whole) s = whole[1]!.trim();
    again = s !== before && s !== '';
  }
  return s === '' ? label : s;
}

/** The name of a total as compared: decorations, whatever is in brackets, a trailing colon and a trailing unit off. */
const totalKey = remembered((label: string): string =>
  key(undecorated(label))
    .replace(TOTAL_BRACKETS, '')
    .replace(/(?<![:：])[:：]+$/, ''),
);

/** A total's name, with whatever is in brackets, a trailing colon and a trailing unit taken off. */
export function isTotalLabel(label: string): boolean {
  return TOTAL_LABELS(label);
}
const TOTAL_LABELS = remembered((label: string): boolean => {
  const mark = lineMark(label);
  if (mark !== undefined) return mark === 'total';
  const bare = totalKey(label);
  return TOTAL.has(bare) || TOTAL.has(bare.replace(UNIT, '')) || TOTAL.has(bare.replace(UNIT, '').replace(/(?<![,、;；])[,、;；]+$/, ''));
});

/**
 * means59: a total's name that is the bare English 「All」 (「All」「All (n)」「ALL」, a footnote's mark after it): a word
 * also naming a population of its own (all admissions beside ward deaths), read as the total only where the arithmetic
 * allows it (read.ts `allNotWhole`).
 */
export function isBareAll(label: string): boolean {
  return lineMark(label) === undefined && totalKey(label).replace(UNIT, '') === 'all';
}

/** A subtotal's name alone (「小計」「Sub-total」「小计」「Zwischensumme」「소계」, set off or marked as a total may be). */
export function isSubtotalWord(label: string): boolean {
  return SUBTOTAL_ALONE.test(totalKey(label));
}

/**
 * The user's mark of what a line is, opening its label (totals12, README Input convention): 「[項目]」「［項目］」「[item]」
 * an item, 「[合計]」「［合計］」「[total]」 the total of its axis, whatever the rest of the label says or the numbers suggest.
 * The way out of a refusal where the numbers and the label cannot tell a total from an item (overtotal.ts `total/rest`).
 */
const LINE_MARK = /^\s*[[［]\s*(項目|item|合計|total)\s*[\]］]/iu;
/** The label without the user's mark (labels.ts compares 「[項目] Kaikki」 with another table's 「Kaikki」). */
export function withoutLineMark(label: string): string {
  return label.replace(LINE_MARK, '').trim();
}
export function lineMark(label: string): 'item' | 'total' | undefined {
  const m = LINE_MARK.exec(label);
  if (!m) return undefined;
  return /^(?:項目|item)$/i.test(m[1]!) ? 'item' : 'total';
}

/**
 * A label whose first word is a total's in another language than English, then other words (totals12): 「Toplam
 * hasta」「Celkem pacientů」「Totalt antal」「Gesamt Patienten」「합계 환자」; or 「Total」 then a letter alone, a mark
 * written plain (「Total a」). Evidence for a total only where the line is at least the others' sum everywhere and
 * over it by a few (overtotal.ts). English words open categories as often (「Total cholesterol」「Total knee
 * arthroplasty」「All-cause death」), and Japanese ones run on (「総数不明」「全体的に良好」): those are no evidence.
 */
const ENGLISH_TOTAL = new Set(['total', 'totals', 'all', 'sum', 'overall', 'any', 'both', 'combined', 'pooled', 'grand']);
export function opensWithTotalWord(label: string): boolean {
  return totalOpening(label) === 'total';
}
/**
 * 'total' as `opensWithTotalWord`; 'english' for an English total word then words the checker reads as a category's
 * (「Total knee arthroplasty」: header.ts reads English fully, attack27), which is evidence of an item.
 */
export function totalOpening(label: string): 'total' | 'english' | undefined {
  if (lineMark(label) !== undefined) return undefined;
  const words = normalise(undecorated(label)).toLowerCase().split(/\s+/u);
  if (words.length < 2) return undefined;
  const first = words[0]!.replace(/(?<![:：,、])[:：,、]+$/u, '');
  if (ENGLISH_TOTAL.has(first)) return words.length === 2 && /^\p{L}\d?$/u.test(words[1]!) ? 'total' : 'english';
  return TOTAL.has(first) || LOOSE_TOTAL.has(first) || /^total\p{L}/u.test(first) ? 'total' : undefined;
}

/** A word that is a total only where its line is at least the others' sum everywhere (「Any」: `LOOSE_TOTAL`). */
export function isLooseTotalLabel(label: string): boolean {
  if (lineMark(label) !== undefined) return false;
  const bare = totalKey(label);
  return LOOSE_TOTAL.has(bare) || LOOSE_TOTAL.has(bare.replace(UNIT, ''));
}

export function indentOf(raw: string): number {
  let width = 0;
  for (const ch of raw) {
    if (ch === ' ') width += 1;
    else if (ch === '\u3000') width += 2;
    else break;
  }
  return width;
}

/** Each header's depth from its parents (0 at the top level), after the tree is built or changed. */
export function setDepths(headers: Header[]): void {
  const depthOf = (i: number): number => {
    const p = headers[i]!.parent;
    return p === null ? 0 : depthOf(p) + 1;
  };
  headers.forEach((h, i) => {
    h.depth = depthOf(i);
  });
}

/** Build the headers of one dimension from the labels as written. */
export function buildHeaders(raws: readonly string[]): { headers: Header[]; errors: HeaderError[]; subtotalsRead: number[] } {
  const errors: HeaderError[] = [];
  const headers: Header[] = raws.map((raw) => {
    const label = raw.trim();
    const n = headerDenominator(label);
    const h: Header = { label, kind: isTotalLabel(label) ? 'total' : 'item', depth: 0, parent: null, children: [] };
    if (n !== undefined) h.denominator = n;
    return h;
  });
  const subtotalsRead = sectionTotals(raws, headers);
  for (const i of subtotalsRead) headers[i]!.kind = 'item';
  const totals = headers.flatMap((h, i) => (h.kind === 'total' ? [i] : []));
  for (const extra of totals.slice(1)) {
    errors.push({
      index: extra,
      code: 'header/two-totals',
      message: `合計の見出しが2つあります（${quote(headers[totals[0]!]!.label)}と${quote(headers[extra]!.label)}）`,
      hint: '合計は1つにしてください。内訳の合計は「小計」と書くか、字下げで示してください',
    });
  }
  const closers = new Set<number>();
  const emptySubtotals: number[] = [];
  // Open groups, innermost last; -1 stands for the top level.
  const stack: { index: number; indent: number }[] = [{ index: -1, indent: -1 }];
  const childrenOf = (i: number) => (i < 0 ? topLevel : headers[i]!.children);
  const topLevel: number[] = [];
  headers.forEach((h, i) => {
    if (h.kind === 'total') return;
    const indent = indentOf(raws[i]!);
    while (stack.length > 1 && stack[stack.length - 1]!.indent >= indent) stack.pop();
    const parent = stack[stack.length - 1]!.index;
    const sub = totalKey(h.label);
    if (subtotalsRead.includes(i) || (SUBTOTAL.test(sub) && !SUBTOTAL_WORD.test(key(undecorated(h.label)).replace(TOTAL_BRACKETS, '')))) {
      // 小計 takes the siblings before it, back to the previous 小計; 「65歳未満・小計」 (joined from two label columns,
      // layout.ts) only those of its group, 「65歳未満・…」 (a row of Ns or a total first, its second label blank, is none).
      const siblings = childrenOf(parent);
      const named = SUBTOTAL_OF.exec(key(h.label))?.[1];
      const inGroup = (j: number) => named !== undefined && key(headers[j]!.label).startsWith(`${named}・`);
      // Only where the labels were joined so (a 「心血管疾患・小計」 of one label column names no group: its run as before).
      const joined = siblings.some(inGroup);
      const ofGroup = (j: number) => !joined || inGroup(j);
      let from = siblings.length;
      while (from > 0 && !closers.has(siblings[from - 1]!) && ofGroup(siblings[from - 1]!)) from--;
      const group = siblings.splice(from);
      // None before it: its parts may be the lines indented under it (小計 first, 「入院 小計」 over its items).
      if (group.length === 0) emptySubtotals.push(i);
      for (const g of group) headers[g]!.parent = i;
      h.children = group;
      closers.add(i);
    }
    h.parent = parent < 0 ? null : parent;
    childrenOf(parent).push(i);
    stack.push({ index: i, indent });
  });
  for (const i of emptySubtotals)
    if (headers[i]!.children.length === 0)
      errors.push({
        index: i,
        code: 'header/empty-subtotal',
        message: `小計${quote(headers[i]!.label)}の前に内訳がなく、下に字下げした内訳もありません`,
        hint: '小計は内訳の見出しの後に置くか、内訳の見出しを小計の下に字下げしてください',
      });
  const total = totals[0];
  if (total !== undefined) headers[total]!.children = [...topLevel];
  for (const h of headers) {
    if (h.kind !== 'total' && h.children.length > 0) h.kind = 'subtotal';
  }
  setDepths(headers);
  if (total !== undefined && topLevel.length === 0) {
    // A lone 合計 row (a table of group sizes: 合計 | 30 | 40) is the only line of counts, not a sum of others.
    headers[total]!.kind = 'item';
    headers[total]!.children = [];
    topLevel.push(total);
  }
  return { headers, errors, subtotalsRead };
}

/**
 * red55: total words closing sections of a list, the last total after them (「肺炎 | 気管支炎 | 計 | 重症 | 死亡 | 計 |
 * 総計」, an Excel sheet's 計 under each block): each one but the last that closes a run of lines (one or more since
 * the previous, none indented, no N of its own) and has lines after it before the next is read as that run's 小計 — the
 * arithmetic then proves it (a 小計 not the sum of its run is refused, `total/mismatch`), as a written 「小計」 is. The
 * reading is ours (チェッカーの判断, said by read.ts `header/section-total`). A total first (「計 | …」 over its lines) or
 * two totals with nothing between stay two totals (`header/two-totals`).
 */
function sectionTotals(raws: readonly string[], headers: readonly Header[]): number[] {
  const totals = headers.flatMap((h, i) => (h.kind === 'total' ? [i] : []));
  if (totals.length < 2 || raws.some((r) => indentOf(r) > 0)) return [];
  const read: number[] = [];
  let from = 0;
  for (const [k, t] of totals.slice(0, -1).entries()) {
    const next = totals[k + 1]!;
    const before = t - from;
    const after = next - t - 1;
    // The last section's 計 may stand right above the last total (「… | 計 | 総計」) where a 計 was read before it.
    if (before < 1 || (after < 1 && read.length === 0) || headers[t]!.denominator !== undefined) return [];
    read.push(t);
    from = t + 1;
  }
  // The last a total of the same word as the sections' (「計 | … | 計」, no 総計): a section's too, no total — refused.
  const last = headers[totals[totals.length - 1]!]!.label.normalize('NFKC').replace(/\s+/g, '');
  if (read.some((t) => headers[t]!.label.normalize('NFKC').replace(/\s+/g, '') === last)) return [];
  return read;
}
