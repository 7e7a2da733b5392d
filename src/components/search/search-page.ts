/**
 * The /search/ page in the browser: reads ?q= and ?v= (the versions to search), asks Pagefind through
 * searchJapanese, and lists the results: each page with its version, and the clauses (sections) where the query
 * occurs, each linking to the clause itself.
 */
import { routes } from '../../model/routes.ts';
import { META_WEIGHTS, searchJapanese, versionFilter, type ExcerptPart, type Hit, type PagefindApi } from './query.ts';

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-q');
const scope = document.querySelector<HTMLSelectElement>('#search-v');
const status = document.querySelector<HTMLElement>('#search-status');
const exactSection = document.querySelector<HTMLElement>('#search-exact');
const partialSection = document.querySelector<HTMLElement>('#search-partial');

function excerptNode(parts: readonly ExcerptPart[], className: string): HTMLElement {
  const p = document.createElement('p');
  p.className = className;
  for (const part of parts) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      p.append(mark);
    } else p.append(part.text);
  }
  return p;
}

if (form && input && scope && status && exactSection && partialSection) {
  const base = form.dataset['base'] ?? '/';
  const current = (form.dataset['current'] ?? '').split(' ').filter(Boolean);
  document.querySelector('#search-nojs')?.setAttribute('hidden', '');
  let pagefind: Promise<PagefindApi> | undefined;
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ routes(base).pagefindScript).then(
      async (
        pf: PagefindApi & {
          init(): Promise<void>;
          options(o: unknown): Promise<void>;
        },
      ) => {
        await pf.options({ ranking: { metaWeights: META_WEIGHTS } });
        await pf.init();
        return pf;
      },
    ));

  const render = (section: HTMLElement, hits: Hit[]) => {
    section.hidden = hits.length === 0;
    const list = section.querySelector('ol')!;
    list.replaceChildren(
      ...hits.map((hit) => {
        const li = document.createElement('li');
        const title = document.createElement('a');
        title.className = 'result-title';
        title.href = hit.url;
        title.textContent = hit.title;
        li.append(title);
        if (hit.version) {
          const version = document.createElement('span');
          version.className = 'result-version';
          version.textContent = hit.version;
          li.append(' ', version);
        }
        if (hit.sections.length) {
          // A version's text: the clauses that have the query, each with its own excerpt, instead of the page's.
          const sections = document.createElement('ul');
          sections.className = 'result-sections';
          sections.setAttribute('aria-label', `${hit.title}の該当箇所`);
          for (const s of hit.sections) {
            const item = document.createElement('li');
            const a = document.createElement('a');
            a.href = s.url;
            a.textContent = s.title;
            item.append(a, excerptNode(s.excerpt, 'result-excerpt'));
            sections.append(item);
          }
          li.append(sections);
        } else li.append(excerptNode(hit.excerpt, 'result-excerpt'));
        const url = document.createElement('p');
        url.className = 'result-url';
        url.textContent = decodeURI(hit.url);
        li.append(url);
        return li;
      }),
    );
  };

  let latest = 0;
  let limit = 100;
  const more = document.createElement('button');
  more.type = 'button';
  more.hidden = true;
  more.addEventListener('click', () => {
    limit += 100;
    void run(true);
  });
  status.after(more);

  const run = async (keepLimit = false) => {
    const query = input.value;
    const ticket = ++latest;
    if (!keepLimit) limit = 100;
    more.hidden = true;
    if (!query.trim()) {
      status.textContent = '';
      render(exactSection, []);
      render(partialSection, []);
      return;
    }
    status.textContent = '検索しています…';
    try {
      const filters = versionFilter(scope.value, current);
      const outcome = await searchJapanese(await load(), query, { limit, ...(filters ? { filters } : {}) });
      if (ticket !== latest) return;
      render(exactSection, outcome.exact);
      render(partialSection, outcome.partial);
      const total = outcome.exact.length + outcome.partial.length;
      const where = scope.selectedOptions[0]?.textContent?.replace('（既定）', '') ?? '';
      status.textContent =
        total === 0
          ? `「${outcome.query}」を含むページは見つかりませんでした（版：${where}）。`
          : `「${outcome.query}」（版：${where}）：検索語を含むページ ${outcome.exact.length}件` +
            (outcome.partial.length ? `、語の一部が離れて現れるページ ${outcome.partial.length}件` : '') +
            (outcome.unchecked ? `（ほかに未確認の候補 ${outcome.unchecked}件）` : '');
      more.hidden = outcome.unchecked === 0;
      more.textContent = `残りの候補 ${Math.min(outcome.unchecked, 100)}件も確かめる`;
    } catch {
      if (ticket === latest) status.textContent = '検索索引を読み込めませんでした。時間をおいて再度お試しください。';
    }
  };

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const v = params.get('v') ?? '';
  if ([...scope.options].some((o) => o.value === v)) scope.value = v;
  void run();

  /** Keep the query and the scope in the address, so that a search can be linked and reloaded. */
  const remember = () => {
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    if (scope.value) url.searchParams.set('v', scope.value);
    else url.searchParams.delete('v');
    history.replaceState(null, '', url);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      remember();
      void run();
    }, 250);
  });
  scope.addEventListener('change', () => {
    remember();
    void run();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    remember();
    void run();
  });
}
