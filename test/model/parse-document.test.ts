// parseContentYaml: YAML → validated data with positions; Japanese text wrapped in folded blocks joins without spaces.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseContentYaml } from '../../src/model/parse-document.ts';

const Text = z.object({ text: z.string(), count: z.number().optional() });

describe('parseContentYaml', () => {
  it('joins wrapped Japanese lines of a folded block without a space', () => {
    const { data } = parseContentYaml(Text, 'x.yaml', 'text: >-\n  これを運用に移すための\n  関連規程の改定方針\n');
    expect(data?.text).toBe('これを運用に移すための関連規程の改定方針');
  });

  it('keeps the space YAML folds in between Latin words and at a Japanese/Latin boundary', () => {
    const { data } = parseContentYaml(Text, 'x.yaml', 'text: >-\n  MID-NET data\n  center 利活用\n  MID-NET\n');
    expect(data?.text).toBe('MID-NET data center 利活用 MID-NET');
  });

  it('leaves folded blocks with paragraphs to YAML', () => {
    const { data } = parseContentYaml(Text, 'x.yaml', 'text: >\n  一行目\n\n  二行目\n');
    expect(data?.text).toBe('一行目\n二行目\n');
  });

  it('locates a schema error at the line and column of the bad field', () => {
    const { diagnostics } = parseContentYaml(Text, 'x.yaml', 'text: ok\ncount: many\n');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: 'x.yaml', line: 2, column: 1, rule: 'schema/invalid' });
  });
});
