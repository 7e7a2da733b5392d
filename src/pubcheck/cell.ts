/**
 * Reads one cell of a table: the input convention for values.
 *
 * Text is normalised first (NFKC: full-width digits, ％, （）, ／ and ， become ASCII). Then:
 * - `25`, `1,234`            a patient count (`12人`, `12例`, `12名`, `12件`: the same count with its unit)
 * - `-`, `－`, `—`           0 (the usual mark for "none" in Japanese statistical tables)
 * - `-0`, `−0`, `－0`        0 (a zero printed with a sign: no negative count)
 * - `8 (3.2%)`               a count with its percentage; the count is what is checked
 * - `8 (3.2)`                the same, only under a header, corner or title that says so (「n (%)」「人数（割合）」)
 * - `8 [3.2%]`, `8, 3.2%`    the same (a comma only with a space after it: 「3,5%」 may be a decimal comma)
 * - `3.2% (8)`               the same, the percentage first (「% (n)」; refused as text before)
 * - `8/250`                  a count and its denominator; both are patient counts
 * - `3.2 (8/250)`, `3.2% (8/250)`, `12.5‰ (8/64)`   a rate with the count and denominator it was computed from
 * - `8/250 (3.2%)`           the same, the fraction first (「n/N (%)」); `8/250 (3.2)` the same where the
 *                            bracket is n/N in percent within its rounding (rounded or cut off), whether 「n/N (%)」
 *                            is written or not (read.ts says so where not); any other number there is refused
 *                            (`cell/rate-mismatch`)
 * - `8 (3.2%, 8/250)`, `8 (8/250, 3.2%)`   a count with its share and its fraction in one bracket (denom30): read as
 *                            `8/250 (3.2%)`, the two counts one number and the share n/N within its rounding, else
 *                            refused naming what differs; `8/250例`, `8例/250例` the fraction with its unit
 * - `8 (32.0‰)`, `32.0‰`     a count with its share in per mille, a bare share in per mille: read as the same share
 *                            in percent (3.20%, one decimal more), which is the same interval of counts
 * - `3.2%`                   a bare percentage; the count it reveals is worked out from a denominator given in
 *                            the row or column header as `(N=250)`
 * - `2※1`, `3*`, `5†`, `4¹`, `7a`  a value with a note's mark after it (`markedCell`, words59): read by read.ts as the
 *                            value and the mark, never as 21 (a letter only where a note opens with it)
 * Not accepted (the message says what to write instead): empty cells, negative numbers, decimals without `%`,
 * characters NFKC would turn into digits that are marks (3¹, 3①, ⑶, ½ by `readCell` alone: a footnote mark read as
 * a digit hides a count),
 * marks of cells already hidden (`x`, `*`, `<10`, `…`) — the checker needs the real values, which never
 * leave the machine — and any other text.
 */
import type { CellValue } from './types.ts';
import { clip, quote } from './quote.ts';

export type CellReading = { ok: true; value: CellValue } | { ok: false; code: string; message: string; hint: string };

const NUM = String.raw`\d{1,3}(?:,\d{3})+|\d+`;
const DEC = String.raw`\d+(?:\.\d+)?`;
const COUNT = new RegExp(`^(${NUM})$`);
const COUNT_PERCENT = new RegExp(String.raw`^(${NUM})\s*\(\s*(${DEC})\s*%\s*\)$`);
/**
 * 「12 [30.0%]」「12【30.0%】」 and 「12, 30.0%」「12、30.0%」: a count with its percentage as 「12 (30.0%)」 (rowpct). The
 * comma only with a space after it (「3,5%」 may be 3.5% written with a decimal comma, 「1,234%」 one number).
 */
