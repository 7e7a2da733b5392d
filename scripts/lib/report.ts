/**
 * Reporters for findings: compiler-style text for people, JSON for tools, workflow commands for GitHub. The
 * content checker and the quality gates (scripts/gates/: HTML, links, CSP, prose) print findings the same way.
 */
import { styleText } from 'node:util';
import type { Diagnostic } from '../../src/model/diagnostic.ts';
import type { Finding } from '../checks/kit.ts';

/** A finding as reported: with the place its rule is documented. */
export type Reported = Finding & { docs: string };

export interface Summary {
  errors: number;
  warnings: number;
  /** Files read. */
  files: number;
  /** Files with at least one finding. */
  filesWithFindings: number;
  /** Time to load and check, in milliseconds. */
  ms: number;
}

export function summarize(findings: readonly Finding[], files: number, ms: number): Summary {
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    files,
    filesWithFindings: new Set(findings.map((f) => f.file)).size,
    ms: Math.round(ms),
  };
}

export type Format = 'text' | 'json' | 'github';
export const FORMATS: readonly Format[] = ['text', 'json', 'github'];

export function report(format: Format, findings: readonly Reported[], summary: Summary, options: { color: boolean }): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify({ findings, summary }, null, 2)}\n`;
    case 'github':
      return github(findings, summary);
    case 'text':
      return text(findings, summary, options.color);
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The last line of every report: what was found, in how many files, out of how many, how fast. */
function summaryLine(s: Summary): string {
  if (!s.errors && !s.warnings) return `✔ ${plural(s.files, 'file')} checked, no problems (${s.ms} ms)`;
  const counts = [s.errors && plural(s.errors, 'error'), s.warnings && plural(s.warnings, 'warning')].filter(Boolean).join(', ');
  return `${s.errors ? '✖' : '⚠'} ${counts} in ${plural(s.filesWithFindings, 'file')} (${plural(s.files, 'file')} checked in ${s.ms} ms)`;
}

type Paint = (style: Parameters<typeof styleText>[0], s: string) => string;
const plain: Paint = (_style, s) => s;

/**
 * One finding as people read it, in every tool of the project:
 *
 *     content/terms/x.mdx:12:5  error  ref/unknown-term  「…」 is not a term id; expected …
 *       hint: …
 */
export function formatFinding(f: Diagnostic, paint: Paint = plain): string {
  const severity = f.severity === 'error' ? paint('red', 'error') : paint('yellow', 'warning');
  const head = `${paint('bold', `${f.file}:${f.line}:${f.column}`)}  ${severity}  ${paint('dim', f.rule)}  ${f.message}`;
  return f.hint ? `${head}\n  ${paint('cyan', 'hint:')} ${f.hint}` : head;
}

/**
 * A quality gate's report: its findings as `formatFinding` prints them, then `<gate>: <what was checked>; N errors,
 * M warnings`. Returns the exit code: 1 when there is an error.
 */
export function reportGate(gate: string, findings: readonly Diagnostic[], checked: string): number {
  for (const f of findings) console.log(formatFinding(f));
  const errors = findings.filter((f) => f.severity === 'error').length;
  console.log(`${gate}: ${checked}; ${plural(errors, 'error')}, ${plural(findings.length - errors, 'warning')}`);
  return errors ? 1 : 0;
}

function text(findings: readonly Reported[], summary: Summary, color: boolean): string {
  const paint: Paint = (style, s) => (color ? styleText(style, s, { validateStream: false }) : s);
  const lines = findings.map((f) => formatFinding(f, paint));
  if (findings.length) lines.push('');
  const line = summaryLine(summary);
  lines.push(paint(summary.errors ? 'red' : summary.warnings ? 'yellow' : 'green', line));
  return `${lines.join('\n')}\n`;
}

/** GitHub Actions workflow commands: one annotation per finding, on the file and line. */
function github(findings: readonly Reported[], summary: Summary): string {
  const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const lines = findings.map(
    (f) =>
      `::${f.severity} file=${property(f.file)},line=${f.line},col=${f.column},title=${property(f.rule)}::${data(`${f.message}\nhint: ${f.hint}`)}`,
  );
  lines.push(summaryLine(summary));
  return `${lines.join('\n')}\n`;
}
