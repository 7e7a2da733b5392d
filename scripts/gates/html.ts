/** HTML validity of every built page, with html-validate and the project's .htmlvalidate.json. */
import { readFileSync } from 'node:fs';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { compareDiagnostics, type Diagnostic } from '../../src/model/diagnostic.ts';
import { builtFiles, readText } from './site.ts';

/** Validate every page under `dist` with the project's configuration (wherever dist is, e.g. a benchmark's tree). */
export async function validateHtml(dist: string, configFile = '.htmlvalidate.json'): Promise<{ findings: Diagnostic[]; pages: number }> {
  const hv = new HtmlValidate(new StaticConfigLoader(JSON.parse(readFileSync(configFile, 'utf8')) as ConfigData));
  const pages = builtFiles(dist, 'html');
  const findings: Diagnostic[] = [];
  for (const page of pages) {
    const report = await hv.validateString(readText(page.abs), page.abs);
    for (const result of report.results) {
      for (const m of result.messages) {
        findings.push({
          file: page.file,
          line: m.line,
          column: m.column,
          severity: m.severity === 2 ? 'error' : 'warning',
          rule: `html/${m.ruleId}`,
          message: m.message + (m.selector ? ` (at ${m.selector})` : ''),
          ...(m.ruleUrl ? { hint: m.ruleUrl } : {}),
        });
      }
    }
  }
  return { findings: findings.sort(compareDiagnostics), pages: pages.length };
}