const COUNT_PERCENT_OTHER = new RegExp(
  String.raw`^(${NUM})\s*(?:\[\s*(${DEC})\s*%\s*\]|【\s*(${DEC})\s*%\s*】|〔\s*(${DEC})\s*%\s*〕|,\s+(${DEC})\s*%|、\s*(${DEC})\s*%)$`,
);
/** 「12 [30.0]」 under a header that says 「n [%]」 or 「n (%)」, as 「12 (30.0)」. */
const COUNT_SQUARE = new RegExp(String.raw`^(${NUM})\s*\[\s*(${DEC})\s*\]$`);
const FRACTION = new RegExp(String.raw`^(${NUM})\s*/\s*(${NUM})$`);
const RATE = new RegExp(String.raw`^(${DEC})\s*(?:%|‰)?\s*\(\s*(${NUM})\s*/\s*(${NUM})\s*\)$`);
const PERCENT_COUNT = new RegExp(String.raw`^(${DEC})\s*%\s*\(\s*(${NUM})\s*\)$`);
const COUNT_BRACKETED = new RegExp(String.raw`^(${NUM})\s*\(\s*(${DEC})\s*\)$`);
const FRACTION_RATE = new RegExp(String.raw`^(${NUM})\s*/\s*(${NUM})\s*\(\s*(${DEC})\s*(?:%|‰)\s*\)$`);
/** 「8/250 (3.2)」: a fraction with its rate and no unit (attack28). */
const FRACTION_BRACKETED = new RegExp(String.raw`^(${NUM})\s*/\s*(${NUM})\s*\(\s*(${DEC})\s*\)$`);
/** 「3 (5.3‰)」「3 [5.3‰]」「3, 5.3‰」 and 「5.3‰ (3)」: a count with its share per mille (attack28). */
const COUNT_PERMILLE = new RegExp(
  String.raw`^(?:(${NUM})\s*(?:\(\s*(${DEC})\s*‰\s*\)|\[\s*(${DEC})\s*‰\s*\]|,\s+(${DEC})\s*‰|、\s*(${DEC})\s*‰)|(${DEC})\s*‰\s*\(\s*(${NUM})\s*\))$`,
);
const PERMILLE = new RegExp(String.raw`^(${DEC})\s*‰$`);
const PERCENT = new RegExp(String.raw`^(${DEC})\s*%$`);
const DECIMAL = new RegExp(`^${DEC}$`);
const ZERO_DASH = /^[-‐‑‒–—―−]$/;
/** A cell written 「-」 (a dash alone), read as a count 0 (stats44: an extreme's 「-」 is no value of it). */
export const zeroDash = (text: string): boolean => ZERO_DASH.test(normalise(text));
const NEGATIVE = /^[-‐‑‒–—―−]\s*\d/;
/** 「-0」「−0」「－0」 (a zero a spreadsheet or a rounding printed with a sign): 0, no negative count. */
const SIGNED_ZERO = /^[-‐‑‒–—―−]\s*0+$/;
/** A sign before a zero's digits (「-0 (0.0%)」「-0/50」「-0.0%」): the sign alone, where what follows is a zero. */
const ZERO_SIGN = /^[-‐‑‒–—―−]\s*(?=0(?![\d.]*[1-9]))/;
/** A unit of patients written after a count (「12人」「12 例」「12名（3.4%）」): the count is read without it. */
const COUNT_UNIT = new RegExp(String.raw`^(${NUM})\s*(?:人|例|名|件)(?=\s*\(|$)`);
/** 「3/57例」「3例/57例」「3/57人 (5.3%)」: a fraction with its unit of patients, read without it (denom30). */
const FRACTION_UNIT = new RegExp(String.raw`^(${NUM})(?:\s*(?:人|例|名|件))?\s*/\s*(${NUM})\s*(?:人|例|名|件)(?=\s*\(|$)`);
/**
 * 「3 (5.3%, 3/57)」「3 (3/57, 5.3%)」: a count with its share and its fraction in one bracket (denom30), as
 * 「3/57 (5.3%)」 where the bracket's count is the count.
 */
const COUNT_SHARE_FRACTION = new RegExp(
  String.raw`^(${NUM})\s*\(\s*(?:(${DEC})\s*([%‰])\s*[,、;]\s*(${NUM})\s*/\s*(${NUM})|(${NUM})\s*/\s*(${NUM})\s*[,、;]\s*(${DEC})\s*([%‰]))\s*\)$`,
);
const HIDDEN = /^(?:x+|\*+|…+|\.{3}|秘匿|<\s*\d+|\d+\s*未満|n\/?a|不詳)$/i;

/** A share written per mille as the same share in percent: one decimal more. */
const perMille = (p: string) => ({ percent: Number(p) / 10, decimals: (p.split('.')[1]?.length ?? 0) + 1 });

/** Characters (keys and string values) a `remembered` function holds before it forgets all it holds. */
const REMEMBERED_CHARS = 12_000_000;

/**
 * A pure function of one text that remembers its answers (perf9): the readings call `normalise`, `countText` … on
 * each label many times, and a label may be 2,000 characters long (read.ts `LIMITS.cellChars`), so 1,000 such labels
 * took seconds each time. The same text gives the same answer, remembered or not; past REMEMBERED_CHARS it forgets.
 */
export function remembered<T>(fn: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  let chars = 0;
  return (text) => {
    const hit = known.get(text);
    if (hit !== undefined || known.has(text)) return hit as T;
    const value = fn(text);
    chars += text.length + (typeof value === 'string' ? value.length : 0);
    if (chars > REMEMBERED_CHARS) {
      known.clear();
      chars = text.length + (typeof value === 'string' ? value.length : 0);
    }
    known.set(text, value);
    return value;
  };
}

