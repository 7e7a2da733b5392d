/**
 * Ways to break a content file, for the checker's property test: each takes a copy of the content folder, breaks
 * one file (or its name) and says which path a person must look at. `fault: true` marks corruptions that are
 * always a mistake the checker must report; the others (a flipped byte, a deleted line) may happen to leave
 * valid content.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';

export interface Corruption {
  /** What was done, for the failure message. */
  what: string;
  /** The path (relative to the content folder's parent) that findings must name: the file, or where it went. */
  path: string;
  /** Always a mistake: the checker must report it (exit 1). */
  fault: boolean;
}

type Apply = (root: string, file: string) => Corruption;

const read = (root: string, file: string) => readFileSync(join(root, file));
const text = (root: string, file: string) => readFileSync(join(root, file), 'utf8');
const write = (root: string, file: string, data: string | Uint8Array) => writeFileSync(join(root, file), data);

/** Shift_JIS by the platform's own decoder, turned round: every two-byte code and what it decodes to. */
let SJIS: Map<string, number[]> | undefined;
function shiftJis(s: string): Uint8Array {
  if (!SJIS) {
    SJIS = new Map();
    const decoder = new TextDecoder('shift_jis');
    for (let hi = 0x81; hi <= 0xfc; hi++) {
      for (let lo = 0x40; lo <= 0xfc; lo++) {
        const c = decoder.decode(new Uint8Array([hi, lo]));
        if (c.length === 1 && c !== '\ufffd' && !SJIS.has(c)) SJIS.set(c, [hi, lo]);
      }
    }
  }
  const out: number[] = [];
  for (const c of s) out.push(...(c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : (SJIS.get(c) ?? [0x81, 0x48])));
  return new Uint8Array(out);
}

/** A line of the file that holds `pattern`, chosen by `pick` (0..1). */
function lineWith(lines: string[], pattern: RegExp, pick: number): number {
  const candidates = lines.flatMap((l, i) => (pattern.test(l) ? [i] : []));
  return candidates.length ? candidates[Math.floor(pick * candidates.length)]! : -1;
}

