/**
 * What the plain-JavaScript launchers (scripts/check.js, scripts/pubcheck.js) share: refuse, in words, a Node older
 * than the one the project pins (the machine's own `node` may be v20, where the TypeScript modules cannot even be
 * loaded), then turn Node's compile cache on before the first TypeScript module is imported.
 */
import * as nodeModule from 'node:module';

/** The Node major version the project pins through the npm package `node` (package.json). */
const PINNED_MAJOR = 24;

/** True when this Node can run the project's TypeScript; otherwise says how to run it and sets exit code 2. */
export function nodeIsRecentEnough(command) {
  const major = Number(process.versions.node.split('.')[0]);
  if (major >= PINNED_MAJOR && typeof nodeModule.enableCompileCache === 'function') {
    nodeModule.enableCompileCache();
    return true;
  }
  process.stderr.write(
    `このコマンドには Node ${PINNED_MAJOR} 以上が必要です（いま動いているのは Node ${process.versions.node}）。\n` +
      `  プロジェクトが固定した Node で動かしてください: npm run ${command} -- …\n` +
      `  (this needs Node ${PINNED_MAJOR}+, pinned by the npm package "node": run it as \`npm run ${command} -- …\`)\n`,
  );
  process.exitCode = 2;
  return false;
}
