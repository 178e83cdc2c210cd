/**
 * A small static file server for the built site, used by the e2e tests and the benchmark.
 * It serves like a static host or CDN does: gzip, long caching for hashed assets, `foo` -> `foo.html`
 * or `foo/index.html`, the site's 404.html with status 404, and optionally the headers from
 * build/_headers (Netlify / Cloudflare Pages format) so the CSP can be tested for real.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ServeOptions {
  root: string;
  port: number;
  host?: string;
  /** Apply the rules of `<root>/_headers` to responses. */
  withHeaders?: boolean;
  /** Files served beside the site, by URL path, cached like hashed assets (the e2e servers serve axe-core this way). */
  files?: Record<string, string>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt']);

interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

/** Parses a `_headers` file: a path pattern line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const escaped = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${escaped}$`), headers: [] });
    } else if (rules.length > 0) {
      const at = line.indexOf(':');
      if (at > 0)
        rules[rules.length - 1].headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

function resolveFile(root: string, urlPath: string): string | undefined {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const base = join(root, clean);
  if (!base.startsWith(root)) return undefined;
  const candidates = [base, `${base}.html`, join(base, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

/**
 * A file's gzip bytes, compressed once per version of the file (its size and modification time): the
 * e2e suite loads the same pages and scripts hundreds of times, and compressing main.js alone takes
 * about 15 ms of a core each time.
 */
function gzipCache() {
  const cache = new Map<string, { version: string; bytes: Buffer }>();
  return (file: string): Buffer => {
    const { size, mtimeMs } = statSync(file);
    const version = `${size}:${mtimeMs}`;
    const cached = cache.get(file);
    if (cached?.version === version) return cached.bytes;
    const bytes = gzipSync(readFileSync(file));
    cache.set(file, { version, bytes });
    return bytes;
  };
}

export function startStaticServer({
  root,
  port,
  host = '127.0.0.1',
  withHeaders = false,
  files = {},
}: ServeOptions): Promise<Server> {
  const siteRoot = resolve(root);
  const headersFile = join(siteRoot, '_headers');
  const rules =
    withHeaders && existsSync(headersFile)
      ? parseHeadersFile(readFileSync(headersFile, 'utf8'))
      : [];

  const gzipped = gzipCache();
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file = files[url.pathname] ?? resolveFile(siteRoot, url.pathname);
    let status = 200;
    if (!file) {
      status = 404;
      file = join(siteRoot, '404.html');
    }
    const ext = extname(file);
    res.statusCode = status;
    res.setHeader('Content-Type', contentTypes[ext] ?? 'application/octet-stream');
    res.setHeader(
      'Cache-Control',
      // Hashed assets, and the extra files (tools that do not change while a server runs).
      url.pathname.includes('/assets/') || files[url.pathname]
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    );
    for (const rule of rules) {
      if (rule.pattern.test(url.pathname))
        for (const [name, value] of rule.headers) res.setHeader(name, value);
    }
    const gzip =
      compressible.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip) {
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Vary', 'Accept-Encoding');
    }
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    if (gzip) res.end(gzipped(file));
    else createReadStream(file).pipe(res);
  };

  return new Promise((resolvePromise, reject) => {
    const server = createServer(handle);
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}

// Run directly: tsx scripts/static-server.ts [--dir build] [--port 3000] [--headers]
//   [--file /url/path=path/to/file ...]
// (No import.meta here: Playwright loads this module as CommonJS for the CSP spec.)
if (process.argv[1]?.endsWith('static-server.ts')) {
  const arg = (name: string, fallback: string) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? process.argv[at + 1] : fallback;
  };
  const root = arg('--dir', 'build');
  const port = Number(arg('--port', '3000'));
  const files = Object.fromEntries(
    process.argv.flatMap((value, i) =>
      process.argv[i - 1] === '--file'
        ? [[value.slice(0, value.indexOf('=')), value.slice(value.indexOf('=') + 1)]]
        : [],
    ),
  );
  startStaticServer({ root, port, withHeaders: process.argv.includes('--headers'), files }).then(
    () => {
      console.log(`Serving ${root} at http://127.0.0.1:${port}/`);
    },
  );
}
