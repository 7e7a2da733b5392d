/**
 * The whole check, in order: read the tables, read the rule values for the version, flag small cells (primary),
 * propose and audit complementary suppression (secondary), and give the verdict. Pure: the caller loads HiGHS
 * (Node or browser) and the rule bundle.
 */
import type { Highs } from 'highs';
import { SolverError, TimeLimitError } from './audit.ts';
import { labelWarnings, lookLinkedWarnings } from './labels.ts';
import { primary, type SmallCellCheck } from './primary.ts';
import { bases, cellId, countOf, type Base } from './table.ts';
import { readTables } from './read.ts';
import {
  defaultVersion,
  describeVersion,
  ruleApplies,
  smallCellCheckFor,
  smallCellRules,
  type RuleBundle,
  type UsedParam,
  type VersionUsed,
} from './rules.ts';
import type { Settle } from './exact.ts';
import { suppress, type Proposal } from './secondary.ts';
import { systemOf, type LineRelation, type Link } from './system.ts';
import type {
  CellAudit,
  CellStatus,
  CheckContext,
  InputError,
  Place,
  Protection,
  Suppression,
  Table,
  TableResult,
  Warning,
} from './types.ts';
import { verdict, type Verdict } from './verdict.ts';

export interface CheckOptions {
  /** Guideline version whose rule values are used; default: the latest with a known threshold. */
  version?: string;
  /** What the audit requires of every suppressed cell; default `threshold`. */
  protection?: Protection;
  /** Seconds the least-cost search (MIP) may take; 0 keeps the quick proposal. Default: secondary.ts' MIP_SECONDS. */
  mipSeconds?: number;
  /** `goal` (default): the least-loss search stops at a choice proved within 5% of both minima; `least`: it proves the least ratio (secondary.ts' SuppressOptions). */
  settle?: Settle;
  /** Seconds the whole suppression and audit may take before the check gives up in words. Default: TIME_LIMIT_SECONDS. */
  timeLimitSeconds?: number;
}

/**
 * What one check may take: inputs within the size limits (read.ts' LIMITS) finish well within it — a flat table of
 * 10,000 cells in seconds — but tables that share many counts make systems that are no networks, whose audit is a
 * linear program per hidden count; past this the check stops and says so rather than keep the user waiting.
 */
export const TIME_LIMIT_SECONDS = 60;

export const DEFAULT_PROTECTION: Protection = 'threshold';

export type CheckResult =
  | {
      ok: true;
      context: CheckContext;
      version: VersionUsed;
      protection: Protection;
      /** Every rule value the check used, with its source and whether it was assumed. */
      params: UsedParam[];
      checks: SmallCellCheck[];
      tables: TableResult[];
      /** Tables that share counts; each group was checked and protected together, with every equation of each. */
      links: Link[];
      verdict: Verdict;
      warnings: Warning[];
    }
  | { ok: false; errors: InputError[]; warnings: Warning[] };

const optionError = (code: string, message: string, hint: string): InputError => ({ code, message, hint });

