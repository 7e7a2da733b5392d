/**
 * The report: the action first, then reasons with what each rests on and our readings as ［推定］; status in text
 * as well as class, escaped values, no inline styles, links only with a base, Japan time, no ids or null in the
 * sentences (they are in 技術情報 and the JSON).
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/pubcheck/check.ts';
import { leastSentence, renderReport, renderText, reportDocument, toReport } from '../../src/pubcheck/report.ts';
import { fixtureBundle, solver, tsv } from './helpers.ts';

const bundle = fixtureBundle();
const highs = await solver();
/** 2026-12-01 19:50 UTC is 2026-12-02 04:50 in Japan: the day differs. */
const AT = new Date('2026-12-01T19:50:24.342Z');
const report = (text: string) =>
  toReport(check(highs, bundle, text, { details: true, purpose: 'safety-measures', venue: '学会発表' }), bundle, AT);
/** The HTML as a reader sees it, without the collapsed 技術情報. */
const visible = (html: string) => html.replace(/<details class="pc-tech">.*?<\/details>/s, '').replace(/<[^>]+>/g, '');

describe('report', () => {
  const r = report(
    tsv(
      [
        [3, 25],
        [12, 14],
      ],
      // 「<B>」 is a group in brackets to the reader (a tag in lower case, or closing, is refused as markup).
      { total: true, rows: ['<B>男性 & "A"', '女性'] },
    ),
  );
  const html = renderReport(r, { linkBase: '/base/' });
  const text = renderText(r);

  it('marks every suppressed cell with text, not only a class', () => {
    expect(html).toContain('3 <span class="pc-mark pc-mark-primary">［一次秘匿］</span>');
    expect(html).toContain('［二次秘匿］');
  });
  it('puts the action (which cells to hide) before the reasons, and blocking reasons first', () => {
    for (const out of [visible(html), text]) {
      const hide = out.indexOf('次のセルを秘匿してください');
      expect(hide).toBeGreaterThan(-1);
      expect(out.indexOf('」・列「c1」（3） ［一次秘匿］')).toBeGreaterThan(hide);
      expect(out.indexOf('」・列「c1」（3） ［一次秘匿］')).toBeLessThan(out.indexOf('理由'));
    }
    expect(r.verdict!.reasons[0]!.severity).toBe('blocking');
    expect(text.split('\n')[0]).toBe('判定: このままでは事務局審査で公表可と判断できません（推定）');
  });
  it('escapes labels and values', () => {
    expect(html).toContain('&lt;B&gt;男性 &amp; &quot;A&quot;');
    expect(html).not.toContain('<B>男性');
  });
  it('has no style attributes (the site CSP forbids them)', () => {
    expect(html).not.toMatch(/\sstyle=/);
  });
  it('links clauses under the base, and names them in words without one', () => {
    expect(html).toContain('href="/base/guideline/r2026/publication.small-counts/"');
    expect(renderReport(r)).not.toContain('href="/');
  });
  it("labels the inferred treatment of small counts 推定, with the rule's readings, in the HTML and the text", () => {
    const rule = bundle.rules.find((x) => x.id === 'small-counts')!;
    for (const out of [visible(html), text]) {
      expect(out).toContain('閾値 10：第31回議事概要（案）');
      expect(out).toContain('10 未満の数をそのまま示さない扱い：当サイトの推定');
      for (const note of rule.inferred) expect(out).toContain(`［推定1］${note}`);
    }
    expect(r.verdict!.reasons.find((x) => x.kind === 'threshold')).toMatchObject({
      basis: 'inferred',
      basisLabel: '当サイトの推定',
      inferred: rule.inferred,
    });
    expect(html).toContain('［仮定］');
  });
  it('writes times in Japan time, in words for readers and with +09:00 in the JSON', () => {
    expect(r.generatedAt).toBe('2026-12-02T04:50:24+09:00');
    expect(visible(html)).toContain('作成: 2026年12月2日 4:50（日本時間）');
    expect(text).toContain('作成: 2026年12月2日 4:50（日本時間）');
    expect(reportDocument(r)).toContain('<title>公表基準チェック結果（2026年12月2日 4:50（日本時間））</title>');
  });
  it('keeps ids and null out of the sentences, and in 技術情報 and the JSON', () => {
    // The fixture's version labels hold their ids (「テスト用の版 r2026」), and the CLI prints each clause's path to open.
    const words = (out: string) => bundle.versions.reduce((o, v) => o.replaceAll(v.label, '…'), out).replace(/ {2}\/guideline\/\S+/g, '');
    for (const out of [visible(html), text.slice(0, text.indexOf('技術情報:'))]) {
      expect(words(out)).not.toMatch(/small-counts|safety-measures|publication\.|r20\d\d|null|zero-exempt|threshold/);
    }
    expect(html).toMatch(/<details class="pc-tech"><summary>技術情報<\/summary>.*small-counts\.threshold = 10/s);
    expect(r.parameters[0]).toMatchObject({ rule: 'small-counts', param: 'threshold', since: 'r2026', clause: 'publication.small-counts' });
  });
  it('wraps every wide table in a focusable, named scrolling region', () => {
    const regions = html.match(/<section class="pc-scroll" tabindex="0" aria-label="[^"]+"><table class="pc-(grid|audit|params)"/g) ?? [];
    expect(regions.length).toBe(html.match(/<table class="pc-/g)!.length);
    expect(html).toContain('<table class="pc-params">');
  });
  it('uses real table headers', () => {
    expect(html).toContain('<th scope="row" class="pc-h-item pc-depth-0">女性</th>');
    expect(html).toContain('<caption>');
  });
  it('records the context, including the venue, in the JSON', () => {
    expect(r.context).toEqual({ purpose: 'safety-measures', purposeLabel: '医薬品等の安全対策', details: true, venue: '学会発表' });
  });
  it('is a whole document for saving', () => {
    expect(reportDocument(r)).toMatch(/^<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">/);
  });
  it('lists input errors with their place, as sentences', () => {
    const bad = renderReport(report('\tA\nx\t多数\n'));
    expect(bad).toContain('表1・2行目: 行「x」・列「A」: 患者数のはずのセルに文字「多数」があります。');
  });
  it('gives no place for an empty input (no 「表0」)', () => {
    const empty = renderReport(report(''));
    expect(empty).toContain('表がありません。');
    expect(empty).not.toContain('表0');
  });
  it('says how little it hides against the fewest cells and the least value, as the checker’s judgement, in words', () => {
    expect(r.tables[0]!.least).toMatchObject({ proved: true, linked: false });
    const least = r.tables[0]!.least!;
    expect(least.cells).toBe(r.tables[0]!.loss.suppressedCells);
    for (const out of [visible(html), text]) expect(out).toContain(leastSentence(least));
    expect(html).toMatch(/<details class="pc-tech">.*least-loss \(table 1\): cells \d+ \/ fewest \d+/s);
    const base = { cells: 21, value: 300, fewestCells: 20, leastValue: 280, fewestCellsBound: 20, leastValueBound: 280, linked: false };
    // Within 5% of both minima, proved.
    const near = leastSentence({ ...base, value: 290, ratio: 1.05, ratioBound: 1.05, proved: true });
    expect(near).toBe(
      'チェッカーの判断: 秘匿するセルの数と値の合計は、どちらも最も少ない場合（セル 20 個、値の合計 280）の 1.05 倍以内です。',
    );
    // No choice within 5% of both: said so, with how far this one is.
    const apart = leastSentence({ ...base, ratio: 300 / 280, ratioBound: 300 / 280, proved: true });
    expect(apart).toContain('1.05 倍以内にする秘匿はありません');
    expect(apart).toContain('両方とも 1.08 倍以内で（セルの数は 1.05 倍、値の合計は 1.07 倍）、この倍率が最も小さい秘匿です。');
    // Not proved in time: the best found, and what was proved against the true minima.
    const open = leastSentence({ ...base, fewestCellsBound: 19, ratio: 300 / 280, ratioBound: 21 / 19, proved: false });
    expect(open).toContain('見つかった中で最も少ない場合（セル 20 個、値の合計 280）と比べると');
    expect(open).toContain('確かめられませんでした（本当に最も少ない場合と比べても 1.11 倍以内であることは確かめました）。');
    // Settled for the goal: within 5% of the proved bounds, so of the true minima; not proved least.
    const settled = leastSentence({ ...base, value: 290, leastValueBound: 277, ratio: 290 / 280, ratioBound: 290 / 277, proved: false });
    expect(settled).toBe(
      'チェッカーの判断: 秘匿するセルの数と値の合計は、どちらも本当に最も少ない場合の 1.05 倍以内で、目標の 1.05 倍以内であることを確かめました（より少ない秘匿がないことまでは確かめていません）。',
    );
    // No choice within 5% of both, and this one proved within 5% of the least ratio (the search stopped there).
    const nearLeast = leastSentence({ ...base, cells: 22, value: 294, ratio: 1.1, ratioBound: 1.1, leastRatioBound: 1.07, proved: false });
    expect(nearLeast).toBe(
      'チェッカーの判断: セルの数と値の合計の両方を本当に最も少ない場合の 1.05 倍以内にする秘匿はなく（どの秘匿もどちらかが 1.07 倍以上になります）、この提案は両方とも 1.10 倍以内（見つかった中で最も少ない場合（セル 20 個、値の合計 280）と比べるとセルの数は 1.10 倍、値の合計は 1.05 倍）で、この倍率が最も小さい秘匿と比べても 1.05 倍以内であることを確かめました（倍率が最も小さいことまでは確かめていません）。',
    );
    // Its least-ratio bound too weak for that: as not proved.
    const weak = leastSentence({ ...base, cells: 22, value: 294, ratio: 1.1, ratioBound: 1.1, leastRatioBound: 1.02, proved: false });
    expect(weak).toContain('確かめられませんでした');
    for (const s of [near, apart, open, settled, nearLeast, weak]) expect(s).not.toMatch(/null|undefined|NaN|least|\bt\b/);
  });
});

describe('a line of group sizes printed in the table (「N」 over percentages, or beside counts)', () => {
  it.each([
    [
      'a column of Ns beside row percentages',
      '\tN\tあり\tなし\nA群\t40\t7.5%\t92.5%\nB群\t60\t33.3%\t66.7%\n',
      ['N', 'あり', 'なし'],
      ['A群', '40', 'X', 'X'],
    ],
    [
      'a row of Ns over column percentages',
      '\tA群\tB群\nN\t40\t60\nあり\t7.5%\t33.3%\nなし\t92.5%\t66.7%\n',
      ['', 'A群', 'B群'],
      ['N', '40', '60'],
    ],
    ['a row of Ns over counts', '\tA\tB\nN\t28\t40\nあり\t3\t20\nなし\t20\t20\n', ['', 'A', 'B'], ['N', '28', '40']],
  ])('is shown where it stood in the table to publish, never hidden: %s', (_, text, head, sizes) => {
    const r = report(text);
    const out = renderText(r);
    const grid = out
      .slice(out.indexOf('（公表用）:'), out.indexOf('\n\n', out.indexOf('（公表用）:')))
      .split('\n')
      .slice(1);
    const cells = grid.map((line) => line.trim().split(/\s{2,}/));
    expect(cells[0]!.filter((c) => c !== '')).toEqual(head.filter((c) => c !== ''));
    expect(cells.some((line) => sizes.every((s, i) => line[i] === s))).toBe(true);
    const html = renderReport(r);
    expect(html).toContain(`<th scope="${sizes[0] === 'N' && head[1] !== 'N' ? 'row' : 'col'}" class="pc-h-size">N</th>`);
    expect(r.tables[0]!.sizeLine).toMatchObject({ label: 'N' });
  });
});