/** NFKC and trimmed, as every comparison in the checker sees the text. */
export const normalise: (text: string) => string = remembered((text) => text.normalize('NFKC').replace(/\s+/g, ' ').trim());

/** A cell's text as a message quotes it: trimmed, and cut after 60 characters (a value of a million digits is not repeated). */
export function shown(text: string, max = 60): string {
  const t = text.trim();
  // Characters, not UTF-16 units: cut between them (quote.ts `clip`, never inside an emoji or 𠮷), and counted so.
  const length = Array.from(t).length;
  return length > max ? `${clip(t, max)}（${length.toLocaleString('en-US')} 文字）` : t;
}

/** Error values of spreadsheets (Excel, LibreOffice, Google Sheets): what a formula shows when it fails. */
export const ERROR_VALUE =
  /^(?:#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!|ERROR!)|Err:\d{3})$/i;
/** A formula as a spreadsheet shows it in its formula view or saves it as text: 「=SUM(B2:B5)」, 「=A1+B1」, 「+SUM(A1:A3)」. */
const FORMULA = /^=\s*\S|^[+@-]\s*[A-Za-z_][\w.]*\s*\(/;
/**
 * An HTML tag (names of the elements tables and word processors write, Word's 「<o:p>」 too) or a comment. A tag of
 * one letter only opening in lower case or closing (「<b>」「</B>」): 「<A>」「<B>」 are groups in brackets.
 */
const HTML_TAG =
  /<\/?(?:[a-z]+:)?(?:abbr|big|body|br|caption|center|cite|code|col|colgroup|del|div|em|font|h[1-6]|head|hr|html|img|ins|label|li|link|mark|meta|nobr|ol|pre|script|small|span|strike|strong|style|sub|sup|table|tbody|td|tfoot|th|thead|tr|tt|ul|wbr)(?:\s[^<>]*)?\/?>|<\/[abipqsu]>|<!--/i;
const HTML_LETTER_TAG = /<[abipqsu](?:\s[^<>]*)?>/;
/** An HTML character reference (「&nbsp;」「&#12288;」「&amp;」). */
const HTML_ENTITY = /&(?:[a-z][a-z0-9]{1,31}|#\d{1,7}|#x[0-9a-f]{1,6});/i;

/**
 * Text of a spreadsheet or a web page that is no label and no value as a reader sees it: a formula (the value it
 * computes is not in the text), an error value (「#DIV/0!」: the value is unknown), HTML markup (a tag or a character
 * reference: the text a reader sees is another). Read as written, a formula could pass as a label or as a label column
 * (「=SUM(B2:B5)」 beside counts), a 「#N/A」 row as a comment; each is refused, naming what it is and how to fix it.
 */
export function foreignText(text: string): { code: string; message: string; hint: string } | undefined {
  const t = normalise(text);
  if (ERROR_VALUE.test(t))
    return {
      code: 'input/error-value',
      message: `${quote(shown(text))}は表計算ソフトの数式のエラー表示で、値ではありません`,
      hint: '表計算ソフトで数式のエラーを直してから、表をコピーして貼り付けてください',
    };
  if (FORMULA.test(t))
    return {
      code: 'input/formula',
      message: `${quote(shown(text))}は表計算ソフトの数式で、値ではありません（数式の計算結果は入力にありません）`,
      hint: '表計算ソフトで数式の表示をやめ（「数式の表示」を切る）、値の表をコピーして貼り付けてください。CSV なら数式を値に変えて（「形式を選択して貼り付け」→「値」）保存してください',
    };
  const bidi = /[\u202d\u202e\u200f\u061c\u202b\u2067\u2068]/.exec(t);
  if (bidi)
    return {
      code: 'input/markup',
      message: `文字の向きを変える制御文字（U+${bidi[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}）があり、表示される文字や数字の並びがファイルと違います（「30」が「03」と表示されるなど）`,
      hint: '制御文字を削除し、表示されるとおりの文字で書いてください',
    };
  const tag = [HTML_TAG.exec(t), HTML_LETTER_TAG.exec(t), HTML_ENTITY.exec(t)]
    .filter((m) => m !== null)
    .sort((a, b) => a.index - b.index)[0];
  if (tag)
    return {
      code: 'input/markup',
      message: `${quote(shown(text))}に HTML の${tag[0].startsWith('&') ? '文字参照' : 'タグ'}${quote(tag[0])}があり、表示される文字と違います`,
      hint: 'Web ページの表は、ブラウザーに表示された表を選んでコピーし、貼り付けてください（HTML のソースは読めません）。見出しと値は、表示されるとおりの文字で書いてください',
    };
  return undefined;
}

/**
 * Brackets as people close a label or set off an N, as regular-expression character classes: ( ) [ ] and their
 * full-width forms, and { } < > 【】 〔〕 〖〗 〘〙 〈〉 《》 — 「A群【28】」, 「死亡〔3〕」 and 「A群（28）」 read alike.
 */
export const OPEN_BRACKET = '[(（\\[［{｛<＜【〔〖〘〈《]';
export const CLOSE_BRACKET = '[)）\\]］}｝>＞】〕〗〙〉》]';

const int = (s: string) => Number(s.replace(/,/g, ''));

/** The largest count read (a billion: more than any population a table of patients can count). */
const MAX_COUNT = 1_000_000_000;

/**
 * `units`: 「12人」 is the count 12 (false where the text is a header, 「1人」 a label: read.ts `header/values`).
 * `bracketPercent`: the cell stands under a header, corner or title that names a count with its percentage
 * (「n (%)」「人数（割合）」), so 「3 (7.5)」 is 3 and its 7.5%, as papers print it.
 */
export function readCell(text: string, bracketPercent = false, units = true): CellReading {
  const reading = readValue(text, bracketPercent, units);
  if (!reading.ok) return reading;
  const v = reading.value;
  const big = v.kind === 'count' ? Math.max(v.n, v.denominator ?? 0) : 0;
  if (big > MAX_COUNT) {
    return {
      ok: false,
      code: 'cell/too-large',
      message: `値${quote(shown(text))}が大きすぎます（患者数は ${MAX_COUNT.toLocaleString('en-US')} まで）`,
      hint: '値を確かめてください。患者数の表だけを確かめられます',
    };
  }
  return reading;
}

/**
 * A character that NFKC turns into digits but that is no digit of a count: a footnote mark written as a superscript
 * (3¹), a circled or bracketed number (3①, ⑶), a vulgar fraction (3½). Read as NFKC gives them, 3¹ would be the count
 * 31 and the small count 3 would pass unseen.
 */
function digitMark(text: string): string | undefined {
  return DIGIT_MARKS(text);
}
const DIGIT_MARKS = remembered((text: string): string | undefined => readDigitMark(text));
function readDigitMark(text: string): string | undefined {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // ASCII and fullwidth digits: NFKC leaves no other digit (perf9).
    if (c < 0x80 || (c >= 0xff10 && c <= 0xff19)) continue;
    // A character of two UTF-16 units (「𝟑」) read whole, as `for … of` read it; any other by its code, each answer kept
    // in a table of 65,536 (html9: a Map keyed by one-character strings and a pattern per character were half a second
    // for 1,000 labels of 2,000 characters).
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) {
      const ch = text.slice(i, i + 2);
      i++;
      if (DIGIT_CHARS(ch)) return ch;
      continue;
    }
    let known = DIGIT_UNIT[c]!;
    if (known === 0) DIGIT_UNIT[c] = known = /\d/.test(String.fromCharCode(c).normalize('NFKC')) ? 1 : 2;
    if (known === 1) return String.fromCharCode(c);
  }
  return undefined;
}
const DIGIT_CHARS = remembered((ch: string): boolean => /\d/.test(ch.normalize('NFKC')));
/** Whether NFKC makes a digit of each UTF-16 unit read alone: 0 not yet known, 1 yes, 2 no. */
const DIGIT_UNIT = new Uint8Array(0x10000);

/**
 * A rate written with its fraction (「8/250 (3.2%)」, 「3.2 (8/250)」) that is not n/N — in percent, per mille, or (no
 * unit written) per any power of ten — rounded to nearest or cut off: refused. It was taken as written and never
 * checked, so 「12/40 (80.0%)」 passed, a rate of some other base (12 of 15) that the table prints nowhere: a reader
 * works out what that base is and what it leaves (15 − 12 = 3), and the checker protects neither.
 */
function rateMismatch(text: string, written: string, n: number, d: number, t: string): CellReading | undefined {
  if (d === 0) return undefined;
  const rate = Number(written);
  const decimals = written.split('.')[1]?.length ?? 0;
  const h = 0.5 * 10 ** -decimals;
  const scales = t.includes('%') ? [2] : t.includes('‰') ? [3] : [0, 1, 2, 3, 4, 5, 6];
  const fits = scales.some((k) => {
    const x = (n / d) * 10 ** k;
    return Math.abs(x - rate) <= h + 1e-9 || (x - rate >= -1e-9 && x - rate < 2 * h - 1e-9);
  });
  if (fits) return undefined;
  return {
    ok: false,
    code: 'cell/rate-mismatch',
    message: `${quote(shown(text))}の率 ${written}${t.includes('‰') ? '‰' : t.includes('%') ? '%' : ''} は ${n}/${d} と合いません（チェッカーの判断）。別の分母に対する率なら、その分母から秘匿した数が割り出せることを確かめられません`,
    hint: `率は ${n}/${d} から計算した値（${((100 * n) / d).toFixed(Math.max(decimals, 1))}% など）を書くか、分数だけ（${n}/${d}）にしてください`,
  };
}

function readValue(text: string, bracketPercent: boolean, units: boolean): CellReading {
  const t = units ? normalise(text).replace(COUNT_UNIT, '$1').replace(FRACTION_UNIT, '$1/$2') : normalise(text);
  let m: RegExpExecArray | null;
  const mark = digitMark(text);
  if (mark !== undefined) {
    return {
      ok: false,
      code: 'cell/mark',
      message: `${quote(shown(text))}の${quote(mark)}は数字ではなく注などの記号です（数字として読むと${quote(shown(t))}になってしまいます）`,
      hint: '注の記号はセルから外し、値だけを書いてください（注は表の外に書きます）',
    };
  }
  if (t === '') {
    return { ok: false, code: 'cell/empty', message: '空欄です', hint: '患者数を書いてください（0 のときは 0）' };
  }
  if ((m = COUNT.exec(t))) return { ok: true, value: { kind: 'count', n: int(m[1]!) } };
  if (ZERO_DASH.test(t)) return { ok: true, value: { kind: 'count', n: 0 } };
  if ((m = COUNT_PERCENT.exec(t)))
    return { ok: true, value: { kind: 'count', n: int(m[1]!), percent: Number(m[2]), decimals: m[2]!.split('.')[1]?.length ?? 0 } };
  if ((m = COUNT_PERCENT_OTHER.exec(t))) {
    const p = m.slice(2).find((x) => x !== undefined)!;
    return { ok: true, value: { kind: 'count', n: int(m[1]!), percent: Number(p), decimals: p.split('.')[1]?.length ?? 0 } };
  }
  if ((m = PERCENT_COUNT.exec(t)))
    return { ok: true, value: { kind: 'count', n: int(m[2]!), percent: Number(m[1]), decimals: m[1]!.split('.')[1]?.length ?? 0 } };
  if (bracketPercent && ((m = COUNT_BRACKETED.exec(t)) || (m = COUNT_SQUARE.exec(t))))
    return { ok: true, value: { kind: 'count', n: int(m[1]!), percent: Number(m[2]), decimals: m[2]!.split('.')[1]?.length ?? 0 } };
  if ((m = FRACTION.exec(t))) return { ok: true, value: { kind: 'count', n: int(m[1]!), denominator: int(m[2]!) } };
  if ((m = COUNT_SHARE_FRACTION.exec(t))) {
    const [n, inner, d, p, unit] = m[2] !== undefined ? [m[1]!, m[4]!, m[5]!, m[2], m[3]!] : [m[1]!, m[6]!, m[7]!, m[8]!, m[9]!];
    if (int(n) !== int(inner))
      return {
        ok: false,
        code: 'cell/fraction-mismatch',
        message: `${quote(shown(text))}の件数 ${n} と括弧の中の分数 ${inner}/${d} の件数 ${inner} が違います。どちらかは別の数を数えています`,
        hint: `同じ患者の件数なら「${n} (${p}${unit}, ${n}/${d})」のように同じ数を書くか、「${n}/${d} (${p}${unit})」と書いてください。別の数なら別の列に分けてください`,
      };
    const wrong = rateMismatch(text, p, int(n), int(d), `${t}${unit}`);
    if (wrong) return wrong;
    return { ok: true, value: { kind: 'count', n: int(n), denominator: int(d), rate: Number(p) } };
  }
  if ((m = RATE.exec(t))) {
    const wrong = rateMismatch(text, m[1]!, int(m[2]!), int(m[3]!), t);
    if (wrong) return wrong;
    return { ok: true, value: { kind: 'count', n: int(m[2]!), denominator: int(m[3]!), rate: Number(m[1]) } };
  }
  if ((m = FRACTION_RATE.exec(t))) {
    const wrong = rateMismatch(text, m[3]!, int(m[1]!), int(m[2]!), t);
    if (wrong) return wrong;
    return { ok: true, value: { kind: 'count', n: int(m[1]!), denominator: int(m[2]!), rate: Number(m[3]) } };
  }
  if ((m = FRACTION_BRACKETED.exec(t))) {
    // The bracket is n/N in percent, whether or not 「n/N (%)」 is written (read.ts says so where it is not): any other
    // number there — per mille, another base, a count of something else — is refused.
    const wrong = rateMismatch(text, m[3]!, int(m[1]!), int(m[2]!), `${t}%`);
    if (wrong) return wrong;
    return { ok: true, value: { kind: 'count', n: int(m[1]!), denominator: int(m[2]!), rate: Number(m[3]) } };
  }
  if ((m = PERCENT.exec(t))) {
    return { ok: true, value: { kind: 'percent', percent: Number(m[1]), decimals: m[1]!.split('.')[1]?.length ?? 0 } };
  }
  // Per mille: p‰ to d decimals is (p ÷ 10)% to d + 1 decimals, the same interval of counts of any N.
  if ((m = COUNT_PERMILLE.exec(t))) {
    const p = m.slice(2, 7).find((x) => x !== undefined)!;
    const n = m[1] ?? m[7]!;
    return { ok: true, value: { kind: 'count', n: int(n), ...perMille(p) } };
  }
  if ((m = PERMILLE.exec(t))) return { ok: true, value: { kind: 'percent', ...perMille(m[1]!) } };
  if (SIGNED_ZERO.test(t)) return { ok: true, value: { kind: 'count', n: 0 } };
  // 「-0 (0.0%)」「-0/50」「-0.0%」: a zero with a sign, its share or its N after it, read as the zero it is.
  const unsigned = ZERO_SIGN.test(t) ? readValue(t.replace(ZERO_SIGN, ''), bracketPercent, units) : undefined;
  if (unsigned?.ok && (unsigned.value.kind === 'count' ? unsigned.value.n === 0 : unsigned.value.percent === 0)) return unsigned;
  if (NEGATIVE.test(t)) {
    return {
      ok: false,
      code: 'cell/negative',
      message: `負の値${quote(shown(text))}です`,
      hint: '患者数は 0 以上の整数です。値を確かめてください',
    };
  }
  if (HIDDEN.test(t)) {
    return {
      ok: false,
      code: 'cell/hidden',
      message: `秘匿済みの記号${quote(shown(text))}です`,
      hint: '元の値を入力してください。入力した値はこの端末の外に送られません。秘匿するセルはチェッカーが提案します',
    };
  }
  if (DECIMAL.test(t)) {
    return {
      ok: false,
      code: 'cell/decimal',
      message: `整数でない数${quote(shown(text))}です`,
      hint: '患者数は整数で、割合は「3.2%」、率は「3.2 (8/250)」の形で書いてください',
    };
  }
  // A count or a share with a range after it (「3 (15.0%) [3.2-37.9]」「3/20 (3.2-37.9)」「15.0 (3.2-37.9)」): an interval
  // (rates5), a function of the count and its base like the share — said as such.
  if (INTERVAL_IN_CELL.test(t))
    return {
      ok: false,
      code: 'cell/text',
      message: `患者数のはずのセルに、信頼区間のような範囲のある${quote(shown(text))}があります。件数や割合の信頼区間は件数と分母から決まり、件数を秘匿しても区間から件数が分かるか、狭い範囲に絞られるため、読みません（チェッカーの判断）`,
      hint: '区間を除いて「3 (15.0%)」のように書いた表を確かめ、秘匿しない件数の区間だけを別に審査を受けて載せてください。率の区間なら、率の列のセルに「8.0 (5.7-10.9)」のように書くと、率と一緒に確かめます',
    };
  return {
    ok: false,
    code: 'cell/text',
    message: `患者数のはずのセルに文字${quote(shown(text))}があります`,
    hint: COUNT_BRACKETED.test(t)
      ? '件数と割合なら「8 (3.2%)」と % を付けるか、列・行の見出し（または表題）に「n (%)」と書いてください。括弧の数が割合でないなら（標準偏差など）、人数の表から外してください'
      : '患者数（25）、件数と割合（8 (3.2%) か 3.2% (8)）、分数（8/250、8/250 (3.2%)）、率（3.2 (8/250)）、割合（3.2%）のいずれかで書いてください',
  };
}

/**
 * words59: a note's mark written after a cell's count (「2※1」「3*」「5†」「7a」「4¹」「6（注1）」): symbols a count never
 * holds (※ * † ‡ § ¶ #, 注n, superscripts, circled numbers) and a single lower-case letter (`letter`: a note only where
 * a note under the table opens with it, read.ts). Tested on the last characters only (each suffix whole, anchored),
 * never as digits of the count: 「2※1」 is 2, not 21.
 */
const MARK_SYMBOL =
  /^(?:※\d{0,2}|\*{1,3}\d{0,2}|[†‡§¶]{1,3}\d{0,2}|#\d{0,2}|\^\d{1,2}|注\d{1,2}|\((?:注\d{0,2}|※\d{0,2}|\*{1,3}|[†‡§¶]{1,3})\))$/;
const MARK_LETTER = /^(?:[a-z]\)?|\^[a-z]|\([a-z]\))$/;
const MARK_RAW = /^(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}|[①-⑳]|[ᵃᵇᶜᵈᵉ])$/;
/**
 * words60: a numbered note's mark set apart from the count by a space (「2 1)」「2 1）」: the note 「1) …」). Glued
 * (「21)」) it is 21 or 2 and 「1)」, not told apart: not one.
 */
