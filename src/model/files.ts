/**
 * What is under the content folder, and reading it. Every file and folder is either a document — its place
 * matches the `pattern` of a kind in DOCUMENT_KINDS — or a finding that says where it belongs; nothing is
 * dropped without a word. Documents are read as strict UTF-8 within the limits below. Nothing here throws for
 * a content mistake (a dangling link, a folder named like a file, an unreadable or oversized file, bytes that
 * are not UTF-8): each is a diagnostic at that file.
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENT_KINDS, type DocumentKind } from '../../schemas/index.ts';
import { closest, positionAt, type Diagnostic, type Position } from './diagnostic.ts';
import { LIMITS } from './limits.ts';

/** A document found in its place, with its path relative to the content folder (forward slashes). */
export interface ContentEntry {
  kind: DocumentKind;
  path: string;
}

/**
 * An id that a file claims but the model will not hold under it: the file is in the wrong place or of the
 * wrong type, or the document is rejected. A reference to it is explained by that file's own finding.
 */
export interface Claim {
  kind: DocumentKind;
  /** The file, relative to the content folder. */
  path: string;
  id: string;
  /** A clause's version (its folder); absent when not known. */
  version?: string;
  /** Where the finding that explains it is, when not at `path` (the first file of a misnamed folder). */
  cause?: string;
}

export interface Listing {
  entries: ContentEntry[];
  /** Problems with files and folders, with paths relative to the content folder (the loader prefixes them). */
  problems: Diagnostic[];
  claims: Claim[];
}

type Spec = { literal: string } | { any: true } | { ext: string };

/** The patterns of DOCUMENT_KINDS as segments: 'guideline/*\/*.mdx' → guideline, any folder, any *.mdx. */
const PATTERNS = (Object.keys(DOCUMENT_KINDS) as DocumentKind[]).map((kind) => ({
  kind,
  segments: DOCUMENT_KINDS[kind].pattern
    .split('/')
    .map((s): Spec => (s === '*' ? { any: true } : s.startsWith('*.') ? { ext: s.slice(1) } : { literal: s })),
}));

const specMatches = (spec: Spec, name: string) =>
  !name.startsWith('.') &&
  ('any' in spec || ('ext' in spec ? name.endsWith(spec.ext) && name.length > spec.ext.length : name === spec.literal));

/** The patterns whose first segments match a folder's path (segments), i.e. that can lead below it. */
const patternsUnder = (folder: readonly string[]) =>
  PATTERNS.filter((p) => p.segments.length > folder.length && folder.every((name, i) => specMatches(p.segments[i]!, name)));

const show = (spec: Spec) => ('literal' in spec ? spec.literal : 'any' in spec ? '<id>' : `<id>${spec.ext}`);
/** A pattern as messages show it; a folder named by its id is a version's (guideline/<version>/…). */
const patternText = (p: (typeof PATTERNS)[number]) =>
  p.segments.map((s, i) => ('any' in s && i < p.segments.length - 1 ? '<version>' : show(s))).join('/');

