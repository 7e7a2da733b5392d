/**
 * What a page's script opens by walking from elements it finds (html40, issue #11). The script is not run: its text is
 * read for expressions that start at 「document」 (or at 「this」, a handler's own element) or at a name bound to one
 * (「const q = document.querySelector('.q')」, 「….forEach((b) =>」, 「for (const b of …)」), go on by steps the
 * checker follows in the page's tree (「.nextElementSibling」「.parentElement」「.children[1]」「.closest('.card')」
 * 「.querySelector('.body')」「.getElementById(…)」), and end in an action that opens (「.hidden = false」,
 * 「.removeAttribute('hidden')」, 「.style.display = 'block'」, 「.classList.toggle(…)」, 「.showModal()」 …), directly
 * or through a name bound to the walk (「const p = b.nextElementSibling; p.hidden = !p.hidden」). An id given by a
 * string is read where it is proved from the text: quoted, a template or a 「+」 of quoted parts and names bound to
 * quoted strings (「const k = 'main'; getElementById(`tbl-${k}`)」), or an attribute of the elements a name holds
 * (「getElementById(b.dataset.target)」「querySelector(b.getAttribute('data-show'))」). Selectors are read where they
 * are of tags, ids, classes and attributes with descendant, child, 「+」 and 「~」 combinators and places among siblings
 * (「:first-child」「:nth-child(2)」「:last-of-type」 …, html41); anything else finds nothing (the container stays refused:
 * more refused, never less). A name bound twice holds its later binding from there on. html41: a list spread into an
 * array (「[...list]」「Array.from(list)」) holds what it found; 「nextSibling」「previousSibling」「firstChild」「lastChild」
 * step by nodes (what they reach opens only where it is an element); `readScript` says whether the whole script is
 * understood (html14's loose reading of its quoted names is then not used by html.ts).
 */
import type { DefaultTreeAdapterMap } from 'parse5';

type P5Element = DefaultTreeAdapterMap['element'];
type P5Parent = DefaultTreeAdapterMap['parentNode'];
type P5Child = DefaultTreeAdapterMap['childNode'];

const isElement = (n: P5Child): n is P5Element => 'tagName' in n;
const attribute = (e: P5Element, name: string) => e.attrs.find((a) => a.name === name)?.value;
const parentOf = (e: P5Element): P5Element | undefined =>
  e.parentNode && 'tagName' in e.parentNode ? (e.parentNode as P5Element) : undefined;
const kids = (e: P5Parent): P5Element[] => e.childNodes.filter(isElement);

/** At most this many elements in a set, strings in a set, and steps in a walk (a page's script is short). */
const MOST = 500;

/** One compound of a selector: a tag, ids, classes, attributes (present, or equal to a value). */
interface Compound {
  tag?: string;
  ids: string[];
  classes: string[];
  attrs: { name: string; value: string | undefined }[];
  /** html41: places among its siblings (「:first-child」「:nth-child(2)」「:last-of-type」 …). */
  places?: { of: 'child' | 'type'; from: 'first' | 'last'; n: number; only?: true }[];
}
/** A selector: compounds with the combinator before each (' ' descendant, '>' child, html41: '+' next, '~' later sibling). */
type Combinator = ' ' | '>' | '+' | '~';
type Selector = { compound: Compound; combinator: Combinator }[];

