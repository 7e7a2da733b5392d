/**
 * The one boundary where outside data enters: YAML text → validated data, with every problem turned into a
 * diagnostic at the line and column of the bad field (Astro reports `file:0:0`; we do better).
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument as parseYaml, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import type { Diagnostic, Position } from './diagnostic.ts';

export type PathKey = string | number;

/** A YAML text whose nodes can be located by their path in the data. */
export interface LocatedYaml {
  data: unknown;
  /** Position of the value at `path` (or of its nearest existing ancestor). */
  locate(path?: readonly PathKey[]): Position;
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
export function parseDocument<S extends z.ZodType>(
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

  const nodeAt = (path: readonly PathKey[]): YamlNode | null => {
    let node: unknown = doc.contents;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
        if (!pair) return node as YamlNode;
        node = pair.value ?? pair.key;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
        node = node.items[key];
      } else {
        return (node as YamlNode) ?? null;
      }
    }
    return (node as YamlNode) ?? null;
  };
  const keyAt = (path: readonly PathKey[]): YamlNode | null => {
    // Point at the key of a field (`date:`), which reads better than its value's first character.
    if (!path.length) return null;
    const parent = nodeAt(path.slice(0, -1));
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[path.length - 1]);
      if (pair && isScalar(pair.key)) return pair.key;
    }
    return null;
  };
  const yaml: LocatedYaml = {
    data: doc.toJS(),
    locate(path = []) {
      const node = keyAt(path) ?? nodeAt(path);
      return node?.range ? at(node.range[0]) : { line: 1 + lineOffset, column: 1 };
    },
    strings() {
      const out: ReturnType<LocatedYaml['strings']> = [];
      const walk = (node: unknown, path: PathKey[]) => {
        if (isMap(node)) for (const p of node.items) walk(p.value, [...path, isScalar(p.key) ? String(p.key.value) : '?']);
        else if (isSeq(node)) node.items.forEach((n, i) => walk(n, [...path, i]));
        else if (isScalar(node) && typeof node.value === 'string' && node.range) {
          const [start, end] = node.range;
          const source = text.slice(start, end);
          const value = node.value;
          out.push({
            path, value,
            // Plain and quoted one-line scalars map 1:1; for folded text fall back to the scalar's start.
            position: (index) => {
              const needle = value.slice(index, index + 8);
              const found = needle ? source.indexOf(needle) : -1;
              return at(start + (found >= 0 ? found : 0));
            },
          });
        }
      };
      walk(doc.contents, []);
      return out;
    },
  };

  // reportInput: without it Zod 4 leaves `issue.input` out, and every wrong type would read as "missing".
  const result = schema.safeParse(yaml.data, { reportInput: true });
  if (result.success) return { data: result.data, yaml, diagnostics };
  for (const found of result.error.issues) {
    const issue = condense(found);
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
    diagnostics.push({
      file, ...yaml.locate(path as PathKey[]), severity: 'error', rule: 'schema/invalid',
      message: describeIssue(issue),
      hint: hintFor(issue),
    });
  }
  return { yaml, diagnostics };
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
    case 'unrecognized_keys':
      return `${issue.keys.map((k) => `「${k}」`).join(', ')} ${issue.keys.length > 1 ? 'are not fields' : 'is not a field'} of ${issue.path.length ? field : 'this document'}; expected only the fields its schema lists`;
    case 'invalid_value':
      return `${field} is ${describeValue(issue.input)}; expected ${issue.values.length > 1 ? 'one of ' : ''}${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return `${field} is ${describeValue(issue.input)}, which matches none of its allowed shapes`;
    default:
      // Format, size and custom checks: the schema's own message says what is expected.
      return `${field} is ${describeValue(issue.input)}; ${issue.message}`;
  }
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
    case 'unrecognized_keys':
      return 'remove the field, or check its spelling against schemas/';
    case 'invalid_union':
      return 'see the schema in schemas/ for the shapes this field accepts (e.g. a date is {date, basis} or {unknown: true, note})';
    case 'invalid_type':
      return issue.input === undefined ? 'add the field; write null or {unknown: true, note} where the value is not known' : 'see the field\'s type in schemas/';
    case 'invalid_value':
      return `write one of: ${issue.values.map(String).join(', ')}`;
    default:
      return 'see the field in schemas/';
  }
}
