/**
 * The sweep of the report's words (words.test.ts, test/pubcheck/words-sweep.ts): every sentence a person reads — input
 * errors and their hints, warnings, the verdict's labels and reasons, grounds, our readings, cell findings, the
 * least-loss sentence, the rule values, the text report outside its 技術情報 and its tables, the HTML report as seen —
 * and the patterns none of them may hold: ids and codes, `null`/`undefined`/`NaN`, English words, UTC timestamps,
 * unbalanced brackets, doubled punctuation, empty quotes, halves of surrogate pairs, floating-point noise.
 * Text the user wrote (labels, titles, cells) is quoted 「…」 in sentences and is not judged, except that a quote is
 * never empty and never cut in a character.
 */
import { renderReport, renderText, type Report } from '../../src/pubcheck/report.ts';
import { lcg } from './helpers.ts';

export interface Sentence {
  where: string;
  text: string;
}

/** Every sentence of a report a person reads, with where it comes from. */
export function sentences(report: Report): Sentence[] {
  const out: Sentence[] = [];
  const add = (where: string, text: string | null | undefined) => {
    if (text !== null && text !== undefined) out.push({ where, text: String(text) });
    else out.push({ where, text: String(text) });
  };
  for (const e of report.errors) {
    add(`error ${e.code} message`, e.message);
    add(`error ${e.code} hint`, e.hint);
  }
  for (const w of report.warnings) add(`warning ${w.code}`, w.message);
  const v = report.verdict;
  if (v) {
    add('verdict label', v.label);
    add('verdict basis', v.basisLabel);
    if (v.afterChanges) add('afterChanges label', v.afterChanges.label);
    for (const r of v.reasons) {
      add(`reason ${r.kind}`, r.text);
      for (const g of r.grounds) add(`ground ${r.kind}`, `${g.about}：${g.basisLabel}`);
      for (const i of r.inferred) add(`inferred ${r.kind}`, i);
    }
  }
  for (const p of report.parameters) {
    add('param', `${p.ruleTitle}・${p.label}: ${p.shown}（${p.sinceName}）`);
    if (p.assumptionNote) add('param assumption', p.assumptionNote);
  }
  for (const t of report.tables) for (const c of t.cells) for (const f of c.findings) add('cell finding', f);
  return out;
}

/** The text report as read: without the 技術情報 (ids are for maintainers there) and without the tables' grids. */
export function textLines(report: Report): Sentence[] {
  const text = renderText(report);
  const body = text.split('\n技術情報:')[0]!;
  return body
    .split('\n')
    .filter((l) => !/^ {4}/.test(l) || /^ {4}行「/.test(l))
    .map((l) => ({ where: 'text report', text: l }));
}

/** The HTML report as seen (tags out, entities decoded), without the collapsed 技術情報 and the grids. */
export function htmlLines(report: Report): Sentence[] {
  const html = renderReport(report)
    .replace(/<details class="pc-tech">.*?<\/details>/s, '')
    .replace(/<table class="pc-(grid|audit)">.*?<\/table>/gs, '')
    .replace(/<\/(p|li|h\d|dd|dt|td|th|span)>/g, '\n');
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => ({ where: 'html report', text: l }));
}

/** Words of English the sentences may hold: names of things, units, what a user types. */
const ALLOWED_WORDS = new Set(
  [
    'MID-NET',
    'MID',
    'NET',
    'HiGHS',
    'LP',
    'MIP',
    'TSV',
    'CSV',
    'HTML',
    'UTF',
    'Shift_JIS',
    'Shift',
    'JIS',
    'Excel',
    'Markdown',
    'BOM',
    'sep',
    'Total',
    'All',
    'Overall',
    'Sum',
    'of',
    'which',
    'severe',
    'n',
    'N',
    'X',
    'SD',
    'Grade',
    'colspan',
    'rowspan',
    'table',
    'tr',
    'td',
    'th',
    'br',
    'nbsp',
    'caption',
    'PMDA',
    'NDB',
    'PDF',
    'Web',
    'ID',
    'CR',
    'LF',
    'CRLF',
    'IQR',
    'JSON',
  ].map((w) => w.toLowerCase()),
);

/** The sentence with the user's text (「…」, nested) replaced by 「Q」; null where the quotes do not balance. */
export function unquote(s: string): string | null {
  let depth = 0;
  let out = '';
  for (const ch of s) {
    if (ch === '「') {
      if (depth === 0) out += '「Q';
      depth++;
    } else if (ch === '」') {
      if (depth === 0) return null;
      depth--;
      if (depth === 0) out += '」';
    } else if (depth === 0) out += ch;
  }
  return depth === 0 ? out : null;
}

