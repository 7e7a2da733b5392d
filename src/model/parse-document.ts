/**
 * The one boundary where outside data enters: YAML text → validated data, with every problem turned into a
 * diagnostic at the line and column of the bad field (Astro reports `file:0:0`; we do better).
 *
 * Two readers, one result. Most files are valid: js-yaml reads them about five times faster than `yaml`, and
 * their node positions are needed only if a rule reports something, so `yaml` builds them then. Whatever js-yaml
 * cannot settle alone — a syntax or schema error, a possible anchor or alias, a folded `>` block (Japanese lines
 * are joined from the source), a value with a space at either end — goes through `yaml`, whose diagnostics are the
 * ones reported. Both read YAML 1.2's core schema and reject duplicate keys.
 */
import jsYaml from 'js-yaml';
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  Parser,
  parseDocument as parseYaml,
  Scalar,
  visit,
  type Alias,
  type Document,
  type Node,
} from 'yaml';
import type { z } from 'zod';
import { closest, type Diagnostic, type Position } from './diagnostic.ts';
import { lineJoint } from './japanese.ts';

export type PathKey = string | number;

/** A YAML text whose nodes can be located by their path in the data. */
export interface LocatedYaml {
  data: unknown;
  /** Position of the field at `path` (its key, or the item itself in a list), or of its nearest existing ancestor. */
  locate(path?: readonly PathKey[]): Position;
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
export function parseContentYaml<S extends z.ZodType>(schema: S, file: string, text: string, lineOffset = 0): ParseResult<z.output<S>> {
  const quick = quickRead(text);
  if (quick !== undefined && !spacedValue(quick)) {
    const result = schema.safeParse(quick, { reportInput: true });
    if (result.success) return { data: result.data, yaml: locatedLater(text, lineOffset, quick), diagnostics: [] };
  }
  const { doc, at } = compose(text, lineOffset);
  const diagnostics: Diagnostic[] = [];
  if (doc.errors.length) {
    // One finding per file: the parser often reports a mistake again on later lines (a quote left open
    // swallows the rest of the file); the first error, or the quote or bracket left open before it, is the one
    // a person must fix.
    const first = doc.errors[0]!;
    const open = unclosedBefore(text, first.pos[0]);
    const tooDeep = /Maximum call stack/.test(first.message);
    diagnostics.push({
      file,
      ...at(open?.offset ?? first.pos[0]),
      severity: 'error',
      rule: tooDeep ? 'file/limit' : 'syntax/yaml',
      message: tooDeep
        ? 'YAML is nested too deeply to be read; expected a document nested a few levels'
        : open
          ? `YAML cannot be read: the ${open.what} opened here is not closed`
          : `YAML cannot be read: ${first.message.split('\n')[0]}`,
      hint: tooDeep
        ? 'flatten the nesting'
        : open
          ? `close it with ${open.close} on the same value`
          : first.code === 'DUPLICATE_KEY'
            ? 'remove one of the two keys'
            : 'check the indentation and quoting on this line',
    });
    return { diagnostics };
  }
  const found = inspect(doc.contents, text);
  // Anchors and aliases (&a, *a) have no use in content, and a few nested aliases expand into gigabytes.
  if (found.alias) {
    diagnostics.push({
      file,
      ...at(found.alias.range?.[0] ?? 0),
      severity: 'error',
      rule: 'syntax/yaml',
      message: `YAML alias 「*${found.alias.source}」 is not allowed in content; expected the value written out`,
      hint: 'write the value where it is used instead of &anchor / *alias',
    });
    return { diagnostics };
  }
  // A tag (!!binary, !!js/function, !custom) turns text into another type, or into nothing a schema knows.
  if (found.tag) {
    // The node's range starts at its value; the tag is the last `!…` before it.
    const start = found.tag.range?.[0] ?? 0;
    let bang = text.lastIndexOf('!', start);
    while (bang > 0 && text[bang - 1] === '!') bang--;
    diagnostics.push({
      file,
      ...at(bang >= 0 ? bang : start),
      severity: 'error',
      rule: 'syntax/yaml',
      message: `YAML tag 「${found.tag.tag?.replace(/^tag:yaml\.org,2002:/, '!!')}」 is not allowed in content; expected the value written plainly`,
      hint: 'remove the tag (!… before the value); quote the value if it must stay text',
    });
    return { diagnostics };
  }
  const yaml = located(doc, at, lineOffset, doc.toJS());

  // A space at either end of a value is invisible in an editor and breaks every comparison with it (a term's
  // 表記 with a trailing full-width space matches none of its uses): the value is wrong where it is written.
  if (found.spaced) {
    const { node, path, char, end } = found.spaced;
    diagnostics.push({
      file,
      ...yaml.locate(path),
      severity: 'error',
      rule: 'schema/invalid',
      message: /^[\s\u3000]*$/.test(String(node.value))
        ? `${fieldName(path)} is ${describeValue(node.value)}, which is blank (only spaces); expected its words`
        : `${fieldName(path)} is ${describeValue(node.value)}, which ${end === 'start' ? 'starts' : 'ends'} with ${SPACE_NAMES[char] ?? `a space (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`}; expected no space at either end`,
      hint: /^[\s\u3000]*$/.test(String(node.value))
        ? 'write the words, or remove the field if it is optional'
        : `remove the ${char === '\u3000' ? 'full-width ' : ''}space at the ${end} of the value`,
    });
    return { yaml, diagnostics };
  }
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
        file,
        ...yaml.locate([...issue.path, key] as PathKey[]),
        severity: 'error',
        rule: 'schema/invalid',
        message: `「${key}」 is not a field of ${issue.path.length ? fieldName(issue.path) : 'this document'}; expected ${best ? `「${best}」, which is missing` : 'only the fields its schema lists'}`,
        hint: best ? `rename 「${key}」 to 「${best}」` : 'remove the field, or check its spelling against schemas/',
      });
    }
  }
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys' || paired.has(issue)) continue;
    diagnostics.push({
      file,
      ...yaml.locate(issue.path as PathKey[]),
      severity: 'error',
      rule: 'schema/invalid',
      message: describeIssue(issue),
      hint: hintFor(issue),
    });
  }
  return { yaml, diagnostics };
}

