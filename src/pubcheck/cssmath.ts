/**
 * CSS math functions written out (html9): 「calc()」「min()」「max()」「clamp()」「round()」「abs()」, trigonometry and
 * powers, as a browser computes them where their terms are numbers, percentages or lengths of one kind (absolute
 * lengths as px, angles as degrees). A value such as 「opacity: calc(0)」 or 「margin-left: calc(-9999px)」 is then judged
 * as 「opacity: 0」 and 「margin-left: -9999px」 are; on main the first was read as no opacity at all and the second as a
 * margin of −1px, and 「3<span style="opacity:min(0,1)">0</span>」 (shown 3) was read 30. A function whose terms mix
 * kinds (「calc(100% - 2rem)」), or hold var(), env(), attr() or anything else, is left as written: css.ts
 * `shownOtherwiseBy` refuses it where the property is judged by its numbers (`unresolvedMath`).
 */

interface Quantity {
  n: number;
  /** '' a number, '%', 'px' (absolute lengths), 'deg' (angles), or the unit as written (em, rem, vw …). */
  u: string;
}

const ABSOLUTE: Record<string, number> = { px: 1, pt: 4 / 3, pc: 16, in: 96, cm: 96 / 2.54, mm: 96 / 25.4, q: 96 / 101.6 };
const ANGLE: Record<string, number> = { deg: 1, grad: 0.9, rad: 180 / Math.PI, turn: 360 };
const CONSTANT: Record<string, number> = { e: Math.E, pi: Math.PI, infinity: Infinity, '-infinity': -Infinity, nan: NaN };

