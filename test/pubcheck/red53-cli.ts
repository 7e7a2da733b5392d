/** red53: the CLI on a sample of the family through a pipe: exit code, JSON valid, no stack trace, no null/undefined/ids in text. */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { red53Cases } from './red53-families.ts';
const [count, seed] = [Number(process.argv[2] ?? 10), Number(process.argv[3] ?? 3230)];
let bad = 0;
red53Cases(count, seed).forEach((c, k) => {
  const f = `/tmp/red53-cli-${k}.txt`;
  writeFileSync(f, c.text);
  for (const json of [false, true]) {
    const r = spawnSync('sh', ['-c', `node scripts/pubcheck.js ${f} --details ${json ? '--json' : ''} | cat; exit \${PIPESTATUS:-0}`], {
      encoding: 'utf8',
    });
    const r2 = spawnSync('node', ['scripts/pubcheck.js', f, '--details', ...(json ? ['--json'] : [])], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    const problems: string[] = [];
    if (![0, 1, 2].includes(r2.status ?? -1)) problems.push(`exit ${r2.status}`);
    if (/\n\s+at .*\(|Error:.*\n\s+at /.test(r2.stderr + r.stderr)) problems.push('stack');
    if (json) {
      try {
        JSON.parse(r.stdout);
      } catch {
        problems.push('json');
      }
    } else {
      const human = r2.stdout.split('技術情報')[0]! + r2.stderr;
      if (/\bnull\b|\bundefined\b|NaN|\[object/.test(human))
        problems.push(`text ${human.match(/.{0,40}(\bnull\b|\bundefined\b|NaN|\[object).{0,40}/)?.[0]}`);
    }
    if (problems.length) {
      bad++;
      console.log(`#${k} ${c.family} json=${json} ${problems.join(',')}\n${c.text}`);
    }
  }
});
console.log('cases', count, 'bad', bad);
void execFileSync;
