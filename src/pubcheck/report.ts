/**
 * The review report attached to a publication request: one JSON object (the CLI's --json, the page's JSON
 * download) and HTML rendered from that same object (the page's results, its print and HTML download).
 * Status is always written in text, never by colour alone.
 */
import { formatValue } from '../model/component-text.ts';
import { escapeHtml as esc } from '../model/escape.ts';
import type { CheckResult } from './check.ts';
import type { RuleBundle } from './rules.ts';
import type { CellStatus, InputError, TableResult, Warning } from './types.ts';
import { BASIS_LABEL, basisOf, PROTECTION_LABEL, type Citation, type ReasonBasis, type Route } from './verdict.ts';

export const REPORT_FORMAT = 'midnet-pubcheck/1';

export const STATUS_LABEL: Record<CellStatus, string> = { published: '公表', primary: '一次秘匿', secondary: '二次秘匿' };
const SEVERITY_TAG = { blocking: '［要対応］', caution: '［注意］', info: '［情報］' } as const;

export interface ReportCell {
  /** Row and column labels as written (totals included). */
  row: string;
  col: string;
  rowIndex: number;
  colIndex: number;
  text: string;
  /** The count (or, in a percentage table, the percentage). */
  value: number;
  status: CellStatus;
  /** Why the cell is primary (or would be, under a rule that does not apply). */
  findings: string[];
}

export interface ReportAuditCell {
  row: string;
  col: string;
  value: number;
  status: Exclude<CellStatus, 'published'>;
  /** Range of values consistent with the published cells; `hi: null` = unbounded. */
  lo: number;
  hi: number | null;
  exact: boolean;
  protected: boolean;
}

export interface ReportTable {
  number: number;
  title: string | null;
  kind: 'count' | 'percent';
  corner: string;
  rows: { label: string; kind: string; depth: number }[];
  cols: { label: string; kind: string; depth: number }[];
  cells: ReportCell[];
  audit: { passed: boolean; rounds: number; cells: ReportAuditCell[] } | null;
  loss: { suppressedCells: number; suppressedTotal: number; secondaryCells: number; secondaryTotal: number };
}

export interface Report {
  format: typeof REPORT_FORMAT;
  generatedAt: string;
  ok: boolean;
  verdict: {
    route: Route;
    label: string;
    publishableAsIs: boolean;
    afterChanges: { route: Route; label: string } | null;
    reasons: { kind: string; severity: 'blocking' | 'caution' | 'info'; text: string; basis: ReasonBasis; basisLabel: string; citation: Citation | null; inferred: string[] }[];
  } | null;
  context: { purpose: string | null; purposeLabel: string | null; details: boolean; venue: string | null } | null;
  version: { id: string; label: string; status: string; statusLabel: string; inForce: boolean; inForceVersion: string | null } | null;
  protection: { id: string; label: string } | null;
  parameters: { rule: string; param: string; label: string; value: number | boolean | string; assumed: boolean; assumptionNote: string | null; since: string; clause: string; basis: ReasonBasis }[];
  tables: ReportTable[];
  warnings: Warning[];
  errors: InputError[];
}

