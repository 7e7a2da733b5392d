// Rendering clause bodies as of a version: terms with that version's definition, clause links, rule values.
import { describe, expect, it } from 'vitest';
import { describeParamValue } from '../../src/model/component-text.ts';
import { loadModel } from '../../src/model/load.ts';
import { bodyText } from '../../src/model/clause-text.ts';
import { parseMdx } from '../../src/model/mdx.ts';
import { renderBody, renderClauseBody } from '../../src/model/render.ts';

const { model } = loadModel('test/fixtures/site/content');
const render = (mdx: string, version: string, base = '/') =>
  renderBody(model, parseMdx('test.mdx', mdx).body, version, { base, idPrefix: 'x-' });

describe('<Term>', () => {
  it('links to the term page and describes the link with the definition in force for the version read', () => {
    const old = render('<Term id="utilization">利活用</Term>する。', 'r2023-05');
    expect(old).toMatch(
      /^<p><a href="\/terms\/utilization\/" class="term-link" aria-describedby="x-def-utilization" data-tip="「利活用」の定義（[^"]*の時点）：\n[^"]*">利活用<\/a>する。<\/p>/,
    );
    expect(old).toContain('<div class="term-defs" hidden data-pagefind-ignore="all"><span id="x-def-utilization">「利活用」の定義');
    expect(old).toContain('MID-NETのデータを分析すること');
    expect(old).not.toContain('管理者がデータセンターを用いて');
    const next = render('<Term id="utilization">利活用</Term>する。', 'r2026');
    expect(next).toContain('管理者がデータセンターを用いて行うデータ取得を含まないことを明示した定義');
    expect(next).toContain('2026年改定（改定方針了承）の時点');
  });

  it('shows the term label when self-closing; every use of a term shares one description, outside the paragraph', () => {
    const html = render('<Term id="user"/>と<Term id="user"/>', 'r2023-05');
    expect(html.match(/aria-describedby="x-def-user"[^>]*>利活用者<\/a>/g)).toHaveLength(2);
    expect(html.match(/id="x-def-user"/g)).toHaveLength(1);
    // The paragraph holds the clause's words only: no definition inside it.
    const paragraph = html.slice(0, html.indexOf('</p>') + 4).replace(/<[^>]+>/g, '');
    expect(paragraph).toBe('利活用者と利活用者');
  });

  it('says when the term has no definition yet in that version', () => {
    const { model: m } = loadModel('test/fixtures/site/content');
    m.terms.get('utilization')!.data.definitions.shift();
    const none = renderBody(m, parseMdx('t.mdx', '<Term id="utilization"/>').body, 'r2023-05', { base: '/', idPrefix: 'y-' });
    expect(none).toContain('令和5年5月意見募集の改定の時点の定義は登録されていません。');
  });

  it('marks an unknown term without inventing a link', () => {
    expect(render('<Term id="nope">なにか</Term>', 'r2023-05')).toBe('<p><span class="term term-unknown">なにか</span></p>');
  });
});

describe('<ClauseRef>', () => {
  it('links to the clause anchor in the version read, with its number and heading as text', () => {
    expect(render('<ClauseRef to="publication"/>', 'r2021-02')).toBe(
      '<p><a href="/guideline/r2021-02/#c-publication" class="clause-ref">「第4 公表」</a></p>',
    );
  });

  it('links into another version when asked, and names that version', () => {
    expect(render('<ClauseRef to="definitions.utilization" version="r2023-05"/>', 'r2026')).toBe(
      '<p><a href="/guideline/r2023-05/#c-definitions.utilization" class="clause-ref">「1 利活用」（令和5年5月意見募集の改定）</a></p>',
    );
  });

  it("keeps the author's words as link text and respects the base URL", () => {
    expect(render('<ClauseRef to="purpose">目的の条項</ClauseRef>', 'r2023-05', '/portal/')).toContain(
      '<a href="/portal/guideline/r2023-05/#c-purpose" class="clause-ref">目的の条項</a>',
    );
  });

  it('does not link to a clause that the version does not have', () => {
    expect(render('<ClauseRef to="fees.old"/>', 'r2023-05')).toBe('<p><span class="clause-ref clause-ref-missing">fees.old</span></p>');
  });
});

describe('<RuleValue>', () => {
  it('shows the value for the version read, linking to the rule and naming rule and parameter in its title', () => {
    const html = render('<RuleValue rule="small-counts" param="threshold"/>未満', 'r2026');
    expect(html).toMatch(
      /^<p><a href="\/rules\/small-counts\/#p-threshold" class="rule-value" title="[^"]*small-counts \/ threshold[^"]*">10<\/a>未満<\/p>$/,
    );
    expect(html).toContain('閾値');
  });

  it('shows 不明 where the value is not known, never a guess', () => {
    const html = render('<RuleValue rule="small-counts" param="threshold"/>', 'r2023-05');
    expect(html).toContain('class="rule-value rule-value-unknown"');
    expect(html).toContain('>不明</a>');
    expect(html).toContain('改定前の値は未確認');
  });

  it('says when the version has no value at all (before the parameter existed)', () => {
    expect(render('<RuleValue rule="small-counts" param="threshold"/>', 'r2018-04')).toContain('（この版には定めなし）');
  });

  it('labels a value of ours （推定） in the text, in tables and in the plain text of the clause, never only in its title', () => {
    const { model: m } = loadModel('test/fixtures/site/content');
    const entry = m.rules
      .get('small-counts')!
      .data.params.find((p) => p.id === 'threshold')!
      .values.find((v) => v.since === 'r2026')!;
    Object.assign(entry, { basis: 'inferred' });
    const html = renderBody(m, parseMdx('v.mdx', '<RuleValue rule="small-counts" param="threshold"/>未満').body, 'r2026', {
      base: '/',
      idPrefix: 'v-',
    });
    expect(html).toMatch(/>10（推定）<\/a>未満/);
    expect(describeParamValue(entry, '人').withUnit).toBe('10人（推定）');
    expect(bodyText(m, parseMdx('v.mdx', '<RuleValue rule="small-counts" param="threshold"/>未満').body, 'r2026')).toBe('10（推定）未満');
  });

  it('describes booleans in words', () => {
    expect(describeParamValue({ since: 'r2026', value: true, basis: 'fact', clause: 'x' }).shown).toBe('はい');
  });
});

describe('renderClauseBody', () => {
  it('renders a whole clause as of its own version with ids prefixed by the clause', () => {
    const clause = model.clauses.get('r2026')!.get('publication.small-counts')!;
    const html = renderClauseBody(model, clause, { base: '/' });
    expect(html).toContain('>10</a>');
    expect(html).toContain('href="/guideline/r2026/#c-publication"');
    const util = renderClauseBody(model, model.clauses.get('r2026')!.get('definitions.utilization')!, { base: '/' });
    expect(util).toContain('id="c-definitions.utilization-def-utilization"');
  });

  it('shifts body headings under the clause heading', () => {
    const html = renderBody(model, parseMdx('h.mdx', '# 小見出し').body, 'r2023-05', { base: '/', idPrefix: 'h-', headingOffset: 3 });
    expect(html).toBe('<h4>小見出し</h4>');
  });
});
