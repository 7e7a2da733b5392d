/**
 * source/quote on the real content (issue #10.1): every quote in content/ — clauses, terms, versions, rules,
 * rules and amendments with their timeline steps — is checked against the local copy of the minutes, a quote that is not in
 * it is an error at its own line, and without the shared copy (a fresh clone without ../shared) the check says so
 * in one warning that counts the quotes it could not verify: never a silent pass, never a failure.
 * The fixtures in test/fixtures/checks/source-quote/ test the rule itself; this test proves it reaches all content.
 */
import { describe, expect, it } from 'vitest';
import { quotesIn, rule } from '../../scripts/checks/source-quote.ts';
import { loadModel } from '../../src/model/load.ts';
import { allDocs, type Model } from '../../src/model/model.ts';

const loaded = loadModel();
const { model } = loaded;
const quotes = [...allDocs(model)].flatMap(({ kind, doc }) => quotesIn(doc).map((q) => ({ kind, ...q })));
const files = new Set(quotes.map((q) => model.meetings.get(q.source.meeting)?.data.source.file));
const copies = [...files].map((f) => (f === undefined ? null : (model.localCopies.get(f) ?? null)));
const haveCopies = copies.length > 0 && copies.every((c) => c !== null);

describe('source/quote on content/', () => {
  it('finds the quotes of every kind of document that carries them, timeline steps included', () => {
    const kinds = new Set(quotes.map((q) => q.kind));
    for (const kind of ['clause', 'term', 'version', 'amendment', 'rule'] as const) expect(kinds, kind).toContain(kind);
    expect(quotes.some((q) => q.kind === 'amendment' && q.path.includes('timeline'))).toBe(true);
    expect(files.size).toBeGreaterThan(0);
    expect(files.has(undefined), 'every quoted meeting record names its local copy (source.file)').toBe(false);
  });

  it('warns once, counting every quote, when the shared copy is not beside the project (never a pass)', () => {
    const without: Model = { ...model, localCopies: new Map([...files].map((f) => [f!, null])) };
    const findings = rule.check(without, loaded);
    expect(findings.map((f) => f.severity)).toEqual([...files].map(() => 'warning'));
    // At a meeting record that names the missing copy (source.file), where the reader can see which file to fetch.
    const records = new Set([...model.meetings.values()].filter((m) => files.has(m.data.source.file)).map((m) => m.file));
    for (const f of findings) expect(records).toContain(f.file);
    const total = findings.reduce((n, f) => n + Number(/: (\d+) quotes? from it/.exec(f.message)?.[1] ?? 0), 0);
    expect(total).toBe(quotes.length);
    expect(findings.every((f) => f.message.includes('could not be verified'))).toBe(true);
  });

  if (!haveCopies) {
    it.skip(`verifies every quote against the minutes — skipped: ${[...files].join(', ')} is not beside the project (check out ../shared to run it)`, () => {});
    return;
  }

  it('finds every quote in its source: no finding on the content as it is', () => {
    expect(rule.check(model, loaded)).toEqual([]);
  });

  it("fails each quote, at its own file and line, once its words are no longer the minutes' (every quote tried)", () => {
    for (const q of quotes) {
      const original = q.source.quote;
      const chars = [...original];
      const mid = Math.floor(chars.length / 2);
      // One character of ours in the middle: what a paraphrase does to a passage.
      q.source.quote = [...chars.slice(0, mid), '※', ...chars.slice(mid)].join('');
      try {
        const errors = rule.check(model, loaded).filter((f) => f.severity === 'error');
        expect(
          errors.map((f) => f.file),
          `${q.doc.file}: 「${original}」`,
        ).toEqual([q.doc.file]);
        expect(errors[0]!.line).toBeGreaterThan(0);
      } finally {
        q.source.quote = original;
      }
    }
    expect(rule.check(model, loaded)).toEqual([]);
  });
});
