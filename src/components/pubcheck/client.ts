/**
 * Browser side of /pubcheck/: reads the form, runs the engine on this machine, shows the report, prints and saves
 * it. The rules come from the JSON element the page was built with. The engine (the checker's code and HiGHS,
 * WebAssembly, about 1.2 MB compressed) is fetched from this site on first use — the first focus or input in the
 * form, or the first 判定 — never on page load; after that, nothing is requested.
 */
/// <reference types="astro/client" />
import type { Highs } from 'highs';
import wasmUrl from 'highs/runtime?url';
import type { Report } from '../../pubcheck/report.ts';
import type { RuleBundle } from '../../pubcheck/rules.ts';
import type { CheckContext, Protection } from '../../pubcheck/types.ts';
import type { Purpose } from '../../../schemas/publication-rule.ts';

const SAMPLE = `# 見本: 年齢別・群別の患者数（患者背景を示す表、架空の数値）
年齢\t投与群\t対照群\t合計
20歳未満\t3\t12\t15
20〜39歳\t25\t31\t56
40〜64歳\t48\t8\t56
65歳以上\t60\t72\t132
合計\t136\t123\t259
`;

const byId = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from the page`);
  return el as T;
};

const form = byId<HTMLFormElement>('pc-form');
const text = byId<HTMLTextAreaElement>('pc-text');
const engineStatus = byId<HTMLParagraphElement>('pc-engine');
const runButton = byId<HTMLButtonElement>('pc-run');
const out = byId<HTMLElement>('pc-out');
const reportBox = byId<HTMLDivElement>('pc-report');
const summary = byId<HTMLParagraphElement>('pc-summary');
const bundle = JSON.parse(byId<HTMLScriptElement>('pc-rules').textContent ?? '{}') as RuleBundle;
const base = import.meta.env.BASE_URL;

/** The engine's code and an instance of HiGHS, loaded together once. */
async function loadEngine() {
  const [{ default: loadHighs }, checkModule, reportModule] = await Promise.all([
    import('highs'),
    import('../../pubcheck/check.ts'),
    import('../../pubcheck/report.ts'),
  ]);
  const highs: Highs = await loadHighs({ locateFile: () => wasmUrl });
  return { highs, ...checkModule, ...reportModule };
}

let engine: ReturnType<typeof loadEngine> | undefined;
let last: Report | undefined;
/** The engine once loaded (saving the HTML report needs its renderer). */
let ready: Awaited<ReturnType<typeof loadEngine>> | undefined;

/** Start loading the engine, once; the status line says how it went. */
function startEngine(): ReturnType<typeof loadEngine> {
  if (!engine) {
    engineStatus.textContent = '計算エンジンを読み込んでいます…';
    engine = loadEngine();
    engine.then(
      (loaded) => {
        ready = loaded;
        if (!runButton.disabled) engineStatus.textContent = '計算エンジンの準備ができました。';
      },
      () => {
        engineStatus.textContent = '計算エンジン（HiGHS）を読み込めませんでした。ページを再読み込みしてください。';
      },
    );
  }
  return engine;
}
form.addEventListener('focusin', startEngine, { once: true });
form.addEventListener('input', startEngine, { once: true });

byId<HTMLButtonElement>('pc-sample').addEventListener('click', () => {
  text.value = SAMPLE;
  // The sample breaks patients down by age: it shows patient background.
  byId<HTMLInputElement>('pc-details-yes').checked = true;
  text.focus();
});

// A table copied from a web page comes with its HTML, which keeps merged cells (a group over two columns) that the
// plain text loses: where the clipboard holds an HTML table, its cells go in as TSV, each merged cell's text in its
// first place and blanks in the others (html.ts, as a spreadsheet copies them). The text is read here, on this machine.
text.addEventListener('paste', (event) => {
  const html = event.clipboardData?.getData('text/html') ?? '';
  if (!/<table[\s>]/i.test(html)) return;
  event.preventDefault();
  const at = { start: text.selectionStart, end: text.selectionEnd };
  const plain = event.clipboardData?.getData('text/plain') ?? '';
  void import('../../pubcheck/html.ts').then(
    ({ htmlToText }) => {
      let tsv: string | undefined;
      try {
        tsv = htmlToText(html);
      } catch {
        // HTML the reader fails on: the clipboard's plain text, as if no HTML had come with it.
      }
      text.setRangeText(tsv ?? plain, at.start, at.end, 'end');
      text.dispatchEvent(new Event('input', { bubbles: true }));
      summary.textContent =
        tsv === undefined
          ? 'Web ページの表を、そのままの文字として貼り付けました。「判定する」を押してください。'
          : 'Web ページの表を、結合したセルを空欄にして貼り付けました（タブ区切り）。「判定する」を押してください。';
    },
    () => {
      text.setRangeText(plain, at.start, at.end, 'end');
      text.dispatchEvent(new Event('input', { bubbles: true }));
    },
  );
});

byId<HTMLInputElement>('pc-file').addEventListener('change', async (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (!file) return;
  try {
    const [{ decodeBytes, NotText }, { htmlToText }] = await Promise.all([
      import('../../pubcheck/csv.ts'),
      import('../../pubcheck/html.ts'),
    ]);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      // The browser could not read it (moved or deleted since it was chosen, no permission, a folder): said in words.
      summary.textContent = `ファイル「${file.name}」を読み込めませんでした。ブラウザーがファイルを読めませんでした（選んだ後に移動・削除されたか、読む権限がないかもしれません）。もう一度選ぶか、表を選んでコピーし、貼り付けてください。`;
      return;
    }
    try {
      const read = decodeBytes(bytes);
      // A web page saved as a file: its tables as TSV in the text area, so that each message's line is one seen there.
      text.value = htmlToText(read) ?? read;
    } catch (e) {
      if (!(e instanceof NotText)) throw e;
      // The text area keeps what it held: a file that is no text is said, never shown as garbled labels.
      summary.textContent = `ファイル「${file.name}」を読み込めませんでした。${e.message}。${e.hint}。`;
      return;
    }
  } catch (e) {
    // The checker's code could not be loaded, or failed on the text: words, not an exception in the console only.
    summary.textContent = `ファイル「${file.name}」を読み込めませんでした（チェッカーの問題です。ページを再読み込みして、もう一度試してください。技術情報: ${(e as Error).message}）。`;
    return;
  }
  summary.textContent = `ファイル「${file.name}」を読み込みました。「判定する」を押してください。`;
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  runButton.disabled = true;
  engineStatus.textContent = '判定しています…';
  try {
    const { highs, check, toReport, renderReport } = await startEngine();
    // Let the status paint before the synchronous solve.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const data = new FormData(form);
    const purpose = String(data.get('purpose') ?? '');
    const venue = String(data.get('venue') ?? '').trim();
    const context: CheckContext = {
      details: data.get('details') === 'yes',
      ...(purpose && { purpose: purpose as Purpose }),
      ...(venue && { venue }),
    };
    const result = check(highs, bundle, text.value, context, {
      version: String(data.get('version') ?? ''),
      protection: String(data.get('protection') ?? 'threshold') as Protection,
    });
    last = toReport(result, bundle, new Date());
    reportBox.innerHTML = renderReport(last, { linkBase: base, level: 3 });
    out.hidden = false;
    summary.textContent = announce(last);
    const heading = byId<HTMLHeadingElement>('pc-out-h');
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: 'start' });
    engineStatus.textContent = last.ok ? '判定しました。' : '入力に問題があるため、判定できませんでした。判定結果の欄を確認してください。';
  } catch (e) {
    engineStatus.textContent = `判定中にチェッカー内部の問題が起きました。ページを再読み込みして、もう一度試してください（技術情報: ${(e as Error).message}）。`;
  } finally {
    runButton.disabled = false;
  }
});

function announce(report: Report): string {
  if (!report.ok || !report.verdict) return `入力に ${report.errors.length} 件の問題があります。判定結果の欄を確認してください。`;
  const hidden = report.tables.reduce((s, t) => s + t.loss.suppressedCells, 0);
  return `判定: ${report.verdict.label}。${hidden > 0 ? `秘匿するセルは ${hidden} 個です。` : ''}`;
}

function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** 2026-12-02T04:50:24+09:00 → 20261202-045024 (Japan time, as in the report). */
const stamp = () => (last?.generatedAt ?? '').slice(0, 19).replace(/-/g, '').replace('T', '-').replace(/:/g, '');
byId<HTMLButtonElement>('pc-print').addEventListener('click', () => window.print());
byId<HTMLButtonElement>('pc-save-html').addEventListener('click', () => {
  if (last && ready)
    download(`pubcheck-${stamp()}.html`, 'text/html', ready.reportDocument(last, { linkBase: new URL(base, location.href).href }));
});
byId<HTMLButtonElement>('pc-save-json').addEventListener('click', () => {
  if (last) download(`pubcheck-${stamp()}.json`, 'application/json', `${JSON.stringify(last, null, 2)}\n`);
});
