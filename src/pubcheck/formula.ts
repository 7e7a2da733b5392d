/**
 * A spreadsheet's formula kept beside a cell in its HTML (Excel's 「x:fmla」, Google Sheets' 「data-sheets-formula」),
 * read for the numbers it holds (html.ts): a formula whose numbers only scale or round (「=ROUND(B2/B$6*100,1)」) holds
 * no number of the table; one holding one other number added or taken away (「=B2+15」) holds what the cells it names
 * and its own value give back (15 = 45 − 30), where they are shown and it evaluates to its value; any other number in
 * it (two of them, 「=15+12」, or one multiplied, rounded, in a text) may be a count the page does not show.
 */

type Node =
  | { k: 'num'; v: number }
  | { k: 'ref'; row: number; col: number }
  | { k: 'range'; from: { row: number; col: number }; to: { row: number; col: number } }
  | { k: 'fn'; name: string; args: Node[] }
  | { k: 'bin'; op: string; a: Node; b: Node }
  | { k: 'neg'; a: Node }
  | { k: 'str'; s: string }
  | { k: 'other' };

/** How its cell references are written: 「B2」「$B$6」 (A1, from the table's first cell) or 「R[-1]C[0]」 (R1C1, from the cell). */
export type RefStyle = 'a1' | 'r1c1';

const TOKEN =
  /\s*(?:("(?:[^"]|"")*")|((?:'[^']*'|[A-Za-z_][\w.]*)!)|(R(?:\[-?\d+\]|\d+)?C(?:\[-?\d+\]|\d+)?(?![\w(]))|(\$?[A-Za-z]{1,3}\$?\d+(?![\w(]))|(\d+(?:\.\d*)?(?:[eE][-+]?\d+)?%?|\.\d+%?)|([A-Za-z_][\w.]*)(?=\s*\()|(<>|<=|>=|[-+*/^&=<>(),:;]))/y;

/** The formula's syntax tree, references placed in the table (row and column from 0), or undefined where unread. */
function parse(formula: string, style: RefStyle, row: number, col: number): Node | undefined {
  const tokens: { kind: string; text: string }[] = [];
  const text = formula.replace(/^\s*=/, '');
  TOKEN.lastIndex = 0;
  let sheet = false;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m || m.index !== at) {
      if (/^\s*$/.test(text.slice(at))) break;
      return undefined;
    }
    const kinds = ['str', 'sheet', 'r1c1', 'a1', 'num', 'fn', 'op'];
    const i = m.slice(1).findIndex((g) => g !== undefined);
    if (i < 0) break;
    if (kinds[i] === 'sheet') sheet = true;
    else tokens.push({ kind: kinds[i]!, text: m[i + 1]! });
  }
  // A reference to another sheet: its cells are not in the table (read as unread: its digits refused).
  if (sheet) return undefined;
  let p = 0;
  const peek = () => tokens[p];
  const ref = (t: string): { row: number; col: number } | undefined => {
    if (style === 'r1c1') {
      const m = /^R(\[(-?\d+)\]|(\d+))?C(\[(-?\d+)\]|(\d+))?$/.exec(t);
      if (!m) return undefined;
      const r = m[2] !== undefined ? row + Number(m[2]) : m[3] !== undefined ? Number(m[3]) - 1 : row;
      const c = m[5] !== undefined ? col + Number(m[5]) : m[6] !== undefined ? Number(m[6]) - 1 : col;
      return { row: r, col: c };
    }
    const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(t);
    if (!m) return undefined;
    const c = [...m[1]!.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return { row: Number(m[2]) - 1, col: c };
  };
  const primary = (): Node | undefined => {
    const t = tokens[p++];
    if (!t) return undefined;
    if (t.kind === 'num') return { k: 'num', v: t.text.endsWith('%') ? Number(t.text.slice(0, -1)) / 100 : Number(t.text) };
    if (t.kind === 'str') return { k: 'str', s: t.text.slice(1, -1) };
    if (t.kind === 'r1c1' || t.kind === 'a1') {
      const from = ref(t.text);
      if (!from) return undefined;
      if (peek()?.text === ':') {
        p++;
        const u = tokens[p++];
        const to = u && ref(u.text);
        return to ? { k: 'range', from, to } : undefined;
      }
      return { k: 'ref', ...from };
    }
    if (t.kind === 'fn') {
      if (tokens[p++]?.text !== '(') return undefined;
      const args: Node[] = [];
      if (peek()?.text === ')') p++;
      else
        for (;;) {
          const a = expr();
          if (!a) return undefined;
          args.push(a);
          const sep = tokens[p++]?.text;
          if (sep === ')') break;
          if (sep !== ',' && sep !== ';') return undefined;
        }
      return { k: 'fn', name: t.text.toUpperCase(), args };
    }
    if (t.text === '(') {
      const e = expr();
      return e && tokens[p++]?.text === ')' ? e : undefined;
    }
    if (t.text === '-' || t.text === '+') {
      const a = primary();
      return a && (t.text === '-' ? { k: 'neg', a } : a);
    }
    return undefined;
  };
  const binary = (ops: string[], next: () => Node | undefined) => (): Node | undefined => {
    let a = next();
    while (a && ops.includes(peek()?.text ?? '')) {
      const op = tokens[p++]!.text;
      const b = next();
      if (!b) return undefined;
      a = { k: 'bin', op, a, b };
    }
    return a;
  };
  const power = binary(['^'], primary);
  const term = binary(['*', '/'], power);
  const sum = binary(['+', '-'], term);
  const expr = binary(['&', '=', '<>', '<', '>', '<=', '>='], sum);
  const tree = expr();
  return tree && p === tokens.length ? tree : undefined;
}

