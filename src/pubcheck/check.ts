/**
 * The whole check, in order: read the tables, read the rule values for the version, flag small cells (primary),
 * propose and audit complementary suppression (secondary), and give the verdict. Pure: the caller loads HiGHS
 * (Node or browser) and the rule bundle.
 */
import type { Highs } from 'highs';
import { linearTable } from './audit.ts';
import { cellId, primary, type PrimaryResult, type SmallCellCheck } from './primary.ts';
import { readTables } from './read.ts';
import {
  defaultVersion, describeVersion, ruleApplies, smallCellCheckFor, smallCellRules, type RuleBundle, type UsedParam, type VersionUsed,
} from './rules.ts';
import { suppress, type Suppression } from './secondary.ts';
import type { CellStatus, CheckContext, InputError, Protection, Table, Warning } from './types.ts';
import { verdict, type Verdict } from './verdict.ts';

export interface CheckOptions {
  /** Guideline version whose rule values are used; default: the latest with a known threshold. */
  version?: string;
  /** What the audit requires of every suppressed cell; default `threshold`. */
  protection?: Protection;
}

export const DEFAULT_PROTECTION: Protection = 'threshold';

export interface TableResult {
  table: Table;
  /** Status per cell id (row × columns + col). */
  status: CellStatus[];
  primary: PrimaryResult;
  /** The proposal and its audit, for count tables with cells to suppress. */
  suppression?: Suppression;
}

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
    verdict: Verdict;
    warnings: Warning[];
  }
  | { ok: false; errors: InputError[]; warnings: Warning[] };

const optionError = (code: string, message: string, hint: string): InputError => ({ code, message, hint });

export function check(highs: Highs, bundle: RuleBundle, text: string, context: CheckContext, options: CheckOptions = {}): CheckResult {
  const protection = options.protection ?? DEFAULT_PROTECTION;
  const rules = smallCellRules(bundle);
  if (rules.length === 0) {
    return { ok: false, warnings: [], errors: [optionError('rules/missing', '公表基準の規則（kind: small-cell）が内容データにありません', 'content/rules/small-counts.yaml を確かめてください')] };
  }
  const versionId = options.version ?? defaultVersion(bundle);
  const version = versionId === undefined ? undefined : describeVersion(bundle, versionId);
  if (!version) {
    const known = bundle.versions.map((v) => v.id).join(', ');
    return {
      ok: false, warnings: [],
      errors: [versionId === undefined
        ? optionError('version/none', '閾値の分かっている版が内容データにありません', 'content/rules/ の threshold の値を確かめてください')
        : optionError('version/unknown', `版「${versionId}」はありません`, `次のどれかを指定してください: ${known}`)],
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
  const tables = read.tables.map((table): TableResult => {
    const p = primary(table, checks);
    const status: CellStatus[] = table.cells.flat().map((c) => (p.findings.has(cellId(table, c.row, c.col)) ? 'primary' : 'published'));
    if (table.kind !== 'count' || p.findings.size === 0) return { table, status, primary: p };
    const suppression = suppress(highs, linearTable(table), { protection, threshold, primary: new Set(p.findings.keys()) });
    for (const id of suppression.secondary) status[id] = 'secondary';
    return { table, status, primary: p, suppression };
  });
  return {
    ok: true, context, version, protection, params, checks, tables, warnings: read.warnings,
    verdict: verdict({ bundle, context, version, checks, tables, protection }),
  };
}
