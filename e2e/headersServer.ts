import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { parseHeadersFile, startStaticServer } from '../scripts/static-server';
import { e2eServerFiles } from './axeFile';

/**
 * A second server for build/, WITH the headers of build/_headers, the way Netlify or Cloudflare Pages
 * would serve it (the main e2e server sends no CSP). The every-page walk starts one per worker (a
 * worker fixture) and loads each page from it, so each load also checks the CSP;
 * security-headers.spec.ts starts its own in `beforeAll`.
 */
export async function startHeadersServer(): Promise<{ server: Server; origin: string }> {
  const server = await startStaticServer({
    root: 'build',
    port: 0,
    withHeaders: true,
    files: e2eServerFiles,
  });
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** The Content-Security-Policy build/_headers gives every page. */
export function builtCsp(headersFile = readFileSync('build/_headers', 'utf8')): string {
  const allPaths = parseHeadersFile(headersFile).find((rule) => rule.pattern.test('/any/page'));
  return allPaths?.headers.find(([name]) => name === 'Content-Security-Policy')?.[1] ?? '';
}