function tableReport(tr: TableResult): ReportTable {
  const t = tr.table;
  const cols = t.cols.length;
  const at = (id: number) => ({ r: Math.floor(id / cols), c: id % cols });
  const cells: ReportCell[] = t.cells.flat().map((cell) => {
    const id = cell.row * cols + cell.col;
    return {
      row: t.rows[cell.row]!.label, col: t.cols[cell.col]!.label, rowIndex: cell.row, colIndex: cell.col, text: cell.text.trim(),
      value: cell.value.kind === 'count' ? cell.value.n : cell.value.percent, status: tr.status[id]!,
      findings: [
        ...(tr.primary.findings.get(id) ?? []).map((f) => f.message),
        ...(tr.primary.findings.has(id) ? [] : (tr.primary.notApplied.get(id) ?? []).map((f) => `${f.message}（この条件では規則の適用外）`)),
      ],
    };
  });
  const suppressed = cells.filter((c) => c.status !== 'published');
  const secondary = cells.filter((c) => c.status === 'secondary');
  const sum = (list: ReportCell[]) => (t.kind === 'count' ? list.reduce((s, c) => s + c.value, 0) : 0);
  const s = tr.suppression;
  return {
    number: t.number, title: t.title ?? null, kind: t.kind, corner: t.corner,
    rows: t.rows.map((h) => ({ label: h.label, kind: h.kind, depth: h.depth })),
    cols: t.cols.map((h) => ({ label: h.label, kind: h.kind, depth: h.depth })),
    cells,
    audit: s
      ? {
        passed: s.passed, rounds: s.rounds,
        cells: s.audit.map((a) => {
          const { r, c } = at(a.id);
          return {
            row: t.rows[r]!.label, col: t.cols[c]!.label, value: a.value, status: tr.status[a.id] as 'primary' | 'secondary',
            lo: a.interval.lo, hi: a.interval.hi, exact: a.exact, protected: a.protected,
          };
        }),
      }
      : null,
    loss: { suppressedCells: suppressed.length, suppressedTotal: sum(suppressed), secondaryCells: secondary.length, secondaryTotal: sum(secondary) },
  };
}

export function toReport(result: CheckResult, bundle: RuleBundle, generatedAt: string): Report {
  if (!result.ok) {
    return {
      format: REPORT_FORMAT, generatedAt, ok: false, verdict: null, context: null, version: null, protection: null,
      parameters: [], tables: [], warnings: result.warnings, errors: result.errors,
    };
  }
  const v = result.verdict;
  const purpose = result.context.purpose;
  return {
    format: REPORT_FORMAT, generatedAt, ok: true,
    verdict: {
      route: v.route, label: v.label, publishableAsIs: v.publishableAsIs, afterChanges: v.afterChanges ?? null,
      reasons: v.reasons.map((r) => ({
        kind: r.kind, severity: r.severity, text: r.text, basis: r.basis, basisLabel: BASIS_LABEL[r.basis], citation: r.citation ?? null, inferred: r.inferred,
      })),
    },
    context: {
      purpose: purpose ?? null, purposeLabel: purpose ? (bundle.purposes.find((p) => p.id === purpose)?.label ?? purpose) : null,
      details: result.context.details, venue: result.context.venue ?? null,
    },
    version: {
      id: result.version.id, label: result.version.label, status: result.version.status, statusLabel: result.version.statusLabel,
      inForce: result.version.inForce, inForceVersion: result.version.inForceVersion?.id ?? null,
    },
    protection: { id: result.protection, label: PROTECTION_LABEL[result.protection] },
    parameters: result.params.map((p) => ({
      rule: p.rule, param: p.param, label: p.label, value: p.value, assumed: p.assumed, assumptionNote: p.assumptionNote ?? null,
      since: p.entry.since, clause: p.entry.clause, basis: basisOf(p),
    })),
    tables: result.tables.map(tableReport),
    warnings: result.warnings,
    errors: [],
  };
}

export interface RenderOptions {
  /** Prefix for clause links (the site base, e.g. "/" or "https://…/"); without it citations are plain text. */
  linkBase?: string;
  /** Heading level of the sections (2 in the page and the standalone report). */
  level?: 2 | 3;
}

function citationHtml(c: Citation, linkBase: string | undefined): string {
  const text = `規則 ${esc(c.ruleTitle)}（${esc(c.rule)}）・条項 ${esc(c.clauseHeading ?? c.clause)}（${esc(c.clause)}）・版 ${esc(c.version)}`;
  return c.path && linkBase !== undefined ? `<a href="${esc(linkBase + c.path)}">${text}</a>` : `${text}${c.path ? `（/${esc(c.path)}）` : ''}`;
}

const mark = (status: CellStatus) => (status === 'published' ? '' : ` <span class="pc-mark pc-mark-${status}">［${STATUS_LABEL[status]}］</span>`);

