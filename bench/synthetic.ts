/**
 * Generates synthetic content at scale for the benchmarks: versions × clauses with revisions between them, terms
 * with definition histories, members, meetings with items, amendments and two publication rules. Every document is
 * valid against schemas/ and every cross-reference resolves. The text is made up (and says so); it is never content.
 * Usage: node bench/synthetic.ts --out DIR [--versions 30] [--clauses 400] [--meetings 200] [--terms 500]
 *        [--members 40] [--seed 1]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { mulberry32 } from './random.ts';

export interface SyntheticSize {
  versions: number;
  clauses: number;
  meetings: number;
  terms: number;
  members: number;
}

export const FULL_SIZE: SyntheticSize = { versions: 30, clauses: 400, meetings: 200, terms: 500, members: 40 };

/** Deterministic pseudo-random numbers (mulberry32), so a size always gives the same tree. */
function random(seed: number) {
  const next = mulberry32(seed);
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]! };
}

// Word pieces with their readings: terms are two pieces (20 × 25 = 500 distinct labels).
const HEADS: [string, string][] = [
  ['解析', 'かいせき'],
  ['申出', 'もうしで'],
  ['審査', 'しんさ'],
  ['公表', 'こうひょう'],
  ['集計', 'しゅうけい'],
  ['抽出', 'ちゅうしゅつ'],
  ['提供', 'ていきょう'],
  ['管理', 'かんり'],
  ['保存', 'ほぞん'],
  ['監査', 'かんさ'],
  ['照合', 'しょうごう'],
  ['変換', 'へんかん'],
  ['連携', 'れんけい'],
  ['報告', 'ほうこく'],
  ['利用', 'りよう'],
  ['契約', 'けいやく'],
  ['閲覧', 'えつらん'],
  ['検索', 'けんさく'],
  ['記録', 'きろく'],
  ['承認', 'しょうにん'],
];
const TAILS: [string, string][] = [
  ['情報', 'じょうほう'],
  ['手続', 'てつづき'],
  ['基準', 'きじゅん'],
  ['区分', 'くぶん'],
  ['方針', 'ほうしん'],
  ['要件', 'ようけん'],
  ['記録', 'きろく'],
  ['計画', 'けいかく'],
  ['結果', 'けっか'],
  ['様式', 'ようしき'],
  ['範囲', 'はんい'],
  ['期間', 'きかん'],
  ['対象', 'たいしょう'],
  ['環境', 'かんきょう'],
  ['担当', 'たんとう'],
  ['窓口', 'まどぐち'],
  ['規程', 'きてい'],
  ['条件', 'じょうけん'],
  ['項目', 'こうもく'],
  ['帳票', 'ちょうひょう'],
  ['番号', 'ばんごう'],
  ['台帳', 'だいちょう'],
  ['履歴', 'りれき'],
  ['区域', 'くいき'],
  ['分類', 'ぶんるい'],
];
const VERBS = ['定める', '確認する', '記録する', '報告する', '審査する', '公表する', '管理する', '提出する'];
const FAMILY = [
  '青木',
  '石田',
  '上野',
  '大川',
  '加藤',
  '木村',
  '小林',
  '佐藤',
  '清水',
  '高橋',
  '田中',
  '中村',
  '西田',
  '野口',
  '橋本',
  '藤田',
  '松本',
  '森',
  '山口',
  '渡辺',
];
const GIVEN = ['一郎', '花子', '健', '直子', '誠', '美穂', '隆', '由美'];

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const SOURCE = [{ url: 'https://example.org/synthetic', title: '合成データ（ベンチマーク用、内容は架空）' }];

