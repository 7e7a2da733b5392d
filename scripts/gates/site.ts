/** The built site as the quality gates see it: its files, their URLs, and one HTML parser (html-validate's). */
import { globSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { HtmlValidate, Parser, StaticConfigLoader, type HtmlElement } from 'html-validate';

export interface BuiltPage {
  /** Path of the file relative to the project root, for messages (dist/terms/index.html). */
  file: string;
  /** Absolute path. */
  abs: string;
  /** URL path under the site root, with a trailing slash for directory pages: /terms/ */
  url: string;
}

/** Every file of kind `ext` under `dist`, sorted, with its URL path. */
export function builtFiles(dist: string, ext = 'html'): BuiltPage[] {
  const root = resolve(dist);
  return globSync(`**/*.${ext}`, { cwd: root })
    .sort()
    .map((path) => {
      const rel = path.split(sep).join('/');
      const url = '/' + (rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      return { file: relative(process.cwd(), join(root, path)).split(sep).join('/'), abs: join(root, path), url };
    });
}

/**
 * A route kind: the URL with every segment after the first replaced by `_`, so one page per kind can stand
 * for the rest. "/guideline/r2021-02/purpose/" and "/guideline/r2026/definitions/" are both "/guideline/_/_/".
 */
export function routeKind(url: string): string {
  const parts = url.split('/').filter(Boolean);
  if (!parts.length) return '/';
  const file = url.endsWith('/') ? '' : parts.pop()!;
  return '/' + [parts[0], ...parts.slice(1).map(() => '_')].filter(Boolean).join('/') + (parts.length ? '/' : '') + file;
}

let parser: Parser | undefined;

/** Parse an HTML document with html-validate's parser, the same one the validity gate uses. */
export async function parseHtml(text: string, filename: string): Promise<HtmlElement> {
  if (!parser) {
    const hv = new HtmlValidate(new StaticConfigLoader({ extends: ['html-validate:recommended'] }));
    parser = new Parser(await hv.getConfigFor('page.html'));
  }
  return parser.parseHtml({ data: text, filename, line: 1, column: 1, offset: 0 });
}

export function readText(abs: string): string {
  return readFileSync(abs, 'utf8');
}

/** Character references in attribute values, which the parser leaves as written. */
export function decodeEntities(s: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : all;
    }
    return named[ref.toLowerCase()] ?? all;
  });
}