const COMPOUND_PART =
  /([#.])(-?[A-Za-z_][\w-]*)|\[\s*([\w-]+)\s*(?:=\s*(?:"([^"\n]{0,100})"|'([^'\n]{0,100})'|([\w-]{1,100}))\s*)?\]|:(first|last|only)-(child|of-type)|:nth-(last-)?(child|of-type)\((\d{1,3})\)/y;

/** A selector list of what `Selector` reads; undefined for anything else (another pseudo-class, 「:not()」 …). */
function readSelector(text: string): Selector[] | undefined {
  const out: Selector[] = [];
  for (const one of text.split(',')) {
    const parts = one.trim().replace(/[>+~]/g, ' $& ').split(/\s+/);
    if (parts.length === 0 || parts[0] === '' || parts.length > 20) return undefined;
    const selector: Selector = [];
    let combinator: Combinator = ' ';
    for (const part of parts) {
      if (part === '>' || part === '+' || part === '~') {
        if (selector.length === 0 || combinator !== ' ') return undefined;
        combinator = part;
        continue;
      }
      const tag = /^(?:[A-Za-z][\w-]*|\*)/.exec(part)?.[0];
      const compound: Compound = { ids: [], classes: [], attrs: [] };
      if (tag !== undefined && tag !== '*') compound.tag = tag.toLowerCase();
      let at = tag?.length ?? 0;
      while (at < part.length) {
        COMPOUND_PART.lastIndex = at;
        const m = COMPOUND_PART.exec(part);
        if (!m) return undefined;
        if (m[1] === '#') compound.ids.push(m[2]!);
        else if (m[1] === '.') compound.classes.push(m[2]!);
        else if (m[7] !== undefined)
          (compound.places ??= []).push({
            of: m[8] === 'child' ? 'child' : 'type',
            from: 'first',
            n: 1,
            ...(m[7] === 'only' ? { only: true as const } : {}),
            ...(m[7] === 'last' ? { from: 'last' as const } : {}),
          });
        else if (m[10] !== undefined)
          (compound.places ??= []).push({ of: m[10] === 'child' ? 'child' : 'type', from: m[9] ? 'last' : 'first', n: Number(m[11]) });
        else compound.attrs.push({ name: m[3]!.toLowerCase(), value: m[4] ?? m[5] ?? m[6] });
        at = COMPOUND_PART.lastIndex;
      }
      if (at === 0) return undefined;
      selector.push({ compound, combinator });
      combinator = ' ';
    }
    if (combinator !== ' ') return undefined;
    out.push(selector);
  }
  return out;
}

function compoundMatches(c: Compound, e: P5Element): boolean {
  if (c.tag !== undefined && e.tagName !== c.tag) return false;
  if (c.ids.some((id) => attribute(e, 'id') !== id)) return false;
  const classes = (attribute(e, 'class') ?? '').split(/[\t\n\f\r ]+/);
  if (c.classes.some((x) => !classes.includes(x))) return false;
  if (
    !c.attrs.every((a) => {
      const v = attribute(e, a.name);
      return v !== undefined && (a.value === undefined || v === a.value);
    })
  )
    return false;
  return (c.places ?? []).every((x) => {
    const siblings = e.parentNode ? kids(e.parentNode).filter((q) => x.of === 'child' || q.tagName === e.tagName) : [e];
    const at = siblings.indexOf(e);
    const place = x.from === 'first' ? at + 1 : siblings.length - at;
    return x.only ? siblings.length === 1 : place === x.n;
  });
}

/** Whether `e` matches `s` (its last compound, then each before it among its ancestors by its combinator). */
function selectorMatches(s: Selector, e: P5Element): boolean {
  const at = (i: number, q: P5Element): boolean => {
    if (!compoundMatches(s[i]!.compound, q)) return false;
    if (i === 0) return true;
    if (s[i]!.combinator === '>') {
      const p = parentOf(q);
      return p !== undefined && at(i - 1, p);
    }
    if (s[i]!.combinator === '+' || s[i]!.combinator === '~') {
      const siblings = q.parentNode ? kids(q.parentNode) : [];
      const before = siblings.slice(0, siblings.indexOf(q));
      return s[i]!.combinator === '+' ? before.length > 0 && at(i - 1, before[before.length - 1]!) : before.some((b) => at(i - 1, b));
    }
    for (let p = parentOf(q); p; p = parentOf(p)) if (at(i - 1, p)) return true;
    return false;
  };
  return at(s.length - 1, e);
}

const matches = (list: Selector[], e: P5Element) => list.some((s) => selectorMatches(s, e));

/** The elements under `roots` in document order (not `roots` themselves), template contents left out. */
function descendants(roots: readonly P5Parent[]): P5Element[] {
  const out: P5Element[] = [];
  const walk = (n: P5Parent) => {
    for (const c of kids(n)) {
      out.push(c);
      walk(c);
    }
  };
  roots.forEach(walk);
  return out;
}

/** The page's elements in document order, indexed by id, class and tag (read once per page). */
interface Index {
  all: P5Element[];
  order: Map<P5Element, number>;
  byId: Map<string, P5Element[]>;
  byClass: Map<string, P5Element[]>;
  byTag: Map<string, P5Element[]>;
}
const INDEX = new WeakMap<P5Parent, Index>();
function pageIndex(document: P5Parent): Index {
  let index = INDEX.get(document);
  if (index) return index;
  const all = descendants([document]);
  index = { all, order: new Map(), byId: new Map(), byClass: new Map(), byTag: new Map() };
  const add = (into: Map<string, P5Element[]>, key: string, e: P5Element) => {
    const list = into.get(key);
    if (list) {
      if (list[list.length - 1] !== e) list.push(e);
    } else into.set(key, [e]);
  };
  all.forEach((e, i) => {
    index!.order.set(e, i);
    const id = attribute(e, 'id');
    if (id !== undefined) add(index!.byId, id, e);
    for (const c of (attribute(e, 'class') ?? '').split(/[\t\n\f\r ]+/)) if (c !== '') add(index!.byClass, c, e);
    add(index!.byTag, e.tagName, e);
  });
  INDEX.set(document, index);
  return index;
}

/** The elements of the page that may match `s` (by its last compound's id, class or tag), in document order. */
function mayMatch(index: Index, s: Selector): P5Element[] {
  const c = s[s.length - 1]!.compound;
  if (c.ids.length > 0) return index.byId.get(c.ids[0]!) ?? [];
  if (c.classes.length > 0) return index.byClass.get(c.classes[0]!) ?? [];
  if (c.tag !== undefined) return index.byTag.get(c.tag) ?? [];
  return index.all;
}

/** The page's elements matching any of `list`, in document order, under one of `roots` (the document where undefined). */
function found(index: Index, list: Selector[], roots?: readonly P5Element[]): P5Element[] {
  const out = new Set<P5Element>();
  const under = roots && new Set(roots);
  const inside = (e: P5Element) => {
    if (!under) return true;
    for (let q = parentOf(e); q; q = parentOf(q)) if (under.has(q)) return true;
    return false;
  };
  for (const s of list) for (const e of mayMatch(index, s)) if (selectorMatches(s, e) && inside(e)) out.add(e);
  return [...out].sort((a, b) => index.order.get(a)! - index.order.get(b)!);
}

/** A string's value in the script: what a quoted or template string, or a 「+」 of them and bound names, may be. */
type Values = string[] | undefined;

const NAME = '[A-Za-z_$][\\w$]*';
const QUOTED = /'([^'\n\\]{0,200})'|"([^"\n\\]{0,200})"|`([^`\n\\]{0,200})`/y;
const TERM_NAME = new RegExp(
  `(${NAME})(?:\\s*\\.\\s*dataset\\s*\\.\\s*(${NAME})|\\s*\\.\\s*getAttribute\\(\\s*['"]([\\w-]{1,100})['"]\\s*\\))?`,
  'y',
);

