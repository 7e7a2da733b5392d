/**
 * life62: every report of the life57–61 families (and their innocent look-alikes) of the given seeds through the
 * checker of `ROOT`, one JSON line each, to diff two trees byte for byte (the structure of `lifeSpans` unchanged).
 * `ROOT=… npx node test/pubcheck/life62-dump.ts <count> > out`.
 */
import { checkerOfRoot } from './helpers.ts';
import * as f57 from './life57-families.ts';
import * as f59 from './life59-families.ts';
import * as f60 from './life60-families.ts';
import * as f61 from './life61-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
const count = Number(process.argv[2] ?? 10);
const fams: {
  family: (k: never, n: number, s: number) => { text: string }[];
  innocent: (k: never, n: number, s: number) => { text: string }[];
  KINDS: readonly string[];
}[] = [f57 as never, f59 as never, f60 as never, f61 as never];
for (const [n, f] of fams.entries())
  for (const kind of f.KINDS)
    for (const make of [f.family, f.innocent])
      for (const c of make(kind as never, count, 4700 + n))
        for (const protection of ['threshold', 'not-exact'] as const) {
          const r = check(highs, bundle, c.text, { details: true }, { protection, mipSeconds: 0.3 });
          console.log(JSON.stringify(r));
        }
