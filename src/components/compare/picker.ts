/**
 * /compare/ in the browser: compare any two versions from /api/compare.json with the same model code and the same
 * markup as the built pages. The choice lives in the URL (?from=…&to=…), so a comparison can be linked and printed.
 */
import { CompareError, compareData, type CompareData } from '../../model/comparison.ts';
import { routes } from '../../model/routes.ts';
import { compareView, markupToDom } from './markup.ts';

const form = document.querySelector<HTMLFormElement>('#compare-picker');
const result = document.querySelector<HTMLElement>('#compare-result');
const status = document.querySelector<HTMLElement>('#compare-status');

if (form && result && status) {
  const base = form.dataset['base'] ?? '/';
  form.hidden = false;
  const fromSelect = form.querySelector<HTMLSelectElement>('select[name="from"]')!;
  const toSelect = form.querySelector<HTMLSelectElement>('select[name="to"]')!;
  const params = new URLSearchParams(location.search);
  const from = params.get('from');
  const to = params.get('to');
  if (from && to) {
    fromSelect.value = from;
    toSelect.value = to;
    void show(from, to);
  }

  async function show(fromId: string, toId: string): Promise<void> {
    status!.textContent = '比較しています…';
    try {
      const response = await fetch(routes(base).compareJson);
      if (!response.ok) throw new Error(`データを読み込めませんでした（HTTP ${response.status}）。`);
      const data = (await response.json()) as CompareData;
      let [older, newer] = [fromId, toId];
      let swapped = false;
      if (data.chain.indexOf(older) > data.chain.indexOf(newer)) {
        [older, newer] = [newer, older];
        swapped = true;
      }
      if (older === newer) {
        result!.replaceChildren();
        status!.textContent = '同じ版が選ばれています。異なる2つの版を選んでください。';
        return;
      }
      const comparison = compareData(data, older, newer);
      const heading = document.createElement('h2');
      heading.textContent = `${comparison.to.label}（改正後）／${comparison.from.label}（改正前）`;
      heading.tabIndex = -1;
      result!.replaceChildren(heading, markupToDom(compareView(comparison, { base }), document));
      document.title = `新旧対照表 ${comparison.to.label}／${comparison.from.label} | MID-NET利活用ガイドライン ポータル`;
      status!.textContent = swapped
        ? '選んだ2版の新旧を入れ替えて、新しい版を改正後（左欄）として表示しました。'
        : '比較結果を表示しました。';
      heading.focus();
    } catch (error) {
      result!.replaceChildren();
      status!.textContent = error instanceof CompareError || error instanceof Error ? error.message : String(error);
    }
  }
}
