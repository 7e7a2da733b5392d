// The bodies of meetings and terms: wrapped lines, sections, the minutes' words, the version a section is read in.
import { describe, expect, it } from 'vitest';
import { allBodies, itemVersion } from '../../src/model/bodies.ts';
import { bodyText } from '../../src/model/clause-text.ts';
import { loadModel } from '../../src/model/load.ts';
import { parseMdx } from '../../src/model/mdx.ts';
import { parseFile } from '../../src/model/parse-file.ts';
import { renderBody } from '../../src/model/render.ts';
import { splitSections } from '../../src/model/sections.ts';

const { model } = loadModel('test/fixtures/site/content');

describe('a wrapped line in an MDX body', () => {
  const text = (mdx: string) => bodyText(model, parseMdx('t.mdx', mdx).body, 'r2026');
  const html = (mdx: string) => renderBody(model, parseMdx('t.mdx', mdx).body, 'r2026', { base: '/', idPrefix: 'x-' });

  it('joins Japanese lines without a space, in the plain text and on the page alike', () => {
    expect(text('今後の改定方針について、\n次のとおり審議が行われた。')).toBe('今後の改定方針について、次のとおり審議が行われた。');
    expect(html('今後の改定方針について、\n次のとおり審議が行われた。')).toBe('<p>今後の改定方針について、次のとおり審議が行われた。</p>');
  });

  it('joins Latin words (and a Latin/Japanese boundary) with a space, as YAML folds them', () => {
    expect(text('MID-NET\nconnection')).toBe('MID-NET connection');
    expect(text('利用する\nMID-NETの')).toBe('利用する MID-NETの');
  });

  it('looks across a component: a break before or after <Term> joins like any other', () => {
    expect(text('データの利用にあたっては、\n<Term id="user">利活用者</Term>が\n申し出る。')).toBe(
      'データの利用にあたっては、利活用者が申し出る。',
    );
  });

  it('keeps a hard break (two spaces or a backslash at the end of the line)', () => {
    expect(text('一行目\\\n二行目')).toBe('一行目\n二行目');
  });

  it("keeps the line and column of each line's words, for findings", () => {
    const refs = parseMdx('t.mdx', '前回の議論は、\n  第30回の会議で行われた。').refs;
    expect(refs).toEqual([{ kind: 'meeting-mention', number: 30, text: '第30回', pos: { line: 2, column: 3 } }]);
  });
});

describe('sections', () => {
  it("cut a body at its headings, keyed by the heading's text, each with its own references", () => {
    const { body, refs } = parseMdx('t.mdx', '前置き。\n\n## d1\n\n<Term id="user">利活用者</Term>。\n\n### d1-1\n\n報告。\n');
    const sections = splitSections(body, refs);
    expect(sections.map((s) => [s.key, s.depth, s.pos.line, s.refs.length])).toEqual([
      ['', 0, 1, 0],
      ['d1', 2, 3, 1],
      ['d1-1', 3, 7, 0],
    ]);
    expect(sections[1]!.body.children.map((n) => n.type)).toEqual(['paragraph']);
  });
});

describe("a meeting's minutes", () => {
  it('may mark words with <Term> and <ClauseRef> but add none: no <RuleValue>, no self-closing component', () => {
    const file =
      '---\nid: m1\nnumber: 1\ndate: { date: "2026-02-17", basis: seed }\nstatus: draft\nsource: { title: 議事概要 }\n' +
      'reports: [{ id: r1, number: "(1)", title: 報告 }]\n---\n\n## r1\n\n<Term id="user"/>が<RuleValue rule="small-counts" param="threshold"/>未満と<Term id="user">利活用者</Term>。\n';
    const found = parseFile('meeting', 'meetings/m1.mdx', file).diagnostics.map((d) => `${d.line}:${d.column} ${d.message.split(';')[0]}`);
    expect(found).toEqual(['12:1 <Term/> would add words to the minutes', '12:19 <RuleValue> would add words to the minutes']);
    // A clause may.
    expect(
      parseFile(
        'clause',
        'guideline/r1/c.mdx',
        file.replace(
          /^---[\s\S]*?---/,
          '---\nid: c\nnumber: null\nheading: 見出し\nparent: null\norder: 1\nprovenance: summary\nsources: [{ url: "https://example.org/" }]\n---',
        ),
      ).diagnostics,
    ).toEqual([]);
  });

  it('gives each item the plain text of its section, in the model and the export', () => {
    const m31 = model.meetings.get('m31')!;
    const d3 = m31.data.deliberations.find((d) => d.id === 'd3')!;
    const section = m31.sections.find((s) => s.key === 'd3')!;
    expect(d3.summary).toBe(bodyText(model, section.body, 'r2026', { quote: true }));
    expect(d3.summary.length).toBeGreaterThan(0);
  });
});

describe('the version a section is read in', () => {
  it('is, for a meeting item, the version of its amendment, else the version approved at the meeting, else the last one issued by then', () => {
    const m31 = model.meetings.get('m31')!.data;
    expect(itemVersion(model, m31, 'd3')).toBe('r2026');
    expect(itemVersion(model, m31, 'r1')).toBe('r2026');
    const m30 = model.meetings.get('m30')!.data;
    expect(itemVersion(model, { ...m30, date: { date: '2022-01-01', basis: 'fact' } })).toBe('r2021-10');
  });

  it("is, for a term's definition, its since; every body of the content is listed with its version", () => {
    const bodies = [...allBodies(model)];
    expect(bodies.filter((b) => b.kind === 'clause').length).toBe([...model.clauses.values()].reduce((n, m) => n + m.size, 0));
    const utilization = bodies.filter((b) => b.kind === 'term' && b.file.endsWith('/utilization.mdx')).map((b) => b.version);
    expect(utilization).toEqual(model.terms.get('utilization')!.sections.map((s) => (s.key === '変更点' ? 'r2026' : s.key)));
    expect(bodies.filter((b) => b.kind === 'meeting').every((b) => b.quote)).toBe(true);
  });
});
