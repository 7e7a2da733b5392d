import { check } from '../../src/pubcheck/check.ts';
import { fixtureBundle, solver } from './helpers.ts';
const highs = await solver();
const bundle = fixtureBundle();
const first = '\tA群\tB群\n男性\t43\t52\n女性\t30\t37\n';
const cases: [string, string][] = [
  ['grade', '重症度\t人数\nGrade 1\t25\nGrade 2\t3\nGrade 3\t30\nGrade 4\t22\n\n重症度\t人数\nGrade 1-2\t28\nGrade 3-4\t52\n'],
  ['year', '年\t人数\n2019年\t25\n2020年\t3\n2021年\t30\n\n年\t人数\n2019-2020年\t28\n2021年\t30\n'],
  ['other', '薬剤\t人数\nA\t25\nB\t30\nC\t3\nD\t22\n\n薬剤\t人数\nA\t25\nB\t30\nその他（C・D）\t25\n'],
  ['other2', '薬剤\t人数\nA\t25\nB\t30\nC\t3\nD\t22\n\n薬剤\t人数\nA\t25\nB\t30\nその他\t25\n'],
  ['男子患者', `${first}\n# 男子患者の内訳\n\tA群\n65歳未満\t3\n65歳以上\t40\n`],
  ['男性患者における', `${first}\n# 男性患者における年齢\n\tA群\n65歳未満\t3\n65歳以上\t40\n`],
  ['うち男性', `${first}\n# うち男性\n\tA群\n65歳未満\t3\n65歳以上\t40\n`],
  ['Male patients', '\tGroup A\tGroup B\nMale\t43\t52\nFemale\t30\t37\n\n# Male patients\n\tGroup A\n<65\t3\n>=65\t40\n'],
  ['among men', '\tGroup A\tGroup B\nMale\t43\t52\nFemale\t30\t37\n\n# Age among men\n\tGroup A\n<65\t3\n>=65\t40\n'],
];
for (const [name, text] of cases) {
  const r = check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
  if (!r.ok) { console.log(name, 'refused', r.errors.map((e) => e.code)); continue; }
  console.log(name, r.tables.map((t) => t.status.map((s, id) => s === 'published' ? '' : `${t.table.rows[Math.floor(id / t.table.cols.length)]!.label}/${t.table.cols[id % t.table.cols.length]!.label}`).filter(Boolean).join(',')).join(' | '), r.warnings.map((w) => w.code).join(','));
}
