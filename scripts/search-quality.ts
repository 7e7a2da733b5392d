/**
 * How well Pagefind answers Japanese queries on the built site, with and without our workaround
 * (src/components/search/query.ts; README「検索と日本語」). Usage: node scripts/search-quality.ts [--site dist]
 *
 * The query set is made from the indexed text itself: every run of 1–3 adjacent words (Intl.Segmenter) of the
 * clause bodies, term labels and clause headings, de-duplicated, in a fixed order. For each query it counts:
 * - wrong: results that do not contain the query as written (NFKC, case and spaces ignored);
 * - misranked: a page without the query ranked above a page with it;
 * - missed: no page found that contains it, although some indexed page does.
 * Ground truth is each page's indexed text as Pagefind returns it.
 */
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { clauseText } from '../src/model/clause-text.ts';
import { loadModel } from '../src/model/load.ts';
import { containsAll, normalizeQuery, searchJapanese, type PagefindApi } from '../src/components/search/query.ts';
import { loadPagefind } from './lib/pagefind-node.ts';

export interface QualityCounts {
  queries: number;
  wrong: number;
  misranked: number;
  missed: number;
  missedExamples: string[];
}

/** Runs of 1–3 adjacent words of the texts, de-duplicated, sorted. */
export function querySet(texts: readonly string[], max = 4000): string[] {
  const seg = new Intl.Segmenter('ja', { granularity: 'word' });
  const out = new Set<string>();
  for (const text of texts) {
    for (const line of text.split('\n')) {
      const words = [...seg.segment(line)].filter((s) => s.isWordLike).map((s) => s.segment);
      for (let n = 1; n <= 3; n++) for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).join(''));
    }
  }
  const all = [...out].filter((q) => q.length >= 2).sort();
  // A fixed, spread-out sample when there are more than `max`.
  const step = Math.max(1, all.length / max);
  return Array.from({ length: Math.min(max, all.length) }, (_, i) => all[Math.floor(i * step)]!);
}

/** Every indexed page's text (title and content), by URL. */
async function indexedTexts(pagefind: PagefindApi): Promise<Map<string, string>> {
  const all = await pagefind.search(null);
  const out = new Map<string, string>();
  for (const r of all?.results ?? []) {
    const d = await r.data();
    out.set(d.url, `${Object.values(d.meta).join(' ')} ${d.content}`);
  }
  return out;
}

export async function measure(
  pagefind: PagefindApi,
  queries: readonly string[],
  pages: Map<string, string>,
  withWorkaround: boolean,
): Promise<QualityCounts> {
  const counts: QualityCounts = { queries: queries.length, wrong: 0, misranked: 0, missed: 0, missedExamples: [] };
  for (const query of queries) {
    const q = normalizeQuery(query);
    const truth = [...pages].filter(([, text]) => containsAll(text, q)).map(([url]) => url);
    let urls: string[];
    if (withWorkaround) {
      const r = await searchJapanese(pagefind, q, { limit: 1000 });
      urls = [...r.exact, ...r.partial].map((h) => h.url);
      // The workaround's own list puts pages with the query first; a "wrong" page is one it lists as exact.
      if (r.exact.some((h) => !truth.includes(h.url))) counts.wrong++;
      if (r.exact.length === 0 && truth.length > 0) {
        counts.missed++;
        if (counts.missedExamples.length < 12) counts.missedExamples.push(q);
      }
      continue;
    }
    const found = await pagefind.search(q);
    urls = await Promise.all((found?.results ?? []).map(async (x) => (await x.data()).url));
    if (urls.some((u) => !truth.includes(u))) counts.wrong++;
    const firstWrong = urls.findIndex((u) => !truth.includes(u));
    const lastRight = urls.map((u) => truth.includes(u)).lastIndexOf(true);
    if (firstWrong >= 0 && lastRight > firstWrong) counts.misranked++;
    if (truth.length > 0 && !urls.some((u) => truth.includes(u))) {
      counts.missed++;
      if (counts.missedExamples.length < 12) counts.missedExamples.push(q);
    }
  }
  return counts;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' }, max: { type: 'string', default: '3000' } } });
  const { model } = loadModel();
  const texts: string[] = [];
  for (const clauses of model.clauses.values()) for (const c of clauses.values()) texts.push(clauseText(model, c), c.data.heading);
  for (const t of model.terms.values()) texts.push(t.data.label);
  const queries = querySet(texts, Number(values.max));
  const pagefind = await loadPagefind(join(values.site, 'pagefind'));
  const pages = await indexedTexts(pagefind);
  const pct = (n: number, of: number) => `${n} (${((100 * n) / of).toFixed(1)} %)`;
  for (const [name, workaround] of [
    ['Pagefind alone', false],
    ['with query.ts', true],
  ] as const) {
    const c = await measure(pagefind, queries, pages, workaround);
    console.log(
      `${name}: ${c.queries} queries on ${pages.size} pages — results without the query: ${pct(c.wrong, c.queries)}` +
        (workaround ? '' : `, such a page ranked above one with it: ${pct(c.misranked, c.queries)}`) +
        `, found nothing although a page has it: ${pct(c.missed, c.queries)}` +
        (c.missedExamples.length ? ` — e.g. ${c.missedExamples.join('、')}` : ''),
    );
  }
  await pagefind.destroy();
}