/** js-yaml's reading of a text (YAML 1.2 core schema), or undefined when `yaml` must read it (see the header). */
function quickRead(text: string): unknown {
  // An anchor or alias may hide anywhere a value starts; a folded block is joined from its source lines.
  if (/(?:^|[\s[{,])[&*!][^\s]|(?:^|[:\-?]\s+)>[-+0-9]*[ \t]*(?:#.*)?$/m.test(text)) return undefined;
  try {
    return jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
  } catch {
    return undefined;
  }
}

/** Whether a value anywhere in the data has a space at either end (`yaml` then says which, and where). */
function spacedValue(data: unknown): boolean {
  if (typeof data === 'string') return EDGE_SPACE.test(data.endsWith('\n') ? data.slice(0, -1) : data);
  if (Array.isArray(data)) return data.some(spacedValue);
  if (data && typeof data === 'object') {
    for (const key in data) if (spacedValue((data as Record<string, unknown>)[key])) return true;
  }
  return false;
}

const EDGE_SPACE = /^[\s\u3000]|[\s\u3000]$/;

/** `yaml`'s document of a text, and how to turn its offsets into file positions. */
function compose(text: string, lineOffset: number): { doc: Document.Parsed; at: (offset: number) => Position } {
  const lines = new LineCounter();
  const doc = parseYaml(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  return {
    doc,
    at: (offset) => {
      const p = lines.linePos(offset);
      return { line: p.line + lineOffset, column: p.col };
    },
  };
}

/** A located document whose `yaml` tree is built only when a position is first asked for. */
function locatedLater(text: string, lineOffset: number, data: unknown): LocatedYaml {
  let inner: LocatedYaml | undefined;
  const get = () => {
    if (!inner) {
      const { doc, at } = compose(text, lineOffset);
      inner = located(doc, at, lineOffset, data);
    }
    return inner;
  };
  return { data, locate: (path) => get().locate(path) };
}

function located(doc: Document.Parsed, at: (offset: number) => Position, lineOffset: number, data: unknown): LocatedYaml {
  let table: PositionTable | undefined;
  return { data, locate: (path = []) => locateIn((table ??= positionsOf(doc.contents, at, lineOffset)), path) };
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

/** The position table of a YAML text (starting after line `lineOffset` of its file). */
export function positionTable(text: string, lineOffset = 0): PositionTable {
  const { doc, at } = compose(text, lineOffset);
  return positionsOf(doc.contents, at, lineOffset);
}

/** The YAML text `positionInValue` composed last, with its document. */
let lastComposed: ({ text: string; lineOffset: number } & ReturnType<typeof compose>) | undefined;

/** Where character `index` of the string value at `path` is, in a YAML text starting after line `lineOffset`. */
export function positionInValue(text: string, lineOffset: number, path: readonly PathKey[], index: number): Position {
  // Rules ask for several positions in one file in a row: compose its YAML once for them.
  if (lastComposed?.text !== text || lastComposed.lineOffset !== lineOffset)
    lastComposed = { text, lineOffset, ...compose(text, lineOffset) };
  const { doc, at } = lastComposed;
  const node = doc.getIn(path, true);
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return locateIn(positionsOf(doc.contents, at, lineOffset), path);
  const [start, end] = node.range;
  return at(start + sourceIndex(text.slice(start, end), node.value, index));
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
      if (issue.expected === 'string' && (typeof issue.input === 'number' || typeof issue.input === 'boolean'))
        return `write it in quotes: "${String(issue.input)}"`;
      return "see the field's type in schemas/";
    case 'invalid_value':
      return `write one of: ${issue.values.map(String).join(', ')}`;
    case 'custom':
      // A schema's own check may say how to fix what it found (`params: { hint }`).
      return typeof issue.params?.['hint'] === 'string' ? issue.params['hint'] : 'see the field in schemas/';
    default:
      return 'see the field in schemas/';
  }
}

const SPACE_NAMES: Record<string, string> = {
  ' ': 'a space',
  '\u3000': 'a full-width space (U+3000)',
  '\t': 'a tab',
  '\u00a0': 'a no-break space (U+00A0)',
};

/**
 * One pass over a parsed document: its first alias, its first value with a space at either end (with the
 * value's path), and Japanese folded text joined.
 *
 * YAML folds a line break in `>` text into a space, as for English. Authors wrap long Japanese lines too, and
 * there the space is a mistake: join lines without it where both sides are Japanese (as MDX prose does, mdx.ts).
 * Only simple folded blocks (no blank or more-indented lines) are rewritten, and only when YAML's own result is
 * reproduced first.
 */
function inspect(
  contents: unknown,
  text: string,
): { alias?: Alias; tag?: Node; spaced?: { node: Scalar; path: PathKey[]; char: string; end: 'start' | 'end' } } {
  const found: ReturnType<typeof inspect> = {};
  visit(contents as Parameters<typeof visit>[0], {
    Alias(_, node) {
      found.alias = node;
      return visit.BREAK;
    },
    // Only a tag written in the text is set on a parsed node.
    Collection(_, node) {
      if (node.tag && !found.tag) found.tag = node;
    },
    Scalar(key, node, ancestors) {
      if (node.tag && !found.tag) found.tag = node;
      if (typeof node.value !== 'string' || key === 'key') return;
      // A block scalar's one final line break is YAML's, not the author's.
      const value = node.value.endsWith('\n') ? node.value.slice(0, -1) : node.value;
      const edge = /^[\s\u3000]/.exec(value)
        ? { char: value[0]!, end: 'start' as const }
        : /[\s\u3000]$/.exec(value)
          ? { char: value[value.length - 1]!, end: 'end' as const }
          : undefined;
      if (edge && !found.spaced) found.spaced = { node, path: pathOf(ancestors, node), ...edge };
      if (node.type !== Scalar.BLOCK_FOLDED || !node.range) return;
      const lines = text
        .slice(node.range[0], node.range[1])
        .split('\n')
        .slice(1)
        .map((l) => l.trim());
      while (lines.length && lines[lines.length - 1] === '') lines.pop();
      if (lines.some((l) => l === '')) return;
      const folded = node.value.replace(/\n$/, '');
      if (lines.join(' ') !== folded) return;
      let joined = lines[0] ?? '';
      for (const line of lines.slice(1)) {
        joined += lineJoint(joined.slice(-1), line.charAt(0)) + line;
      }
      node.value = node.value.endsWith('\n') ? `${joined}\n` : joined;
    },
  });
  return found;
}

/** The data path of a node from its ancestors (as the visitor gives them). */
function pathOf(ancestors: readonly unknown[], node: unknown): PathKey[] {
  const path: PathKey[] = [];
  const chain = [...ancestors, node];
  for (let i = 0; i < chain.length - 1; i++) {
    const parent = chain[i];
    const child = chain[i + 1];
    if (isSeq(parent)) path.push(parent.items.indexOf(child as never));
    else if (isPair(child) && isScalar(child.key)) path.push(String(child.key.value));
  }
  return path;
}

/**
 * The last quote or flow bracket opened before `offset` and never closed, from the YAML's concrete syntax tree:
 * where the parser notices the mistake (often the end of the file) is not where it was made.
 */
function unclosedBefore(text: string, offset: number): { offset: number; what: string; close: string } | undefined {
  let found: { offset: number; what: string; close: string } | undefined;
  const consider = (at: number, what: string, close: string) => {
    if (at <= offset && (!found || at > found.offset)) found = { offset: at, what, close };
  };
  const walk = (token: unknown): void => {
    if (!token || typeof token !== 'object') return;
    if (Array.isArray(token)) {
      for (const t of token) walk(t);
      return;
    }
    const t = token as {
      type?: string;
      offset?: number;
      source?: string;
      start?: { source?: string; offset: number };
      end?: { source?: string }[];
    };
    if (t.type === 'double-quoted-scalar' && t.source !== undefined && !/^"(?:[^"\\]|\\[\s\S])*"$/.test(t.source))
      consider(t.offset!, 'double quote (")', '"');
    if (t.type === 'single-quoted-scalar' && t.source !== undefined && !/^'(?:[^']|'')*'$/.test(t.source))
      consider(t.offset!, "single quote (')", "'");
    if (t.type === 'flow-collection' && t.start) {
      const brace = t.start.source === '{';
      if (!t.end?.some((e) => e.source === (brace ? '}' : ']')))
        consider(t.start.offset, brace ? 'flow mapping {' : 'flow sequence [', brace ? '}' : ']');
    }
    for (const v of Object.values(t)) if (v && typeof v === 'object') walk(v);
  };
  try {
    for (const token of new Parser().parse(text)) walk(token);
  } catch {
    return undefined;
  }
  return found;
}
