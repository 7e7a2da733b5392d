/** The checker on the real content/: the rules load, values come through valueAt, and the routes follow them. */
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/model/load.ts';
import { valueAt } from '../../src/model/versions.ts';
import { bundleFromModel } from '../../src/pubcheck/bundle.ts';
import { check } from '../../src/pubcheck/check.ts';
import { defaultVersion } from '../../src/pubcheck/rules.ts';
import { solver, tsv } from './helpers.ts';

const { model } = loadModel();
const bundle = bundleFromModel(model);
const highs = await solver();
const version = defaultVersion(bundle)!;
const threshold = valueAt(model, 'small-counts', 'threshold', version)!.value as number;

describe('on content/', () => {
  it('uses the latest version with a known threshold, as the model gives it', () => {
    expect(version).toBe(model.chain.findLast((v) => valueAt(model, 'small-counts', 'threshold', v)?.value != null));
    expect(typeof threshold).toBe('number');
  });

  it('cites only clauses that exist, so every clause link resolves', () => {
    const result = check(
      highs,
      bundle,
      tsv(
        [
          [threshold - 1, threshold + 20],
          [threshold + 5, threshold + 30],
        ],
        { total: true },
      ),
      { details: true, purpose: 'safety-measures' },
    );
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    for (const r of result.verdict.reasons) {
      if (r.citation?.path) expect(model.clauses.get(r.citation.version)?.has(r.citation.clause)).toBe(true);
    }
    expect(result.verdict.route).toBe('needs-handling');
    expect(result.tables[0]!.suppression!.passed).toBe(true);
  });

  it('flags a count one under the threshold and not the threshold itself, in a table with details', () => {
    const result = check(highs, bundle, tsv([[threshold - 1, threshold]]), { details: true });
    expect(result.ok && result.tables[0]!.status).toEqual(['primary', 'published']);
  });
});
