/** The rules' kit: what a check rule is, and the small helpers every rule uses to say where and what is wrong. */
import { closest, type Diagnostic, type Position } from '../../src/model/diagnostic.ts';
import { memo } from '../../src/model/memo.ts';
import type { DocumentKind } from '../../schemas/index.ts';
import type { LoadResult, Model } from '../../src/model/model.ts';
import { versionIndex } from '../../src/model/versions.ts';

/**
 * What a finding follows from, besides the place it points at: a document it looked up and did not find — by
 * kind and id (a clause also by version; a meeting also by number) — or, with `uses`, a document of that kind
 * that would use the term. When a file claims such a document but was rejected, misplaced or misnamed
 * (`LoadResult.rejected`), the finding only follows from that file's own finding: the registry drops it and
 * counts it there (one fault, one finding). Every rule gets this by saying what it looked up.
 */
export interface Subject {
  kind: DocumentKind;
  id?: string;
  version?: string;
  number?: number;
  /** Any document of `kind` whose body uses this term id (term/unused: a rejected clause may be its user). */
  uses?: string;
}

/** A problem found by a rule: a diagnostic whose hint is required (every finding says how to fix it). */
export type Finding = Diagnostic & { hint: string; about?: Subject[] };

export interface Rule {
  /** `<area>/<name>`, such as "ref/unknown-term"; the module is scripts/checks/<area>-<name>.ts. */
  id: string;
  /** One line: what the rule guarantees. */
  description: string;
  /** Look at the whole model (and the loader's own diagnostics) and report what is wrong. Pure. */
  check(model: Model, loaded: LoadResult): Finding[];
}

/** A position in a file (file, line, column): what a finding points at. */
export interface FilePosition extends Position {
  file: string;
}

/**
 * Build a finding; every rule goes through here so that no finding lacks a place or a hint. `about` names what
 * the finding follows from when it reports something missing (see `Subject`).
 */
export function finding(rule: string, place: FilePosition, message: string, hint: string, about?: Subject | Subject[]): Finding {
  const f: Finding = { file: place.file, line: place.line, column: place.column, severity: 'error', rule, message, hint };
  if (about) f.about = Array.isArray(about) ? about : [about];
  return f;
}

/** The place of a field in a YAML document (or frontmatter). */
export function placeOf(
  doc: { file: string; locate(path?: readonly (string | number)[]): Position },
  path: readonly (string | number)[] = [],
): FilePosition {
  // Located only when read: rules name places for what they might report, and most files have nothing to report
  // (a document's positions are computed on first use, parse-document.ts).
  let at: Position | undefined;
  const get = () => (at ??= doc.locate(path));
  return {
    file: doc.file,
    get line() {
      return get().line;
    },
    get column() {
      return get().column;
    },
  };
}

/**
 * " (did you mean a, b?)" for a misspelt word, or "". `candidates` maps what may be matched (an id, a 表記)
 * to how to show it, so one suggestion can be found by its id or by its Japanese label.
 */
export function didYouMean(word: string, candidates: ReadonlyMap<string, string> | Iterable<string>): string {
  const shown = candidates instanceof Map ? candidates : new Map([...candidates].map((c) => [c, c]));
  const names = [...new Set(closest(word, shown.keys()).map((c) => shown.get(c)!))];
  return names.length ? ` (did you mean ${names.join(', ')}?)` : '';
}

/** The claims of rejected, misplaced and misnamed files, by kind. */
const claimsByKind = memo((loaded: LoadResult) => {
  const out = new Map<string, LoadResult['rejected']>();
  for (const c of loaded.rejected) out.set(c.kind, [...(out.get(c.kind) ?? []), c]);
  return out;
});

/** The file whose own finding explains a finding about `subject`, if a file claims it (see `Subject`). */
export function claimantOf(loaded: LoadResult, subject: Subject, from?: string): string | undefined {
  for (const c of claimsByKind(loaded).get(subject.kind) ?? []) {
    // A version's claim on a clause it lacks explains findings elsewhere, not its own (version/removed-clause).
    if (c.missing && c.file === from) continue;
    if (subject.id !== undefined && subject.id !== c.id) continue;
    if (subject.number !== undefined && subject.number !== c.number) continue;
    if (subject.version !== undefined && c.version !== undefined && subject.version !== c.version) continue;
    if (subject.uses !== undefined && c.uses && !c.uses.includes(subject.uses)) continue;
    return c.cause ?? c.file;
  }
  return undefined;
}

