/** CLI: validate every built page (dist/) with html-validate. Usage: node scripts/validate-html.ts [dist] */
import { validateHtml } from '../test/quality/html.ts';
import { report } from '../test/quality/site.ts';

const { findings, pages } = await validateHtml(process.argv[2] ?? 'dist');
process.exitCode = report('html', findings, `${pages} pages`);
