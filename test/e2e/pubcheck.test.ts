/**
 * The publication checker end to end, as an applicant uses it, in Chromium under the site's real headers
 * (harness.ts: src/security-headers.ts through scripts/serve.ts; any console error, CSP violation or request
 * leaving 127.0.0.1 fails the file). The engine loads on first use, from this site only; a pasted table gets the
 * primary and secondary suppression marked in words, a verdict citing its clause, and what each reason rests on,
 * with our readings labelled 推定 on the page and in the saved reports; nothing is requested while checking; the
 * page reads at 390 px without scrolling sideways; axe finds nothing in the result.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { valueAt } from '../../src/model/versions.ts';
import { axeViolations, model, squash, useSite, type Site } from './harness.ts';

let site: Site;
let page: Page;
useSite((opened, first) => {
  site = opened;
  page = first;
});

const latest = model.chain[model.chain.length - 1]!;
const threshold = valueAt(model, 'small-counts', 'threshold', latest)?.value;
const smallCounts = model.rules.get('small-counts')!.data;
/** A 2×2 table with totals and one count under the threshold: hiding it alone would not protect it. */
const TABLE = '性別\t投与群\t対照群\t合計\n男性\t25\t3\t28\n女性\t30\t40\t70\n合計\t55\t43\t98\n';
const textarea = () => page.getByLabel(/^表（/);
const httpSince = (n: number) => site.requests.slice(n).filter((u) => /^https?:/.test(u));

async function openChecker(): Promise<void> {
  await page.goto(site.url('/pubcheck/'));
  await page.waitForLoadState('networkidle');
}

/** Fill the form and press 判定する; wait for the result. */
async function judge(table: string, options: { details?: boolean; purpose?: string } = {}): Promise<void> {
  if (options.purpose) await page.getByLabel('利活用の目的').selectOption(options.purpose);
  if (options.details !== undefined) await page.getByLabel(options.details ? '示す' : '示さない（集計値のみ）', { exact: true }).check();
  await textarea().fill(table);
  await page.getByRole('button', { name: '判定する' }).click();
  await expect.poll(() => page.locator('#pc-engine').textContent(), { timeout: 20_000 }).not.toMatch(/しています|読み込んで/);
}

describe('/pubcheck/: the engine loads on first use, from this site', () => {
  it('fetches no engine on page load, and HiGHS from this origin on the first focus', async () => {
    const before = site.requests.length;
    await openChecker();
    expect(httpSince(before).filter((u) => /highs|\.wasm/.test(u))).toEqual([]);
    expect(await page.locator('#pc-engine').textContent()).toContain('最初に触れたとき');
    await textarea().focus();
    await expect.poll(() => page.locator('#pc-engine').textContent(), { timeout: 20_000 }).toBe('計算エンジンの準備ができました。');
    const origin = new URL(site.url('/')).origin;
    const wasm = httpSince(before).filter((u) => u.endsWith('.wasm'));
    expect(wasm).toHaveLength(1);
    expect(wasm[0]!.startsWith(origin)).toBe(true);
  });
});

