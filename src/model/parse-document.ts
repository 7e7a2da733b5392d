/**
 * The one boundary where outside data enters: YAML text → validated data, with every problem turned into a
 * diagnostic at the line and column of the bad field (Astro reports `file:0:0`; we do better).
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument as parseYaml, Scalar, visit } from 'yaml';
import type { z } from 'zod';
import { closest, type Diagnostic, type Position } from './diagnostic.ts';
import { lineJoint } from './japanese.ts';

export type PathKey = string | number;

/** A YAML text whose nodes can be located by their path in the data. */
export interface LocatedYaml {
  data: unknown;
  /** Position of the field at `path` (its key, or the item itself in a list), or of its nearest existing ancestor. */
  locate(path?: readonly PathKey[]): Position;
  /** Every node's position, as plain data: `locateIn(positions(), path)` answers like `locate(path)`. */
  positions(): PositionTable;
  /** Every string scalar with its path and its source offset, for text checks. */
  strings(): { path: PathKey[]; value: string; position: (index: number) => Position }[];
}

export interface ParseResult<T> {
  data?: T;
  yaml?: LocatedYaml;
  diagnostics: Diagnostic[];
}

/**
 * Parse YAML text (a whole file, or a frontmatter block starting at `lineOffset`) and validate it.
 * Never throws for content mistakes: problems come back as diagnostics.
 */
export function parseContentYaml<S extends z.ZodType>(
  schema: S,
  file: string,
  text: string,
  lineOffset = 0,
): ParseResult<z.output<S>> {
  const lines = new LineCounter();
  const doc = parseYaml(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const p = lines.linePos(offset);
    return { line: p.line + lineOffset, column: p.col };
  };
  const diagnostics: Diagnostic[] = [];
  // One error per line: the YAML parser often reports a second error for the same mistake.
  const errorLines = new Set<number>();
  for (const e of doc.errors) {
    const line = at(e.pos[0]).line;
    if (errorLines.has(line)) continue;
    errorLines.add(line);
    diagnostics.push({
      file, ...at(e.pos[0]), severity: 'error', rule: 'syntax/yaml',
      message: `YAML cannot be read: ${e.message.split('\n')[0]}`,
      hint: e.code === 'DUPLICATE_KEY' ? 'remove one of the two keys' : 'check the indentation and quoting on this line',
    });
  }
  if (diagnostics.length) return { diagnostics };

  joinJapaneseFolds(doc.contents, text);
  let table: PositionTable | undefined;
  const yaml: LocatedYaml = {
    data: doc.toJS(),
    locate: (path = []) => locateIn((table ??= positionsOf(doc.contents, at, lineOffset)), path),
    positions: () => (table ??= positionsOf(doc.contents, at, lineOffset)),
    strings() {
      const out: ReturnType<LocatedYaml['strings']> = [];
      const walk = (node: unknown, path: PathKey[]) => {
        if (isMap(node)) for (const p of node.items) walk(p.value, [...path, isScalar(p.key) ? String(p.key.value) : '?']);
        else if (isSeq(node)) node.items.forEach((n, i) => walk(n, [...path, i]));
        else if (isScalar(node) && typeof node.value === 'string' && node.range) {
          const [start, end] = node.range;
          const source = text.slice(start, end);
          const value = node.value;
          out.push({ path, value, position: (index) => at(start + sourceIndex(source, value, index)) });
        }
      };
      walk(doc.contents, []);
      return out;
    },
  };

  // reportInput: without it Zod 4 leaves `issue.input` out, and every wrong type would read as "missing".
  const result = schema.safeParse(yaml.data, { reportInput: true });
  if (result.success) return { data: result.data, yaml, diagnostics };
  const issues = result.error.issues.map(condense);
  // A misspelt field is one mistake, not two ("「lable」 is unknown" and "「label」 is missing"): pair them.
  const missing = (i: z.core.$ZodIssue) => i.code === 'invalid_type' && i.input === undefined && i.path.length > 0;
  const paired = new Set<z.core.$ZodIssue>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const parent = issue.path.join('.');
    const candidates = issues.filter((i) => missing(i) && !paired.has(i) && i.path.slice(0, -1).join('.') === parent);
    for (const key of issue.keys) {
      const names = candidates.map((i) => String(i.path[i.path.length - 1]));
      const [best] = closest(key, names, 1);
      const counterpart = best === undefined ? undefined : candidates[names.indexOf(best)];
      if (counterpart) paired.add(counterpart);
      diagnostics.push({
        file, ...yaml.locate([...issue.path, key] as PathKey[]), severity: 'error', rule: 'schema/invalid',
        message: `「${key}」 is not a field of ${issue.path.length ? fieldName(issue.path) : 'this document'}; expected ${best ? `「${best}」, which is missing` : 'only the fields its schema lists'}`,
        hint: best ? `rename 「${key}」 to 「${best}」` : 'remove the field, or check its spelling against schemas/',
      });
    }
  }
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys' || paired.has(issue)) continue;
    diagnostics.push({
      file, ...yaml.locate(issue.path as PathKey[]), severity: 'error', rule: 'schema/invalid',
      message: describeIssue(issue),
      hint: hintFor(issue),
    });
  }
  return { yaml, diagnostics };
}

