/**
 * extremes61: every report (JSON, details) of extremes60's families and extremes61's on the tree `ROOT` (default this
 * one), one line a table, to diff two trees byte for byte: `ROOT=<tree> npx node test/pubcheck/extremes61-dump.ts > a`.
 */
import { shareCases } from './extremes60-families.ts';
import { checkerOfRoot } from './helpers.ts';

const { check, highs, bundle } = await checkerOfRoot();
const cases = [
  ...shareCases(50, 4530, 'share'),
  ...shareCases(50, 4531, 'share'),
  ...shareCases(50, 4532, 'innocent'),
  ...shareCases(25, 4533, 'share'),
  ...shareCases(30, 4534, 'innocent'),
];
for (const c of cases)
  console.log(JSON.stringify(check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 })));
