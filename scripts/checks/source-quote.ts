/**
 * source/quote — every `quote:` of a meeting source is the exact passage, whitespace aside, of the document
 * the meeting record transcribes: the record names it in `source.file` (the draft minutes in ../shared/seeds/),
 * and the checker reads the local copy found beside the project (src/model/local-copy.ts). Where no copy is at
 * hand — a fresh clone without the shared material — it says so once per document, as a warning: the quotes
 * are not verified, which is neither a pass nor a failure.
 *
 * Why: a definition, rule value or summary that rests on the minutes' words must show those words, and they
 * must really be there. A sentence of ours written as a quote would put our words in the minutes' mouth.
 * How to fix: copy the passage from the document as printed (line breaks and the PDF's spaces do not matter);
 * if the words are ours, drop `quote` and give the statement basis `inferred`. Where a record names no local
 * copy, add `source.file`; where the copy is missing, check out the shared material beside the project.
 *
 * @example not-ok
 *   sources: [{ meeting: m31, item: d3, quote: 管理者によるデータ取得は利活用に当たらない }]   ← our wording
 * @example ok
 *   sources: [{ meeting: m31, item: d3, quote: 当該管理者によるデータ取得については利活用には該当しない旨を明示する }]
 */
import type { MeetingSource } from '../../schemas/index.ts';
import { squashWhitespace } from '../../src/model/local-copy.ts';
import { allDocs, type Doc, type MeetingDoc, type Model } from '../../src/model/model.ts';
import type { PathKey } from '../../src/model/parse-document.ts';
import { finding, placeOf, type Finding, type Rule } from './kit.ts';

const id = 'source/quote';

/** A meeting source with a quote, found in a document's data, and where it is. */
export interface QuotedSource {
  doc: Doc<unknown>;
  path: PathKey[];
  source: MeetingSource & { quote: string };
}

/** Every meeting source carrying a quote in a document's data (frontmatter fields, at any depth), in order. */
export function quotesIn(doc: Doc<unknown>): QuotedSource[] {
  const out: QuotedSource[] = [];
  const visit = (value: unknown, path: PathKey[]) => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o['meeting'] === 'string' && typeof o['quote'] === 'string') out.push({ doc, path, source: o as QuotedSource['source'] });
      for (const [k, v] of Object.entries(o)) visit(v, [...path, k]);
    }
  };
  visit(doc.data, []);
  return out;
}

export const rule: Rule = {
  id,
  description:
    'Every quote of a meeting source is, whitespace aside, in the local copy of the document the record transcribes; a missing copy is said once, as a warning.',
  check(model: Model): Finding[] {
    const out: Finding[] = [];
    /** Quotes whose document has no copy here, by the record that names the document first. */
    const unverified = new Map<string, { record: MeetingDoc; quotes: number; files: Set<string> }>();
    for (const { doc } of allDocs(model)) {
      for (const q of quotesIn(doc)) {
        const record = model.meetings.get(q.source.meeting);
        if (!record) continue; // ref/unknown-meeting says so
        const file = record.data.source.file;
        if (file === undefined) {
          out.push(
            warning(
              placeOf(q.doc, [...q.path, 'quote']),
              `the record of ${record.data.id} names no local copy of the document it transcribes (source.file); this quote cannot be verified`,
              `add source.file to ${record.file}, the path of the document beside the project (e.g. shared/seeds/….txt)`,
            ),
          );
          continue;
        }
        const copy = model.localCopies.get(file);
        if (!copy) {
          const seen = unverified.get(file) ?? { record, quotes: 0, files: new Set<string>() };
          seen.quotes++;
          seen.files.add(q.doc.file);
          unverified.set(file, seen);
          continue;
        }
        const text = squashWhitespace(copy.text);
        const quote = squashWhitespace(q.source.quote);
        if (text.includes(quote)) continue;
        out.push(
          finding(
            id,
            placeOf(q.doc, [...q.path, 'quote']),
            `「${q.source.quote}」 is not in ${copy.path} (the document ${record.data.id} transcribes)${whereItDiffers(text, quote)}; expected the exact passage, whitespace aside`,
            'copy the passage from the document as printed; if these are our words, drop quote and give the statement basis inferred',
          ),
        );
      }
    }
    for (const [file, { record, quotes, files }] of unverified) {
      out.push(
        warning(
          placeOf(record, ['source', 'file']),
          `「${file}」 was not found beside the project: ${quotes} quote${quotes === 1 ? '' : 's'} from it (in ${files.size} file${files.size === 1 ? '' : 's'}) could not be verified`,
          'check out the shared material beside the project (../shared) to verify them; until then they are not checked',
        ),
      );
    }
    return out;
  },
};

function warning(place: Parameters<typeof finding>[1], message: string, hint: string): Finding {
  return { ...finding(id, place, message, hint), severity: 'warning' };
}

/** 「…: the first N characters are there, then the document has 「…」 where the quote has 「…」」, or ''. */
function whereItDiffers(text: string, quote: string): string {
  let lo = 0;
  let hi = quote.length;
  // The longest prefix of the quote found in the text (a prefix found means every shorter one is found too).
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (text.includes(quote.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  if (lo < 4) return '';
  const at = text.indexOf(quote.slice(0, lo)) + lo;
  return ` (it matches up to 「${quote.slice(Math.max(0, lo - 8), lo)}」, then the document has 「${text.slice(at, at + 8)}」 where the quote has 「${quote.slice(lo, lo + 8)}」)`;
}
