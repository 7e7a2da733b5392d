/**
 * CLI: prose lint of all content (clause bodies and YAML prose fields): textlint with the Japanese
 * technical-writing preset tuned in .textlintrc.yml and the prh dictionary generated from the glossary.
 * Prints `file:line:col  rule  message` against the content files. Usage: node scripts/lint-prose.ts
 */
import { lintProse } from './gates/prose.ts';
import { formatFinding } from '../test/quality/site.ts';

const { findings, documents, files, prhRules } = await lintProse();
for (const f of findings) console.log(formatFinding(f));
const errors = findings.filter((f) => f.severity === 'error').length;
console.log(`prose: ${files} files (${documents} texts), ${prhRules} prh rules from the glossary; ${errors} error${errors === 1 ? '' : 's'}, ${findings.length - errors} warning${findings.length - errors === 1 ? '' : 's'}`);
process.exitCode = errors ? 1 : 0;