const MARK_NUMBERED = /^ \d{1,2}[)）]$/;
/**
 * words61: a count with a numbered mark glued onto it (「21)」「121）」): the readings that split off a mark of one or two
 * digits (「2」 and 「1)」, 「1」 and 「21)」), the whole number beside each. Which one is meant read.ts decides (a note
 * opening with the mark under the table, and the whole number impossible as the count), else refused as before.
 */
export function gluedNumbered(text: string): { count: number; whole: number; key: string; mark: string }[] {
  const raw = text.trim();
  if (raw.length > 9) return [];
  const m = /^(\d{2,8})[)）]$/.exec(raw.normalize('NFKC'));
  if (!m || m[1]!.startsWith('0')) return [];
  const digits = m[1]!;
  const out: { count: number; whole: number; key: string; mark: string }[] = [];
  for (let j = 1; j <= 2 && j < digits.length; j++) {
    const key = digits.slice(-j);
    if (key.startsWith('0')) continue;
    out.push({ count: Number(digits.slice(0, -j)), whole: Number(digits), key: `${key})`, mark: raw.slice(-(j + 1)) });
  }
  return out;
}
/** The longest mark tried (「(※12)」). */
const MARK_CHARS = 6;

export interface MarkedCell {
  reading: Extract<CellReading, { ok: true }>;
  /** The mark as written, and as a note under the table would open with it (NFKC). */
  mark: string;
  key: string;
  letter: boolean;
}