/** The math functions' names (CSS Values 4), as a browser parses them. */
export const MATH_FUNCTION =
  /(?<![-\w])(?:calc|min|max|clamp|round|mod|rem|abs|sign|sin|cos|tan|asin|acos|atan|atan2|pow|sqrt|hypot|log|exp|calc-size|progress|random)\(/i;

/** Whether a value still holds a math function after `foldMath` (one it could not compute). */
export const unresolvedMath = (value: string) => MATH_FUNCTION.test(value);

/**
 * The lengths an element's context gives (html10): its font size (em), the root's (rem), and what 100% is where known
 * (a font size's parent size). Set only while `foldMathWith` computes; elsewhere terms of these units stay as written.
 */
export interface MathContext {
  em: number;
  rem: number;
  percent?: number | undefined;
}
let context: MathContext | undefined;

function quantity(n: number, unit: string): Quantity | undefined {
  const u = unit.toLowerCase();
  if (context) {
    if (u === 'em') return { n: n * context.em, u: 'px' };
    if (u === 'rem') return { n: n * context.rem, u: 'px' };
    if (u === '%' && context.percent !== undefined) return { n: (n / 100) * context.percent, u: 'px' };
  }
  if (u === '' || u === '%') return { n, u };
  if (ABSOLUTE[u] !== undefined) return { n: n * ABSOLUTE[u], u: 'px' };
  if (ANGLE[u] !== undefined) return { n: n * ANGLE[u], u: 'deg' };
  return /^[a-z]+$/.test(u) ? { n, u } : undefined;
}

/** Tokens of a math function's arguments: numbers with their units, operators, brackets, commas, words. */
function tokens(text: string): string[] | undefined {
  const out: string[] = [];
  const re = /\s+|([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?(?:%|[a-z]+)?)|([-a-z]+\(|[()*/,+-])|(-?[a-z][-a-z]*)/giy;
  let at = 0;
  while (at < text.length) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m || m[0].length === 0) return undefined;
    at = re.lastIndex;
    if (m[1] !== undefined || m[2] !== undefined || m[3] !== undefined) out.push(m[0]);
    else if (out.length > 0 && out[out.length - 1] !== ' ') out.push(' ');
  }
  return out.filter((t, i, a) => t !== ' ' || (i > 0 && i < a.length - 1));
}

/** The value of a math function (`name`, its arguments `text`), or undefined where it is not computed as above. */
function evaluate(name: string, text: string): Quantity | undefined {
  const list = tokens(`${name}(${text})`);
  if (!list) return undefined;
  let i = 0;
  const peek = () => list[i];
  const skipSpace = () => {
    while (list[i] === ' ') i++;
  };
  // A number written with a sign is a term of its own (「calc(1 -2px)」 is invalid CSS: a browser drops it, as we do).
  const sum = (): Quantity | undefined => {
    let left = product();
    while (left) {
      skipSpace();
      const op = peek();
      if (op !== '+' && op !== '-') break;
      // CSS requires white space around + and -: a browser drops the declaration otherwise (so do we: undefined).
      if (list[i - 1] !== ' ' || list[i + 1] !== ' ') return undefined;
      i += 2;
      const right = product();
      if (!right || right.u !== left.u) return undefined;
      left = { n: op === '+' ? left.n + right.n : left.n - right.n, u: left.u };
    }
    return left;
  };
  const product = (): Quantity | undefined => {
    let left = term();
    while (left) {
      skipSpace();
      const op = peek();
      if (op !== '*' && op !== '/') break;
      i++;
      skipSpace();
      const right = term();
      if (!right) return undefined;
      if (op === '*') {
        if (left.u !== '' && right.u !== '') return undefined;
        left = { n: left.n * right.n, u: left.u || right.u };
      } else {
        if (right.u !== '' || right.n === 0) return undefined;
        left = { n: left.n / right.n, u: left.u };
      }
    }
    return left;
  };
  const args = (): Quantity[] | undefined => {
    const out: Quantity[] = [];
    for (;;) {
      skipSpace();
      const q = sum();
      if (!q) return undefined;
      out.push(q);
      skipSpace();
      if (peek() === ',') {
        i++;
        continue;
      }
      return out;
    }
  };
  let nesting = 0;
  const term = (): Quantity | undefined => {
    // Brackets nested deeper than a page writes them are not computed (no stack spent on 「calc(calc(calc(…」).
    if (++nesting > 32) return undefined;
    try {
      return termInside();
    } finally {
      nesting--;
    }
  };
  const termInside = (): Quantity | undefined => {
    skipSpace();
    const t = peek();
    if (t === undefined) return undefined;
    i++;
    if (t === '(') {
      const q = sum();
      skipSpace();
      if (!q || peek() !== ')') return undefined;
      i++;
      return q;
    }
    if (t.endsWith('(')) {
      const inner = t.slice(0, -1).toLowerCase();
      // round()'s strategy, written first.
      let strategy = 'nearest';
      skipSpace();
      if (inner === 'round' && /^(?:nearest|up|down|to-zero)$/i.test(peek() ?? '')) {
        strategy = peek()!.toLowerCase();
        i++;
        skipSpace();
        if (peek() !== ',') return undefined;
        i++;
      }
      const a = args();
      skipSpace();
      if (!a || peek() !== ')') return undefined;
      i++;
      return apply(inner, a, strategy);
    }
    const num = /^([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?)(%|[a-z]*)$/i.exec(t);
    if (num) return quantity(Number(num[1]), num[2]!);
    const c = CONSTANT[t.toLowerCase()];
    return c === undefined ? undefined : { n: c, u: '' };
  };
  const whole = term();
  skipSpace();
  return whole && i === list.length ? whole : undefined;
}

function apply(name: string, a: readonly Quantity[], strategy: string): Quantity | undefined {
  const same = a.every((q) => q.u === a[0]!.u);
  const u = a[0]?.u ?? '';
  const one = a.length === 1 ? a[0]! : undefined;
  const rad = (q: Quantity) => (q.u === 'deg' ? (q.n * Math.PI) / 180 : q.u === '' ? q.n : NaN);
  switch (name) {
    case 'calc':
      return one;
    case 'min':
    case 'max':
      return a.length > 0 && same ? { n: (name === 'min' ? Math.min : Math.max)(...a.map((q) => q.n)), u } : undefined;
    case 'clamp':
      return a.length === 3 && same ? { n: Math.max(a[0]!.n, Math.min(a[1]!.n, a[2]!.n)), u } : undefined;
    case 'round': {
      if (!same || a.length < 1 || a.length > 2) return undefined;
      const step = a[1]?.n ?? 1;
      if (a.length === 1 && u !== '') return undefined;
      if (step === 0) return undefined;
      const x = a[0]!.n / step;
      const r =
        strategy === 'up' ? Math.ceil(x) : strategy === 'down' ? Math.floor(x) : strategy === 'to-zero' ? Math.trunc(x) : Math.round(x);
      return { n: r * step, u };
    }
    case 'mod':
    case 'rem':
      if (a.length !== 2 || !same || a[1]!.n === 0) return undefined;
      return {
        n: name === 'rem' ? a[0]!.n % a[1]!.n : a[0]!.n - a[1]!.n * Math.floor(a[0]!.n / a[1]!.n),
        u,
      };
    case 'abs':
      return one ? { n: Math.abs(one.n), u: one.u } : undefined;
    case 'sign':
      return one ? { n: Math.sign(one.n), u: '' } : undefined;
    case 'sin':
    case 'cos':
    case 'tan':
      return one ? { n: Math[name](rad(one)), u: '' } : undefined;
    case 'asin':
    case 'acos':
    case 'atan':
      return one && one.u === '' ? { n: (Math[name](one.n) * 180) / Math.PI, u: 'deg' } : undefined;
    case 'atan2':
      return a.length === 2 && same ? { n: (Math.atan2(a[0]!.n, a[1]!.n) * 180) / Math.PI, u: 'deg' } : undefined;
    case 'pow':
      return a.length === 2 && u === '' && same ? { n: a[0]!.n ** a[1]!.n, u } : undefined;
    case 'sqrt':
    case 'exp':
      return one && one.u === '' ? { n: Math[name](one.n), u: '' } : undefined;
    case 'log':
      return a.length >= 1 && a.length <= 2 && u === '' && same
        ? { n: Math.log(a[0]!.n) / (a[1] ? Math.log(a[1].n) : 1), u: '' }
        : undefined;
    case 'hypot':
      return a.length > 0 && same ? { n: Math.hypot(...a.map((q) => q.n)), u } : undefined;
    default:
      return undefined;
  }
}

/** A computed quantity as CSS text (「0」「-9999px」「12.5%」), numbers to 6 decimals. */
const written = (q: Quantity) => `${Number(q.n.toFixed(6))}${q.u}`;

/**
 * CSS text with each math function computed where `evaluate` can (outermost first; the others left as written). A
 * declaration whose function cannot be computed is for `shownOtherwiseBy` to refuse (`unresolvedMath`).
 */
export function foldMath(css: string): string {
  if (!MATH_FUNCTION.test(css)) return css;
  const re = new RegExp(MATH_FUNCTION.source, 'gi');
  let out = '';
  let at = 0;
  for (let m = re.exec(css); m; m = re.exec(css)) {
    const open = m.index + m[0].length - 1;
    // Its closing bracket, within a value's length (2,000 characters) and its declaration; a function not closed
    // there, or not computed, is left whole with what it holds (the scan goes on past it: linear in the text).
    let depth = 0;
    let close = -1;
    let k = open;
    for (; k < css.length && k < open + 2_000; k++) {
      const ch = css[k];
      if (ch === '(') depth++;
      else if (ch === ')' && --depth === 0) {
        close = k;
        break;
      }
      if (ch === ';' || ch === '{' || ch === '}') break;
    }
    re.lastIndex = Math.max(re.lastIndex, close < 0 ? k : close + 1);
    if (close < 0) continue;
    const q = depth === 0 ? evaluate(m[0].slice(0, -1), css.slice(open + 1, close)) : undefined;
    if (q && Number.isFinite(q.n)) {
      out += css.slice(at, m.index) + written(q);
      at = close + 1;
    }
  }
  return out + css.slice(at);
}

/**
 * CSS text with each math function computed in an element's context (html10): em and rem as `ctx` gives them, and %
 * of `ctx.percent` where known (a font size: its parent's). On html9 「font-size: calc(1rem + 2px)」 and
 * 「margin-left: calc(1em - 16px)」 were refused whatever they came to.
 */
export function foldMathWith(css: string, ctx: MathContext): string {
  context = ctx;
  try {
    return foldMath(css);
  } finally {
    context = undefined;
  }
}

/** Functions whose value is linear in a percentage's unknown base: its least over [0, ∞) is at 0 or at ∞. */
const NOT_LINEAR = /(?<![-\w])(?!calc\()[a-z][-a-z0-9]*\(/i;

/**
 * The least each length of a value may come to (html10), in px, where a percentage's base (a containing block's width)
 * is not known: its math functions computed with em and rem from `ctx` and the base at 0 and at a width no page has;
 * undefined where a length falls as the base grows (no least), where a function other than calc() holds a
 * percentage (not proved linear), or where any term is not computed. For properties harmful only below (a negative
 * margin or indent): 「margin-left: calc(50% - 10px)」 is at least −10px.
 */
export function leastLengths(value: string, ctx: { em: number; rem: number }): string | undefined {
  if (!value.includes('%')) {
    const out = foldMathWith(value, ctx);
    return unresolvedMath(out) ? undefined : out;
  }
  if (NOT_LINEAR.test(value.replace(/\b(?:calc)\(/gi, '('))) return undefined;
  const at0 = foldMathWith(value, { ...ctx, percent: 0 });
  const far = foldMathWith(value, { ...ctx, percent: 1e7 });
  if (unresolvedMath(at0) || unresolvedMath(far)) return undefined;
  const a = at0.split(/\s+/);
  const b = far.split(/\s+/);
  if (a.length !== b.length) return undefined;
  const out: string[] = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) {
      out.push(a[i]!);
      continue;
    }
    const x = /^(-?[\d.]+(?:e[-+]?\d+)?)px$/i.exec(a[i]!);
    const y = /^(-?[\d.]+(?:e[-+]?\d+)?)px$/i.exec(b[i]!);
    if (!x || !y || Number(y[1]) < Number(x[1])) return undefined;
    out.push(a[i]!);
  }
  return out.join(' ');
}

/** Whether each math function of a font size is computed from its parent's size and the root's (html10: `fontPx`). */
export const fontMath = (value: string) => !unresolvedMath(foldMathWith(value, { em: 16, rem: 16, percent: 16 }));