/**
 * A script's text without its comments (「// …」 to the line's end, 「/* … *\/」), strings kept whole: code commented out
 * does not run, so it opens nothing (on main a container named only in a comment was read as opened).
 */
export function withoutJsComments(text: string): string {
  let out = '';
  let i = 0;
  let from = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < text.length && text[i] !== c && !(c !== '`' && text[i] === '\n'); i++) if (text[i] === '\\') i++;
      i++;
    } else if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      out += text.slice(from, i) + ' ';
      const end = text[i + 1] === '/' ? text.indexOf('\n', i) : text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : text[i + 1] === '/' ? end : end + 2;
      from = i;
    } else i++;
  }
  return out + text.slice(from);
}

/**
 * Whether a 「<script>」 runs as a script (html40): no type, or a JavaScript type or 「module」. A data block
 * (「application/json」, 「text/x-template」 …) does not run: on main its quoted words were read as ids a script opens.
 */
export function runsAsScript(type: string | undefined): boolean {
  const t = (type ?? '').trim().toLowerCase();
  return (
    t === '' ||
    t === 'module' ||
    /^(?:text|application)\/(?:x-)?(?:javascript|ecmascript)(?:1\.[0-5])?$/.test(t) ||
    /^text\/(?:jscript|livescript)$/.test(t)
  );
}

/** A lookup call of a walk (html41): where its name and its argument are, and whether the walk read what it finds. */
interface Lookup {
  call: number;
  from: number;
  to: number;
  read: boolean;
}

/** What the script says (`Scope`): names bound to sets of elements and to strings. */
interface Scope {
  elements: Map<string, P5Element[]>;
  strings: Map<string, string>;
  document: P5Parent;
  /** What each lookup from 「document」 found, by its call and argument. */
  found: Map<string, P5Element[]>;
}
/** Per page, shared by its scripts and handlers (a handler on each of 20,000 rows reads the page once). */
const FOUND = new WeakMap<P5Parent, Map<string, P5Element[]>>();