/**
 * words59: a cell that is a value followed by a note's mark (`MARK_SYMBOL`, `MARK_LETTER`, `MARK_RAW`): the value read
 * without the mark. The shortest mark whose rest reads as a value; undefined where none does.
 */
export function markedCell(text: string, bracketPercent = false): MarkedCell | undefined {
  const raw = text.replace(/\s+/g, ' ').trim();
  for (let k = 1; k <= Math.min(MARK_CHARS, raw.length - 1); k++) {
    const tail = raw.slice(-k);
    const rest = raw.slice(0, -k).trimEnd();
    if (!/[\d%)）]$/.test(rest)) continue;
    const t = tail.normalize('NFKC').replace(/\s+/g, '');
    const byRaw = MARK_RAW.test(tail);
    const letter = !byRaw && MARK_LETTER.test(t);
    const numbered = MARK_NUMBERED.test(tail);
    if (!byRaw && !letter && !numbered && !MARK_SYMBOL.test(t)) continue;
    const reading = readCell(rest, bracketPercent);
    if (!reading.ok) continue;
    return {
      reading,
      mark: tail.trim(),
      // words60: 「1)」 whole, so that only a note opening with 「1)」 is its note (「1 patient …」 is none).
      key: numbered
        ? t
        : t
            .replace(/^\^/, '')
            .replace(/^\((.*)\)$/, '$1')
            .replace(/\)$/, ''),
      letter: letter || /^[ᵃᵇᶜᵈᵉ]$/.test(tail),
    };
  }
  return undefined;
}

