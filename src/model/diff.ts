/** Word-level diff for Japanese text: Intl.Segmenter words, Myers' O(ND) diff, then cleanup for reading. Pure; runs in the browser too. */

export type DiffKind = 'equal' | 'insert' | 'delete';

/** One run of text: unchanged, only in the newer text (insert) or only in the older one (delete). */
export interface DiffPart {
  kind: DiffKind;
  text: string;
}

export interface DiffOptions {
  /**
   * An unchanged run this short (in characters) between two changes is folded into them, so that
   * 「の」「、」「を」 between two edits do not chop a rewrite into confetti. Default 2.
   */
  foldEqualUpTo?: number;
}

let segmenter: Intl.Segmenter | undefined;

/**
 * Split text into words as a Japanese reader would: 「公表基準を定める。」 → 公表|基準|を|定める|。
 * Uses the ICU dictionary of `Intl.Segmenter('ja')`; line breaks stay as their own segments.
 */
export function segmentWords(text: string): string[] {
  segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
  const out: string[] = [];
  for (const { segment } of segmenter.segment(text)) out.push(segment);
  return out;
}

/** An edit script step over two sequences: `count` items kept, inserted (from b) or deleted (from a). */
interface Op {
  kind: DiffKind;
  count: number;
}

/**
 * Myers' O(ND) shortest edit script between `a` and `b` (E. Myers, "An O(ND) Difference Algorithm and Its
 * Variations", 1986). Common prefix and suffix are trimmed first; clause texts differ in few places, so D is small.
 */
export function diffSequences(a: readonly string[], b: readonly string[]): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const middle = myers(a.slice(start, endA), b.slice(start, endB));
  const ops: Op[] = [];
  push(ops, 'equal', start);
  for (const op of middle) push(ops, op.kind, op.count);
  push(ops, 'equal', a.length - endA);
  return ops;
}

function push(ops: Op[], kind: DiffKind, count: number): void {
  if (count <= 0) return;
  const last = ops[ops.length - 1];
  if (last && last.kind === kind) last.count += count;
  else ops.push({ kind, count });
}

function myers(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) {
    const ops: Op[] = [];
    push(ops, 'delete', n);
    push(ops, 'insert', m);
    return ops;
  }
  const max = n + m;
  const offset = max;
  // v[k + offset] = furthest x reached on diagonal k; one snapshot per D for the walk back.
  const v = new Int32Array(2 * max + 2);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[k - 1 + offset]! < v[k + 1 + offset]!) ? v[k + 1 + offset]! : v[k - 1 + offset]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[k + offset] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  trace.push(v.slice());

  // Walk back from (n, m) through the snapshots, collecting steps in reverse.
  const steps: DiffKind[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 2; d >= 0; d--) {
    const before = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && before[k - 1 + offset]! < before[k + 1 + offset]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = before[prevK + offset]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      steps.push('equal');
      x--;
      y--;
    }
    if (d > 0) steps.push(down ? 'insert' : 'delete');
    x = prevX;
    y = prevY;
  }
  const ops: Op[] = [];
  for (let i = steps.length - 1; i >= 0; i--) push(ops, steps[i]!, 1);
  return ops;
}

/**
 * The differences between an older and a newer text, word by word, as parts that read well:
 * within one change the deleted text comes before the inserted text.
 * @example diffText('公表基準を定める。', '公表の基準を定める。') → 公表 | +の | 基準を定める。
 */
export function diffText(oldText: string, newText: string, options: DiffOptions = {}): DiffPart[] {
  if (oldText === newText) return oldText ? [{ kind: 'equal', text: oldText }] : [];
  const a = segmentWords(oldText);
  const b = segmentWords(newText);
  const runs: Run[] = [];
  let i = 0;
  let j = 0;
  for (const op of diffSequences(a, b)) {
    const from = op.kind === 'insert' ? b.slice(j, j + op.count) : a.slice(i, i + op.count);
    runs.push({ kind: op.kind, words: from });
    if (op.kind !== 'insert') i += op.count;
    if (op.kind !== 'delete') j += op.count;
  }
  slideToBoundaries(runs);
  const parts = runs.filter((r) => r.words.length).map((r) => ({ kind: r.kind, text: r.words.join('') }));
  return foldTinyEquals(mergeNeighbours(parts), options.foldEqualUpTo ?? 2);
}

