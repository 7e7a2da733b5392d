/**
 * The prose lint behind `npm run lint:prose`: textlint with .textlintrc.yml over the prose of all content,
 * the prh dictionary generated from the glossary, findings mapped back to the content files.
 */
import { resolve } from 'node:path';
import { createLinter, loadTextlintrc } from 'textlint';
import { compareDiagnostics, type Diagnostic } from '../../src/model/diagnostic.ts';
import { loadModel } from '../../src/model/load.ts';
import type { Model } from '../../src/model/model.ts';
import { PRH_DICTIONARY_PATH, writePrhDictionary } from '../prh.ts';
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
  const units = termUnits(model, descriptor.toJSON().rule);
  for (const doc of docs) {
    findings.push(...(await lintDocument(linter, doc)).filter((f) => !isCompoundOfTerms(f, units)));
  }
  return {
    findings: findings.sort(compareDiagnostics),
    documents: docs.length,
    files: new Set(docs.map((d) => d.file)).size,
    prhRules: prh.rules,
  };
}

/**
 * The words a long run of kanji may be made of without being hard to read: the glossary's labels and forms (a
 * reader of this site knows them) and the allow list of max-kanji-continuous-len in .textlintrc.yml.
 */
function termUnits(model: Model, rules: { id: string; options: unknown }[]): { words: string[]; max: number } {
  const options = rules.find((r) => /ja-technical-writing\/max-kanji-continuous-len$/.test(r.id))?.options as
    { allow?: string[]; max?: number } | undefined;
  const words = new Set(options?.allow ?? []);
  for (const t of model.terms.values()) for (const w of [t.data.label, ...t.data.forms]) words.add(w);
  return { words: [...words].sort((a, b) => b.length - a.length), max: options?.max ?? 6 };
}

/** Affixes and conjunctions that join terms in official Japanese (各協力医療機関, 利活用申出及び, 製造販売後調査以外). */
const JOINERS = /^(?:各|及|並|又|等|以外|以上|以下|未満|毎)$/;

/**
 * A max-kanji-continuous-len finding whose run is defined terms joined by affixes (「各協力医療機関」,
 * 「利活用変更申出及び」) is not a hard compound: each part is a word the reader already knows. What is left after
 * taking out the terms must be a joiner or itself within the rule's maximum.
 */
export function isCompoundOfTerms(f: Diagnostic, units: { words: readonly string[]; max: number }): boolean {
  if (f.rule !== 'prose/max-kanji-continuous-len') return false;
  const run = /: (\S+)$/.exec(f.message)?.[1];
  if (!run) return false;
  let rest = [run];
  for (const word of units.words) rest = rest.flatMap((part) => part.split(word)).filter(Boolean);
  if (rest.length === 1 && rest[0] === run) return false;
  return rest.every((part) => JOINERS.test(part) || part.length <= units.max);
}

async function lintDocument(linter: ReturnType<typeof createLinter>, doc: ProseDocument): Promise<Diagnostic[]> {
  const result = await linter.lintText(doc.text, 'prose.md');
  const out: Diagnostic[] = [];
  for (const m of result.messages) {
    const rule = shortRule(m.ruleId);
    if (doc.voice === 'as-printed' && !DAMAGE_RULES.has(rule)) continue;
    const at = doc.map[m.range?.[0] ?? m.index] ?? doc.map[doc.map.length - 1] ?? { line: 1, column: 1 };
    out.push({
      file: doc.file,
      line: at.line,
      column: at.column,
      severity: m.severity === 1 ? 'warning' : 'error',
      // Line numbers inside a message refer to the text handed to textlint, not to the file: drop them.
      rule: `prose/${rule}`,
      message: m.message
        .replace(/\s+/g, ' ')
        .replace(/^Line \d+ /, '')
        .trim(),
    });
  }
  return out;
}
