/**
 * Fence around @docusaurus/plugin-client-redirects internals. plugins/security-headers needs the
 * inline script of every redirect page in its Content-Security-Policy, but Docusaurus runs every
 * plugin's postBuild at the same time, so the pages may not be on disk yet. We render them in memory
 * with the plugin's own lib/collectRedirects and lib/writeRedirectFiles, which are not public API.
 * They are loaded here and only here; if an upgrade moves or changes them, the build and
 * clientRedirects.test.ts fail with a message saying so (see UPGRADING.md).
 */
import { createRequire } from 'node:module';
import type { Props } from '@docusaurus/types';

export const clientRedirectsPluginName = 'docusaurus-plugin-client-redirects';

interface RedirectsContext {
  relativeRoutesPaths: string[];
  baseUrl: string;
  outDir: string;
  siteConfig: Props['siteConfig'];
  options: unknown;
}

interface Internals {
  collectRedirects: (context: RedirectsContext, trailingSlash: boolean | undefined) => unknown[];
  toRedirectFiles: (
    redirects: unknown[],
    context: RedirectsContext,
    trailingSlash: boolean | undefined,
  ) => RedirectFile[];
}

/** A redirect page as the plugin writes it: where, and its HTML. */
export interface RedirectFile {
  fileAbsolutePath: string;
  fileContent: string;
}

/** Loads the two internal functions, or explains what changed. */
export function loadInternals(): Internals {
  const require = createRequire(import.meta.url);
  const load = (file: string) => {
    try {
      return require(`@docusaurus/plugin-client-redirects/lib/${file}`) as Record<string, unknown>;
    } catch (error) {
      throw new Error(
        `@docusaurus/plugin-client-redirects has no lib/${file} any more (${(error as Error).message}). ` +
          'Update tooling/docusaurus/clientRedirects.ts: see UPGRADING.md.',
      );
    }
  };
  const collectRedirects = load('collectRedirects').default;
  const { toRedirectFiles } = load('writeRedirectFiles');
  if (typeof collectRedirects !== 'function' || typeof toRedirectFiles !== 'function')
    throw new Error(
      '@docusaurus/plugin-client-redirects changed lib/collectRedirects or lib/writeRedirectFiles: ' +
        'update tooling/docusaurus/clientRedirects.ts (UPGRADING.md).',
    );
  return { collectRedirects, toRedirectFiles } as Internals;
}

/**
 * The redirect pages @docusaurus/plugin-client-redirects writes, rendered in memory the same way it
 * does, from the postBuild props (which list every plugin with its options).
 */
export function clientRedirectPages(props: Props): string[] {
  return clientRedirectFiles(props).map((file) => file.fileContent);
}

/** The same pages with the files the plugin writes them to (the ledger's tests build sites with them). */
export function clientRedirectFiles(
  props: Pick<Props, 'plugins' | 'routesPaths' | 'baseUrl' | 'outDir' | 'siteConfig'>,
): RedirectFile[] {
  const plugins = props.plugins.filter((plugin) => plugin.name === clientRedirectsPluginName);
  if (plugins.length === 0) return [];
  const { collectRedirects, toRedirectFiles } = loadInternals();
  // As the plugin computes them: route paths relative to baseUrl, with a leading slash.
  const relativeRoutesPaths = props.routesPaths.map((path) => {
    const relative = path.startsWith(props.baseUrl) ? path.slice(props.baseUrl.length) : path;
    return relative.startsWith('/') ? relative : `/${relative}`;
  });
  const trailingSlash = props.siteConfig.trailingSlash;
  return plugins.flatMap((plugin) => {
    const context: RedirectsContext = {
      relativeRoutesPaths,
      baseUrl: props.baseUrl,
      outDir: props.outDir,
      siteConfig: props.siteConfig,
      options: plugin.options,
    };
    return toRedirectFiles(collectRedirects(context, trailingSlash), context, trailingSlash);
  });
}