/**
 * The position of every node of a YAML document, keyed by its path (keys joined by U+001F; "" is the root):
 * `[line, column]` of the node, then of its key when it is a field of a mapping. Plain data, so that a parsed
 * file can be kept in a cache and located again without its YAML tree.
 */
export type PositionTable = Record<string, [number, number] | [number, number, number, number]>;

const SEP = '\u001f';

function positionsOf(contents: unknown, at: (offset: number) => Position, lineOffset: number): PositionTable {
  const table: PositionTable = {};
  const put = (key: string, node: { range?: unknown } | null | undefined, keyNode?: unknown) => {
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    const p = range ? at(range[0]) : { line: 1 + lineOffset, column: 1 };
    const k = isScalar(keyNode) && keyNode.range ? at(keyNode.range[0]) : undefined;
    table[key] = k ? [p.line, p.column, k.line, k.column] : [p.line, p.column];
  };
  const walk = (node: unknown, key: string) => {
    const prefix = key ? key + SEP : '';
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const child = prefix + String(pair.key.value);
        put(child, pair.value ?? pair.key, pair.key);
        walk(pair.value, child);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        put(prefix + i, item as { range?: unknown });
        walk(item, prefix + i);
      });
    }
  };
  put('', contents as { range?: unknown });
  walk(contents, '');
  return table;
}

/**
 * `locate` over a position table: the key of the field at `path` (a list item: the item), or, when the path
 * does not exist (a default the schema filled in, a missing field), the nearest existing ancestor's value.
 */
export function locateIn(table: PositionTable, path: readonly PathKey[] = []): Position {
  const exact = table[path.join(SEP)];
  if (exact) return exact.length === 4 ? { line: exact[2], column: exact[3] } : { line: exact[0], column: exact[1] };
  for (let n = path.length - 1; n >= 0; n--) {
    const p = table[path.slice(0, n).join(SEP)];
    if (p) return { line: p[0], column: p[1] };
  }
  return { line: 1, column: 1 };
}

/**
 * Where the value at `path` starts in the file (a scalar's first character, its quote or block indicator
 * included), or undefined where the YAML has no node (a default the schema filled in, a text from the body).
 */
export function valueIn(table: PositionTable, path: readonly PathKey[]): Position | undefined {
  const p = table[path.join(SEP)];
  return p ? { line: p[0], column: p[1] } : undefined;
}

/**
 * Where the character `index` of a scalar's value is in its source text. Plain and quoted one-line scalars
 * map one to one; folded, escaped or multi-line text is matched by the few characters that start there (the
 * k-th time they occur in the value is the k-th time in the source), else the scalar's start.
 */
export function sourceIndex(source: string, value: string, index: number): number {
  if (source === value) return index;
  if (source.length === value.length + 2 && source.slice(1, -1) === value) return index + 1;
  const needle = value.slice(index, index + 4);
  if (!needle) return 0;
  let k = 0;
  for (let i = value.indexOf(needle); i >= 0 && i < index; i = value.indexOf(needle, i + 1)) k++;
  let found = source.indexOf(needle);
  while (found >= 0 && k-- > 0) found = source.indexOf(needle, found + 1);
  return found >= 0 ? found : 0;
}

/**
 * A union's issue, narrowed to the shape the author most likely meant: the branch with a single problem
 * (`{date: 2021, basis: fact}` is a KnownDate with a bad date, not "none of the shapes"). Its path is made
 * absolute. Unions where no branch stands out stay as they are.
 */