const KINDS: Record<string, (pick: number, byte: number) => Apply> = {
  /** One byte replaced by any byte: often a mistake, sometimes a harmless letter. */
  byte: (pick, byte) => (root, file) => {
    const b = read(root, file);
    const at = Math.floor(pick * b.length);
    b[at] = byte;
    write(root, file, b);
    return { what: `byte ${at} set to 0x${byte.toString(16)}`, path: file, fault: false };
  },
  /** A byte that never occurs in UTF-8. */
  invalidUtf8: (pick) => (root, file) => {
    const b = read(root, file);
    const at = Math.floor(pick * b.length);
    write(root, file, Buffer.concat([b.subarray(0, at), Buffer.from([0xff]), b.subarray(at)]));
    return { what: `0xff inserted at byte ${at}`, path: file, fault: true };
  },
  shiftJis: () => (root, file) => {
    const t = text(root, file);
    write(root, file, shiftJis(t));
    // A file of ASCII only is the same in Shift_JIS.
    return { what: 'saved as Shift_JIS', path: file, fault: /[^\x00-\x7f]/.test(t) };
  },
  utf16: (pick) => (root, file) => {
    const t = text(root, file);
    write(root, file, Buffer.concat([pick < 0.5 ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(t, 'utf16le')]));
    return { what: 'saved as UTF-16LE', path: file, fault: true };
  },
  latin1: () => (root, file) => {
    const t = text(root, file);
    write(root, file, Buffer.from(t, 'latin1'));
    return { what: 'saved as Latin-1', path: file, fault: /[^\x00-\x7f]/.test(t) };
  },
  control: (pick, byte) => (root, file) => {
    const t = text(root, file);
    const at = Math.floor(pick * t.length);
    const c = String.fromCharCode([0, 1, 7, 8, 0x0b, 0x1b, 0x7f, 0x202e][byte % 8]!);
    write(root, file, t.slice(0, at) + c + t.slice(at));
    return { what: `control character U+${c.charCodeAt(0).toString(16)} at ${at}`, path: file, fault: true };
  },
  /** A line deleted: a required field, a closing line, or something optional. */
  deleteLine: (pick) => (root, file) => {
    const lines = text(root, file).split('\n');
    const i = Math.floor(pick * lines.length);
    lines.splice(i, 1);
    write(root, file, lines.join('\n'));
    return { what: `line ${i + 1} deleted`, path: file, fault: false };
  },
  /** A `key: value` line doubled: a duplicate key (or, in a list item, a duplicate field). */
  duplicateKey: (pick) => (root, file) => {
    const lines = text(root, file).split('\n');
    const i = lineWith(lines, /^[a-z][A-Za-z]*: \S/, pick);
    if (i < 0) return { what: 'nothing to duplicate', path: file, fault: false };
    lines.splice(i, 0, lines[i]!);
    write(root, file, lines.join('\n'));
    return { what: `line ${i + 1} doubled`, path: file, fault: true };
  },
  /** A quote or bracket opened and never closed. */
  unclosed: (pick, byte) => (root, file) => {
    const lines = text(root, file).split('\n');
    const i = lineWith(lines, /^\s*(?:- )?[a-z][A-Za-z]*: [^'"[{>|&*\s]/, pick);
    if (i < 0) return { what: 'no value to break', path: file, fault: false };
    const opener = ['"', "'", '[', '{'][byte % 4]!;
    lines[i] = lines[i]!.replace(/: /, `: ${opener}`);
    write(root, file, lines.join('\n'));
    return { what: `${opener} opened on line ${i + 1}`, path: file, fault: true };
  },
  /** A date that is not a day of the calendar. */
  badDate: (pick, byte) => (root, file) => {
    const t = text(root, file);
    const dates = [...t.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)];
    if (!dates.length) return { what: 'no date', path: file, fault: false };
    const m = dates[Math.floor(pick * dates.length)]!;
    const bad = [`${m[1]}-02-30`, `${m[1]}-13-01`, `${m[1]}-00-10`, `${m[1]}-04-31`, `${Number(m[1]) % 4 ? m[1] : '2026'}-02-29`][
      byte % 5
    ]!;
    write(root, file, t.slice(0, m.index) + bad + t.slice(m.index + m[0].length));
    return { what: `${m[0]} → ${bad}`, path: file, fault: true };
  },
  /** A time that no clock shows. */
  badTime: (_pick, byte) => (root, file) => {
    const t = text(root, file);
    const m = /'(\d{2}):(\d{2})'/.exec(t);
    if (!m) return { what: 'no time', path: file, fault: false };
    const bad = ['25:00', '12:61', '24:30', '99:99'][byte % 4]!;
    write(root, file, t.slice(0, m.index + 1) + bad + t.slice(m.index + 6));
    return { what: `${m[1]}:${m[2]} → ${bad}`, path: file, fault: true };
  },
  /** The document's id changed to another well-formed id. */
  renameId: (_pick, byte) => (root, file) => {
    const t = text(root, file);
    const m = /^id: ([a-z0-9.-]+)$/m.exec(t);
    if (!m) return { what: 'no id', path: file, fault: false };
    write(root, file, t.replace(m[0], `id: ${m[1]}x${byte}`));
    return { what: `id ${m[1]} → ${m[1]}x${byte}`, path: file, fault: true };
  },
  /** A reference to an id that does not exist. */
  badReference: (pick, byte) => (root, file) => {
    const t = text(root, file);
    const refs = [...t.matchAll(/(?:<Term id="|<ClauseRef to="|meeting: |member: |since: )([a-z0-9.-]+)/g)];
    if (!refs.length) return { what: 'no reference', path: file, fault: false };
    const m = refs[Math.floor(pick * refs.length)]!;
    const at = m.index + m[0].length;
    write(root, file, `${t.slice(0, at)}zz${byte}${t.slice(at)}`);
    return { what: `reference ${m[1]} → ${m[1]}zz${byte}`, path: file, fault: true };
  },
  /** A value with a space at its end (full-width or not). */
  spacedValue: (pick, byte) => (root, file) => {
    const lines = text(root, file).split('\n');
    const i = lineWith(lines, /^\s*(?:- )?[a-z][A-Za-z]*: [^\s'"[{>|&*#][^#]*[^\s]$/, pick);
    if (i < 0) return { what: 'no value', path: file, fault: false };
    lines[i] = `${lines[i]}${byte % 2 ? '\u3000' : ' '}`;
    write(root, file, lines.join('\n'));
    // A plain scalar's trailing ASCII space is not part of its value in YAML.
    return { what: `space after line ${i + 1}`, path: file, fault: byte % 2 === 1 };
  },
  /** Deeply nested Markdown appended to the body. */
  deepNesting: (_pick, byte) => (root, file) => {
    if (!file.endsWith('.mdx')) return { what: 'not MDX', path: file, fault: false };
    const depth = 20 + (byte % 200) * 10;
    write(root, file, `${text(root, file)}\n\n${'> '.repeat(depth)}深い引用\n`);
    return { what: `${depth} nested quotes`, path: file, fault: true };
  },
  /** A link a page must not have. */
  badLink: (_pick, byte) => (root, file) => {
    if (!file.endsWith('.mdx')) return { what: 'not MDX', path: file, fault: false };
    const link = [
      '[x](javascript:alert(1))',
      '![図](https://example.org/a.png)',
      '[x](/terms/nothing-here/)',
      '<div>x</div>',
      '[x](../up/)',
    ][byte % 5]!;
    write(root, file, `${text(root, file)}\n\n${link}\n`);
    return { what: `body gets ${link}`, path: file, fault: true };
  },
  /** The file saved under a name the checker does not read. */
  rename: (_pick, byte) => (root, file) => {
    const ext = file.endsWith('.mdx') ? ['.md', '.MDX', '.mdx~', '.txt'] : ['.yml', '.json', '.YAML', '.yaml.bak'];
    const to = file.replace(/\.(?:mdx|yaml)$/, ext[byte % ext.length]!);
    renameSync(join(root, file), join(root, to));
    return { what: `renamed to ${to}`, path: to, fault: true };
  },
  /** The file moved into a misspelt or nested folder. */
  move: (_pick, byte) => (root, file) => {
    const parts = file.split('/');
    const folder =
      byte % 2
        ? `${parts.slice(0, -1).join('/')}/old`
        : parts
            .slice(0, -1)
            .join('/')
            .replace(/s$|$/, (m) => (m ? '' : 's'));
    const to = `${folder}/${parts[parts.length - 1]}`;
    if (folder === dirname(file)) return { what: 'same folder', path: file, fault: false };
    mkdirSync(join(root, folder), { recursive: true });
    renameSync(join(root, file), join(root, to));
    return { what: `moved to ${to}`, path: to, fault: true };
  },
};

export const CORRUPTION_KINDS = Object.keys(KINDS);

/** A random corruption of one of `files` (paths relative to the root given to `apply`). */
export function corruption(files: readonly string[]) {
  return fc
    .record({
      kind: fc.constantFrom(...CORRUPTION_KINDS),
      file: fc.constantFrom(...files),
      pick: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      byte: fc.integer({ min: 0, max: 255 }),
    })
    .map((c) => ({ ...c, apply: KINDS[c.kind]!(c.pick, c.byte) }));
}
