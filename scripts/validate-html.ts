/** CLI: validate every built page (dist/) with html-validate. Usage: node scripts/validate-html.ts [dist] */
import { validateHtml } from './gates/html.ts';
import { reportGate } from './lib/report.ts';

const { findings, pages } = await validateHtml(process.argv[2] ?? 'dist');
process.exitCode = reportGate('html', findings, `${pages} pages`);
