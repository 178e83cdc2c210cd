/**
 * Which JavaScript chunks a page needs before it can hydrate, worked out at build time.
 *
 * Docusaurus names only runtime~main.js and main.js in a page's HTML. main.js then looks up the page's
 * route and asks for its chunks (the page content, the docs layout, the sidebar data...): one more round
 * trip on a slow phone, and script elements created in the middle of main.js's start-up task. Knowing
 * the chunks at build time, the boot script fetches them together with main.js instead.
 *
 * Plain functions over the files Docusaurus generates (.docusaurus/routes.js, routesChunkNames.json and
 * client-manifest.json), so they can be tested without a build. tooling/docusaurus/generatedFiles.ts
 * reads the files: it is the one place that knows their format.
 */
import type {
  ChunkNames,
  ClientManifest,
  RouteNode,
} from '../../tooling/docusaurus/generatedFiles';

function withoutTrailingSlash(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

/** React Router 5's matchPath for Docusaurus routes, which have no parameters. */
function matches(route: RouteNode, pathname: string): boolean {
  if (route.path === '*' || route.path === '') return true;
  const path = withoutTrailingSlash(route.path);
  const target = withoutTrailingSlash(pathname);
  if (target === path) return true;
  if (route.exact) return false;
  return path === '/' || target.startsWith(`${path}/`);
}

/**
 * The keys of the routes that render `pathname`, outermost first: like react-router-config's
 * matchRoutes, the first matching route at each level, then its children.
 */
export function matchRouteKeys(routes: RouteNode[], pathname: string): string[] {
  const route = routes.find((candidate) => matches(candidate, pathname));
  if (!route) return [];
  return [...(route.key ? [route.key] : []), ...matchRouteKeys(route.routes, pathname)];
}

/** Every chunk name in a route's nested record. */
export function flattenChunkNames(names: ChunkNames | undefined): string[] {
  if (names === undefined) return [];
  if (typeof names === 'string') return [names];
  const values = Array.isArray(names) ? names : Object.values(names);
  return values.flatMap(flattenChunkNames);
}

/**
 * The script URLs of the chunks the page at `pathname` loads before it hydrates, in a stable order,
 * without duplicates and without the entry scripts the page already names.
 */
export function routeScripts(
  pathname: string,
  routes: RouteNode[],
  routesChunkNames: Record<string, ChunkNames>,
  manifest: ClientManifest,
  entryScripts: string[],
): string[] {
  const scripts = new Set<string>();
  for (const key of matchRouteKeys(routes, pathname)) {
    for (const name of flattenChunkNames(routesChunkNames[key])) {
      for (const id of manifest.origins[name] ?? []) {
        for (const file of manifest.assets[id]?.js ?? []) scripts.add(file.publicPath);
      }
    }
  }
  for (const entry of entryScripts) scripts.delete(entry);
  return [...scripts];
}