/** The problems of one sentence, by class; none for a good one. */
export function problems(s: string): string[] {
  const found: string[] = [];
  if (/「」/.test(s)) found.push('empty quote');
  if (/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/.test(s)) found.push('control character');
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s)) found.push('cut character');
  // A link's path in the text report (「  /guideline/…/」) is an address, not words.
  const u = unquote(s.replace(/\/[\w./-]+\//g, ''));
  if (u === null) {
    found.push('unbalanced 「」');
    return found;
  }
  if (/\b(null|undefined|NaN|Infinity)\b|\[object/.test(u)) found.push('null/undefined/NaN');
  if (/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}|\d{2}:\d{2}(:\d{2})?(\.\d+)?Z\b/.test(u)) found.push('ISO timestamp');
  if (/\b[a-z]+\/[a-z][a-z-]*\b/.test(u)) found.push('code');
  if (/\br\d+c\d+\b|\bx\d+\b|\b(cell|var|id|row|col)\s*#?\d+/i.test(u)) found.push('id');
  if (/\d\.\d*(0000|9999)\d*|\d\.\d{5,}/.test(u)) found.push('float noise');
  if (/[。、]{2}|[、。]\s*[。、]/.test(u)) found.push('doubled punctuation');
  let paren = 0;
  for (const ch of u) {
    if (ch === '（') paren++;
    if (ch === '）' && --paren < 0) break;
  }
  if (paren !== 0) found.push('unbalanced （）');
  const words = (u.match(/[A-Za-z][A-Za-z_-]*[A-Za-z]|[A-Za-z]{2,}/g) ?? []).filter((w) => !ALLOWED_WORDS.has(w.toLowerCase()));
  if (words.length > 0) found.push(`English: ${words.join(' ')}`);
  return found;
}

/** Labels an attacker or a hurried user might write: empty, emoji (surrogate pairs), brackets, long, look-alikes. */
const LABELS = [
  '男性',
  '女性',
  '',
  ' ',
  'A群',
  'B群 (N=40)',
  '「重症」',
  '（再掲）重症',
  'うち重症',
  '😀患者',
  '𠮷野',
  'r3c2',
  'null',
  '65歳以上',
  '<65',
  '合計',
  '計',
  '小計',
  '不明',
  'Total',
  '20代',
  '　30代',
  'A'.repeat(60) + '😀',
  '1人暮らし',
  '10.5',
  'x1',
  '（',
  '」',
  'undefined',
  'A群（28）',
  '入院',
  '　うち重症',
];

/** Random inputs over the reader's paths: counts, totals, n (%), bare %, fractions, うち lines, several answers, HTML. */
export function randomInputs(seed: number, n: number): string[] {
  const rnd = lcg(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    const rows = int(1, 5);
    const cols = int(1, 4);
    const form = pick(['count', 'count', 'total', 'n%', 'pct', 'frac', 'ofwhich', 'multi', 'linked', 'html', 'noise']);
    const rowLabels = Array.from({ length: rows }, (_, i) => (rnd() < 0.25 ? pick(LABELS) : `項目${i + 1}`));
    const colLabels = Array.from({ length: cols }, (_, j) => (rnd() < 0.25 ? pick(LABELS) : `群${j + 1}`));
    const counts = Array.from({ length: rows }, () => Array.from({ length: cols }, () => (rnd() < 0.3 ? int(0, 9) : int(10, 200))));
    const colN = colLabels.map((_, j) => counts.reduce((a, r) => a + r[j]!, 0) + int(0, 30));
    const cell = (v: number, j: number): string => {
      const N = Math.max(1, colN[j]!);
      switch (form) {
        case 'n%':
          return `${v} (${((100 * v) / N).toFixed(1)}%)`;
        case 'pct':
          return `${((100 * v) / N).toFixed(pick([0, 1, 2]))}%`;
        case 'frac':
          return `${v}/${N}`;
        case 'noise':
          return pick([String(v), `${v}.0`, String(0.1 + 0.2), '-', '', '*', `${v}人`, String(v / 3), '😀']);
        default:
          return String(v);
      }
    };
    const header = (j: number) => (form === 'pct' || form === 'n%' || form === 'multi' ? `${colLabels[j]} (N=${colN[j]})` : colLabels[j]!);
    const lines = [['', ...colLabels.map((_, j) => header(j))]];
    if (form === 'pct' && rnd() < 0.5) lines[0]![0] = 'n (%)';
    counts.forEach((r, i) => {
      lines.push([rowLabels[i]!, ...r.map(cell)]);
      if (form === 'ofwhich' && rnd() < 0.6)
        lines.push([pick(['うち重症', '　うち重症', '重症（再掲）']), ...r.map((v) => String(int(0, v + 2)))]);
    });
    if (form === 'total') lines.push(['合計', ...colLabels.map((_, j) => String(counts.reduce((a, r) => a + r[j]!, 0) + int(0, 1)))]);
    let text = lines.map((l) => l.join('\t')).join('\n');
    if (form === 'multi') text = `複数回答 N=${Math.max(...colN)}\n${text}`;
    if (form === 'linked') text = `${text}\n\n${lines.map((l) => [l[0], l[1] ?? ''].join('\t')).join('\n')}`;
    if (rnd() < 0.3) text = `# ${pick(['表1 患者背景', '', '😀', '「重症」の内訳', 'Table 2'])}\n${text}`;
    if (form === 'html')
      text = `<table><caption>${pick(['患者背景', ''])}</caption>${lines
        .map((l, i) => `<tr>${l.map((c) => (i === 0 ? `<th>${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`)
        .join('')}</table>`;
    out.push(text);
  }
  return out;
}

/** Inputs for the refusals random tables rarely reach: decimal commas, marks, spaces, limits, fractions over N. */
export function edgeInputs(): string[] {
  const block = (k: number) => `# 表${k}\n\tA\tB\nx\t${10 + k}\t20\ny\t30\t40\n`;
  return [
    'sep=;\n;A;B\nx;12,5%;3\ny;1,234;5\n',
    '\tA\tB\nx\t①\t12\ny\t²3\t40\n',
    '男性 30 40\n女性 50 60\n合計 80 100\n',
    '\tA (N=20)\tB\nx\t30/20\t3/40\ny\t5/20\t12/40\n',
    Array.from({ length: 101 }, (_, k) => block(k + 1)).join('\n'),
    `\tA\n${Array.from({ length: 2001 }, (_, k) => `r${k}\t${k + 10}`).join('\n')}\n`,
    `\t${Array.from({ length: 201 }, (_, k) => `c${k}`).join('\t')}\nx\t${Array.from({ length: 201 }, () => '12').join('\t')}\n`,
    '',
    '\n\n\n',
    '\tA\tB\n' + 'x\t😀'.repeat(1) + '\t' + '9'.repeat(200) + '\n',
    // Outcome tables (outcome.test.ts): a rate per person-time, person-years set aside, person-years alone.
    '\t患者数\tイベント数\t人年\t発現率（/1,000人年）\n曝露群\t120\t3\t250.0\t12.0\n非曝露群\t300\t25\t800.0\t31.3\n',
    '\t曝露群\t非曝露群\n患者数\t120\t300\nイベント数\t3\t25\n人年\t250.0\t800.0\n発現率\t12.0\t31.3\n',
    '\tPatients\tEvents\tPerson-years\tIncidence rate\nExposed\t120\t3\t250\t12\nUnexposed\t300\t25\t800\t31\n',
    '\t患者数\tイベント数\t観察人年\n曝露群\t120\t3\t250.5\n　男性\t70\t2\t140.2\n　女性\t50\t1\t110.3\n非曝露群\t300\t25\t800.2\n',
    '\t曝露群\t非曝露群\n人年\t250.0\t800.0\n',
    '\t患者数\tイベント数\t発現割合（%）\t人年\n曝露群\t120\t3\t2.5\t250.0\n非曝露群\t300\t25\t8.3\t800.0\n',
    '\t患者数\tイベント数\t発現率（/1,000人）\n曝露群\t120\t3\t25\n非曝露群\t300\t25\t83\n',
    '\t患者数\t発現例数\n曝露群\t120\t13\n　男性\t70\t8\n　女性\t50\t5\n　65歳未満\t60\t4\n　65歳以上\t60\t9\n',
    '\t曝露群\t非曝露群\n患者数\t120\t300\n発現例数\t3\t25\n発現割合（%）\t2.5\t8.3\n',
    // Table 1s as tools print them (table1.ts): tableone's n row and (%) headings, gtsummary's unit note, a total under
    // blocks (read, and refused), a section over headings, a total with a blank label.
    '\tA群\tB群\nn\t158\t154\n性別 (%)\t\t\n   男性\t60 (38.0)\t70 (45.5)\n   女性\t98 (62.0)\t84 (54.5)\nsex = f (%)\t137 (86.7)\t139 (90.3)\n',
    '特性\tA群, N = 158¹\tB群, N = 154¹\n性別\t\t\n  男性\t60 (38)\t70 (45)\n  女性\t98 (62)\t84 (55)\n¹ n (%)\n',
    '項目\t区分\tA群\tB群\n性別\t男性\t60\t150\n\t女性\t60\t147\n年齢\t65歳未満\t50\t100\n\t65歳以上\t70\t197\n\t\t120\t297\n',
    '項目\t区分\tA群\tB群\n性別\t男性\t60\t150\n\t女性\t59\t147\n年齢\t65歳未満\t50\t100\n\t65歳以上\t69\t197\n合計\t\t120\t297\n',
    '\tA群 (N=57)\tB群 (N=63)\n患者背景\n性別\n男性\t30\t35\n女性\t27\t28\n',
    // rowpct: row percentages under columns with an N (read, said), either N fitting (refused), 「53例」, 「n [p%]」.
    '\tA群 (N=50)\tB群 (N=50)\n男性 (n=40)\t12.5%\t87.5%\n女性 (n=60)\t75.0%\t25.0%\n',
    '\tA群 (N=50)\tB群 (N=50)\n男性 (n=40)\t50%\t50%\n女性 (n=60)\t50%\t50%\n',
    '\tA群 (N=50)\tB群 (N=50)\n男性 (n=40)\t30%\t70%\n女性 (n=60)\t60%\t40%\n',
    '\t53例 n (%)\t50 pts\n男性\t24.5%\t40.0%\n女性\t69.8%\t60.0%\n',
    '\tA群 (N=50)\tB群 (N=60)\n軽度\t3 [6.0%]\t14, 23.3%\n中等度\t47 [94.0%]\t46、76.7%\n',
  ];
}