export function check(highs: Highs, bundle: RuleBundle, text: string, context: CheckContext, options: CheckOptions = {}): CheckResult {
  const protection = options.protection ?? DEFAULT_PROTECTION;
  const rules = smallCellRules(bundle);
  if (rules.length === 0) {
    return {
      ok: false,
      warnings: [],
      errors: [
        optionError(
          'rules/missing',
          '公表基準の規則（kind: small-cell）が内容データにありません',
          'content/rules/small-counts.yaml を確かめてください',
        ),
      ],
    };
  }
  const versionId = options.version ?? defaultVersion(bundle);
  const version = versionId === undefined ? undefined : describeVersion(bundle, versionId);
  if (!version) {
    const known = bundle.versions.map((v) => v.id).join(', ');
    return {
      ok: false,
      warnings: [],
      errors: [
        versionId === undefined
          ? optionError(
              'version/none',
              '閾値の分かっている版が内容データにありません',
              'content/rules/ の threshold の値を確かめてください',
            )
          : optionError('version/unknown', `版「${versionId}」はありません`, `次のどれかを指定してください: ${known}`),
      ],
    };
  }

  const checks: SmallCellCheck[] = [];
  const params: UsedParam[] = [];
  const errors: InputError[] = [];
  for (const rule of rules) {
    const found = smallCellCheckFor(bundle, rule, version.id);
    if (!found.ok) {
      errors.push(optionError(found.code, found.message, found.hint));
      continue;
    }
    const { threshold, zeroExempt } = found.values;
    checks.push({ ...found.values, applies: ruleApplies(rule, context) });
    params.push(threshold, ...(zeroExempt ? [zeroExempt] : []));
  }
  if (errors.length > 0) return { ok: false, errors, warnings: [] };

  const read = readTables(text);
  if (read.errors.length > 0) return { ok: false, errors: read.errors, warnings: read.warnings };

  const applying = checks.filter((c) => c.applies);
  const threshold = Math.max(0, ...applying.map((c) => c.threshold.value as number));
  const zeroExempt = applying.length > 0 && applying.every((c) => c.zeroExempt?.value === true);
  const inLabels = labelNumbers(read.tables, threshold, zeroExempt);
  if (inLabels.length > 0) return { ok: false, errors: inLabels, warnings: read.warnings };
  const { sys, cellVar, links, relations } = systemOf(read.tables, { zeroExempt });
  const together = (a: number, b: number) => links.some((l) => l.tables.includes(a) && l.tables.includes(b));
  const warnings = [
    ...read.warnings,
    ...linkWarnings(read.tables, links),
    ...relationWarnings(read.tables, relations),
    ...labelWarnings(read.tables, together),
    ...lookLinkedWarnings(read.tables, together),
  ];
  const unexplained = unexplainedPercentages(read.tables, cellVar);
  if (unexplained.length > 0) return { ok: false, errors: unexplained, warnings };
  const primaries = read.tables.map((table) => primary(table, checks));
  const primaryVars = new Set<number>();
  primaries.forEach((p, t) => {
    for (const id of p.findings.keys()) {
      const v = cellVar[t]![id]!;
      if (v < 0) continue;
      primaryVars.add(v);
      sys.vars[v]!.hideable = true;
    }
  });
  let proposal: Proposal | undefined;
  try {
    proposal =
      primaryVars.size > 0
        ? suppress(
            highs,
            sys,
            {
              protection,
              threshold,
              primary: primaryVars,
              giveUpAt: performance.now() + 1000 * (options.timeLimitSeconds ?? TIME_LIMIT_SECONDS),
            },
            {
              ...(options.mipSeconds !== undefined && { mipSeconds: options.mipSeconds }),
              ...(options.settle && { settle: options.settle }),
            },
          )
        : undefined;
  } catch (e) {
    if (e instanceof TimeLimitError) {
      const seconds = options.timeLimitSeconds ?? TIME_LIMIT_SECONDS;
      const cells = read.tables.reduce((s, t) => s + t.rows.length * t.cols.length, 0);
      return {
        ok: false,
        warnings,
        errors: [
          optionError(
            'input/too-slow',
            `表が大きく、秘匿の計算が制限時間（${seconds} 秒）内に終わりませんでした（表 ${read.tables.length}、${cells.toLocaleString('en-US')} セル、隠す候補 ${primaryVars.size.toLocaleString('en-US')} 個）`,
            links.length > 0
              ? '同じ見出しの値を共有する表はまとめて計算するため、時間がかかります。公表する単位の表だけを、少しずつ確かめてください'
              : '公表する単位の小さな表に分けて確かめてください',
          ),
        ],
      };
    }
    // HiGHS failing is no fault of the table, but the check has no result to give: say so in words, no stack trace.
    if (!(e instanceof SolverError || e instanceof highs.errors.HighsError || e instanceof WebAssembly.RuntimeError)) throw e;
    return {
      ok: false,
      warnings,
      errors: [
        optionError(
          'solver/failed',
          `秘匿の計算が途中で止まりました（${(e as Error).message}）`,
          '表を小さく分けて確かめてください。続く場合は、この表と一緒に報告してください',
        ),
      ],
    };
  }
  const auditOf = new Map(proposal?.audit.map((a) => [a.var, a]));
  const tables = read.tables.map((table, t): TableResult => {
    const p = primaries[t]!;
    const vars = cellVar[t]!;
    const status: CellStatus[] = vars.map((v, id) => {
      if (p.findings.has(id) || primaryVars.has(v)) return 'primary';
      return proposal?.hidden.has(v) ? 'secondary' : 'published';
    });
    const hiddenIds = status.flatMap((s, id) => (s === 'published' || vars[id]! < 0 ? [] : [id]));
    if (!proposal || hiddenIds.length === 0) return { table, status, primary: p };
    const cells = hiddenIds.map((id): CellAudit => {
      const a = auditOf.get(vars[id]!)!;
      return { id, value: a.value, interval: a.interval, exact: a.exact, protected: a.protected };
    });
    const suppression: Suppression = {
      suppressed: new Set(hiddenIds),
      secondary: new Set(hiddenIds.filter((id) => status[id] === 'secondary')),
      rounds: proposal.rounds,
      audit: cells,
      passed: cells.every((c) => c.protected),
      method: proposal.method,
      ...(proposal.least && { least: proposal.least }),
    };
    return { table, status, primary: p, suppression };
  });
  const below = nBelowSums(tables, threshold);
  if (below.errors.length > 0) return { ok: false, errors: below.errors, warnings };
  warnings.push(...below.warnings);
  return {
    ok: true,
    context,
    version,
    protection,
    params,
    checks,
    tables,
    links,
    warnings,
    verdict: verdict({ bundle, context, version, checks, tables, protection }),
  };
}

