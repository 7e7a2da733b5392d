/**
 * Where a process's time goes, from a V8 CPU profile (`node --cpu-prof`): each sample's time is given to the part
 * of the check its function belongs to, by the module it comes from. Used by bench/run.ts to show the check's
 * breakdown next to its ratio to parsing with remark alone.
 */
import { readFileSync } from 'node:fs';

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/** The parts, in the order they are shown; the first pattern that matches a function's module wins. */
export const PARTS: readonly (readonly [string, RegExp])[] = [
  [
    'remark (micromark, mdast)',
    /\/(?:micromark[^/]*|mdast-util-[^/]+|remark-[^/]+|unified|vfile[^/]*|acorn[^/]*|estree-util-[^/]+|unist-util-[^/]+|decode-named-character-reference|character-entities[^/]*|parse-entities)\//,
  ],
  ['YAML (js-yaml, yaml)', /\/(?:js-yaml|yaml)\//],
  ['schemas (Zod, Temporal)', /\/(?:zod|temporal-polyfill)\/|\/schemas\//],
  ['rules', /\/scripts\/checks\//],
  ['loader and model', /\/src\/model\//],
  ['garbage collection', /^\(garbage collector\)$/],
];
const OTHER = 'Node, module loading, other';

/** Milliseconds per part (and in all) of a profile written by `node --cpu-prof`. */
export function breakdown(file: string): { total: number; parts: Record<string, number> } {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const partOf = new Map<number, string>();
  for (const n of profile.nodes) {
    const key = n.callFrame.url || n.callFrame.functionName;
    partOf.set(n.id, PARTS.find(([, re]) => re.test(key))?.[0] ?? OTHER);
  }
  const parts: Record<string, number> = Object.fromEntries([...PARTS.map(([p]) => [p, 0]), [OTHER, 0]]);
  let total = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    total += us;
    parts[partOf.get(id)!]! += us;
  });
  for (const p of Object.keys(parts)) parts[p] = Math.round(parts[p]! / 100) / 10;
  return { total: Math.round(total / 100) / 10, parts };
}