/** The values of a string expression at `at` (terms joined by 「+」), and where it ends; undefined values if not proved. */
function stringAt(text: string, at: number, scope: Scope): { values: Values; end: number } | undefined {
  let values: Values = [''];
  let i = at;
  for (;;) {
    while (/\s/.test(text[i] ?? '')) i++;
    QUOTED.lastIndex = i;
    TERM_NAME.lastIndex = i;
    let term: Values;
    const q = QUOTED.exec(text);
    if (q) {
      i = QUOTED.lastIndex;
      if (q[3] !== undefined) {
        // A template: each 「${name}」 a name bound to a string.
        let ok = true;
        const v = q[3].replace(/\$\{\s*([A-Za-z_$][\w$]*)\s*\}/g, (_, n: string) => {
          const s = scope.strings.get(n);
          if (s === undefined) ok = false;
          return s ?? '';
        });
        term = ok && !v.includes('${') ? [v] : undefined;
      } else term = [q[1] ?? q[2]!];
    } else {
      const m = TERM_NAME.exec(text);
      if (!m) return undefined;
      i = TERM_NAME.lastIndex;
      const data = m[2] !== undefined ? `data-${m[2].replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}` : m[3];
      if (data === undefined) {
        const s = scope.strings.get(m[1]!);
        term = s === undefined ? undefined : [s];
      } else {
        const els = scope.elements.get(m[1]!);
        term = els?.map((e) => attribute(e, data)).filter((v): v is string => v !== undefined);
      }
    }
    values = values === undefined || term === undefined ? undefined : values.flatMap((a) => term!.map((b) => a + b)).slice(0, MOST);
    while (/\s/.test(text[i] ?? '')) i++;
    if (text[i] !== '+') return { values, end: i };
    i++;
  }
}

const STEP = new RegExp(
  `\\s*(?:\\?\\.|\\.)\\s*(parentElement|parentNode|nextElementSibling|previousElementSibling|firstElementChild|lastElementChild|children\\s*\\[\\s*(\\d{1,3})\\s*\\]|(querySelectorAll|querySelector|closest|getElementById|getElementsByClassName)\\s*\\()|\\s*\\[\\s*(\\d{1,3})\\s*\\]|((?:\\s*\\??\\.\\s*(?:nextSibling|previousSibling|firstChild|lastChild)\\b){1,6})`,
  'y',
);

/** The set a walk from `from` at `at` reaches, step by step, and where it ends. */
function walkAt(
  text: string,
  at: number,
  from: P5Element[] | 'document',
  scope: Scope,
  lookups: Lookup[] = [],
): { set: P5Element[]; end: number; steps: number } {
  let set: P5Element[] | 'document' = from;
  let i = at;
  let steps = 0;
  for (; steps < 50; steps++) {
    STEP.lastIndex = i;
    const m = STEP.exec(text);
    if (!m) break;
    let end = STEP.lastIndex;
    const els: P5Element[] = set === 'document' ? [] : set;
    const index = pageIndex(scope.document);
    const within = set === 'document' ? undefined : els;
    if (m[5] !== undefined) {
      // html41: steps by nodes (「.nextSibling」 …), text and comments included: what they reach when it is an element
      // (a text node's 「hidden」 shows nothing).
      const moves = m[5].match(/nextSibling|previousSibling|firstChild|lastChild/g) ?? [];
      set = els.flatMap((e) => {
        let n: P5Child | undefined = e;
        for (const move of moves) {
          if (!n) break;
          const siblings: P5Child[] = n.parentNode?.childNodes ?? [];
          const own: P5Child[] = isElement(n) ? n.childNodes : [];
          n =
            move === 'nextSibling'
              ? siblings[siblings.indexOf(n) + 1]
              : move === 'previousSibling'
                ? siblings[siblings.indexOf(n) - 1]
                : move === 'firstChild'
                  ? own[0]
                  : own[own.length - 1];
        }
        return n && isElement(n) ? [n] : [];
      });
    } else if (m[4] !== undefined) {
      // An index into a set (「…querySelectorAll('.x')[1]」).
      const e = els[Number(m[4])];
      set = e ? [e] : [];
    } else if (m[3] !== undefined) {
      const arg = stringAt(text, end, scope);
      const lookup: Lookup = { call: m.index + m[0].indexOf(m[3]), from: end, to: arg?.end ?? end, read: false };
      lookups.push(lookup);
      if (!arg || text[arg.end] !== ')') return { set: [], end: arg?.end ?? end, steps: steps + 1 };
      lookup.read =
        arg.values !== undefined && (m[3] !== 'getElementById' || set === 'document') && !(set === 'document' && m[3] === 'closest');
      end = arg.end + 1;
      const values = arg.values ?? [];
      const key = `${m[3]}\u0000${values.join('\u0000')}`;
      const known = set === 'document' ? scope.found.get(key) : undefined;
      if (known) set = known;
      else if (m[3] === 'getElementById') {
        set =
          set === 'document'
            ? found(
                index,
                values.map((v) => [{ compound: { ids: [v.trim()], classes: [], attrs: [] }, combinator: ' ' as const }]),
              )
            : [];
      } else if (m[3] === 'getElementsByClassName') {
        const lists = values.map((v) => v.trim().split(/\s+/)).filter((l) => l.length > 0 && l[0] !== '');
        set = found(
          index,
          lists.map((classes) => [{ compound: { ids: [], classes, attrs: [] }, combinator: ' ' as const }]),
          within,
        );
      } else {
        const selectors = values.map(readSelector);
        const lists = selectors.every((x) => x !== undefined) ? selectors : [];
        if (lists.length === 0 || ((m[3] === 'closest' || (m[3] === 'querySelector' && within !== undefined)) && lists.length !== 1))
          lookup.read = false;
        if (m[3] === 'closest') {
          // From each element of the set: one selector only (values read per element would pair any with any).
          const one = lists.length === 1 ? lists[0]! : [];
          set = els.flatMap((e) => {
            for (let q: P5Element | undefined = e; q; q = parentOf(q)) if (matches(one, q)) return [q];
            return [];
          });
        } else if (m[3] === 'querySelector') {
          // The first element each selector finds, under each root (one selector from elements, as for closest).
          set =
            within === undefined
              ? lists.flatMap((l) => found(index, l).slice(0, 1))
              : lists.length === 1
                ? within.flatMap((r) => found(index, lists[0]!, [r]).slice(0, 1))
                : [];
        } else set = found(index, lists.flat(), within);
      }
      if (from === 'document' && steps === 0) scope.found.set(key, set);
    } else if (set === 'document') set = [];
    else {
      const step = m[1]!;
      set = els.flatMap((e): P5Element[] => {
        const siblings = e.parentNode ? kids(e.parentNode) : [];
        const children = kids(e);
        const r =
          step === 'parentElement' || step === 'parentNode'
            ? parentOf(e)
            : step === 'nextElementSibling'
              ? siblings[siblings.indexOf(e) + 1]
              : step === 'previousElementSibling'
                ? siblings[siblings.indexOf(e) - 1]
                : step === 'firstElementChild'
                  ? children[0]
                  : step === 'lastElementChild'
                    ? children[children.length - 1]
                    : children[Number(m[2])];
        return r ? [r] : [];
      });
    }
    set = [...new Set(set)].slice(0, MOST);
    i = end;
  }
  return { set: set === 'document' ? [] : set, end: i, steps };
}

