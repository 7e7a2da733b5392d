/**
 * Japanese search over the Pagefind index, with the workaround for Pagefind's Japanese segmentation
 * (see README「検索と日本語」). Shared by the /search/ page and the tests, which load pagefind.js in Node.
 *
 * What goes wrong without it (measured on our content with Pagefind 1.6, extended build):
 * - Pagefind splits the query with the browser's Intl.Segmenter (利活用者 → 利|活用|者) and finds pages that hold
 *   every piece anywhere, each as a word prefix: 利 matches 利用, so 「利活用者」 returns 68 pages of which 43 contain
 *   the word, and pages without it rank above pages with it.
 * - Quoting the query (phrase search) would fix that but loses real hits: the indexer (ICU4X) keeps データセンター
 *   as one word while the browser splits データ|センター, so 「"データセンター"」 finds nothing (Pagefind #1237).
 * - Inflected words and function words are segmented differently in different contexts (統合せず: the query
 *   gives 統|合せ|ず, the page was indexed as 統合|せ|ず), and Pagefind then finds nothing.
 * The workaround keeps Pagefind's broad search for recall and restores precision and order on our side: each
 * result's text is checked for the query as written (NFKC-normalised, case and spaces ignored); pages that
 * contain it come first, the others follow under their own heading. When nothing contains the query, it is
 * searched again by its kanji, katakana and Latin runs only (統合せず → 統合), keeping the pages that contain
 * the query as written.
 */

/** The parts of the pagefind.js API this module uses. */
export interface PagefindApi {
  search(term: string, options?: { filters?: Record<string, string | string[]> }): Promise<{ results: PagefindResult[] } | null>;
}
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}
export interface PagefindData {
  url: string;
  /** The page text as indexed. */
  content: string;
  /** A short passage, HTML: escaped text with <mark> around the matched words. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

export interface Hit {
  url: string;
  title: string;
  /** The guideline version the page shows, when the page declares it (data-pagefind-meta="version:…"). */
  version?: string;
  /** Excerpt as parts: plain text, and marked (matched) text. */
  excerpt: ExcerptPart[];
  /** Headings inside the page under which the query occurs as written (at most 3). */
  sections: { title: string; url: string }[];
}
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

export interface SearchOutcome {
  /** The query as searched (normalised). */
  query: string;
  /** Pages that contain every word of the query as written. */
  exact: Hit[];
  /** Pages where Pagefind found the pieces of a word apart from each other. */
  partial: Hit[];
  /** Results not checked because there were more than `limit`. */
  unchecked: number;
}

/** NFKC (全角英数→半角, 半角カナ→全角), one space between words, no space at the ends. */
export function normalizeQuery(query: string): string {
  return query.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/**
 * Text compared for the literal check: NFKC, lower case, without spaces (Pagefind's content inserts some) and
 * without quotation marks (a query may be typed as 「利活用」 or "利活用").
 */
function comparable(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s"'“”‘’「」『』]+/gu, '');
}

/** Does the page text contain every space-separated word of the query as written? */
export function containsAll(text: string, query: string): boolean {
  const haystack = comparable(text);
  return query.split(' ').every((word) => haystack.includes(comparable(word)));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: '\u00a0' };

/** Pagefind's excerpt HTML (escaped text and <mark>) as parts, so that no HTML from the index reaches the page. */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of html.split(/(<\/?mark>)/u)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) {
      const text = piece.replace(/<[^>]*>/gu, '').replace(/&(#?[a-z0-9]+);/giu, (m, name: string) => ENTITIES[name.toLowerCase()] ?? m);
      const last = parts[parts.length - 1];
      if (last && last.marked === marked) last.text += text;
      else parts.push({ text, marked });
    }
  }
  return parts;
}

function toHit(data: PagefindData, query: string): Hit {
  return {
    url: data.url,
    title: data.meta['title'] ?? data.url,
    ...(data.meta['version'] ? { version: data.meta['version'] } : {}),
    excerpt: excerptParts(data.excerpt),
    // Only the sections whose own excerpt holds the query as written (the same literal check as for pages).
    sections: (data.sub_results ?? [])
      .filter((s) => s.url !== data.url && s.url.includes('#') && containsAll(excerptParts(s.excerpt).map((p) => p.text).join(''), query))
      .slice(0, 3)
      .map((s) => ({ title: s.title, url: s.url })),
  };
}

/** Search Japanese text: Pagefind for recall, the literal check for precision and order (see the file comment). */
export async function searchJapanese(
  pagefind: PagefindApi,
  query: string,
  options: { limit?: number; filters?: Record<string, string | string[]> } = {},
): Promise<SearchOutcome> {
  const q = normalizeQuery(query);
  if (!q) return { query: q, exact: [], partial: [], unchecked: 0 };
  const limit = options.limit ?? 100;
  const run = async (term: string) => {
    const found = await pagefind.search(term, options.filters ? { filters: options.filters } : {});
    const results = found?.results ?? [];
    const data = await Promise.all(results.slice(0, limit).map((r) => r.data()));
    const exact: Hit[] = [];
    const partial: Hit[] = [];
    for (const d of data) (containsAll(`${d.meta['title'] ?? ''} ${d.content}`, q) ? exact : partial).push(toHit(d, q));
    return { exact, partial, unchecked: Math.max(0, results.length - limit) };
  };
  const first = await run(q);
  const core = contentRuns(q);
  if (first.exact.length > 0 || !core || core === q) return { query: q, ...first };
  const second = await run(core);
  return { query: q, exact: second.exact, partial: first.partial, unchecked: first.unchecked };
}

/** The kanji, katakana and Latin/digit runs of a query, space-separated (統合せず → 統合; 経ずに → 経). */
export function contentRuns(query: string): string {
  return (query.match(/[\p{Script=Han}\p{Script=Katakana}ー]+|[\p{Script=Latin}\p{N}]+/gu) ?? []).join(' ');
}