export function generate(out: string, size: SyntheticSize = FULL_SIZE, seed = 1): { files: number; clauses: number } {
  let clauseFiles = 0;
  const r = random(seed);
  rmSync(out, { recursive: true, force: true });
  let files = 0;
  const write = (path: string, text: string) => {
    mkdirSync(join(out, path, '..'), { recursive: true });
    writeFileSync(join(out, path), text);
    files++;
  };
  const yaml = (data: unknown) => `# 合成データ（bench/synthetic.ts）。内容は架空。\n${stringify(data, { aliasDuplicateObjects: false })}`;
  /** A meeting or a term: the frontmatter, then one section per item or definition. */
  const mdx = (data: unknown, sections: string[]) => `---\n${yaml(data)}---\n\n${sections.join('\n\n')}\n`;

  const versions = Array.from({ length: size.versions }, (_, i) => `v${pad(i + 1)}`);
  const meetings = Array.from({ length: size.meetings }, (_, i) => `m${i + 1}`);
  const terms = Array.from({ length: size.terms }, (_, i) => {
    const [h, hr] = HEADS[i % HEADS.length]!;
    const [t, tr] = TAILS[Math.floor(i / HEADS.length) % TAILS.length]!;
    const round = Math.floor(i / (HEADS.length * TAILS.length));
    return { id: `t${pad(i + 1, 3)}`, label: `${h}${t}${round ? `第${round + 1}` : ''}`, reading: `${hr}${tr}` };
  });
  const members = Array.from({ length: size.members }, (_, i) => ({
    id: `p${pad(i + 1, 3)}`,
    name: `${FAMILY[i % FAMILY.length]} ${GIVEN[Math.floor(i / FAMILY.length) % GIVEN.length]}${i >= FAMILY.length * GIVEN.length ? i : ''}`,
  }));

  // Clause tree: top-level sections with children; `order` keeps reading order.
  const perSection = 20;
  const baseClauses = Array.from({ length: size.clauses }, (_, i) => {
    const s = Math.floor(i / perSection) + 1;
    const c = i % perSection;
    return c === 0 ? { id: `s${pad(s)}`, parent: null, order: s } : { id: `s${pad(s)}.c${pad(c)}`, parent: `s${pad(s)}`, order: c };
  });
  const ruleClause = baseClauses[Math.min(1, baseClauses.length - 1)]!.id;

  // Cross-references point at section heads, which no revision removes, so every reference resolves; a clause
  // never refers to itself.
  const sentence = (ids: readonly string[]) => {
    const t1 = r.pick(terms);
    const t2 = r.pick(terms);
    const kind = r.int(5);
    if (kind === 0)
      return `<Term id="${t1.id}"/>は、<Term id="${t2.id}">${t2.label}</Term>に従って${r.pick(VERBS).replace(/る$/, 'るものとする')}。`;
    if (kind === 1 && ids.length) return `<Term id="${t1.id}"/>の取扱いは、<ClauseRef to="${r.pick(ids)}"/>による。`;
    if (kind === 2) return `第${1 + r.int(size.meetings)}回の会議で了承された<Term id="${t1.id}"/>を${r.pick(VERBS)}。`;
    if (kind === 3)
      return `<Term id="${t1.id}"/>の件数が<RuleValue rule="small-counts" param="threshold"/>未満のときは、別に${r.pick(VERBS)}。`;
    return `${t1.label}と${t2.label}は、申出ごとに${r.pick(VERBS)}。`;
  };
  const heads = baseClauses.filter((c) => !c.parent).map((c) => c.id);
  const body = (self?: string) => {
    const ids = heads.filter((h) => h !== self);
    return Array.from({ length: 2 + r.int(2) }, () => Array.from({ length: 2 + r.int(2) }, () => sentence(ids)).join('')).join('\n\n');
  };

  interface ClauseState {
    id: string;
    parent: string | null;
    order: number;
    heading: string;
    text: string;
  }
  let current: ClauseState[] = baseClauses.map((c) => ({
    ...c,
    heading: `${r.pick(terms).label}の${r.pick(['取扱い', '手続', '範囲', '確認'])}`,
    text: '',
  }));
  for (const c of current) c.text = body(c.id);
  // Every term is used at least once (the checker reports a term no clause uses).
  terms.forEach((t, j) => {
    const c = current[j % current.length]!;
    c.text += `\n\n<Term id="${t.id}"/>は、申出ごとに${r.pick(VERBS)}。`;
  });

  const amendments: { id: string; version: string; targets: string[]; kind: string; meeting: string }[] = [];
  for (let v = 0; v < versions.length; v++) {
    const vid = versions[v]!;
    const removed: { clause: string; kind: 'removed'; note: string }[] = [];
    if (v > 0) {
      // A revision changes about 4% of the clauses, adds a few and removes a few (never a section head).
      const changed: string[] = [];
      for (const c of current) {
        if (r.next() < 0.04) {
          c.text += `\n\n${sentence(current.filter((x) => !x.parent && x.id !== c.id).map((x) => x.id))}`;
          changed.push(c.id);
        }
      }
      const removable = current.filter((c) => c.parent && c.id !== ruleClause && !changed.includes(c.id));
      for (let k = 0; k < Math.max(1, Math.round(size.clauses / 400)) && removable.length; k++) {
        const gone = removable.splice(r.int(removable.length), 1)[0]!;
        current = current.filter((c) => c.id !== gone.id && c.parent !== gone.id);
        removed.push({ clause: gone.id, kind: 'removed', note: '合成データの削除' });
      }
      const added: string[] = [];
      for (let k = 0; k < Math.max(1, Math.round(size.clauses / 200)); k++) {
        const parent = r.pick(current.filter((c) => !c.parent));
        const id = `${parent.id}.n${vid}-${k + 1}`;
        current.push({ id, parent: parent.id, order: 1000 + v * 100 + k, heading: `${r.pick(terms).label}の新設`, text: body() });
        added.push(id);
      }
      const meeting = meetings[Math.min(meetings.length - 1, Math.floor((v / versions.length) * meetings.length))]!;
      for (let k = 0; k * 5 < changed.length; k++) {
        amendments.push({
          id: `a-${vid}-${k + 1}`,
          version: vid,
          targets: changed.slice(k * 5, k * 5 + 5),
          kind: 'modify-clause',
          meeting,
        });
      }
      if (added.length) amendments.push({ id: `a-${vid}-new`, version: vid, targets: added, kind: 'new-clause', meeting });
    }
    const approving = meetings[Math.min(meetings.length - 1, Math.floor((v / versions.length) * meetings.length))]!;
    // The newest version is a revision under way (its policy approved); the one before it took effect; the older
    // ones are known by their notice. Each stage has its evidence (version/stage).
    const last = v === versions.length - 1;
    const status = last ? 'policy-approved' : v === versions.length - 2 ? 'in-force' : 'issued';
    write(
      `guideline/${vid}/version.yaml`,
      yaml({
        id: vid,
        label: `合成第${v + 1}版`,
        status,
        issued: last ? { unknown: true, note: '合成データの改定案のため通知日はない。' } : { date: `${2000 + v}-04`, basis: 'fact' },
        effective:
          status === 'in-force' ? { date: `${2000 + v}-04`, basis: 'fact' } : { unknown: true, note: '合成データのため施行日はない。' },
        approvedAt: { meeting: approving, item: 'd1' },
        supersedes: v ? versions[v - 1] : null,
        summary: `合成データの第${v + 1}版である。`,
        removed,
        sources: SOURCE,
      }),
    );
    clauseFiles += current.length;
    for (const c of current) {
      write(
        `guideline/${vid}/${c.id}.mdx`,
        `---\n${stringify({
          id: c.id,
          number: null,
          heading: c.heading,
          parent: c.parent,
          order: c.order,
          provenance: 'summary',
          sources: SOURCE,
        })}---\n${c.text}\n`,
      );
    }
  }

  for (const [i, t] of terms.entries()) {
    const later = versions[1 + r.int(Math.max(1, versions.length - 1))];
    const revised = later && r.next() < 0.2;
    const related = i ? terms[i - 1]! : undefined;
    write(
      `terms/${t.id}.mdx`,
      mdx(
        {
          id: t.id,
          label: t.label,
          reading: t.reading,
          english: `synthetic term ${i + 1}`,
          definitions: [
            { since: versions[0], basis: 'inferred', sources: SOURCE },
            ...(revised ? [{ since: later, basis: 'inferred', sources: SOURCE }] : []),
          ],
          variants: [t.reading],
          related: related ? [related.id] : [],
        },
        [
          `## ${versions[0]}\n\n${t.label}とは、合成データで用いる語である。${related ? `<Term id="${related.id}">${related.label}</Term>と関連する。` : ''}`,
          ...(revised ? [`## ${later}\n\n${t.label}とは、見直し後の合成データで用いる語である。`, '### 変更点\n\n定義を見直した。'] : []),
        ],
      ),
    );
  }
  for (const m of members) {
    write(
      `members/${m.id}.yaml`,
      yaml({ id: m.id, name: m.name, affiliations: [{ text: '合成大学 教授', asOf: { meeting: meetings[0] } }] }),
    );
  }
  for (const [i, mid] of meetings.entries()) {
    const concern = amendments.filter((a) => a.meeting === mid);
    const seated = Array.from({ length: Math.min(10, members.length) }, (_, k) => members[(i + k) % members.length]!);
    write(
      `meetings/${mid}.mdx`,
      mdx(
        {
          id: mid,
          number: i + 1,
          date: { date: `${2000 + Math.floor(i / 12)}-${pad((i % 12) + 1)}-15`, basis: 'fact' },
          venue: 'Web開催',
          status: 'final',
          source: { title: `第${i + 1}回 合成会議 議事概要` },
          attendees: seated.map((p, k) => ({ member: p.id, role: k === 0 ? 'chair' : k === 1 ? 'vice-chair' : 'member' })),
          deliberations: [
            {
              id: 'd1',
              number: '(1)',
              title: 'ガイドラインの改定について',
              outcome: 'approved',
              amendments: concern.map((a) => a.id),
              terms: [r.pick(terms).id],
              refersTo: i ? [meetings[i - 1]] : [],
            },
            { id: 'd2', number: '(2)', title: '利活用の申出について', outcome: 'continued' },
          ],
          reports: [{ id: 'r1', number: '(1)', title: '利活用の状況について' }],
        },
        ['## d1\n\n改定方針について審議し、了承された。', '## d2\n\n申出について審議した。', '## r1\n\n状況を報告した。'],
      ),
    );
  }
  for (const a of amendments) {
    write(
      `amendments/${a.id}.yaml`,
      yaml({
        id: a.id,
        title: `${a.version}の改定事項`,
        kind: a.kind,
        summary: '合成データの改定事項である。',
        targets: a.targets,
        version: a.version,
        timeline: [{ meeting: a.meeting, item: 'd1', state: 'policy-approved' }],
        sources: [{ meeting: a.meeting, item: 'd1' }],
      }),
    );
  }
  const lateVersion = versions[Math.floor((versions.length * 2) / 3)] ?? versions[0];
  write(
    'rules/small-counts.yaml',
    yaml({
      id: 'small-counts',
      title: '少数の取扱い（合成）',
      kind: 'small-cell',
      clause: ruleClause,
      appliesWhen: { purposes: [], shows: ['patient-background'] },
      summary: '合成データの公表基準である。',
      params: [
        // Known in every version (clauses show it with <RuleValue>), changing once so lookups cross a boundary.
        {
          id: 'threshold',
          label: '閾値',
          type: 'integer',
          unit: '人',
          values: [
            { since: versions[0], value: 5, basis: 'inferred', clause: ruleClause },
            { since: lateVersion, value: 10, basis: 'inferred', clause: ruleClause },
          ],
        },
        {
          id: 'zero-exempt',
          label: '0の扱い',
          type: 'boolean',
          values: [{ since: versions[0], value: null, basis: 'inferred', clause: ruleClause }],
          assumption: { value: false, note: '合成データの仮定である。' },
        },
      ],
      sources: SOURCE,
    }),
  );
  write(
    'rules/review-route.yaml',
    yaml({
      id: 'review-route',
      title: '審査の経路（合成）',
      kind: 'review-route',
      clause: ruleClause,
      appliesWhen: { purposes: ['safety-measures'], shows: [] },
      summary: '合成データの審査経路である。',
      params: [
        {
          id: 'approver',
          label: '公表可と判断できる者',
          type: 'enum',
          values: [{ since: versions[0], value: 'secretariat', basis: 'inferred', clause: ruleClause }],
        },
      ],
      sources: SOURCE,
    }),
  );
  return { files, clauses: clauseFiles };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      versions: { type: 'string' },
      clauses: { type: 'string' },
      meetings: { type: 'string' },
      terms: { type: 'string' },
      members: { type: 'string' },
      seed: { type: 'string' },
    },
  });
  if (!values.out) {
    console.error('usage: node bench/synthetic.ts --out DIR [--versions 30] [--clauses 400] [--meetings 200] [--terms 500] [--members 40]');
    process.exit(2);
  }
  const size: SyntheticSize = {
    versions: Number(values.versions ?? FULL_SIZE.versions),
    clauses: Number(values.clauses ?? FULL_SIZE.clauses),
    meetings: Number(values.meetings ?? FULL_SIZE.meetings),
    terms: Number(values.terms ?? FULL_SIZE.terms),
    members: Number(values.members ?? FULL_SIZE.members),
  };
  const start = performance.now();
  const { files, clauses } = generate(values.out, size, Number(values.seed ?? 1));
  console.log(
    `synthetic content: ${files} files (${clauses} clauses) in ${values.out} (${((performance.now() - start) / 1000).toFixed(1)} s)`,
  );
}