/** Say which tables were protected together. */
function linkWarnings(tables: readonly Table[], links: readonly Link[]): Warning[] {
  return links.map((l) => ({
    code: 'tables/linked',
    place: { line: tables.find((t) => t.number === l.tables[0])!.line, table: l.tables[0]! },
    message: `表${l.tables.join('・表')}は同じ見出しの値を共有しているため（${l.shared} 個）、まとめて秘匿を決め、監査しました`,
  }));
}

/** Lines read as differences or running sums of others (system.ts `lineRelations`): our reading, said so. */
function relationWarnings(tables: readonly Table[], relations: readonly LineRelation[]): Warning[] {
  const name = (l: LineRelation['line']) => `表${l.table}の${l.axis === 'rows' ? '行' : '列'}「${l.label}」`;
  const placeOf = (r: LineRelation) => ({ line: tables.find((t) => t.number === r.line.table)!.line, table: r.line.table });
  const said: Warning[] = relations.slice(0, RELATION_WARNINGS).map((r) => ({
    code: 'lines/related',
    place: placeOf(r),
    message:
      r.how === 'difference'
        ? `${name(r.line)}は、どの位置でも${name(r.of[0]!)}と${name(r.of[1]!)}の差です。差からも秘匿した数が割り出せるため、その関係を式として加えて秘匿を決め、監査しました（推定）`
        : r.how === 'sum'
          ? `${name(r.line)}は、どの位置でも${r.of.map(name).join('・')}の和です。和からも秘匿した数が割り出せるため、その関係を式として加えて秘匿を決め、監査しました（推定）`
          : `${name(r.line)}は、${name(r.of[0]!)}の累積（順に足した和）です。累積からも秘匿した数が割り出せるため、その関係を式として加えて秘匿を決め、監査しました（推定）`,
  }));
  const rest = relations.length - said.length;
  if (rest > 0)
    said.push({
      code: 'lines/related',
      place: placeOf(relations[RELATION_WARNINGS]!),
      message: `ほかに${rest}件、行・列どうしの差・和・累積の関係を式として加えました（推定）`,
    });
  return said;
}

/** Relations said one by one; the rest are counted in one more line. */
const RELATION_WARNINGS = 20;

/**
 * Bare percentages whose count the checker cannot know — no N written for them, none printed by a count table, and
 * not percentages of a count table's cells: 10.0% may be 3 patients of 30, so the table cannot be judged (exit 2),
 * rather than passed as having nothing to hide.
 */
function unexplainedPercentages(tables: readonly Table[], cellVar: number[][]): InputError[] {
  return tables.flatMap((table, t) => {
    const cells = table.cells.flat().filter((c) => c.value.kind === 'percent' && cellVar[t]![c.row * table.cols.length + c.col]! < 0);
    if (cells.length === 0) return [];
    const c = cells[0]!;
    const [row, col] = [table.rows[c.row]!.label, table.cols[c.col]!.label];
    return [
      {
        code: 'percent/no-denominator',
        place: { table: table.number, line: c.line, row, col },
        message: `表${table.number}の割合 ${cells.length} 個に分母（N）がありません（最初は行「${row}」・列「${col}」の ${c.text.trim()}）。分母が分からないと、割合が閾値未満の患者数を示していないかを判定できません`,
        hint: '列か行の見出しに「投与群 (N=250)」、表題に「(N=250)」の形で分母を書くか、同じ見出しの件数の表も一緒に貼り付けてください',
      },
    ];
  });
}

/**
 * A bare number in brackets closing a label, under the threshold, that is neither the group's N nor a numbering
 * (read.ts `bracketNumbers`): 「死亡（3）」 reads as 3 deaths, a small count published in the label that no cell
 * checks. Refused, naming the label and how to write it; a number at the threshold or over is left in the label.
 */