/**
 * A range of two numbers in brackets, or a confidence interval named, after a number: 「3 (15.0%) [3.2-37.9]」「3/20
 * (3.2-37.9)」; since rates7 a range alone with a decimal in it (「3.0-35.1」「(0.31, 4.52)」: an interval's cell, in a
 * column of its own where no rate stands before it) and the names 「CrI」「信用区間」「信頼限界」.
 */
const INTERVAL_IN_CELL =
  /^\d[\d,./%\s]*(?:[(（[［][^)）\]］]*[)）\]］]\s*)*[(（[［][^)）\]］]*?\d+(?:\.\d+)?\s*(?:[-–—~〜～]|\bto\b)\s*\d+(?:\.\d+)?\s*[)）\]］]$|^[(（[［]?\s*(?:\d+\.\d+\s*(?:[-–—~〜～,，;；]|\bto\b)\s*\d+(?:\.\d+)?|\d+\s*(?:[-–—~〜～,，;；]|\bto\b)\s*\d+\.\d+)\s*[)）\]］]?$|\b(?:\d{2}(?:\.\d+)?\s*%\s*)?(?:CI|CrI)\b|信頼区間|信用区間|信頼限界/i;

/**
 * The counts a bare percentage can stand for, given its denominator: a percentage written with d decimals
 * is the true value rounded to d decimals, so the count lies in [N·(p − h)/100, N·(p + h)/100] with
 * h = 0.5·10^−d. Returns the integer range (empty when lo > hi).
 */
