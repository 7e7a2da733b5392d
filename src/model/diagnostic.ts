/** A finding about content: where it is, which rule found it, what is wrong and how to fix it. */

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
}

export interface Diagnostic extends Position {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  severity: 'error' | 'warning';
  /** The id of the rule that found it, such as "ref/unknown-term". */
  rule: string;
  /** What is wrong: 「X」 is …; expected … */
  message: string;
  /** How to fix it. */
  hint?: string;
}

/** Line and column (1-based) of a character index in a text. */
export function positionAt(text: string, index: number): Position {
  if (index < 0) return { line: 1, column: 1 };
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: index - start + 1 };
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : 1);
}

/** The closest candidates to a misspelt id (Damerau–Levenshtein), for "did you mean" hints. */
export function closest(word: string, candidates: Iterable<string>, max = 3): string[] {
  const scored: [number, string][] = [];
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d <= Math.max(2, Math.floor(Math.max(word.length, c.length) / 2))) scored.push([d, c]);
  }
  return scored
    .sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1))
    .slice(0, max)
    .map(([, c]) => c);
}

function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  const d: number[][] = Array.from({ length: s.length + 1 }, (_, i) => [i, ...Array<number>(t.length).fill(0)]);
  for (let j = 1; j <= t.length; j++) d[0]![j] = j;
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[s.length]![t.length]!;
}