function labelNumbers(tables: readonly Table[], threshold: number, zeroExempt: boolean): InputError[] {
  const errors: InputError[] = [];
  for (const table of tables) {
    for (const [axis, headers] of [
      ['行', table.rows],
      ['列', table.cols],
    ] as const) {
      for (const [i, h] of headers.entries()) {
        const n = h.bracketNumber;
        if (n === undefined || n >= threshold || (n === 0 && zeroExempt)) continue;
        errors.push({
          code: 'header/count',
          message: `表${table.number}の${axis}「${h.label}」の見出しの括弧内の数 ${n} は、群の人数（N）とも番号とも読めません（チェッカーの判断。人数なら内訳の和以上、番号なら他の見出しにも続く番号があるはずです）。件数なら、閾値 ${threshold} 未満の数を見出しにそのまま示していることになります`,
          hint: `件数なら表の${axis}として書いてください（秘匿が必要かどうかを確かめます）。番号なら「（1）」「（2）」…と他の見出しにも続けて振るか、括弧を外してください（「No.${n} ${h.label.replace(/\s*[(（\[［]\s*[\d,]+\s*[)）\]］]$/, '')}」）。群の人数なら「(N=${n})」の形で書いてください`,
          place: {
            line: axis === '行' ? (table.cells[i]?.[0]?.line ?? table.line) : table.line,
            table: table.number,
            ...(axis === '行' ? { row: h.label } : { col: h.label }),
          },
        });
      }
    }
  }
  return errors;
}

/**
 * An N below the sum of the items it is the N of (「A (N=20)」 over 3 and 25, a title's N=40 over a table of 97):
 * read as a table where one patient may be counted in several items (複数回答), said as our reading — nothing follows
 * from N for a hidden count then. But a reader who takes the items for disjoint reads the sum of the line's hidden
 * cells as N minus the cells published beside them (where that is above 0: no contradiction in view). Where that is
 * under the threshold and a small count is among the hidden, the reader takes the small count for under the
 * threshold, rightly (it is), and the table is refused (N or the counts to be put right, or N left out).
 */
function nBelowSums(tables: readonly TableResult[], threshold: number): { errors: InputError[]; warnings: Warning[] } {
  const errors: InputError[] = [];
  const warnings: Warning[] = [];
  for (const { table, status } of tables) {
    if (table.kind !== 'count') continue;
    const lines: { what: string; n: number; base: Base; place: Place }[] = [];
    const add = (what: string, n: number | undefined, base: Base | undefined, place: Place) => {
      if (n !== undefined && base !== undefined && base.cells.length > 1 && base.value > n) lines.push({ what, n, base, place });
    };
    const of = (row: number, col: number, kind: Base['of']) => bases(table, row, col).find((b) => b.of === kind);
    table.cols.forEach((h, c) =>
      add(`列「${h.label}」`, h.kind === 'total' ? undefined : h.denominator, of(0, c, 'col'), {
        line: table.line,
        table: table.number,
        col: h.label,
      }),
    );
    table.rows.forEach((h, r) =>
      add(`行「${h.label}」`, h.kind === 'total' ? undefined : h.denominator, of(r, 0, 'row'), {
        line: table.cells[r]?.[0]?.line ?? table.line,
        table: table.number,
        row: h.label,
      }),
    );
    add('表全体', table.denominator, of(0, 0, 'table'), { line: table.line, table: table.number });
    for (const { what, n, base, place } of lines) {
      const over = base.value - n;
      const statusOf = (c: { row: number; col: number }) => status[cellId(table, c.row, c.col)];
      const published = base.cells.reduce((s, c) => s + (statusOf(c) === 'published' ? countOf(table.cells[c.row]![c.col]!) : 0), 0);
      const small = base.cells.some((c) => statusOf(c) === 'primary');
      if (small && published < n && n - published < threshold && over < threshold) {
        errors.push({
          code: 'header/n-below-sum',
          message: `表${table.number}の${what}の N=${n} は、その数の和 ${base.value} より ${over} 小さい値です。項目が重ならない表と読む人には、隠したセルの和が「N − 公表した数」= ${n - published} と、閾値 ${threshold} 未満に見えます（チェッカーの判断）`,
          hint: '1人を1つの項目にだけ数える表なら、和は N 以下です。N か数を直してください。1人を複数の項目に数える表（複数回答）なら、N を見出しや題名から除いて確かめてください',
          place,
        });
      } else {
        warnings.push({
          code: 'header/n-below-sum',
          message: `表${table.number}の${what}の N=${n} は、その数の和 ${base.value} より小さいため、1人を複数の項目に数える表（複数回答）と読みました（推定）。N からは隠したセルについて何も分からないものとして確かめています。1人1項目の表なら N か数が誤っています`,
          place,
        });
      }
    }
  }
  return { errors, warnings };
}