interface Run {
  kind: DiffKind;
  words: string[];
}

/**
 * Where a lone insertion or deletion could sit at several places (「患者｜背景…場合で、患者｜等」 vs
 * 「｜患者背景…場合で、｜患者等」), move it to the place whose edges fall on the best boundaries: the edge of the
 * text, a line break, the end of a sentence, a comma. Myers' algorithm picks one of them arbitrarily.
 */
function slideToBoundaries(runs: Run[]): void {
  for (let k = 0; k < runs.length; k++) {
    const edit = runs[k]!;
    const before = runs[k - 1];
    const after = runs[k + 1];
    if (edit.kind === 'equal' || (before && before.kind !== 'equal') || (after && after.kind !== 'equal')) continue;
    const left = before?.words ?? [];
    const right = after?.words ?? [];
    // The whole stretch left + edit + right, and the edit's possible start positions within it.
    const all = [...left, ...edit.words, ...right];
    const size = edit.words.length;
    let lo = left.length;
    while (lo > 0 && all[lo - 1] === all[lo - 1 + size]) lo--;
    let hi = left.length;
    while (hi + size < all.length && all[hi] === all[hi + size]) hi++;
    let best = left.length;
    let bestScore = -1;
    for (let at = lo; at <= hi; at++) {
      const score = boundaryScore(all[at - 1], all[at]) + boundaryScore(all[at + size - 1], all[at + size]);
      if (score > bestScore) {
        best = at;
        bestScore = score;
      }
    }
    if (before) before.words = all.slice(0, best);
    edit.words = all.slice(best, best + size);
    if (after) after.words = all.slice(best + size);
    else if (best + size < all.length) runs.splice(k + 1, 0, { kind: 'equal', words: all.slice(best + size) });
    if (!before && best > 0) {
      runs.splice(k, 0, { kind: 'equal', words: all.slice(0, best) });
      k++;
    }
  }
}

/** How good a place between two words is for the edge of a change (higher is better). */
function boundaryScore(before: string | undefined, after: string | undefined): number {
  if (before === undefined || after === undefined) return 6;
  if (/\n$/u.test(before) || /^\n/u.test(after)) return 5;
  if (/[。．.!?！？]$/u.test(before)) return 4;
  if (/[、，,；;：:]$/u.test(before)) return 3;
  if (/\s$/u.test(before) || /^\s/u.test(after) || /[」』）)】〕]$/u.test(before) || /^[「『（(【〔]/u.test(after)) return 2;
  return 0;
}

function mergeNeighbours(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last && last.kind === p.kind) last.text += p.text;
    else out.push({ ...p });
  }
  return out;
}

/**
 * Fold short unchanged runs that sit between two changes into those changes, then regroup each change as
 * one deletion followed by one insertion. Whitespace-only runs are never folded: a line break stays a break.
 */
function foldTinyEquals(parts: readonly DiffPart[], upTo: number): DiffPart[] {
  const out: DiffPart[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    if (del) out.push({ kind: 'delete', text: del });
    if (ins) out.push({ kind: 'insert', text: ins });
    del = ins = '';
  };
  // Equal parts never touch each other (the edit script merges them), so an inner one has a change on each side.
  parts.forEach((p, index) => {
    if (p.kind === 'delete') del += p.text;
    else if (p.kind === 'insert') ins += p.text;
    else if (index > 0 && index < parts.length - 1 && isTiny(p.text, upTo)) {
      del += p.text;
      ins += p.text;
    } else {
      flush();
      out.push({ kind: 'equal', text: p.text });
    }
  });
  flush();
  return out;
}

function isTiny(text: string, upTo: number): boolean {
  return [...text].length <= upTo && !/\s/u.test(text);
}

/** The parts one column of a 新旧対照表 shows: the newer text (equal + insert) or the older (equal + delete). */
export function sideOf(parts: readonly DiffPart[], side: 'old' | 'new'): DiffPart[] {
  const hidden: DiffKind = side === 'old' ? 'insert' : 'delete';
  return parts.filter((p) => p.kind !== hidden);
}

/** True when the parts contain any change. */
export function hasChanges(parts: readonly DiffPart[]): boolean {
  return parts.some((p) => p.kind !== 'equal');
}