/** Files that editors and systems leave behind. */
const LEFTOVER = /(?:~|\.(?:swp|swo|swx|bak|orig|rej|tmp|old))$|^\.?#|^\._|^(?:\.DS_Store|Thumbs\.db|desktop\.ini)$/i;
/** The name an editor's backup was made from (x.mdx~, x.mdx.bak, .x.mdx.swp, #x.mdx#), if it says. */
const originalName = (name: string): string | undefined => {
  const stripped = name
    .replace(/^\.#|^#|^\._/, '')
    .replace(/#$|~$|\.(?:swp|swo|swx|bak|orig|rej|tmp|old)$/i, '')
    .replace(/^\.(?=.+\.(?:mdx|yaml)$)/, '');
  return stripped !== name && stripped ? stripped : undefined;
};

/** Extensions of text a person may have meant as a document. */
const MDX_LIKE = /\.(?:mdx|md|markdown|txt)$/i;
const YAML_LIKE = /\.(?:yaml|yml|json)$/i;

/**
 * Walk the content folder (`root`, absolute): every document of every kind, and a problem for everything else.
 * `shown` is how messages name the content folder (`content/`).
 */
export function listContent(root: string, shown: string): Listing {
  const out: Listing = { entries: [], problems: [], claims: [] };
  const problem = (path: string, rule: string, message: string, hint: string, at: Position = { line: 1, column: 1 }) =>
    out.problems.push({ file: path, ...at, severity: 'error', rule, message, hint });
  const inContent = (p: string) => `${shown}${p}`;
  const contentFolder = shown || 'the content folder';

  const walkFolder = (folder: string[], real: Set<string>) => {
    const abs = join(root, ...folder);
    let children: Dirent[];
    try {
      children = readdirSync(abs, { withFileTypes: true });
    } catch (error) {
      problem(
        folder.join('/') + '/',
        'file/unreadable',
        `「${inContent(folder.join('/'))}/」 cannot be read (${codeOf(error)}); expected a folder the checker may list`,
        "check the folder's permissions",
      );
      return;
    }
    children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const under = patternsUnder(folder);
    // A folder where documents live, left empty (a version folder with no version.yaml and no clause).
    if (!children.length && folder.length > 1) {
      problem(
        folder.join('/') + '/',
        'file/unexpected',
        `「${inContent(folder.join('/'))}/」 is an empty folder; expected ${
          under
            .filter((p) => p.segments.length === folder.length + 1)
            .map((p) => inContent(patternText(p)))
            .join(' and ') || 'documents'
        } in it`,
        'add the documents it was made for, or remove the folder',
      );
      return;
    }
    for (const child of children) {
      const path = [...folder, child.name];
      const rel = path.join('/');
      let isDir = child.isDirectory();
      let isFile = child.isFile();
      if (child.isSymbolicLink()) {
        try {
          const target = statSync(join(abs, child.name));
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          const code = codeOf(error);
          problem(
            rel,
            'file/unreadable',
            code === 'ELOOP'
              ? `「${inContent(rel)}」 is a link that leads back to itself; expected a file or a link to one`
              : `「${inContent(rel)}」 is a link to a file that does not exist (${code}); expected a file or a link to one`,
            'replace the link with the file itself, or remove it',
          );
          claimByPlace(path);
          continue;
        }
      }
      if (isDir) {
        const realPath = safeRealpath(join(abs, child.name));
        if (realPath && real.has(realPath)) {
          problem(
            rel + '/',
            'file/unreadable',
            `「${inContent(rel)}/」 is a link to a folder that contains it; expected a folder of content`,
            'replace the link with a real folder, or remove it',
          );
          continue;
        }
        if (under.some((p) => p.segments.length > path.length && specMatches(p.segments[folder.length]!, child.name))) {
          walkFolder(path, new Set([...real, ...(realPath ? [realPath] : [])]));
        } else {
          unexpectedFolder(path, under);
        }
      } else if (isFile) {
        const kind = under.find((p) => p.segments.length === path.length && specMatches(p.segments[folder.length]!, child.name))?.kind;
        if (kind) out.entries.push({ kind, path: rel });
        else unexpectedFile(path, under);
      } else {
        problem(
          rel,
          'file/unexpected',
          `「${inContent(rel)}」 is neither a file nor a folder; expected only files and folders in ${contentFolder}`,
          'remove it',
        );
      }
    }
  };

  /** A claim for a file found where no document may be, when its place says which kind it was meant to be. */
  function claimByPlace(path: string[], kind?: DocumentKind, cause?: string) {
    const meant = kind ?? likelyKind(path);
    if (!meant) return;
    const name = path[path.length - 1]!;
    const id = name.replace(/\.[^.]*$/, '').replace(/[~#]+$/, '');
    const folder = path[0] === 'guideline' && path.length > 2 ? path[1] : undefined;
    if (meant === 'version') {
      if (folder) out.claims.push({ kind: meant, path: path.join('/'), id: folder, ...(cause ? { cause } : {}) });
      return;
    }
    out.claims.push({
      kind: meant,
      path: path.join('/'),
      id,
      ...(meant === 'clause' && folder ? { version: folder } : {}),
      ...(cause ? { cause } : {}),
    });
  }

  function unexpectedFolder(path: string[], under: typeof PATTERNS) {
    const rel = path.join('/');
    const name = path[path.length - 1]!;
    const level = path.length - 1;
    const files = filesBelow(join(root, rel));
    const where = files.length
      ? `${files.length} file${files.length > 1 ? 's' : ''} in it ${files.length > 1 ? 'are' : 'is'} not read`
      : 'it is empty';
    // A finding names a file: the folder's first file (one finding for the folder, like a rename fixes it).
    const at = files.length ? `${rel}/${files[0]}` : `${rel}/`;
    const fileSpec = under.find((p) => p.segments.length === path.length && specMatches(p.segments[level]!, name));
    if (fileSpec) {
      problem(
        `${rel}/`,
        'file/unexpected',
        `「${inContent(rel)}」 is a folder; expected the file of a ${fileSpec.kind} (${inContent(patternText(fileSpec))})`,
        `move what is inside out of it and make ${inContent(rel)} a file`,
      );
      claimByPlace(path, fileSpec.kind, `${rel}/`);
      return;
    }
    const literals = [
      ...new Set(
        under.flatMap((p) => {
          const s = p.segments[level]!;
          return p.segments.length > path.length && 'literal' in s ? [s.literal] : [];
        }),
      ),
    ];
    const near = literals.find((l) => l.toLowerCase() === name.toLowerCase()) ?? closest(name, literals, 1)[0];
    const meant = near
      ? PATTERNS.find((p) => 'literal' in p.segments[level]! && (p.segments[level] as { literal: string }).literal === near)
      : undefined;
    let message: string;
    let hint: string;
    if (near && meant) {
      message = `「${inContent(rel)}/」 is not a folder of ${contentFolder}; expected ${inContent(near)}/ (a ${meant.kind} is ${inContent(patternText(meant))}) — ${where}`;
      hint = `rename the folder to ${near}/${files.length ? ', or move its files into it' : ''}`;
    } else if (level > 0 && !under.some((p) => p.segments.length > path.length)) {
      const parent = path.slice(0, -1).join('/');
      const kinds = PATTERNS.filter(
        (p) => p.segments.length === path.length && path.slice(0, -1).every((n, i) => specMatches(p.segments[i]!, n)),
      );
      message = `「${inContent(rel)}/」 is a folder inside ${inContent(parent)}/, which holds no folders; expected ${kinds.map(patternText).map(inContent).join(' and ') || 'files only'} — ${where}`;
      hint = `move the files of ${name}/ up into ${inContent(parent)}/ (no deeper folders), or remove the folder`;
    } else {
      const folders = [...new Set(under.map((p) => show(p.segments[level]!)))].join(', ');
      message = `「${inContent(rel)}/」 is not a folder of ${level ? inContent(path.slice(0, -1).join('/')) + '/' : contentFolder}; expected ${folders} — ${where}`;
      hint = `move its files to the folder of their kind (${PATTERNS.map(patternText).map(inContent).join(', ')}), or remove it`;
    }
    problem(at, 'file/unexpected', message, hint);
    for (const f of files) claimByPlace([...path, ...f.split('/')], undefined, at);
  }

  function unexpectedFile(path: string[], under: typeof PATTERNS) {
    const rel = path.join('/');
    const name = path[path.length - 1]!;
    const level = path.length - 1;
    const here = under.filter((p) => p.segments.length === path.length);
    const label = (p: (typeof PATTERNS)[number]) => `a ${p.kind} is ${inContent(patternText(p))}`;
    if (LEFTOVER.test(name)) {
      // A backup whose document is missing is the document, saved under the wrong name: say so, and claim it.
      const original = originalName(name);
      const spec = original && here.find((p) => specMatches(p.segments[level]!, original));
      if (spec && !existsSync(join(root, ...path.slice(0, -1), original))) {
        problem(
          rel,
          'file/unexpected',
          `「${inContent(rel)}」 is an editor's backup, and ${inContent([...path.slice(0, -1), original].join('/'))} is missing; expected the document under its own name`,
          `rename it to ${original}`,
        );
        claimByPlace([...path.slice(0, -1), original], spec.kind, rel);
        return;
      }
      problem(
        rel,
        'file/unexpected',
        `「${inContent(rel)}」 is an editor's or the system's leftover; expected only documents in ${contentFolder}`,
        'remove it',
      );
      return;
    }
    // Same name but another case (x.MDX, Version.yaml), another extension (.md, .yml, .json), or a version file misnamed.
    for (const p of here) {
      const spec = p.segments[level]!;
      const stem = name.replace(/\.[^.]*$/, '');
      let fixed: string | undefined;
      if ('ext' in spec && name.toLowerCase().endsWith(spec.ext)) fixed = stem + spec.ext;
      else if ('ext' in spec && (MDX_LIKE.test(name) || YAML_LIKE.test(name))) fixed = stem + spec.ext;
      else if (
        'literal' in spec &&
        (name.toLowerCase() === spec.literal.toLowerCase() ||
          (YAML_LIKE.test(name) && closest(stem, [spec.literal.replace(/\.[^.]*$/, '')], 1).length))
      )
        fixed = spec.literal;
      if (!fixed) continue;
      problem(
        rel,
        'file/unexpected',
        `「${inContent(rel)}」 is not read; expected ${inContent([...path.slice(0, -1), fixed].join('/'))} (${label(p)})`,
        `rename it to ${fixed}${'ext' in spec && spec.ext === '.mdx' && !MDX_LIKE.test(name) ? ', with its YAML as the frontmatter between --- lines at the top' : ''}`,
      );
      claimByPlace(path, p.kind);
      return;
    }
    const meant = likelyKind(path);
    const pattern = meant ? PATTERNS.find((p) => p.kind === meant)! : undefined;
    if (here.length) {
      problem(
        rel,
        'file/unexpected',
        `「${inContent(rel)}」 is not a document; expected ${here.map((p) => inContent(patternText(p))).join(' or ')}`,
        'rename it as its kind requires, or remove it',
      );
    } else if (pattern) {
      problem(
        rel,
        'file/unexpected',
        `「${inContent(rel)}」 is not in the folder of its kind; expected ${inContent(patternText(pattern))} (${label(pattern)})`,
        `move it to ${inContent(patternText(pattern))}`,
      );
    } else {
      problem(
        rel,
        'file/unexpected',
        `「${inContent(rel)}」 is not a document; expected only ${PATTERNS.map(patternText).map(inContent).join(', ')}`,
        'move it to the folder of its kind, or remove it',
      );
    }
    // A file without a document's extension where documents of one kind live (a clause saved as 「purpose」) is that kind.
    claimByPlace(path, meant ?? here.find((p) => 'ext' in p.segments[level]!)?.kind);
  }

  /** The kind a misplaced file was most likely meant to be: by its folders (closest names), then its extension. */
  function likelyKind(path: string[]): DocumentKind | undefined {
    const name = path[path.length - 1]!;
    if (LEFTOVER.test(name)) return undefined;
    const mdx = MDX_LIKE.test(name);
    const yaml = YAML_LIKE.test(name);
    if (!mdx && !yaml) return undefined;
    // Under guideline/ (at any depth): a version file, or a clause.
    if (path[0] === 'guideline') return /^version\./i.test(name) ? 'version' : mdx ? 'clause' : undefined;
    const top = path.length > 1 ? path[0]! : undefined;
    const byFolder =
      top === undefined
        ? undefined
        : PATTERNS.find((p) => {
            const first = p.segments[0]!;
            return 'literal' in first && (first.literal.toLowerCase() === top.toLowerCase() || closest(top, [first.literal], 1).length > 0);
          });
    if (byFolder && byFolder.kind !== 'version') return byFolder.kind;
    return undefined;
  }

  walkFolder([], new Set([safeRealpath(root) ?? root]));
  return out;
}

/** Files below a folder (relative, sorted), without following links. */
function filesBelow(abs: string): string[] {
  try {
    return (readdirSync(abs, { recursive: true, withFileTypes: true }) as Dirent[])
      .filter((d) => !d.isDirectory())
      .map((d) =>
        join(d.parentPath, d.name)
          .slice(abs.length + 1)
          .split('\\')
          .join('/'),
      )
      .sort();
  } catch {
    return [];
  }
}

function safeRealpath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException)?.code ?? String(error);

/** Characters that must not reach a page: C0/C1 controls (tab and line ends aside), bidi controls, a BOM inside the text, U+FFFD. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\uFFFD]/;

export type ReadResult = { text: string } | { problem: Diagnostic };

/**
 * Read one document as UTF-8 text, or say why it cannot be: unreadable, too large, not UTF-8 (with a guess of
 * what it is), or holding a control character. `file` is what the diagnostic names.
 */
export function readDocument(abs: string, file: string): ReadResult {
  const fail = (rule: string, message: string, hint: string, at: Position = { line: 1, column: 1 }): ReadResult => ({
    problem: { file, ...at, severity: 'error', rule, message, hint },
  });
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    fd = openSync(abs, 'r');
    const size = fstatSync(fd).size;
    if (size > LIMITS.fileBytes) {
      return fail(
        'file/limit',
        `the file is ${Math.ceil(size / 1024)} KiB; expected at most ${LIMITS.fileBytes / 1024} KiB`,
        'split the document, or check that it is the file you meant (a document is text written by hand)',
      );
    }
    bytes = readFileSync(fd);
  } catch (error) {
    const code = codeOf(error);
    return fail(
      'file/unreadable',
      `the file cannot be read (${code}); expected a readable file`,
      code === 'EISDIR' ? 'make it a file, not a folder' : "check the file's permissions, or whether it is being written to",
    );
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  // Strict UTF-8 (the platform's validator, then a plain decode); a byte order mark at the start is dropped.
  if (!isUtf8(bytes)) {
    const lossy = bytes.toString('utf8');
    const at = positionAt(lossy, lossy.indexOf('\uFFFD'));
    return fail(
      'file/encoding',
      `the file is not UTF-8${guessEncoding(bytes)}; expected UTF-8 (first bad byte on line ${at.line})`,
      'save the file as UTF-8 in your editor (re-open it in the encoding it was written in, then save as UTF-8)',
      at,
    );
  }
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const bad = CONTROL.exec(text);
  if (bad) {
    const code = bad[0].codePointAt(0)!;
    const nulls = code === 0 && /^(?:[^\0]\0){4}|^(?:\0[^\0]){4}/.test(text);
    return fail(
      'file/encoding',
      nulls
        ? 'the file is UTF-16 (a NUL byte between characters); expected UTF-8'
        : `the file holds ${describeControl(code)} (U+${code.toString(16).toUpperCase().padStart(4, '0')}); expected text without control characters`,
      nulls
        ? 'save the file as UTF-8 in your editor'
        : 'delete the invisible character (it came in with a copy and paste, or a broken save)',
      positionAt(text, bad.index),
    );
  }
  return { text };
}

function describeControl(code: number): string {
  if (code === 0) return 'a NUL byte';
  if (code === 0xfffd) return 'a replacement character, the mark of text once decoded in the wrong encoding';
  if (code === 0xfeff) return 'a byte order mark inside the text';
  if (code >= 0x200e) return 'an invisible bidirectional control character';
  return 'a control character';
}

/** What a file that is not UTF-8 probably is, for the message. */
function guessEncoding(bytes: Buffer): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return ' (it is UTF-16)';
  for (const [label, name] of [
    ['shift_jis', 'Shift_JIS'],
    ['euc-jp', 'EUC-JP'],
  ] as const) {
    try {
      new TextDecoder(label, { fatal: true }).decode(bytes);
      return ` (it reads as ${name})`;
    } catch {
      // not this one either
    }
  }
  return '';
}
