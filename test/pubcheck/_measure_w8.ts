import { kanjiNotes, innocentNotes, shareNotes, spacedTitles, judge } from '/work/wt/words8/test/pubcheck/words8-families.ts';
const which = process.argv[2]!;
const { readTables } = await import(which === 'main' ? '/work/main/src/pubcheck/read.ts' : '/work/wt/words8/src/pubcheck/read.ts');
const seeds = [441, 442, 443];
for (const seed of seeds) {
  const k = kanjiNotes(seed, 200);
  const kLeak = k.filter((c) => !judge(readTables, c.text).refused);
  const inn = innocentNotes(seed + 3, 200);
  const innRef = inn.filter((c) => judge(readTables, c.text).refused);
  const sh = shareNotes(seed + 6, 300);
  const shLeak = sh.filter((c) => c.leaks && !judge(readTables, c.text).refused);
  const shOver = sh.filter((c) => !c.leaks && judge(readTables, c.text).refused);
  const sp = spacedTitles(seed + 9, 100);
  const spRead = sp.filter((c) => judge(readTables, c.text).denominator === c.n);
  console.log(which, seed, `kanji leaked ${kLeak.length}/200`, `innocent refused ${innRef.length}/200`, `shares leaked ${shLeak.length}/${sh.filter(c=>c.leaks).length}`, `shares over-refused ${shOver.length}/${sh.filter(c=>!c.leaks).length}`, `spaced read ${spRead.length}/100`);
  if (which !== 'main') { for (const c of [...kLeak.slice(0,3)]) console.log('  K', c.note); for (const c of innRef.slice(0,5)) console.log('  I', c.note); for (const c of [...shLeak.slice(0,5), ...shOver.slice(0,8)]) console.log('  S', c.n, c.note, c.leaks); for (const c of sp.filter(c=>judge(readTables, c.text).denominator !== c.n).slice(0,3)) console.log('  P', c.text.split('\n')[0]); }
}
