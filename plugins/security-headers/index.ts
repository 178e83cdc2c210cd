import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { clientRedirectPages } from '../../tooling/docusaurus/clientRedirects';
import { buildHeadersFile } from './headers';

async function builtHtml(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
  return Promise.all(files.map((file) => readFile(file, 'utf8')));
}

/**
 * Writes build/_headers (Netlify and Cloudflare Pages read it): a strict Content-Security-Policy with
 * the hashes of the inline scripts in the built HTML, and the other security headers. See ./headers.ts.
 */
export default function securityHeadersPlugin(context: LoadContext): Plugin {
  return {
    name: 'security-headers',
    async postBuild(props) {
      const pages = [...(await builtHtml(props.outDir)), ...clientRedirectPages(props)];
      await writeFile(
        join(props.outDir, '_headers'),
        buildHeadersFile(context.siteConfig.baseUrl, pages),
      );
    },
  };
}