const ROUNDING = new Set(['ROUND', 'ROUNDUP', 'ROUNDDOWN', 'TRUNC', 'FIXED']);
const isPowerOfTen = (v: number) => v >= 10 && Number.isInteger(Math.log10(v)) && 10 ** Math.log10(v) === v;

/**
 * The numbers of a formula that may be counts: each with whether it is only added or taken away (its ancestors are
 * 「+」「−」 alone). Not counted: a power of ten that multiplies or divides (a share's ×100), the digits of a rounding,
 * a text that formats (TEXT's 「"0.0%"」).
 */
function constants(node: Node, additive = true, out: { additive: boolean }[] = []): { additive: boolean }[] {
  switch (node.k) {
    case 'num':
      out.push({ additive });
      break;
    case 'str':
      if (/\d/.test(node.s)) out.push({ additive: false });
      break;
    case 'neg':
      constants(node.a, additive, out);
      break;
    case 'bin':
      for (const [side, other] of [
        [node.a, node.b],
        [node.b, node.a],
      ] as const) {
        if ((node.op === '*' || (node.op === '/' && side === node.b)) && side.k === 'num' && isPowerOfTen(side.v)) continue;
        void other;
        constants(side, additive && (node.op === '+' || node.op === '-'), out);
      }
      break;
    case 'fn':
      node.args.forEach((a, i) => {
        if (ROUNDING.has(node.name) && i === 1 && a.k === 'num' && Number.isInteger(a.v) && a.v >= 0 && a.v <= 15) return;
        if (node.name === 'TEXT' && i === 1 && a.k === 'str') return;
        constants(a, false, out);
      });
      break;
  }
  return out;
}

/** The formula's value from the cells it names (`valueAt`: a shown number, 0 for a blank, undefined for text), or undefined. */
function evaluate(node: Node, valueAt: (row: number, col: number) => number | undefined): number | undefined {
  const ev = (n: Node): number | undefined => evaluate(n, valueAt);
  switch (node.k) {
    case 'num':
      return node.v;
    case 'ref':
      return valueAt(node.row, node.col);
    case 'range': {
      let total = 0;
      for (let r = Math.min(node.from.row, node.to.row); r <= Math.max(node.from.row, node.to.row); r++)
        for (let c = Math.min(node.from.col, node.to.col); c <= Math.max(node.from.col, node.to.col); c++) {
          const v = valueAt(r, c);
          if (v === undefined) return undefined;
          total += v;
        }
      return total;
    }
    case 'neg': {
      const a = ev(node.a);
      return a === undefined ? undefined : -a;
    }
    case 'bin': {
      const a = ev(node.a);
      const b = ev(node.b);
      if (a === undefined || b === undefined) return undefined;
      return node.op === '+' ? a + b : node.op === '-' ? a - b : node.op === '*' ? a * b : node.op === '/' && b !== 0 ? a / b : undefined;
    }
    case 'fn': {
      const args = node.args.map(ev);
      if (args.some((a) => a === undefined)) return undefined;
      const [x, d = 0] = args as number[];
      if (node.name === 'SUM') return (args as number[]).reduce((s, v) => s + v, 0);
      if (node.name === 'ROUND' && x !== undefined) return (Math.sign(x) * Math.round(Math.abs(x) * 10 ** d)) / 10 ** d;
      return undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Whether a formula holds no number of the table but those the page shows: none but scales and roundings, or one more
 * only added or taken away where the formula, evaluated on the cells shown, is the cell's value (`result`).
 */
export function formulaHoldsNoOtherNumber(
  formula: string,
  style: RefStyle,
  at: { row: number; col: number },
  result: number | undefined,
  valueAt: (row: number, col: number) => number | undefined,
): boolean {
  const tree = parse(formula, style, at.row, at.col);
  if (!tree) return !/\d/.test(formula.replace(/\$?[A-Za-z]{1,3}\$?\d+|R\[?-?\d*\]?C\[?-?\d*\]?/g, ''));
  const found = constants(tree);
  if (found.length === 0) return true;
  if (found.length > 1 || !found[0]!.additive || result === undefined) return false;
  const value = evaluate(tree, valueAt);
  return value !== undefined && Math.abs(value - result) <= 1e-9 * Math.max(1, Math.abs(result));
}