function gridHtml(t: ReportTable, masked: boolean): string {
  const byPos = new Map(t.cells.map((c) => [`${c.rowIndex}:${c.colIndex}`, c]));
  const caption = masked ? `表${t.number}${t.title ? `「${esc(t.title)}」` : ''}（公表用: 秘匿するセルを X で表示）` : `表${t.number}${t.title ? `「${esc(t.title)}」` : ''}（判定結果）`;
  const head = `<tr><th scope="col">${esc(t.corner) || '<span class="pc-visually-hidden">行見出し</span>'}</th>${t.cols.map((c) => `<th scope="col" class="pc-h-${c.kind}">${esc(c.label)}</th>`).join('')}</tr>`;
  const body = t.rows.map((r, ri) => {
    const tds = t.cols.map((_, ci) => {
      const cell = byPos.get(`${ri}:${ci}`)!;
      const cls = `pc-cell pc-${cell.status}${t.cols[ci]!.kind !== 'item' || r.kind !== 'item' ? ' pc-sum' : ''}`;
      if (masked) return `<td class="${cls}">${cell.status === 'published' ? esc(cell.text) : 'X'}</td>`;
      const notes = cell.findings.length ? `<span class="pc-findings">${cell.findings.map(esc).join('。')}</span>` : '';
      return `<td class="${cls}">${esc(cell.text)}${mark(cell.status)}${notes}</td>`;
    }).join('');
    return `<tr><th scope="row" class="pc-h-${r.kind} pc-depth-${Math.min(r.depth, 4)}">${esc(r.label)}</th>${tds}</tr>`;
  }).join('');
  return `<div class="pc-scroll" tabindex="0" role="group" aria-label="${esc(caption.replace(/<[^>]+>/g, ''))}"><table class="pc-grid"><caption>${caption}</caption><thead>${head}</thead><tbody>${body}</tbody></table></div>`;
}

