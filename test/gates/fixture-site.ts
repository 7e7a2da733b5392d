/** Writes a small built site into a temporary folder, for the tests of the built-site gates. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A valid page around `body`. */
export function page(body: string, head = ''): string {
  return `<!DOCTYPE html>\n<html lang="ja">\n<head>\n<meta charset="utf-8">\n<title>試験</title>\n${head}</head>\n<body>\n<main>\n${body}\n</main>\n</body>\n</html>\n`;
}

/** Create a dist folder from path → content. */
export function fixtureSite(files: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'dist-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}
