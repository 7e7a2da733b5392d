// The plain text of a clause body (新旧対照表, exports) says what the rendered page says: the same component words.
import { describe, expect, it } from 'vitest';
import { clauseText, clauseWording } from '../../src/model/clause-text.ts';
import { loadModel } from '../../src/model/load.ts';
import { renderClauseBody } from '../../src/model/render.ts';

const { model } = loadModel('test/fixtures/site/content');
const clause = (version: string, id: string) => model.clauses.get(version)!.get(id)!;
const rendered = (version: string, id: string) =>
  renderClauseBody(model, clause(version, id), { base: '/' })
    .replace(/<div class="term-defs".*?<\/div>/g, '')
    .replace(/<[^>]+>/g, '');

describe('clauseText', () => {
  it('shows a rule value as the page does: the sentence carries the unit', () => {
    expect(clauseText(model, clause('r2026', 'publication.small-counts'))).toBe(
      '患者等の数が10未満となる場合の扱いは、「第4 公表」による。',
    );
    expect(rendered('r2026', 'publication.small-counts')).toBe(clauseText(model, clause('r2026', 'publication.small-counts')));
  });

  it('says 不明 where the version gives no value, as the page does', () => {
    expect(clauseText(model, clause('r2023-05', 'publication.small-counts'))).toContain('患者等の数が不明未満');
    expect(rendered('r2023-05', 'publication.small-counts')).toBe(clauseText(model, clause('r2023-05', 'publication.small-counts')));
  });

  it('names the other version a clause reference points into, and shows a term by its 表記', () => {
    const text = clauseText(model, clause('r2026', 'statistics-management'));
    expect(text).toBe('統計情報の管理要件を定める方針。「1 利活用」（令和5年5月意見募集の改定）も参照。');
    expect(rendered('r2026', 'statistics-management')).toBe(text);
  });
});

describe('clauseWording', () => {
  it('leaves rule values as their ids and everything else as clauseText shows it', () => {
    expect(clauseWording(model, clause('r2026', 'publication.small-counts'))).toBe(
      '患者等の数が〔small-counts.threshold〕未満となる場合の扱いは、「第4 公表」による。',
    );
    expect(clauseWording(model, clause('r2023-05', 'publication.small-counts'))).toBe(
      clauseWording(model, clause('r2026', 'publication.small-counts')),
    );
  });
});
