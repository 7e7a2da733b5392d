/**
 * Offline link check of the built site: every internal href/src, and every #fragment, must resolve to a built
 * file and an element id in it (clause anchors across versions included). External URLs are not fetched.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { closest, compareDiagnostics, type Diagnostic } from '../../src/model/diagnostic.ts';
import { builtFiles, decodeEntities, parseHtml, readText, type BuiltPage } from './site.ts';

/** Elements and the attributes on them that point somewhere. */
const REFERENCE_ATTRIBUTES: readonly (readonly [string, string])[] = [
  ['a', 'href'],
  ['area', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['img', 'srcset'],
  ['source', 'src'],
  ['source', 'srcset'],
  ['iframe', 'src'],
  ['form', 'action'],
  ['video', 'src'],
  ['audio', 'src'],
  ['track', 'src'],
  ['object', 'data'],
  ['use', 'href'],
];

export interface LinkOptions {
  /** The public origin of the site (astro.config `site`): absolute links to it are internal. */
  site?: string;
  /** astro.config `base`, e.g. "/" or "/portal/". */
  base?: string;
}

export interface LinkReport {
  findings: Diagnostic[];
  pages: number;
  /** Internal references checked, and how many had a #fragment. */
  internal: number;
  fragments: number;
  external: number;
}

interface Reference {
  page: BuiltPage;
  raw: string;
  line: number;
  column: number;
}

/** Stand-in origin for resolving relative URLs; never contacted. */
const LOCAL = 'http://site.invalid';

export async function checkLinks(dist: string, options: LinkOptions = {}): Promise<LinkReport> {
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const site = options.site ? new URL(options.site).origin : undefined;
  const pages = builtFiles(dist, 'html');
  const ids = new Map<string, Set<string>>();
  const refs: Reference[] = [];

  for (const page of pages) {
    const root = await parseHtml(readText(page.abs), page.file);
    const pageIds = new Set<string>();
    for (const el of root.querySelectorAll('[id]')) if (el.id) pageIds.add(el.id);
    for (const el of root.querySelectorAll('a[name]')) {
      const name = el.getAttribute('name')?.value;
      if (typeof name === 'string') pageIds.add(name);
    }
    ids.set(page.abs, pageIds);
    for (const [tag, attr] of REFERENCE_ATTRIBUTES) {
      for (const el of root.querySelectorAll(`${tag}[${attr}]`)) {
        const value = el.getAttribute(attr)?.value;
        if (typeof value !== 'string') continue;
        const decoded = decodeEntities(value);
        const urls = attr === 'srcset' ? decoded.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [decoded];
        for (const raw of urls) if (raw) refs.push({ page, raw, line: el.location.line, column: el.location.column });
      }
    }
    for (const el of root.querySelectorAll('meta[http-equiv]')) {
      const content = el.getAttribute('content')?.value;
      const m = typeof content === 'string' ? /url=(.+)$/i.exec(content) : null;
      if (m) refs.push({ page, raw: decodeEntities(m[1]!.trim()), line: el.location.line, column: el.location.column });
    }
  }
  // Feeds point at pages too; their links are absolute URLs on the public origin.
  for (const feed of builtFiles(dist, 'xml')) {
    const text = readText(feed.abs);
    for (const m of text.matchAll(/\bhref="([^"]*)"/g)) {
      const before = text.slice(0, m.index);
      const line = before.split('\n').length;
      refs.push({ page: feed, raw: decodeEntities(m[1]!), line, column: m.index - before.lastIndexOf('\n') });
    }
  }

  const findings: Diagnostic[] = [];
  const urls = pages.map((p) => p.url);
  let internal = 0;
  let fragments = 0;
  let external = 0;
  const at = (r: Reference) => ({ file: r.page.file, line: r.line, column: r.column, severity: 'error' as const });

  for (const r of refs) {
    if (/^javascript:/i.test(r.raw)) {
      findings.push({
        ...at(r),
        rule: 'link/javascript-url',
        message: `「${r.raw}」 is a javascript: URL; the CSP blocks it`,
        hint: 'use a <button> and a bundled <script>',
      });
      continue;
    }
    if (/^(mailto|tel|data):/i.test(r.raw)) continue;
    if (r.raw === '#') {
      findings.push({
        ...at(r),
        rule: 'link/empty-fragment',
        message: 'href="#" goes nowhere',
        hint: 'link to a real target, or use a <button> for an action',
      });
      continue;
    }
    let target: URL;
    try {
      target = new URL(r.raw, new URL(r.page.url, LOCAL));
    } catch {
      findings.push({ ...at(r), rule: 'link/invalid-url', message: `「${r.raw}」 is not a valid URL` });
      continue;
    }
    if (target.origin !== LOCAL && target.origin !== site) {
      external++;
      continue;
    }
    internal++;
    let path: string;
    try {
      path = decodeURIComponent(target.pathname);
    } catch {
      findings.push({ ...at(r), rule: 'link/invalid-url', message: `「${r.raw}」 has a broken %-escape` });
      continue;
    }
    if (!path.startsWith(base)) {
      findings.push({
        ...at(r),
        rule: 'link/outside-base',
        message: `「${r.raw}」 is outside the site's base ${base}`,
        hint: 'build links with import.meta.env.BASE_URL',
      });
      continue;
    }
    const rel = path.slice(base.length);
    const abs = join(dist, rel);
    let file: string | undefined;
    if (path.endsWith('/')) {
      if (existsSync(join(abs, 'index.html'))) file = join(abs, 'index.html');
    } else if (existsSync(abs) && statSync(abs).isFile()) {
      file = abs;
    } else if (existsSync(join(abs, 'index.html'))) {
      findings.push({
        ...at(r),
        rule: 'link/trailing-slash',
        message: `「${r.raw}」 lacks the trailing slash every page URL has`,
        hint: `write ${target.pathname}/`,
      });
      continue;
    }
    if (!file) {
      const wanted = '/' + rel;
      const near = closest(wanted, urls);
      findings.push({
        ...at(r),
        rule: 'link/missing-page',
        message: r.raw === wanted ? `「${r.raw}」 was not built` : `「${r.raw}」 points to ${wanted}, which was not built`,
        ...(near.length ? { hint: `did you mean ${near.join(', ')}?` } : {}),
      });
      continue;
    }
    if (!target.hash || target.hash === '#top' || !file.endsWith('.html')) continue;
    fragments++;
    const id = decodeURIComponent(target.hash.slice(1));
    const targetIds = ids.get(file);
    if (targetIds && !targetIds.has(id)) {
      const near = closest(id, targetIds);
      findings.push({
        ...at(r),
        rule: 'link/missing-anchor',
        message: `「${r.raw}」: no element has id="${id}" in ${'/' + rel}`,
        ...(near.length ? { hint: `did you mean #${near.join(', #')}?` } : {}),
      });
    }
  }
  findings.sort(compareDiagnostics);
  return { findings, pages: pages.length, internal, fragments, external };
}
