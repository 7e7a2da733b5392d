/**
 * red54: the oracle (oracle.ts, zeros exempt) against the npct tables of red53's families that 1da0a559 refused
 * (`cell/text`) and this tree reads. `npx node test/pubcheck/red54-oracle.ts <from> <to>`.
 */
import { checkerOfRoot, heldOrLeaked } from './helpers.ts';
import { red53Cases } from './red53-families.ts';

const [from, to] = [Number(process.argv[2] ?? 3240), Number(process.argv[3] ?? 3249)];
const { check, highs, bundle } = await checkerOfRoot();
const verdicts: Record<string, number> = {};
for (let seed = from; seed <= to; seed++)
  for (const c of red53Cases(40, seed)) {
    if (!c.family.startsWith('npct') || !/\d \(\d+(?:\.\d+)?\)/.test(c.text)) continue;
    const r = check(highs, bundle, c.text, { details: true });
    if (!r.ok || r.tables.some((t) => t.suppression?.passed === false)) continue;
    let v: string;
    try {
      v = heldOrLeaked(highs, r as never, () => c.text, 'threshold', 10);
    } catch (e) {
      v = `oracle error ${String(e).slice(0, 60)}`;
    }
    verdicts[v] = (verdicts[v] ?? 0) + 1;
  }
console.log(verdicts);