function condense(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union' || !issue.errors.length) return issue;
  const sizes = issue.errors.map((branch) => branch.length);
  const best = Math.min(...sizes);
  if (best !== 1 || sizes.filter((n) => n === best).length > 1) return issue;
  const inner = issue.errors[sizes.indexOf(best)]![0]!;
  return condense({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue);
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.length ? `「${path.map(String).join('.')}」` : 'the document';
}

/** Zod's issue, said for a content author: which field, what is wrong, what was expected. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const field = fieldName(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `${field} is missing; expected ${issue.expected}`
        : `${field} is ${describeValue(issue.input)}; expected ${issue.expected}`;
    case 'invalid_value':
      return `${field} is ${describeValue(issue.input)}; expected ${issue.values.length > 1 ? 'one of ' : ''}${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union': {
      const choice = discriminatorChoice(issue);
      if (choice) {
        const [best] = closest(String(choice.value), choice.options.map(String), 1);
        return `${field} is ${describeValue(choice.value)}; expected one of ${choice.options.map((v) => JSON.stringify(v)).join(', ')}${best ? ` (did you mean 「${best}」?)` : ''}`;
      }
      return `${field} is ${describeValue(issue.input)}, which matches none of its allowed shapes`;
    }
    default:
      // Format, size and custom checks: the schema's own message says what is expected.
      return `${field} is ${describeValue(issue.input)}; ${issue.message}`;
  }
}

/**
 * A tagged union (`kind`, a parameter's `id`) whose tag is none of its values: the tag's value and the values
 * allowed, so that a misspelt tag reads like a misspelt enum value. Zod puts the issue at the tag's path.
 */
function discriminatorChoice(issue: z.core.$ZodIssue): { value: unknown; options: readonly unknown[] } | undefined {
  if (issue.code !== 'invalid_union' || !('options' in issue) || !issue.options?.length || !issue.discriminator) return undefined;
  const input = issue.input;
  const value = input !== null && typeof input === 'object' ? (input as Record<string, unknown>)[issue.discriminator] : undefined;
  return { value, options: issue.options };
}

function describeValue(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (typeof v === 'string') return `「${v.length > 40 ? v.slice(0, 40) + '…' : v}」`;
  if (Array.isArray(v)) return v.length ? `a list of ${v.length}` : 'an empty list';
  if (typeof v === 'object') return 'a mapping';
  return `${typeof v} ${String(v)}`;
}

function hintFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_union': {
      const choice = discriminatorChoice(issue);
      if (choice) return `write one of: ${choice.options.map(String).join(', ')}`;
      return 'see the schema in schemas/ for the shapes this field accepts (e.g. a date is {date, basis} or {unknown: true, note})';
    }
    case 'invalid_type':
      if (issue.input === undefined) return 'add the field; write null or {unknown: true, note} where the value is not known';
      // YAML reads 2018 or 10 as a number, and true as a boolean: a text field needs quotes then.
      if (issue.expected === 'string' && (typeof issue.input === 'number' || typeof issue.input === 'boolean')) return `write it in quotes: "${String(issue.input)}"`;
      return 'see the field\'s type in schemas/';
    case 'invalid_value':
      return `write one of: ${issue.values.map(String).join(', ')}`;
    case 'custom':
      // A schema's own check may say how to fix what it found (`params: { hint }`).
      return typeof issue.params?.['hint'] === 'string' ? issue.params['hint'] : 'see the field in schemas/';
    default:
      return 'see the field in schemas/';
  }
}

/**
 * YAML folds a line break in `>` text into a space, as for English. Authors wrap long Japanese lines too, and
 * there the space is a mistake: join lines without it where both sides are Japanese (as MDX prose does, mdx.ts). Only simple folded
 * blocks (no blank or more-indented lines) are rewritten, and only when YAML's own result is reproduced first.
 */
function joinJapaneseFolds(contents: unknown, text: string): void {
  visit(contents as Parameters<typeof visit>[0], {
    Scalar(_, node) {
      if (node.type !== Scalar.BLOCK_FOLDED || typeof node.value !== 'string' || !node.range) return;
      const lines = text.slice(node.range[0], node.range[1]).split('\n').slice(1).map((l) => l.trim());
      while (lines.length && lines[lines.length - 1] === '') lines.pop();
      if (lines.some((l) => l === '')) return;
      const value = node.value.replace(/\n$/, '');
      if (lines.join(' ') !== value) return;
      let joined = lines[0] ?? '';
      for (const line of lines.slice(1)) {
        joined += lineJoint(joined.slice(-1), line.charAt(0)) + line;
      }
      node.value = node.value.endsWith('\n') ? `${joined}\n` : joined;
    },
  });
}