/**
 * A class that says a container is shown (Bootstrap's 「show」, 「open」 …): removing it alone closes (html41; html40
 * read every 「classList.remove」 as opening).
 */
const SHOWING = '(?:show|open|is-open|visible|active)';

/** An action that opens what it is done on (its start right after the walk). */
const OPENS = new RegExp(
  [
    `\\s*\\.\\s*hidden\\s*=(?!=)\\s*(?:false\\b|null\\b|!|''|"")`,
    `\\s*\\.\\s*removeAttribute\\(\\s*['"]hidden['"]`,
    `\\s*\\.\\s*toggleAttribute\\(\\s*['"]hidden['"]\\s*\\)`,
    `\\s*\\.\\s*style\\s*\\.\\s*display\\s*=(?!=)\\s*(?:(['"])(?!none\\1)[\\w-]{0,40}\\1|[^;\\n?]{1,200}\\?)`,
    `\\s*\\.\\s*style\\s*\\.\\s*removeProperty\\(\\s*['"]display['"]`,
    `\\s*\\.\\s*classList\\s*\\.\\s*(?:toggle|replace)\\s*\\(`,
    `\\s*\\.\\s*classList\\s*\\.\\s*remove\\s*\\((?!\\s*['"]${SHOWING}['"]\\s*\\))`,
    `\\s*\\.\\s*classList\\s*\\.\\s*add\\s*\\(\\s*['"](?!(?:hidden|d-none|is-hidden|invisible|collapse|sr-only|visually-hidden)['"])`,
    `\\s*\\.\\s*(?:showModal|show|showPopover|togglePopover)\\s*\\(`,
    `\\s*\\.\\s*open\\s*=(?!=)\\s*(?:true\\b|!)`,
    `\\s*\\.\\s*setAttribute\\(\\s*['"]open['"]`,
  ].join('|'),
  'y',
);