export function countsForPercent(percent: number, decimals: number, denominator: number): { lo: number; hi: number } {
  const h = 0.5 * 10 ** -decimals;
  const lo = Math.max(0, Math.ceil((denominator * (percent - h)) / 100 - 1e-9));
  const hi = Math.min(denominator, Math.floor((denominator * (percent + h)) / 100 + 1e-9));
  return { lo, hi };
}

/** Whether a value written as a percentage is a whole count of `n` within rounding (not a percentage: false). */
export function wholeCountOf(n: number, value: CellValue): boolean {
  if (value.kind !== 'percent' || n <= 0) return false;
  const { lo, hi } = countsForPercent(value.percent, value.decimals, n);
  return lo <= hi;
}

/**
 * The whole bases D a count n printed as p% (`decimals` digits, rounded to the nearest) allows: 100n/D within half a
 * unit of the last digit, that half unit widened by `widen`. `hi` is Infinity where p less the half unit is not above
 * `floor` (a share of 0%, or under half a unit: no base too large for it). Shared by `baseRange` and missingshares.ts.
 */
export function roundedBases(n: number, percent: number, decimals: number, widen = 0, floor = 1e-12): { lo: number; hi: number } {
  const h = 0.5 * 10 ** -decimals + widen;
  return {
    lo: Math.ceil((100 * n) / (percent + h) - 1e-9),
    hi: percent - h > floor ? Math.floor((100 * n) / (percent - h) + 1e-9) : Infinity,
  };
}

