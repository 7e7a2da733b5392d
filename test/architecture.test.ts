/**
 * The import graph of the project's own code keeps the promises of the README's architecture: tests import code
 * and code never imports tests; the layers point one way (schemas ← model ← checks, pubcheck, pages); and no
 * module comes back to itself through its imports. Edges are read with TypeScript's own import scanner, from
 * .ts files, the frontmatter and <script> blocks of .astro files, and the ESM lines of .mdx pages.
 */
import { globSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const files = globSync(['{src,scripts,schemas,bench,test}/**/*.{ts,astro,mdx}', '*.{ts,mjs}'], { cwd: root })
  .map((f) => f.split(sep).join('/'))
  .filter((f) => !f.startsWith('test/fixtures/'))
  .sort();
const known = new Set(files);

/** The code of a file that can import: all of a .ts file; an .astro file's frontmatter and scripts; an .mdx file's ESM lines. */
function codeOf(file: string, text: string): string {
  if (file.endsWith('.astro')) {
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
    const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    return [frontmatter, ...scripts].join('\n');
  }
  if (file.endsWith('.mdx'))
    return text
      .split('\n')
      .filter((l) => /^(?:import|export)\s/.test(l))
      .join('\n');
  return text;
}

/** file → the project files it imports (relative specifiers that resolve to a file of the project). */
const imports = new Map(
  files.map((file) => {
    const code = codeOf(file, readFileSync(join(root, file), 'utf8'));
    const targets = ts
      .preProcessFile(code, true, true)
      .importedFiles.map((i) => i.fileName)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) =>
        relative(root, resolve(root, dirname(file), spec))
          .split(sep)
          .join('/'),
      )
      .filter((target) => known.has(target));
    return [file, [...new Set(targets)]] as const;
  }),
);

const edges = (where: (from: string, to: string) => boolean) =>
  [...imports].flatMap(([from, tos]) => tos.filter((to) => where(from, to)).map((to) => `${from} → ${to}`));
const under =
  (...folders: string[]) =>
  (f: string) =>
    folders.some((d) => f.startsWith(`${d}/`));

/** The strongly connected components of more than one module (or a module importing itself): the import cycles. */
function cycles(nodes: readonly string[]): string[][] {
  const inGraph = new Set(nodes);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of imports.get(v)!.filter((t) => inGraph.has(t))) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || imports.get(v)!.includes(v)) found.push(component.sort());
  };
  for (const v of nodes) if (!index.has(v)) visit(v);
  return found;
}

describe('the import graph', () => {
  it('is read from the project (a sanity check of the scanner)', () => {
    expect(imports.get('src/model/load.ts')).toContain('src/model/parse-file.ts');
    expect(imports.get('src/pages/index.astro')).toContain('src/layouts/Base.astro');
    expect(imports.get('astro.config.mjs')).toContain('src/security-headers.ts');
  });

  it('has no file outside test/ importing from test/', () => {
    expect(edges((from, to) => !from.startsWith('test/') && to.startsWith('test/'))).toEqual([]);
  });

  it('has no import cycle among the modules of src/, scripts/, schemas/ and bench/', () => {
    expect(cycles(files.filter(under('src', 'scripts', 'schemas', 'bench')))).toEqual([]);
  });

  it('points one way: schemas import nothing of ours, the model only schemas, src/ nothing of scripts/ or bench/', () => {
    expect(edges((from, to) => from.startsWith('schemas/') && !to.startsWith('schemas/'))).toEqual([]);
    expect(edges((from, to) => from.startsWith('src/model/') && !under('src/model', 'schemas')(to))).toEqual([]);
    expect(edges((from, to) => from.startsWith('src/') && under('scripts', 'bench')(to))).toEqual([]);
    expect(edges((from, to) => from.startsWith('scripts/') && to.startsWith('bench/'))).toEqual([]);
  });
});
