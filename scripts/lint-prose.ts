/**
 * CLI: prose lint of all content (clause bodies and YAML prose fields): textlint with the Japanese
 * technical-writing preset tuned in .textlintrc.yml and the prh dictionary generated from the glossary.
 * Prints findings as the checker does (`file:line:col  severity  rule  message`, then the hint) against the
 * content files. Usage: node scripts/lint-prose.ts
 */
import { lintProse } from './gates/prose.ts';
import { reportGate } from './lib/report.ts';

const { findings, documents, files, prhRules } = await lintProse();
process.exitCode = reportGate('prose', findings, `${files} files (${documents} texts), ${prhRules} prh rules from the glossary`);
