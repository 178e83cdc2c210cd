import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LoadContext, Plugin, Props } from '@docusaurus/types';
import collectRedirects from '@docusaurus/plugin-client-redirects/lib/collectRedirects';
import { toRedirectFiles } from '@docusaurus/plugin-client-redirects/lib/writeRedirectFiles';
import type { PluginOptions as RedirectOptions } from '@docusaurus/plugin-client-redirects/lib/options';
import { buildHeadersFile } from './headers';

async function builtHtml(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
  return Promise.all(files.map((file) => readFile(file, 'utf8')));
}

/**
 * The redirect pages @docusaurus/plugin-client-redirects writes, rendered in memory the same way it
 * does. Docusaurus runs every plugin's postBuild at the same time, so those files may not be on disk
 * yet when we read build/; their inline redirect scripts still need their hashes in the policy.
 */
export function clientRedirectPages(props: Props): string[] {
  // As the plugin computes them: route paths relative to baseUrl, with a leading slash.
  const relativeRoutesPaths = props.routesPaths.map((path) => {
    const relative = path.startsWith(props.baseUrl) ? path.slice(props.baseUrl.length) : path;
    return relative.startsWith('/') ? relative : `/${relative}`;
  });
  return props.plugins
    .filter((plugin) => plugin.name === 'docusaurus-plugin-client-redirects')
    .flatMap((plugin) => {
      const context = {
        relativeRoutesPaths,
        baseUrl: props.baseUrl,
        outDir: props.outDir,
        siteConfig: props.siteConfig,
        options: plugin.options as unknown as RedirectOptions,
      };
      const trailingSlash = props.siteConfig.trailingSlash;
      return toRedirectFiles(collectRedirects(context, trailingSlash), context, trailingSlash).map(
        (file) => file.fileContent,
      );
    });
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
