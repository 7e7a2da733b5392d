import { writeFileSync } from 'node:fs';
import { red53Cases } from './red53-families.ts';
const c = red53Cases(40, Number(process.argv[2]))[Number(process.argv[3])]!;
writeFileSync(process.argv[4]!, c.text);
