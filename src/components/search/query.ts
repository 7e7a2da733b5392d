/**
 * Japanese search over the Pagefind index, with the check that Pagefind's Japanese matching still needs (see
 * README「検索と日本語」). Shared by the /search/ page, the tests and scripts/search-quality.ts.
 *
 * Measured on our site with Pagefind 1.6 (extended build; 2,757 queries of 1–3 adjacent words of our texts,
 * `node scripts/search-quality.ts`): Pagefind finds a page containing the query for every query, hiragana-only
 * ones (という, られる) and inflected ones (統合せず) included — the second search by kanji runs that 1.5 needed
 * is gone. But it splits the query (利活用者 → 利|活用|者) and returns pages holding the pieces anywhere, each as a
 * word prefix: 69 % of queries return pages without the query, and for 46 % such a page ranks above one with it.
 * Quoting the query is still no way out (「"データセンター"」 finds nothing; Pagefind #1237).
 * So results are checked for the query as written (NFKC, case, spaces and quotation marks ignored, title and
 * metadata included): pages that contain it come first, the others follow under their own heading.
 */

/** A Pagefind filter: `{ version: { any: ['r2023-05', 'general'] } }`. */
export type PagefindFilters = Record<string, string | string[] | { any: string[] }>;

/** Weights of the metadata Pagefind searches: a term's reading and other forms count almost like its title. */
export const META_WEIGHTS = { title: 5, reading: 4, aliases: 4, version: 0 };

/**
 * The version filter for a choice of the form: '' → the versions in force and under revision; 'all' → none;
 * a version id → that version. Pages of no version (tagged `general`) are always included.
 */
export function versionFilter(choice: string, current: readonly string[]): PagefindFilters | undefined {
  if (choice === 'all' || (choice === '' && current.length === 0)) return undefined;
  return { version: { any: [...(choice === '' ? current : [choice]), 'general'] } };
}

/** The parts of the pagefind.js API this module uses. */
export interface PagefindApi {
  /** `null` lists every page (that the filters allow). */
  search(term: string | null, options?: { filters?: PagefindFilters }): Promise<{ results: PagefindResult[] } | null>;
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
  sub_results?: { title: string; url: string; excerpt: string; anchor?: unknown }[];
}

export interface Hit {
  url: string;
  title: string;
  /** The guideline version the page shows, when the page declares it (data-pagefind-meta="version:…"). */
  version?: string;
  /** Excerpt as parts: plain text, and marked (matched) text. */
  excerpt: ExcerptPart[];
  /** Sections of the page (a clause of a version, a meeting item) whose text has the query as written. */
  sections: { title: string; url: string; excerpt: ExcerptPart[] }[];
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
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s"'“”‘’「」『』]+/gu, '');
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

/** How many sections of one page a result lists (a version's full text can match in many clauses). */
const SECTIONS_PER_PAGE = 8;

function toHit(data: PagefindData, query: string): Hit {
  return {
    url: data.url,
    title: data.meta['title'] ?? data.url,
    ...(data.meta['version'] ? { version: data.meta['version'] } : {}),
    excerpt: excerptParts(data.excerpt),
    // Only the sections whose own excerpt holds the query as written (the same literal check as for pages).
    sections: (data.sub_results ?? [])
      .filter(
        (s) =>
          s.url !== data.url &&
          s.url.includes('#') &&
          containsAll(
            `${s.title} ${excerptParts(s.excerpt)
              .map((p) => p.text)
              .join('')}`,
            query,
          ),
      )
      .slice(0, SECTIONS_PER_PAGE)
      .map((s) => ({ title: s.title, url: s.url, excerpt: excerptParts(s.excerpt) })),
  };
}

/** Search Japanese text: Pagefind for recall, the literal check for precision and order (see the file comment). */
export async function searchJapanese(
  pagefind: PagefindApi,
  query: string,
  options: { limit?: number; filters?: PagefindFilters } = {},
): Promise<SearchOutcome> {
  const q = normalizeQuery(query);
  if (!q) return { query: q, exact: [], partial: [], unchecked: 0 };
  const limit = options.limit ?? 100;
  const found = await pagefind.search(q, options.filters ? { filters: options.filters } : {});
  const results = found?.results ?? [];
  const data = await Promise.all(results.slice(0, limit).map((r) => r.data()));
  const exact: Hit[] = [];
  const partial: Hit[] = [];
  // The metadata counts: a term's reading or another form of it is what the reader may have typed.
  for (const d of data) (containsAll(`${Object.values(d.meta).join(' ')} ${d.content}`, q) ? exact : partial).push(toHit(d, q));
  return { query: q, exact, partial, unchecked: Math.max(0, results.length - limit) };
}
