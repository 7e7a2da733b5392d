/**
 * The prose lint behind `npm run lint:prose`: textlint with .textlintrc.yml over the prose of all content,
 * the prh dictionary generated from the glossary, findings mapped back to the content files.
 */
import { resolve } from 'node:path';
import { createLinter, loadTextlintrc } from 'textlint';
import { compareDiagnostics, type Diagnostic } from '../../src/model/diagnostic.ts';
import { loadModel } from '../../src/model/load.ts';
import { PRH_DICTIONARY_PATH, writePrhDictionary } from '../../scripts/prh.ts';
import { proseDocuments, type ProseDocument } from './passages.ts';

/**
 * Rules that still apply to text copied as printed (minutes, names, official wording): they find damage from
 * copying (decomposed kana, control and zero-width characters, half-width kana), not style.
 */
export const DAMAGE_RULES = new Set(['no-nfd', 'no-invalid-control-character', 'no-zero-width-spaces', 'no-hankaku-kana']);

const shortRule = (ruleId: string) => ruleId.replace(/^(?:preset-)?ja-technical-writing\//, '');

export interface ProseLintOptions {
  /** Content folder (default: loadModel's default, $MIDNET_CONTENT_DIR or content/). */
  contentDir?: string;
  /** Where to write the generated prh dictionary. */
  dictionary?: string;
  /** textlint configuration file. */
  config?: string;
}

export interface ProseLintResult {
  findings: Diagnostic[];
  /** Texts linted, and the files they come from. */
  documents: number;
  files: number;
  /** prh rules generated from the glossary. */
  prhRules: number;
}

export async function lintProse(options: ProseLintOptions = {}): Promise<ProseLintResult> {
  const { model } = options.contentDir ? loadModel(options.contentDir) : loadModel();
  const dictionary = resolve(options.dictionary ?? PRH_DICTIONARY_PATH);
  const prh = writePrhDictionary(model, dictionary);
  const descriptor = await loadTextlintrc({ configFilePath: options.config ?? '.textlintrc.yml' });
  // The configuration names the default dictionary; point prh at the one just written.
  const rules = (descriptor.toKernelOptions().rules ?? []).map((r) =>
    r.ruleId === 'prh' ? { ...r, options: { ...(typeof r.options === 'object' ? r.options : {}), rulePaths: [dictionary] } } : r,
  );
  const linter = createLinter({ descriptor: descriptor.shallowMerge({ rules }) });
  const findings: Diagnostic[] = [...prh.problems];
  const docs = proseDocuments(model);
  for (const doc of docs) findings.push(...(await lintDocument(linter, doc)));
  return { findings: findings.sort(compareDiagnostics), documents: docs.length, files: new Set(docs.map((d) => d.file)).size, prhRules: prh.rules };
}

async function lintDocument(linter: ReturnType<typeof createLinter>, doc: ProseDocument): Promise<Diagnostic[]> {
  const result = await linter.lintText(doc.text, 'prose.md');
  const out: Diagnostic[] = [];
  for (const m of result.messages) {
    const rule = shortRule(m.ruleId);
    if (doc.voice === 'as-printed' && !DAMAGE_RULES.has(rule)) continue;
    const at = doc.map[m.range?.[0] ?? m.index] ?? doc.map[doc.map.length - 1] ?? { line: 1, column: 1 };
    out.push({
      file: doc.file, line: at.line, column: at.column, severity: m.severity === 1 ? 'warning' : 'error',
      rule: `prose/${rule}`, message: m.message.replace(/\s+/g, ' ').trim(),
    });
  }
  return out;
}