const START = new RegExp(
  `(?:(?<![\\w$])(?:const|let|var)\\s+(${NAME})\\s*=\\s*|(?<![\\w$])for\\s*\\(\\s*(?:const|let|var)\\s+(${NAME})\\s+of\\s+|(?<![.\\w$])(${NAME})\\s*=(?![=>])\\s*)?(?<![.\\w$])(\\[\\s*\\.\\.\\.\\s*|Array\\s*\\.\\s*from\\s*\\(\\s*)?(${NAME}(?:\\s*\\.\\s*(?:currentTarget|target)\\b)?)(?=\\s*(?:\\?\\.|\\.|\\[))`,
  'g',
);
const STRING_CONST = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:'([^'\n\\]{0,200})'|"([^"\n\\]{0,200})")\s*[;\n]/g;
const ASSIGNED = /(?<![.\w$])([A-Za-z_$][\w$]*)\s*(?:[-+*/%&|^]|\?\?|\|\||&&)?=(?![=>])/g;
const EACH = new RegExp(`\\s*\\.\\s*forEach\\(\\s*(?:function\\s*\\(\\s*|\\(\\s*)?(${NAME})`, 'y');
/** A listener on the walk's elements: its event's 「currentTarget」 is the element, its 「target」 too where it holds no element. */
const LISTENS = new RegExp(
  `\\s*\\.\\s*(?:addEventListener\\(\\s*['"][\\w-]{1,40}['"]\\s*,|on[a-z]{1,40}\\s*=(?!=))\\s*(?:function\\s*(?:${NAME}\\s*)?\\(\\s*|\\(\\s*)?(${NAME})`,
  'y',
);

/**
 * An action that closes or only reads what it is done on (html41): the strict reader knows it opens nothing
 * (「.hidden = true」, 「.style.display = 'none'」, 「.classList.add('hidden')」, 「.close()」, 「.textContent」 read …).
 */
const CLOSES = new RegExp(
  [
    `\\s*\\.\\s*hidden\\s*=(?!=)\\s*(?:true\\b|(['"])(?:hidden|until-found)?\\1)`,
    `\\s*\\.\\s*(?:setAttribute|toggleAttribute)\\(\\s*['"]hidden['"]\\s*(?:,\\s*(?:true\\b|''|""|'hidden'|"hidden")\\s*)?\\)`,
    `\\s*\\.\\s*style\\s*\\.\\s*display\\s*=(?!=)\\s*(['"])none\\2`,
    `\\s*\\.\\s*classList\\s*\\.\\s*add\\s*\\(\\s*['"](?:hidden|d-none|is-hidden|invisible|sr-only|visually-hidden)['"]\\s*\\)`,
    `\\s*\\.\\s*classList\\s*\\.\\s*contains\\s*\\(`,
    `\\s*\\.\\s*classList\\s*\\.\\s*remove\\s*\\(\\s*['"]${SHOWING}['"]\\s*\\)`,
    `\\s*\\.\\s*(?:close|hidePopover)\\s*\\(\\s*\\)`,
    `\\s*\\.\\s*open\\s*=(?!=)\\s*false\\b`,
    `\\s*\\.\\s*removeAttribute\\(\\s*['"]open['"]\\s*\\)`,
    `\\s*\\.\\s*(?:textContent|innerText|id|offsetHeight|offsetWidth|tagName|hidden|open|style\\s*\\.\\s*display)\\b(?!\\s*(?:=(?!=)|[-+*/%&|^]=|\\.|\\[|\\())`,
    `\\s*\\.\\s*(?:addEventListener\\s*\\(|on[a-z]{1,40}\\s*=(?!=)|forEach\\s*\\()`,
  ].join('|'),
  'y',
);

/** The calls that look an element up (html41): each must be one the strict reader read for the script to be understood. */
const LOOKUP =
  /\.\s*(getElementById|querySelectorAll|querySelector|getElementsByClassName|getElementsByTagName|getElementsByName|closest)\s*\(/g;
/** A quoted string (as html14's `namedIds` takes them). */
const LITERAL = /'([^'\n\\]{1,200})'|"([^"\n\\]{1,200})"|`([^`\n\\]{1,200})`/g;
/**
 * A string that is an argument of a call the strict reader knows names no element to open (html41): a class a
 * 「classList」 call adds, removes or asks about, an attribute's name or value, an event's name, a log or an alert.
 */
