/**
 * A tiny static server for the built site (dist/), for the browser tests and for looking at a build:
 * the MIME types static hosts use, directory index, 404 page, and the site's security headers.
 * Usage: node scripts/serve.ts [dir=dist] [--port 4321]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { SECURITY_HEADERS } from '../src/security-headers.ts';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  // WebAssembly.instantiateStreaming insists on this type.
  '.wasm': 'application/wasm',
  // Pagefind's index chunks and its wasm are gzip-compressed binaries it unpacks itself.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export interface RunningServer {
  /** Base URL with a trailing slash, e.g. http://127.0.0.1:39517/ */
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Resolve a URL path to a file under `root`, the way static hosts do; undefined when nothing is there. */
function resolveFile(root: string, urlPath: string): { file: string } | { redirect: string } | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const abs = normalize(join(root, path));
  if (abs !== root && !abs.startsWith(root + sep)) return undefined;
  if (!existsSync(abs)) return undefined;
  if (statSync(abs).isDirectory()) {
    if (!path.endsWith('/')) return { redirect: `${urlPath}/` };
    const index = join(abs, 'index.html');
    return existsSync(index) ? { file: index } : undefined;
  }
  return { file: abs };
}

export function startServer(options: { root?: string; port?: number; host?: string } = {}): Promise<RunningServer> {
  const root = resolve(options.root ?? 'dist');
  const host = options.host ?? '127.0.0.1';
  const server = createServer((req, res) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const found = resolveFile(root, url.pathname);
    if (found && 'redirect' in found) {
      res.writeHead(301, { Location: found.redirect + url.search }).end();
      return;
    }
    const status = found ? 200 : 404;
    const file = found?.file ?? join(root, '404.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404 Not Found\n');
      return;
    }
    res.writeHead(status, {
      'Content-Type': MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': statSync(file).size,
      'Cache-Control': 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo;
      ok({
        url: `http://${host}:${port}/`,
        server,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const portAt = args.indexOf('--port');
  const port = portAt >= 0 ? Number(args[portAt + 1]) : 4321;
  const root = args.find((a, i) => !a.startsWith('--') && i !== portAt + 1) ?? 'dist';
  const { url } = await startServer({ root, port });
  console.log(`serving ${root} at ${url} (Ctrl+C to stop)`);
}
