/**
 * rates73: a rate per person-time printed with its confidence interval or its SE in its cell (「0.3 (0.2-0.4)」 under
 * 「発現率（/1,000人年）(95% CI)」, 「0.3 (0.1)」 under 「(SE)」) read as a reader inverting it would: each method of a Poisson
 * count's interval a reader may take (exact (Garwood), mid-P, Wald, log, Byar, score, square root), each level the label
 * leaves open (90, 95, 99%: the one it names), each way of printing the ends (rounded, cut off, outward), and for the SE
 * √count. check.ts `rateRows` takes every such reading that fits the true count at the position and keeps the counts
 * every one of them leaves (their intersection): an interval pins a count tighter than its rate does, so the rate with
 * its interval is published beside a hidden count only where that set still keeps the audit. No method fitting: no
 * reading proved, the rate stays hidden with its count.
 */
import { normalise } from './cell.ts';

/** Counts (the rate's own readings leave) up to which the interval's readings are tried per cell; past it hidden, said. */
export const RATE_CI_COUNTS = 600;

/**
 * Work of one check's intervals (`intervalCounts`): counts tried times the methods and levels tried on them, over every
 * rate cell; past it the cells left stay hidden, said (deterministic: charged whether or not `countInterval` cached it).
 */
export const RATE_CI_WORK = 60_000;

/** Levels a reader may take where the label names none (z of the two-sided interval). */
const LEVELS: Record<string, number> = { '90': 1.6448536269514722, '95': 1.959963984540054, '99': 2.5758293035489004 };

/** Methods of a Poisson count's interval tried (a method outside these fits no reading: the rate stays hidden). */
export const RATE_CI_METHODS = ['exact', 'midp', 'wald', 'log', 'byar', 'score', 'sqrt'] as const;
type Method = (typeof RATE_CI_METHODS)[number];

const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const INTERVAL = new RegExp(String.raw`^(${NUM})\s*[(（\[]\s*(${NUM})\s*(?:[-–—~〜,、]|to)\s*(${NUM})\s*[)）\]]$`);
const SE = new RegExp(String.raw`^(${NUM})\s*(?:[(（\[]\s*(${NUM})\s*[)）\]]|[±]\s*(${NUM}))$`);

/** A printed number: its value and half its last digit. */
export interface Printed {
  value: number;
  h: number;
}
const printed = (s: string): Printed => {
  const t = s.replace(/,/g, '');
  return { value: Number(t), h: 0.5 * 10 ** -(t.split('.')[1]?.length ?? 0) };
};

/** The parts of a rate cell with an interval (`ends`) or an SE (`se`) after its rate; undefined for any other text. */
export function rateCellParts(text: string): { rate: string; ends?: [Printed, Printed]; se?: Printed } | undefined {
  const t = normalise(text).trim();
  const i = INTERVAL.exec(t);
  if (i) {
    const [lo, hi] = [printed(i[2]!), printed(i[3]!)];
    return lo.value <= hi.value ? { rate: i[1]!, ends: [lo, hi] } : undefined;
  }
  const s = SE.exec(t);
  if (s) return { rate: s[1]!, se: printed(s[2] ?? s[3]!) };
  return undefined;
}

/** The levels (z) a label leaves open: the one it names (90, 95, 99%), else all three; none for another level named. */
export function levelsOf(label: string): number[] {
  const m = /(\d{2}(?:\.\d+)?)\s*[%％]/.exec(normalise(label));
  if (!m) return Object.values(LEVELS);
  const z = LEVELS[String(Number(m[1]))];
  return z === undefined ? [] : [z];
}