const KNOWN_ARGUMENT =
  /(?:\.\s*classList\s*\.\s*(?:add|remove|toggle|replace|contains)|\.\s*(?:set|remove|toggle|get|has)Attribute|\.\s*addEventListener|(?<![\w$.])console\s*\.\s*(?:log|info|warn|error|debug)|(?<![\w$.])alert)\s*\((?:\s*(?:'[^'\n\\]{0,200}'|"[^"\n\\]{0,200}")\s*,)?\s*$/;

/** A walk the strict reader read (html41): its root's place and name, the names bound to what it finds, its lookups. */
interface Walk {
  at: number;
  root: string;
  bound?: string;
  /** A 「forEach」's or a listener's parameter, and where it is written. */
  each?: { name: string; at: number };
  listens?: { name: string; at: number };
  /** Whether an action the strict reader knows follows it (`OPENS`, `CLOSES`). */
  known: boolean;
  lookups: Lookup[];
}

/** What a script's text opens (`walkedOpen`), and whether the strict reader understood all of it (html41, `readScript`). */
export interface ScriptReading {
  opened: Set<P5Element>;
  /**
   * Whether every lookup of the script is one the strict reader read, on a walk ending in an action it knows (one that
   * opens, closes or only reads) directly or through names bound to it, and every quoted string naming an element of
   * the page is such a lookup's argument (or one a known call takes, a string name used only in such lookups): then
   * what the script opens is what `opened` says, and html14's loose reading (any quoted name opens) is not needed.
   */
  understood: boolean;
}

/**
 * The elements a script's text (or a handler's, `self` its element) opens by walking (see the file's note), in the
 * page's tree `document`.
 */
export function walkedOpen(text: string, document: P5Parent, self?: P5Element): Set<P5Element> {
  return readScript(text, document, self).opened;
}

/** `walkedOpen`, and whether the strict reader understood the whole script (`ScriptReading`, html41). */
export function readScript(text: string, document: P5Parent, self?: P5Element): ScriptReading {
  let found = FOUND.get(document);
  if (!found) FOUND.set(document, (found = new Map()));
  const scope: Scope = { elements: new Map(), strings: new Map(), document, found };
  const opened = new Set<P5Element>();
  if (text.length > 200_000) return { opened, understood: false };
  // A name bound to a string once and never assigned again (「id = 'other'」 or 「id += …」 leaves it unknown).
  const assigned = new Map<string, number>();
  for (const m of text.matchAll(ASSIGNED)) assigned.set(m[1]!, (assigned.get(m[1]!) ?? 0) + 1);
  const stringDeclared = new Map<string, { at: number; end: number }>();
  for (const m of text.matchAll(STRING_CONST))
    if (assigned.get(m[1]!) === 1) {
      scope.strings.set(m[1]!, m[2] ?? m[3]!);
      stringDeclared.set(m[1]!, { at: m.index, end: m.index + m[0].length });
    }
  if (self) scope.elements.set('this', [self]);
  /** Each walk: its root's place and name, the name it is bound to, its lookups, and what follows it. */
  const walks: Walk[] = [];
  for (const m of text.matchAll(START)) {
    const root = m[5]!.replace(/\s+/g, '');
    const from = root === 'document' ? 'document' : scope.elements.get(root);
    if (from === undefined) continue;
    const lookups: Lookup[] = [];
    let walk = walkAt(text, m.index + m[0].length, from, scope, lookups);
    // html41: a list spread into an array (「[...document.querySelectorAll('.q')]」「Array.from(…)」) holds what it found.
    if (m[4] !== undefined) {
      const close = new RegExp(m[4].startsWith('[') ? '\\s*\\]' : '\\s*\\)', 'y');
      close.lastIndex = walk.end;
      if (!close.test(text)) {
        walks.push({ at: m.index + m[0].length - m[5]!.length, root, known: false, lookups });
        continue;
      }
      const more = walkAt(text, close.lastIndex, walk.set, scope, lookups);
      walk = { set: more.set, end: more.end, steps: walk.steps + more.steps };
    }
    const bound = m[1] ?? m[2] ?? m[3];
    if (bound !== undefined && walk.steps > 0 && bound !== root) scope.elements.set(bound, walk.set);
    EACH.lastIndex = walk.end;
    const each = EACH.exec(text);
    if (each) scope.elements.set(each[1]!, walk.set);
    LISTENS.lastIndex = walk.end;
    const listens = LISTENS.exec(text);
    if (listens) {
      scope.elements.set(`${listens[1]}.currentTarget`, walk.set);
      scope.elements.set(
        `${listens[1]}.target`,
        walk.set.filter((e) => kids(e).length === 0),
      );
    }
    OPENS.lastIndex = walk.end;
    const opens = OPENS.test(text);
    if (opens) walk.set.forEach((e) => opened.add(e));
    CLOSES.lastIndex = walk.end;
    walks.push({
      at: m.index + m[0].length - m[5]!.length,
      root,
      ...(bound !== undefined && walk.steps > 0 && bound !== root ? { bound } : {}),
      ...(each ? { each: { name: each[1]!, at: EACH.lastIndex - each[1]!.length } } : {}),
      ...(listens ? { listens: { name: listens[1]!, at: LISTENS.lastIndex - listens[1]!.length } } : {}),
      known: opens || CLOSES.test(text),
      lookups,
    });
  }
  return { opened, understood: understoodScript(text, document, walks, stringDeclared, assigned) };
}

/** Per page, whether an id starts with a given start (`understoodScript`). */
const STARTS = new WeakMap<P5Parent, Map<string, boolean>>();

/** Whether the strict reader understood the whole script (`ScriptReading.understood`, html41). */
function understoodScript(
  text: string,
  document: P5Parent,
  walks: Walk[],
  stringDeclared: Map<string, { at: number; end: number }>,
  assigned: Map<string, number>,
): boolean {
  // Where each name is used as a word (not a property 「.x」, not an object's key 「x:」).
  const used = new Map<string, number[]>();
  const uses = (name: string) => {
    const known = used.get(name);
    if (known) return known;
    const out: number[] = [];
    used.set(name, out);
    const word = new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$]|\\s*:(?!:))`, 'g');
    for (const m of text.matchAll(word)) out.push(m.index);
    return out;
  };
  const memo = new Map<(typeof walks)[number], boolean>();
  const walksAt = new Map<number, Walk[]>();
  for (const w of walks) walksAt.set(w.at, [...(walksAt.get(w.at) ?? []), w]);
  const understood = (w: (typeof walks)[number], depth: number): boolean => {
    const known = memo.get(w);
    if (known !== undefined) return known;
    if (depth > 8) return false;
    memo.set(w, false);
    // Each later use of the name is a walk understood (or, for an event, one of its plain properties).
    const usedWell = (name: string, after: number) =>
      (assigned.get(name) ?? 0) <= 1 &&
      uses(name)
        .filter((at) => at > after)
        .every(
          (at) =>
            /^[\w$]+\s*\.\s*(?:preventDefault|stopPropagation|key|type|code)\b/.test(text.slice(at, at + 100)) ||
            (walksAt.get(at) ?? []).some((x) => (x.root === name || x.root.startsWith(`${name}.`)) && understood(x, depth + 1)),
        );
    const ok =
      w.lookups.every((l) => l.read) &&
      (w.known || (w.bound !== undefined && usedWell(w.bound, w.at)) || (w.each !== undefined && usedWell(w.each.name, w.each.at))) &&
      (w.each === undefined || usedWell(w.each.name, w.each.at)) &&
      (w.listens === undefined || usedWell(w.listens.name, w.listens.at));
    memo.set(w, ok);
    return ok;
  };
  const good = walks.filter((w) => understood(w, 0));
  const calls = new Set(good.flatMap((w) => w.lookups.map((l) => l.call)));
  for (const m of text.matchAll(LOOKUP)) if (!calls.has(m.index + m[0].indexOf(m[1]!))) return false;
  const spans = good.flatMap((w) => w.lookups.map((l) => [l.from, l.to] as const));
  const inSpan = (at: number) => spans.some(([a, b]) => at >= a && at < b);
  // A quoted string naming an element of the page (an id, a class, the start of an id built from it).
  const index = pageIndex(document);
  const names = (literal: string, end: number) => {
    const words = [literal, ...[...literal.matchAll(/[#.]([\w-]+)/g)].map((x) => x[1]!)];
    if (words.some((x) => index.byId.has(x) || index.byClass.has(x))) return true;
    // The start of an id built from it (「'sec-' + k」「`sec-${k}`」), as html14's `namedIds` takes one.
    const start = /^#?([A-Za-z][\w-]+)(?:\$\{|$)/.exec(literal)?.[1];
    if (start === undefined || !(literal.includes('${') || /^\s{0,20}\+/.test(text.slice(end, end + 22)))) return false;
    let starts = STARTS.get(document);
    if (!starts) STARTS.set(document, (starts = new Map()));
    let has = starts.get(start);
    if (has === undefined) starts.set(start, (has = [...index.byId.keys()].some((id) => id.startsWith(start))));
    return has;
  };
  for (const m of text.matchAll(LITERAL)) {
    if (!names((m[1] ?? m[2] ?? m[3] ?? '').trim(), m.index + m[0].length) || inSpan(m.index)) continue;
    if (KNOWN_ARGUMENT.test(text.slice(Math.max(0, m.index - 300), m.index))) continue;
    // A string name's value, used only in lookups read.
    const declared = [...stringDeclared].find(([, d]) => m.index >= d.at && m.index < d.end);
    if (declared && uses(declared[0]).every((at) => (at >= declared[1].at && at < declared[1].end) || inSpan(at))) continue;
    return false;
  }
  return true;
}
