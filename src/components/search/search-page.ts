/** The /search/ page in the browser: reads ?q=, asks Pagefind through searchJapanese, and lists the results. */
import { routes } from '../../model/routes.ts';
import { searchJapanese, type Hit, type PagefindApi } from './query.ts';

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-q');
const status = document.querySelector<HTMLElement>('#search-status');
const exactSection = document.querySelector<HTMLElement>('#search-exact');
const partialSection = document.querySelector<HTMLElement>('#search-partial');

if (form && input && status && exactSection && partialSection) {
  const base = form.dataset['base'] ?? '/';
  document.querySelector('#search-nojs')?.setAttribute('hidden', '');
  let pagefind: Promise<PagefindApi> | undefined;
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ routes(base).pagefindScript).then(async (pf: PagefindApi & { init(): Promise<void> }) => {
      await pf.init();
      return pf;
    }));

  const render = (section: HTMLElement, hits: Hit[]) => {
    section.hidden = hits.length === 0;
    const list = section.querySelector('ol')!;
    list.replaceChildren(...hits.map((hit) => {
      const li = document.createElement('li');
      const title = document.createElement('a');
      title.className = 'result-title';
      title.href = hit.url;
      title.textContent = hit.title;
      const excerpt = document.createElement('p');
      excerpt.className = 'result-excerpt';
      for (const part of hit.excerpt) {
        if (part.marked) {
          const mark = document.createElement('mark');
          mark.textContent = part.text;
          excerpt.append(mark);
        } else excerpt.append(part.text);
      }
      const url = document.createElement('p');
      url.className = 'result-url';
      url.textContent = decodeURI(hit.url);
      li.append(title);
      if (hit.version) {
        const version = document.createElement('span');
        version.className = 'result-version';
        version.textContent = `（${hit.version}）`;
        li.append(version);
      }
      li.append(excerpt, url);
      if (hit.sections.length) {
        const sections = document.createElement('ul');
        sections.className = 'result-sections';
        sections.setAttribute('aria-label', 'ページ内の該当箇所');
        for (const s of hit.sections) {
          const item = document.createElement('li');
          const a = document.createElement('a');
          a.href = s.url;
          a.textContent = s.title;
          item.append(a);
          sections.append(item);
        }
        li.append(sections);
      }
      return li;
    }));
  };

  let latest = 0;
  let limit = 100;
  const more = document.createElement('button');
  more.type = 'button';
  more.hidden = true;
  more.addEventListener('click', () => {
    limit += 100;
    void run(input.value, true);
  });
  status.after(more);

  const run = async (query: string, keepLimit = false) => {
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
      const outcome = await searchJapanese(await load(), query, { limit });
      if (ticket !== latest) return;
      render(exactSection, outcome.exact);
      render(partialSection, outcome.partial);
      const total = outcome.exact.length + outcome.partial.length;
      status.textContent = total === 0
        ? `「${outcome.query}」を含むページは見つかりませんでした。`
        : `「${outcome.query}」：検索語を含むページ ${outcome.exact.length}件` +
          (outcome.partial.length ? `、語の一部が離れて現れるページ ${outcome.partial.length}件` : '') +
          (outcome.unchecked ? `（ほかに未確認の候補 ${outcome.unchecked}件）` : '');
      more.hidden = outcome.unchecked === 0;
      more.textContent = `残りの候補 ${Math.min(outcome.unchecked, 100)}件も確かめる`;
    } catch {
      if (ticket === latest) status.textContent = '検索索引を読み込めませんでした。時間をおいて再度お試しください。';
    }
  };

  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial;
  void run(initial);

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const url = new URL(location.href);
      url.searchParams.set('q', input.value);
      history.replaceState(null, '', url);
      void run(input.value);
    }, 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void run(input.value);
  });
}
