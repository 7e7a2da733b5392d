/** Tests of the Japanese word diff: real guideline-like sentences, and the invariants every diff must keep. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffSequences, diffText, hasChanges, segmentWords, sideOf, type DiffPart } from '../../src/model/diff.ts';

const join = (parts: readonly DiffPart[]) => parts.map((p) => p.text).join('');
const oldOf = (parts: readonly DiffPart[]) => join(sideOf(parts, 'old'));
const newOf = (parts: readonly DiffPart[]) => join(sideOf(parts, 'new'));

describe('segmentWords', () => {
  it('splits Japanese into dictionary words and keeps every character', () => {
    const text = '定型データセット解析システムを用いた利活用について説明した。';
    const words = segmentWords(text);
    expect(words.join('')).toBe(text);
    expect(words).toContain('データセット');
    expect(words).toContain('システム');
  });
});

describe('diffText', () => {
  it('marks a phrase inserted in the middle of a sentence, and nothing else', () => {
    const parts = diffText(
      '利活用者は、成果物を公表する前に管理者の確認を受ける。',
      '利活用者は、成果物を公表する前に、事務局審査により管理者の確認を受ける。',
    );
    expect(parts).toEqual([
      { kind: 'equal', text: '利活用者は、成果物を公表する前に' },
      { kind: 'insert', text: '、事務局審査により' },
      { kind: 'equal', text: '管理者の確認を受ける。' },
    ]);
  });

  it('shows the replacement of a term as one deletion followed by one insertion', () => {
    expect(diffText('有識者会議の審議を経て承認する。', '事務局審査により承認する。')).toEqual([
      { kind: 'delete', text: '有識者会議の審議を経て' },
      { kind: 'insert', text: '事務局審査により' },
      { kind: 'equal', text: '承認する。' },
    ]);
  });

  it('marks added punctuation on its own', () => {
    expect(diffText('公表手続を簡略化する', '公表手続を簡略化する。')).toEqual([
      { kind: 'equal', text: '公表手続を簡略化する' },
      { kind: 'insert', text: '。' },
    ]);
  });

  it('reports a change of width (全角/半角) as a change of that word only', () => {
    expect(diffText('患者等の数が10未満となる集計値', '患者等の数が１０未満となる集計値')).toEqual([
      { kind: 'equal', text: '患者等の数が' },
      { kind: 'delete', text: '10' },
      { kind: 'insert', text: '１０' },
      { kind: 'equal', text: '未満となる集計値' },
    ]);
  });

  it('folds a lone particle between two changes into one readable change', () => {
    const parts = diffText('統計情報の管理は管理者が行う。', '成果物の公表は管理者が行う。');
    expect(parts).toEqual([
      { kind: 'delete', text: '統計情報の管理' },
      { kind: 'insert', text: '成果物の公表' },
      { kind: 'equal', text: 'は管理者が行う。' },
    ]);
    expect(diffText('統計情報の管理は管理者が行う。', '成果物の公表は管理者が行う。', { foldEqualUpTo: 0 })).toContainEqual({
      kind: 'equal',
      text: 'の',
    });
  });

  it('places an insertion on sentence boundaries rather than where the edit script happened to put it', () => {
    expect(
      diffText(
        '患者等の数が10未満となる集計値は公表しない。',
        '患者背景やアウトカムの詳細を示す場合で、患者等の数が10未満となる集計値は公表しない。',
      ),
    ).toEqual([
      { kind: 'insert', text: '患者背景やアウトカムの詳細を示す場合で、' },
      { kind: 'equal', text: '患者等の数が10未満となる集計値は公表しない。' },
    ]);
    expect(diffText('判断する。事務局が確認する。', '判断する。事務局が確認する。事務局が記録する。')).toEqual([
      { kind: 'equal', text: '判断する。事務局が確認する。' },
      { kind: 'insert', text: '事務局が記録する。' },
    ]);
  });

  it('keeps line breaks between paragraphs as unchanged text', () => {
    const parts = diffText('第一段落。\n第二段落。', '第一段落を改める。\n第二段落。');
    expect(parts.filter((p) => p.kind === 'equal').map((p) => p.text)).toContain('。\n第二段落。');
  });

  it('returns one equal part for equal texts and nothing for two empty texts', () => {
    expect(diffText('利活用', '利活用')).toEqual([{ kind: 'equal', text: '利活用' }]);
    expect(diffText('', '')).toEqual([]);
    expect(hasChanges(diffText('利活用', '利活用'))).toBe(false);
  });

  it('handles a text that appears or disappears entirely', () => {
    expect(diffText('', '新設の条項。')).toEqual([{ kind: 'insert', text: '新設の条項。' }]);
    expect(diffText('削除される条項。', '')).toEqual([{ kind: 'delete', text: '削除される条項。' }]);
  });

  it('always rebuilds both texts exactly from its parts (property)', () => {
    const pieces = fc.constantFrom(
      '利活用',
      '者',
      'は',
      '、',
      '公表',
      '基準',
      'を',
      '定める',
      '。',
      '１０',
      '10',
      '\n',
      'データセンター',
      ' ',
      'MID-NET',
    );
    const text = fc.array(pieces, { maxLength: 25 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const parts = diffText(a, b);
        expect(oldOf(parts)).toBe(a);
        expect(newOf(parts)).toBe(b);
        for (const [i, p] of parts.entries()) {
          expect(p.text).not.toBe('');
          if (i > 0) expect(!(p.kind === 'equal' && parts[i - 1]!.kind === 'equal')).toBe(true);
        }
      }),
    );
  });
});

describe('diffSequences', () => {
  it('finds a shortest edit script', () => {
    // Myers' classic example: ABCABBA → CBABAC needs 5 edits.
    const ops = diffSequences([...'ABCABBA'], [...'CBABAC']);
    const edits = ops.filter((o) => o.kind !== 'equal').reduce((n, o) => n + o.count, 0);
    expect(edits).toBe(5);
  });
});