/**
 * Whether a document with this id is claimed by a file the loader rejected, found misplaced or misnamed (that
 * file has its own finding). References to it are not reported again: one mistake, one finding. Rules may
 * also just pass the subject to `finding()` and let the registry decide.
 */
export function wasRejected(loaded: LoadResult, kind: DocumentKind, id: string, version?: string): boolean {
  return claimantOf(loaded, { kind, id, ...(version !== undefined ? { version } : {}) }) !== undefined;
}

/** The loader's own diagnostics of one rule (syntax and schema), as findings. */
export function loaderFindings(loaded: LoadResult, rule: string, fallbackHint: string): Finding[] {
  return loaded.diagnostics.filter((d) => d.rule === rule).map((d) => ({ ...d, hint: d.hint ?? fallbackHint }));
}

/** How to suggest a term: by its id, its 表記 or any of its forms, shown as `utilization 「利活用」`. */
export function termSuggestions(model: Model): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of model.terms.values()) {
    const shown = `${t.data.id} 「${t.data.label}」`;
    for (const key of [t.data.id, t.data.label, ...t.data.forms]) if (!out.has(key)) out.set(key, shown);
  }
  return out;
}

/** A path inside the content folder, as messages show it: `content/terms/` (or `terms/` for a fixture). */
export function inContent(model: Model, path: string): string {
  return model.root ? `${model.root}/${path}` : path;
}

/**
 * The loops of a graph in which each node has at most one successor (`supersedes`, `parent`): each loop once,
 * written from its smallest id round to itself, e.g. ["a", "b", "a"]. Linear: every node is walked once.
 */
export function loopsOf(ids: Iterable<string>, next: (id: string) => string | null): string[][] {
  const known = new Set(ids);
  const done = new Set<string>();
  const loops: string[][] = [];
  for (const start of known) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let at: string | null = start;
    while (at !== null && known.has(at) && !done.has(at) && !onPath.has(at)) {
      path.push(at);
      onPath.add(at);
      at = next(at);
    }
    if (at !== null && onPath.has(at)) {
      const loop = path.slice(path.indexOf(at));
      const first = [...loop].sort()[0]!;
      const from = loop.indexOf(first);
      loops.push([...loop.slice(from), ...loop.slice(0, from), first]);
    }
    for (const p of path) done.add(p);
  }
  return loops;
}

/**
 * The `since` of each entry of a dated list (term definitions, rule parameter values): a version that exists,
 * in chain order, one entry per version; `definitionAt` and `valueAt` read the latest entry not after a version,
 * so a misspelt or misplaced `since` would silently change what holds when. Reports each fault once and returns,
 * per entry, its position in the chain when the entry is sound, else undefined (unknown version, off the chain,
 * or out of order).
 */
export function checkSinces(
  out: Finding[],
  rule: string,
  loaded: LoadResult,
  entries: readonly { since: string }[],
  list: { entry: 'definition' | 'value'; of: string; at: (i: number) => FilePosition },
): (number | undefined)[] {
  const { model } = loaded;
  let previous: { since: string; index: number } | undefined;
  return entries.map(({ since }, i) => {
    if (!model.versions.has(since)) {
      if (!wasRejected(loaded, 'version', since)) {
        out.push(
          finding(
            rule,
            list.at(i),
            `「${since}」 is not a version id; expected the version this ${list.entry} holds from${didYouMean(since, model.versions.keys())}`,
            `write the id of a version folder in ${inContent(model, 'guideline/')}`,
          ),
        );
      }
      return undefined;
    }
    const index = versionIndex(model, since);
    // Versions off the chain are reported by version/chain; their order cannot be judged here.
    if (index < 0) return undefined;
    if (previous && index <= previous.index) {
      out.push(
        finding(
          rule,
          list.at(i),
          index === previous.index
            ? `「${since}」 is the since of two ${list.entry}s of ${list.of}; expected one ${list.entry} per version`
            : `「${since}」 comes after ${previous.since} in the ${list.entry}s of ${list.of}; expected oldest first (${model.chain.join(' → ')})`,
          index === previous.index
            ? `keep one ${list.entry} per version: merge the two, or correct one since`
            : `reorder the ${list.entry}s oldest first`,
        ),
      );
      return undefined;
    }
    previous = { since, index };
    return index;
  });
}