function lnGamma(x: number): number {
  const g = [
    676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
    9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  x -= 1;
  let a = 0.99999999999980993;
  const t = x + 7.5;
  for (let i = 0; i < 8; i++) a += g[i]! / (x + i + 1);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** The regularised lower incomplete gamma P(a, x) (series below a + 1, continued fraction above). */
function gammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  const front = Math.exp(-x + a * Math.log(x) - lnGamma(a));
  if (x < a + 1) {
    let [sum, term] = [1 / a, 1 / a];
    for (let n = 1; n < 1000 && Math.abs(term) > Math.abs(sum) * 1e-15; n++) sum += term *= x / (a + n);
    return Math.min(1, sum * front);
  }
  let b = x + 1 - a;
  let c = 1e300;
  let d = 1 / b;
  let f = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < 1e-300) d = 1e-300;
    c = b + an / c;
    if (Math.abs(c) < 1e-300) c = 1e-300;
    d = 1 / d;
    const del = d * c;
    f *= del;
    if (Math.abs(del - 1) < 1e-15) break;
  }
  return Math.max(0, 1 - front * f);
}

/** P(X ≤ k), X ~ Poisson(mu). */
const cdf = (k: number, mu: number) => (k < 0 ? 0 : 1 - gammaP(k + 1, mu));
const pmf = (k: number, mu: number) => (mu <= 0 ? (k === 0 ? 1 : 0) : Math.exp(k * Math.log(mu) - mu - lnGamma(k + 1)));

/** The mu where an increasing `f` reaches `target` (bisection). */
function solve(f: (mu: number) => number, target: number, top: number): number {
  let [a, b] = [0, top];
  for (let i = 0; i < 64; i++) {
    const m = (a + b) / 2;
    if (f(m) < target) a = m;
    else b = m;
  }
  return (a + b) / 2;
}

const cache = new Map<string, [number, number]>();

