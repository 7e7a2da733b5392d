/** CLI: check the built pages (dist/) against the site's CSP without a browser. Usage: node scripts/csp.ts [dist] */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFile } from '../src/security-headers.ts';
import { checkCsp } from './gates/csp.ts';
import { reportGate } from './lib/report.ts';

const dist = process.argv[2] ?? 'dist';
const { findings, pages } = await checkCsp(dist);
const headers = join(dist, '_headers');
if (!existsSync(headers) || readFileSync(headers, 'utf8') !== headersFile()) {
  findings.push({
    file: headers,
    line: 1,
    column: 1,
    severity: 'error',
    rule: 'csp/headers-file',
    message: '_headers is missing or differs from src/security-headers.ts',
    hint: 'run npm run build (astro.config.mjs writes it)',
  });
}
process.exitCode = reportGate('csp', findings, `${pages} pages`);