/** The report body as an HTML fragment (sections with headings), safe to insert: every value is escaped. */
export function renderReport(report: Report, options: RenderOptions = {}): string {
  const h = `h${options.level ?? 2}`;
  const sub = `h${(options.level ?? 2) + 1}`;
  const out: string[] = [];
  if (!report.ok) {
    out.push(`<section class="pc-errors" aria-labelledby="pc-errors-h"><${h} id="pc-errors-h">入力を確認してください</${h}><ul>`);
    for (const e of report.errors) {
      const where = e.place ? `表${e.place.table}・${e.place.line}行目: ` : '';
      out.push(`<li><span class="pc-tag">［エラー］</span>${where}${esc(e.message)}。<span class="pc-hint">${esc(e.hint)}</span></li>`);
    }
    out.push('</ul></section>');
    return out.join('');
  }
  const v = report.verdict!;
  out.push(`<p class="pc-generated">作成日時: ${esc(report.generatedAt)}</p>`);
  out.push(`<section class="pc-verdict pc-route-${v.route}" aria-labelledby="pc-verdict-h"><${h} id="pc-verdict-h">判定</${h}>`);
  out.push(`<p class="pc-verdict-label"><strong>${esc(v.label)}</strong></p>`);
  if (v.afterChanges) out.push(`<p>提案した秘匿（一次・二次）を行った表は: <strong>${esc(v.afterChanges.label)}</strong></p>`);
  const c = report.context!;
  out.push(`<dl class="pc-context"><dt>利活用の目的</dt><dd>${esc(c.purposeLabel ?? '指定なし')}</dd><dt>患者背景・アウトカムの詳細</dt><dd>${c.details ? '示す' : '示さない'}</dd>${c.venue ? `<dt>公表先</dt><dd>${esc(c.venue)}</dd>` : ''}<dt>基準の版</dt><dd>${esc(report.version!.id)}（${esc(report.version!.label)}、${esc(report.version!.statusLabel)}）</dd><dt>保護の基準</dt><dd>${esc(report.protection!.label)}</dd></dl>`);
  out.push(`<${sub}>理由</${sub}><ol class="pc-reasons">`);
  for (const r of v.reasons) {
    const tag = SEVERITY_TAG[r.severity];
    const inferred = r.inferred.length ? `<ul class="pc-inferred">${r.inferred.map((i) => `<li><span class="pc-tag">［推定］</span>${esc(i)}</li>`).join('')}</ul>` : '';
    out.push(`<li class="pc-reason pc-${r.severity}"><span class="pc-tag">${tag}</span>${esc(r.text)} <span class="pc-basis">（根拠: ${esc(r.basisLabel)}）</span>${r.citation ? `<br><span class="pc-cite">出典: ${citationHtml(r.citation, options.linkBase)}</span>` : ''}${inferred}</li>`);
  }
  out.push('</ol></section>');

  out.push(`<section aria-labelledby="pc-params-h"><${h} id="pc-params-h">使用した基準値</${h}><table class="pc-params"><thead><tr><th scope="col">規則</th><th scope="col">項目</th><th scope="col">値</th><th scope="col">適用開始の版・条項</th><th scope="col">根拠</th></tr></thead><tbody>`);
  for (const p of report.parameters) {
    const value = formatValue(p.value);
    out.push(`<tr><td>${esc(p.rule)}</td><td>${esc(p.label)}</td><td>${esc(value)}${p.assumed ? ' <span class="pc-tag">［仮定］</span>' : ''}</td><td>${esc(p.since)}・${esc(p.clause)}</td><td>${p.assumed ? `仮定: ${esc(p.assumptionNote ?? '')}` : esc(BASIS_LABEL[p.basis])}</td></tr>`);
  }
  out.push('</tbody></table></section>');

  for (const t of report.tables) {
    const id = `pc-table-${t.number}-h`;
    out.push(`<section class="pc-table" aria-labelledby="${id}"><${h} id="${id}">表${t.number}${t.title ? `「${esc(t.title)}」` : ''}</${h}>`);
    out.push(`<p class="pc-legend">セルの区分は文字で示します: ［一次秘匿］閾値未満のため秘匿するセル、［二次秘匿］一次秘匿のセルを割り出せないよう併せて秘匿するセル。印のないセルは公表できます。</p>`);
    out.push(gridHtml(t, false));
    const loss = t.loss;
    out.push(`<p>秘匿するセル: ${loss.suppressedCells} 個${t.kind === 'count' ? `（値の合計 ${loss.suppressedTotal}）` : ''}、うち二次秘匿 ${loss.secondaryCells} 個${t.kind === 'count' ? `（値の合計 ${loss.secondaryTotal}）` : ''}。</p>`);
    if (loss.suppressedCells > 0) out.push(gridHtml(t, true));
    if (t.audit) {
      out.push(`<${sub}>監査（秘匿インターバル）</${sub}><p>公表するセルと表の合計・小計の関係から、秘匿したセルが取り得る値の範囲（線形計画法による最小値と最大値）。${t.audit.passed ? 'すべてのセルが保護の基準を満たしています。' : '<strong>保護の基準を満たさないセルがあります。</strong>'}</p>`);
      out.push(`<table class="pc-audit"><caption>表${t.number}の監査結果</caption><thead><tr><th scope="col">行</th><th scope="col">列</th><th scope="col">区分</th><th scope="col">値</th><th scope="col">取り得る範囲</th><th scope="col">判定</th></tr></thead><tbody>`);
      for (const a of t.audit.cells) {
        out.push(`<tr><th scope="row">${esc(a.row)}</th><td>${esc(a.col)}</td><td>${STATUS_LABEL[a.status]}</td><td>${a.value}</td><td>${a.lo} 〜 ${a.hi ?? '上限なし'}</td><td>${a.protected ? '保護されている' : a.exact ? '<strong>値が一つに定まる</strong>' : '<strong>閾値未満と分かる</strong>'}</td></tr>`);
      }
      out.push('</tbody></table>');
    }
    out.push('</section>');
  }
  if (report.warnings.length) {
    out.push(`<section aria-labelledby="pc-warn-h"><${h} id="pc-warn-h">注意</${h}><ul>`);
    for (const w of report.warnings) out.push(`<li><span class="pc-tag">［注意］</span>${esc(w.message)}</li>`);
    out.push('</ul></section>');
  }
  return out.join('');
}