/** The interval of a Poisson count c by `method` at z (on the count's scale). */
export function countInterval(c: number, method: Method, z: number): [number, number] {
  const key = `${method}:${z}:${c}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const alpha = 2 * (1 - normalCdf(z));
  const top = c + 20 * z * Math.sqrt(c + 1) + 40;
  let out: [number, number];
  switch (method) {
    case 'exact':
      out = [c === 0 ? 0 : solve((mu) => gammaP(c, mu), alpha / 2, top), solve((mu) => gammaP(c + 1, mu), 1 - alpha / 2, top)];
      break;
    case 'midp':
      out = [
        c === 0 ? 0 : solve((mu) => 1 - cdf(c, mu) + pmf(c, mu) / 2, alpha / 2, top),
        solve((mu) => 1 - cdf(c, mu) + pmf(c, mu) / 2, 1 - alpha / 2, top),
      ];
      break;
    case 'wald':
      out = [Math.max(0, c - z * Math.sqrt(c)), c + z * Math.sqrt(c)];
      break;
    case 'log':
      out = c === 0 ? [0, 0] : [c * Math.exp(-z / Math.sqrt(c)), c * Math.exp(z / Math.sqrt(c))];
      break;
    case 'byar':
      out = [
        c === 0 ? 0 : c * Math.max(0, 1 - 1 / (9 * c) - z / (3 * Math.sqrt(c))) ** 3,
        (c + 1) * (1 - 1 / (9 * (c + 1)) + z / (3 * Math.sqrt(c + 1))) ** 3,
      ];
      break;
    case 'score':
      out = [Math.max(0, c + (z * z) / 2 - z * Math.sqrt(c + (z * z) / 4)), c + (z * z) / 2 + z * Math.sqrt(c + (z * z) / 4)];
      break;
    case 'sqrt':
      out = [Math.max(0, Math.sqrt(c) - z / 2) ** 2, (Math.sqrt(c) + z / 2) ** 2];
      break;
  }
  if (cache.size > 200_000) cache.clear();
  cache.set(key, out);
  return out;
}

/**
 * rates74: methods of a binomial share's interval tried over a count base printed exactly (a rate per patients,
 * 「/1,000人」 over a published 患者数 n): a reader may take the rate's count as a share of n (Clopper–Pearson, Wilson,
 * Wald, Agresti–Coull) as well as a Poisson count.
 */
export const RATE_CI_BINOMIAL = ['clopper', 'wilson', 'bwald', 'agresti'] as const;
type Binomial = (typeof RATE_CI_BINOMIAL)[number];

/** The regularised incomplete beta I_x(a, b) (continued fraction, Lentz). */
function betaI(a: number, b: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  const cf = (a: number, b: number, x: number) => {
    const tiny = 1e-300;
    let c = 1;
    let d = 1 - ((a + b) * x) / (a + 1);
    if (Math.abs(d) < tiny) d = tiny;
    d = 1 / d;
    let h = d;
    for (let m = 1; m < 1000; m++) {
      const m2 = 2 * m;
      let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
      d = 1 + aa * d;
      if (Math.abs(d) < tiny) d = tiny;
      c = 1 + aa / c;
      if (Math.abs(c) < tiny) c = tiny;
      d = 1 / d;
      h *= d * c;
      aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
      d = 1 + aa * d;
      if (Math.abs(d) < tiny) d = tiny;
      c = 1 + aa / c;
      if (Math.abs(c) < tiny) c = tiny;
      d = 1 / d;
      const del = d * c;
      h *= del;
      if (Math.abs(del - 1) < 1e-15) break;
    }
    return h;
  };
  return x < (a + 1) / (a + b + 2) ? (front * cf(a, b, x)) / a : 1 - (front * cf(b, a, 1 - x)) / b;
}

/** The interval of a count c of n as a binomial share by `method` at z, on the count's scale (n × the share's ends). */
export function binomialInterval(c: number, n: number, method: Binomial, z: number): [number, number] {
  const key = `${method}:${z}:${c}:${n}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const p = c / n;
  const alpha = 2 * (1 - normalCdf(z));
  let out: [number, number];
  const bisect = (f: (q: number) => number, target: number) => {
    // f increasing in q on [0, 1].
    let [a, b] = [0, 1];
    for (let i = 0; i < 60; i++) {
      const m = (a + b) / 2;
      if (f(m) < target) a = m;
      else b = m;
    }
    return (a + b) / 2;
  };
  switch (method) {
    case 'clopper':
      // P(X ≥ c | q) = I_q(c, n − c + 1) rises with q; P(X ≤ c | q) = 1 − I_q(c + 1, n − c) falls.
      out = [
        c === 0 ? 0 : bisect((q) => betaI(c, n - c + 1, q), alpha / 2),
        c >= n ? 1 : bisect((q) => betaI(c + 1, n - c, q), 1 - alpha / 2),
      ];
      break;
    case 'wilson': {
      const d = 1 + (z * z) / n;
      const mid = (p + (z * z) / (2 * n)) / d;
      const half = (z / d) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
      out = [Math.max(0, mid - half), Math.min(1, mid + half)];
      break;
    }
    case 'bwald': {
      const half = z * Math.sqrt((p * (1 - p)) / n);
      out = [Math.max(0, p - half), Math.min(1, p + half)];
      break;
    }
    case 'agresti': {
      const m = n + z * z;
      const q = (c + (z * z) / 2) / m;
      const half = z * Math.sqrt((q * (1 - q)) / m);
      out = [Math.max(0, q - half), Math.min(1, q + half)];
      break;
    }
  }
  out = [out[0] * n, out[1] * n];
  if (cache.size > 200_000) cache.clear();
  cache.set(key, out);
  return out;
}