/**
 * cut74: the whole bases D a count n printed as p% (`decimals` digits) allows where the share is cut off (truncated),
 * not rounded: 100n/D at least p and under the next digit, D in (100n/(p + 10⁻ᵈ), 100n/p]. `hi` is Infinity for 0%.
 */
export function cutBases(n: number, percent: number, decimals: number): { lo: number; hi: number } {
  const unit = 10 ** -decimals;
  return {
    lo: Math.floor((100 * n) / (percent + unit) + 1e-9) + 1,
    hi: percent > 0 ? Math.floor((100 * n) / percent + 1e-9) : Infinity,
  };
}

/**
 * The bases D that a count n written as p% (with `decimals` digits) allows, given its true base `truth`: a
 * percentage rounded to the nearest (100n/D within half a unit of the last digit) or cut off (100n/D at least p
 * and under the next digit). An attacker who knows which convention was used narrows D to that one's range; both
 * are kept where both hold, so the range is never wider than what an attacker can know. Undefined when neither
 * convention gives p from n and `truth` (the percentage is wrong for that base).
 */
export function baseRange(n: number, percent: number, decimals: number, truth: number): { lo: number; hi: number } | undefined {
  if (truth <= 0) return undefined;
  const h = 0.5 * 10 ** -decimals;
  const t = (100 * n) / truth;
  const ranges: { lo: number; hi: number }[] = [];
  if (n === 0) return percent === 0 ? { lo: 1, hi: Infinity } : undefined;
  if (Math.abs(t - percent) <= h + 1e-9) ranges.push(roundedBases(n, percent, decimals));
  if (t >= percent - 1e-9 && t < percent + 2 * h - 1e-9) {
    // 100n/D in [p, p + 2h): D in (100n/(p + 2h), 100n/p].
    ranges.push({
      lo: Math.floor((100 * n) / (percent + 2 * h) + 1e-9) + 1,
      hi: percent > 0 ? Math.floor((100 * n) / percent + 1e-9) : Infinity,
    });
  }
  if (ranges.length === 0) return undefined;
  return { lo: Math.max(...ranges.map((r) => r.lo)), hi: Math.min(...ranges.map((r) => r.hi)) };
}

/** The decimals of a number as printed (「12.50」: 2, 「3」: 0). */
export const printedDecimals = (t: string): number => (t.includes('.') ? t.length - t.indexOf('.') - 1 : 0);

/** Whether a number as printed (`t`, no 「%」) is `x` rounded to its decimals: within half a unit of its last digit. */
export const printedNear = (t: string, x: number): boolean => Math.abs(Number(t) - x) <= 0.5 * 10 ** -printedDecimals(t) + 1e-9;

/** A percentage with `decimals` digits, as the text would show it (for messages). */
export const showPercent = (value: number, decimals: number) => `${value.toFixed(decimals)}%`;