describe('/pubcheck/: judging a table', () => {
  it('asks whether the table shows details before judging: a required choice, no default', async () => {
    await openChecker();
    await textarea().fill(TABLE);
    await page.getByRole('button', { name: '判定する' }).click();
    expect(await page.locator('#pc-out').isHidden()).toBe(true);
    expect(await page.locator('#pc-details-yes').evaluate((r) => (r as HTMLInputElement).validity.valueMissing)).toBe(true);
  });

  it(`marks the small count (under ${threshold}) and the cells that must go with it, action first, and cites the clause`, async () => {
    expect(typeof threshold, `small-counts has a threshold in ${latest}`).toBe('number');
    await openChecker();
    await textarea().focus();
    await expect.poll(() => page.locator('#pc-engine').textContent(), { timeout: 20_000 }).toBe('計算エンジンの準備ができました。');
    const before = site.requests.length;
    await judge(TABLE, { details: true, purpose: 'safety-measures' });
    const report = page.locator('#pc-out');
    expect(await page.locator('#pc-engine').textContent()).toBe('判定しました。');

    // Primary: the cell under the threshold; secondary: enough others that it cannot be worked back from totals.
    const grid = report.locator('table.pc-grid').last();
    const cell = (row: string, col: number) =>
      grid
        .locator('tr', { has: page.locator('th', { hasText: row }) })
        .locator('td')
        .nth(col);
    expect(await cell('男性', 1).textContent()).toContain('一次秘匿');
    expect(await grid.locator('td', { hasText: '二次秘匿' }).count()).toBeGreaterThanOrEqual(3);
    expect(await cell('合計', 0).textContent()).not.toMatch(/秘匿/);
    expect(await report.locator('table.pc-audit tbody tr').count()).toBeGreaterThan(2);

    // The action (which cells to hide) comes before the reasons; the verdict says it in words, as our reading.
    const text = squash(await report.textContent());
    expect(text.indexOf('次のセルを秘匿してください')).toBeLessThan(text.indexOf('理由'));
    expect(squash(await report.locator('.pc-verdict').textContent())).toContain('このままでは事務局審査で公表可と判断できません（推定）');
    expect(text).toMatch(/作成:\d{4}年\d{1,2}月\d{1,2}日\d{1,2}:\d{2}（日本時間）/);
    const cites = await report
      .locator('a[href*="/guideline/"]')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(cites).toContain(`/guideline/${latest}/${smallCounts.clause}/`);

    // Focus on the results, scrolled to the top of the window, so the verdict is what one sees first.
    expect(await page.locator('#pc-out-h').evaluate((h) => h === document.activeElement)).toBe(true);
    expect(await page.locator('#pc-out-h').evaluate((h) => Math.round(h.getBoundingClientRect().top))).toBeLessThanOrEqual(8);

    // Nothing was fetched while checking: the table stayed in the browser.
    expect(httpSince(before)).toEqual([]);
  });

  it("says what each reason rests on, with the small-count rule's readings as ［推定］, both readings of the route included", async () => {
    const report = squash(await page.locator('#pc-out').textContent());
    expect(report).toContain(squash(`閾値 ${threshold}：第31回議事概要（案）`));
    expect(report).toContain(squash(`${threshold} 未満の数をそのまま示さない扱い：当サイトの推定`));
    for (const note of smallCounts.inferred)
      expect(report).toMatch(new RegExp(`［推定\\d+］${squash(note).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(await page.locator('#pc-out details.pc-tech').getAttribute('open')).toBeNull();
  });

  it('has no axe violations in the result', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('saves the report as JSON and HTML without the network, both labelling the inferred handling 推定', async () => {
    const before = site.requests.length;
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '報告書を保存（JSON）' }).click()]);
    expect(json.suggestedFilename()).toMatch(/^pubcheck-\d{8}-\d{6}\.json$/);
    const report = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    expect(report.verdict.route).toBe('needs-handling');
    expect(report.generatedAt).toMatch(/\+09:00$/);
    expect(report.tables[0].cells.some((c: { status: string }) => c.status === 'secondary')).toBe(true);
    expect(report.verdict.reasons.find((r: { kind: string }) => r.kind === 'threshold')).toMatchObject({
      basis: 'inferred',
      inferred: smallCounts.inferred,
    });
    const [html] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '報告書を保存（HTML）' }).click()]);
    expect(html.suggestedFilename()).toMatch(/^pubcheck-\d{8}-\d{6}\.html$/);
    const saved = readFileSync((await html.path())!, 'utf8');
    expect(saved).toContain('［一次秘匿］');
    expect(saved).toContain(`${threshold} 未満の数をそのまま示さない扱い：当サイトの推定`);
    for (const note of smallCounts.inferred) expect(saved).toContain(note);
    expect(httpSince(before)).toEqual([]);
  });

  it('reads a CSV file (Shift_JIS) into the text area', async () => {
    await page.locator('#pc-file').setInputFiles('test/fixtures/pubcheck/tables/sjis.csv');
    await expect.poll(() => textarea().inputValue()).toContain('合計,27,39,66');
  });

  it('reads a saved web page (HTML) into the text area as TSV, merged cells as blanks', async () => {
    const html =
      '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>結果</title></head><body><h2>表1 年齢別</h2>' +
      '<table><tr><th rowspan="2">年齢</th><th colspan="2">A群</th></tr><tr><th>男性</th><th>女性</th></tr>' +
      '<tr><td>65歳未満</td><td>12</td><td>20</td></tr></table></body></html>';
    await page.locator('#pc-file').setInputFiles({ name: 'result.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    await expect.poll(() => textarea().inputValue()).toBe('表1 年齢別\n年齢\tA群\n\t男性\t女性\n65歳未満\t12\t20\n');
  });

  it("reads Excel's 「Unicode テキスト」 (UTF-16), and says in words that a spreadsheet's own file cannot be read", async () => {
    await page.locator('#pc-file').setInputFiles('test/fixtures/pubcheck/tables/unicode-text.txt');
    await expect.poll(() => textarea().inputValue()).toContain('20代\t15\t12');
    await page
      .locator('#pc-file')
      .setInputFiles({ name: 'table.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]) });
    await expect.poll(() => page.locator('#pc-summary').textContent()).toContain('ファイル「table.xlsx」を読み込めませんでした');
    expect(await page.locator('#pc-summary').textContent()).toContain('CSV');
    expect(await textarea().inputValue()).toContain('20代\t15\t12');
  });

  it('shows input errors naming the row and column, as sentences, and does not say it judged', async () => {
    await judge('\tA群\tB群\n20代\t15\t多数\n', { details: true });
    await expect
      .poll(() => page.locator('.pc-errors').textContent())
      .toContain('行「20代」・列「B群」: 患者数のはずのセルに文字「多数」があります。');
    expect(await page.locator('#pc-engine').textContent()).not.toContain('判定しました');
    await judge('', { details: true });
    const empty = await page.locator('.pc-errors').textContent();
    expect(empty).toContain('表がありません。');
    expect(empty).not.toContain('表0');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('/pubcheck/: what applicants paste', () => {
  it("reads a Markdown table and a web page's copy (no-break and zero-width spaces, CRLF) as the same table in TSV", async () => {
    await openChecker();
    const grid = async (table: string) => {
      await judge(table, { details: true });
      expect(await page.locator('#pc-engine').textContent()).toBe('判定しました。');
      return squash(await page.locator('#pc-out table.pc-grid').last().textContent());
    };
    const tsv = await grid(TABLE);
    expect(tsv).toContain('一次秘匿');
    const markdown =
      '| 性別 | 投与群 | 対照群 | 合計 |\n|:--|--:|--:|--:|\n| 男性 | 25 | 3 | 28 |\n| 女性 | 30 | 40 | 70 |\n| **合計** | 55 | 43 | 98 |\n';
    expect(await grid(markdown)).toBe(tsv);
    const web = TABLE.replace(/\t/g, '\u00a0\t\u200b').replace(/\n/g, '\t\r\n');
    expect(await grid(web)).toBe(tsv);
  });

  it('reads a うち line as part of the line above, marks the rest it adds as its own, and has no axe violations there', async () => {
    await openChecker();
    await judge('\t投与群\t対照群\n入院\t20\t25\nうち重症\t18\t12\n退院\t30\t28\n', { details: true });
    expect(await page.locator('#pc-engine').textContent()).toBe('判定しました。');
    const published = squash(await page.locator('#pc-out table.pc-grid').first().textContent());
    expect(published).toContain('入院のうち重症以外［チェッカーが加えた行］');
    expect(squash(await page.locator('#pc-out').textContent())).toContain('一部（うち数・再掲）と読み');
    expect(await axeViolations(page)).toEqual([]);
  });

  it("takes a web page's table pasted with its HTML, merged cells as blanks, and judges it", async () => {
    await openChecker();
    const html =
      '<meta charset="utf-8"><table><tr><th rowspan="2">年齢</th><th colspan="2">A群</th><th colspan="2">B群</th></tr>' +
      '<tr><th>男性</th><th>女性</th><th>男性</th><th>女性</th></tr><tr><td>65歳未満</td><td>3</td><td>20</td><td>25</td><td>30</td></tr>' +
      '<tr><td>65歳以上</td><td>30</td><td>40</td><td>35</td><td>28</td></tr></table>';
    // The plain text a browser puts beside it drops the blanks of merged cells.
    const plain = '年齢\tA群\tB群\n\t男性\t女性\t男性\t女性\n65歳未満\t3\t20\t25\t30\n65歳以上\t30\t40\t35\t28\n';
    await textarea().evaluate(
      (el, data) => {
        const clip = new DataTransfer();
        clip.setData('text/html', data.html);
        clip.setData('text/plain', data.plain);
        (el as HTMLTextAreaElement).focus();
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clip, bubbles: true, cancelable: true }));
      },
      { html, plain },
    );
    await expect
      .poll(() => textarea().inputValue())
      .toBe('年齢\tA群\t\tB群\n\t男性\t女性\t男性\t女性\n65歳未満\t3\t20\t25\t30\n65歳以上\t30\t40\t35\t28\n');
    expect(await page.locator('#pc-summary').textContent()).toContain('結合したセルを空欄にして');
    await page.getByLabel('示す', { exact: true }).check();
    await page.getByRole('button', { name: '判定する' }).click();
    await expect.poll(() => page.locator('#pc-engine').textContent(), { timeout: 20_000 }).toBe('判定しました。');
    const published = squash(await page.locator('#pc-out table.pc-grid').first().textContent());
    expect(published).toContain('A群・女性');
    expect(published).toContain('B群・女性');
  });

  it('refuses a formula in words, naming the line', async () => {
    await judge('性別\t投与群\t対照群\n男性\t=SUM(B2:B5)\t3\n女性\t30\t40\n', { details: true });
    await expect.poll(() => page.locator('.pc-errors').textContent()).toContain('表1・2行目: 2列目: 「=SUM(B2:B5)」は表計算ソフトの数式で');
    expect(await page.locator('#pc-engine').textContent()).not.toContain('判定しました');
  });
});

describe('/pubcheck/: the rules it applies, before any check', () => {
  it("lists the small-count rule's readings as ［推定］, and the basis of its threshold", async () => {
    await openChecker();
    const rules = page.locator('.pc-rules-now');
    const text = squash(await rules.textContent());
    for (const note of smallCounts.inferred) expect(text).toContain(squash(`［推定］${note}`));
    expect(text).toContain(squash(`閾値 ${threshold} の根拠は第31回議事概要（案）です`));
    expect(text).toContain('（推定）');
    expect(text).not.toMatch(/https?:\/\//);
    expect(text).not.toMatch(/small-counts|safety-measures/);
  });
});

describe('/pubcheck/ at 390 px and at body text size', () => {
  it('has form controls at the body size and large radio buttons', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openChecker();
    const sizes = await page.evaluate(() => {
      const body = parseFloat(getComputedStyle(document.body).fontSize);
      const controls = [...document.querySelectorAll('#pc-form select, #pc-form textarea, #pc-form input[type="text"], #pc-form button')];
      const radio = document.querySelector('#pc-details-yes')!.getBoundingClientRect();
      return {
        body,
        small: controls.filter((c) => parseFloat(getComputedStyle(c).fontSize) < body).map((c) => c.id || c.tagName),
        radio: radio.width,
      };
    });
    expect(sizes.small).toEqual([]);
    expect(sizes.radio).toBeGreaterThanOrEqual(18);
  });

  it('never scrolls the page sideways, with the settings open and with a wide result; wide tables scroll in named, focusable regions', async () => {
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.locator('summary', { hasText: '詳細な設定' }).click();
    expect(await overflow()).toBeLessThanOrEqual(0);
    const wide =
      ['', ...Array.from({ length: 12 }, (_, j) => `投与群${j + 1}`)].join('\t') +
      '\n' +
      ['20歳未満', '20〜64歳', '65歳以上']
        .map((row, i) => [row, ...Array.from({ length: 12 }, (_, j) => ((i + j) % 5 === 0 ? 3 : 40 + j))].join('\t'))
        .join('\n') +
      '\n';
    await judge(wide, { details: true, purpose: 'safety-measures' });
    await page.locator('#pc-out').waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    const regions = await page.locator('#pc-out .pc-scroll').evaluateAll((els) =>
      els.map((e) => ({
        tabindex: e.getAttribute('tabindex'),
        // A named <section> is a region landmark (html-validate prefers it to role="region" on a <div>).
        role: e.getAttribute('role') ?? (e.tagName === 'SECTION' && e.hasAttribute('aria-label') ? 'region' : null),
        label: e.getAttribute('aria-label'),
        scrolls: e.scrollWidth > e.clientWidth,
      })),
    );
    expect(regions.length).toBeGreaterThan(0);
    for (const r of regions) expect(r).toMatchObject({ tabindex: '0', role: 'region', label: expect.any(String) });
    expect(regions.some((r) => r.scrolls)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