/** Φ(z) (erfc by its continued-fraction-free approximation, |error| < 1.2e-7: only for α of the named levels). */
function normalCdf(z: number): number {
  const t = 1 / (1 + (0.5 * Math.abs(z)) / Math.SQRT2);
  const y =
    t *
    Math.exp(
      -(z * z) / 2 -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return z >= 0 ? 1 - y / 2 : y / 2;
}

/** Ranges a printed end may stand for: rounded, cut off (floor), raised (ceil). */
const endRanges = (p: Printed) => ({
  round: [Math.max(0, p.value - p.h), p.value + p.h] as const,
  floor: [p.value, p.value + 2 * p.h] as const,
  ceil: [Math.max(0, p.value - 2 * p.h), p.value] as const,
});

/**
 * The counts of [from, to] a reader may take from the interval (or SE) `parts` of a rate printed over a base T in
 * [tLo, tHi], at unit `s`, the rate itself within [rLo, rHi]: for each reading (method × level × way of printing the
 * ends) that the true count `x` fits, the set of counts it fits (one T for the rate and both ends); their intersection.
 * rates74: `n`, a count base printed exactly (T = n): the binomial methods (`RATE_CI_BINOMIAL`) tried too.
 * Undefined where no reading fits the true count (a method not tried: nothing proved).
 */
export function intervalCounts(
  parts: { ends?: [Printed, Printed]; se?: Printed },
  levels: readonly number[],
  s: number,
  rate: readonly [number, number],
  t: readonly [number, number],
  from: number,
  to: number,
  x: number,
  work: { left: number },
  n?: number,
): boolean[] | 'cut' | undefined {
  // Each count's feasible person-times for a value f × s ÷ T within [lo, hi]: T within [f·s ÷ hi, f·s ÷ lo].
  const within = (f: number, [lo, hi]: readonly [number, number], span: [number, number]) => {
    const v = f * s;
    if (v === 0) {
      if (lo > 0) span[0] = Infinity;
      return;
    }
    span[0] = Math.max(span[0], v / hi);
    span[1] = Math.min(span[1], lo > 0 ? v / lo : Infinity);
  };
  const fits = (c: number, ends: [number, number][], values: number[]) => {
    const span: [number, number] = [t[0], t[1]];
    within(c, rate, span);
    values.forEach((f, k) => within(f, ends[k]!, span));
    return span[0] <= span[1] * (1 + 1e-12);
  };
  let all: boolean[] | undefined;
  const take = (set: boolean[]) => (all = all ? all.map((b, k) => b && set[k]!) : set);
  const counts = Array.from({ length: to - from + 1 }, (_, k) => from + k);
  if (parts.se) {
    // A Poisson count's SE √c; rates74: over a count base n printed exactly, a binomial share's too, √(c(1 − c/n)).
    const ses: ((c: number) => number)[] = [
      Math.sqrt,
      ...(n === undefined ? [] : [(c: number) => Math.sqrt(Math.max(0, c * (1 - c / n)))]),
    ];
    for (const se of ses)
      for (const way of Object.values(endRanges(parts.se))) {
        const ends: [number, number][] = [[way[0], way[1]]];
        if (!fits(x, ends, [se(x)])) continue;
        work.left -= counts.length;
        if (work.left < 0) return 'cut';
        take(counts.map((c) => fits(c, ends, [se(c)])));
      }
    return all;
  }
  const [lo, hi] = parts.ends!;
  const [L, U] = [endRanges(lo), endRanges(hi)];
  const ways: [number, number][][] = [
    [[...L.round], [...U.round]],
    [[...L.floor], [...U.floor]],
    [[...L.floor], [...U.ceil]],
  ];
  // rates74: over a count base printed exactly (n), each binomial method too.
  const methods: ((c: number, z: number) => [number, number])[] = [
    ...RATE_CI_METHODS.map((m) => (c: number, z: number) => countInterval(c, m, z)),
    ...(n === undefined ? [] : RATE_CI_BINOMIAL.map((m) => (c: number, z: number) => binomialInterval(Math.min(c, n), n, m, z))),
  ];
  for (const z of levels)
    for (const method of methods) {
      const at = (c: number) => method(c, z);
      const fitting = ways.filter((ends) => fits(x, ends, at(x)));
      if (fitting.length === 0) continue;
      work.left -= counts.length;
      if (work.left < 0) return 'cut';
      for (const ends of fitting) take(counts.map((c) => fits(c, ends, at(c))));
    }
  return all;
}
