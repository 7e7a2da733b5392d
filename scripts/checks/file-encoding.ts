/**
 * file/encoding — every document is UTF-8 text (a byte order mark at the start is fine) without control
 * characters: no Shift_JIS, Latin-1 or UTF-16, no NUL, no invisible bidirectional controls, no U+FFFD.
 *
 * Why: a file saved in another encoding reaches the site as mojibake; an invisible control character reaches
 * pages, search and exports where nobody can see it.
 * How to fix: re-open the file in the encoding it was written in and save it as UTF-8; delete the control
 * character the message points at.
 *
 * @example not-ok
 *   content/terms/utilization.mdx saved as Shift_JIS     ← reported at the first line that is not UTF-8
 *   label: 利活用<U+202E>                                 ← an invisible right-to-left override
 * @example ok
 *   content/terms/utilization.mdx saved as UTF-8
 *
 * The loader finds these (src/model/files.ts, readDocument); this rule only brings them into the registry.
 */
import { loaderFindings, type Rule } from './kit.ts';

export const rule: Rule = {
  id: 'file/encoding',
  description: 'Every document is UTF-8 text without control characters.',
  check: (_model, loaded) => loaderFindings(loaded, 'file/encoding', 'save the file as UTF-8 without control characters'),
};