/** CSS of the standalone report (the page has its own stylesheet with the same classes). */
export const REPORT_CSS = `body{font-family:system-ui,"Hiragino Sans","Noto Sans CJK JP","Yu Gothic",sans-serif;line-height:1.7;color:#1a1a1a;margin:2rem auto;max-width:60rem;padding:0 1rem}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #999;padding:.2rem .5rem;vertical-align:top}caption{text-align:left;font-weight:bold}
.pc-grid td{text-align:right}.pc-primary{background:#fadede}.pc-secondary{background:#fff1c2}.pc-sum{font-weight:bold}
.pc-mark{font-weight:bold;white-space:nowrap}.pc-findings{display:block;font-size:.85em;text-align:left}
.pc-depth-1{padding-left:1.5em}.pc-depth-2{padding-left:2.5em}.pc-depth-3,.pc-depth-4{padding-left:3.5em}
.pc-tag{font-weight:bold}.pc-blocking{color:#8a1c1c}.pc-basis,.pc-cite{font-size:.9em;color:#444}.pc-visually-hidden{position:absolute;left:-9999px}
@media print{body{margin:0;max-width:none}a{color:inherit}}`;

/** A standalone HTML document of the report, for saving and attaching. */
export function reportDocument(report: Report, options: RenderOptions = {}): string {
  const when = report.generatedAt;
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>公表基準チェック結果（${esc(when)}）</title><style>${REPORT_CSS}</style></head><body><main><h1>MID-NET 公表基準チェック結果</h1><p>非公式のチェッカーによる結果です。判定は公表の申請先の審査に代わるものではありません。</p>${renderReport(report, options)}</main></body></html>`;
}

/** Display width in a terminal: East Asian wide characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch) ? 2 : 1;
  return w;
}
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));

/** The report as plain text for the terminal. */
export function renderText(report: Report): string {
  const lines: string[] = [];
  if (!report.ok || !report.verdict) return '';
  const v = report.verdict;
  lines.push(`判定: ${v.label}`);
  if (v.afterChanges) lines.push(`提案した秘匿を行った表は: ${v.afterChanges.label}`);
  lines.push(`基準の版: ${report.version!.id}（${report.version!.label}、${report.version!.statusLabel}）  保護の基準: ${report.protection!.id}`, '', '理由:');
  for (const r of v.reasons) {
    lines.push(`  ${SEVERITY_TAG[r.severity]}${r.text}（根拠: ${r.basisLabel}）`);
    if (r.citation) lines.push(`      出典: 規則 ${r.citation.rule}・条項 ${r.citation.clause}・版 ${r.citation.version}${r.citation.path ? `  /${r.citation.path}` : ''}`);
    for (const i of r.inferred) lines.push(`      ［推定］${i}`);
  }
  for (const t of report.tables) {
    lines.push('', `表${t.number}${t.title ? `「${t.title}」` : ''}  （［一次］閾値未満、［二次］併せて秘匿）`);
    const byPos = new Map(t.cells.map((c) => [`${c.rowIndex}:${c.colIndex}`, c]));
    const grid = [[t.corner, ...t.cols.map((c) => c.label)], ...t.rows.map((r, ri) => [
      `${'  '.repeat(r.depth)}${r.label}`,
      ...t.cols.map((_, ci) => {
        const c = byPos.get(`${ri}:${ci}`)!;
        return c.status === 'published' ? c.text : `${c.text}［${c.status === 'primary' ? '一次' : '二次'}］`;
      }),
    ])];
    const widths = grid[0]!.map((_, i) => Math.max(...grid.map((row) => width(row[i]!))));
    for (const row of grid) lines.push(`  ${row.map((cell, i) => pad(cell, widths[i]!)).join('  ')}`.trimEnd());
    if (t.audit) {
      lines.push(`  監査（${t.audit.passed ? 'すべて保護されている' : '保護の基準を満たさないセルあり'}）:`);
      for (const a of t.audit.cells) {
        lines.push(`    行「${a.row}」・列「${a.col}」 ${STATUS_LABEL[a.status]} 値 ${a.value} → 取り得る範囲 ${a.lo}〜${a.hi ?? '上限なし'}${a.protected ? '' : '  ← 保護されていない'}`);
      }
    }
  }
  for (const w of report.warnings) lines.push('', `［注意］${w.message}`);
  return `${lines.join('\n')}\n`;
}
