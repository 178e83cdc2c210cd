/**
 * The published-URL ledger (ledger/published-urls.txt): every address we ever published, one per
 * line: pages, FAQ answers and sections (/faq/after-a-restore#photos-blurry), short links (/kb/121),
 * selector results and articles.json. Lines are only ever added; a URL in it must keep working.
 *
 * checkLedger() compares the ledger with a built site. It reports a listed URL that no longer leads
 * to its page or anchor (directly, or through one redirect), a redirect that chains, loops or points
 * nowhere, a redirect the two mechanisms disagree on, and a public page the ledger does not list yet.
 *
 *   npx tsx scripts/ledger.ts check    (npm run ledger:check)
 *   npx tsx scripts/ledger.ts update   (npm run ledger:update: appends new URLs, never removes)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { withoutBaseUrl } from '../src/links/urls';
import { fragmentTargets, metaRefreshTarget } from '../tooling/site/html';
import { pathOfHtmlFile } from '../tooling/site/siteFiles';
import type { ArticleIndex } from '../plugins/article-links/articleIndex';

export const ledgerFile = 'ledger/published-urls.txt';

/** Files in the build output that hosts read as configuration, never serve. */
const hostFiles = new Set(['/_redirects', '/_headers']);

export interface BuiltSite {
  /** Public pages: path (site-relative, no base URL) -> HTML file. */
  pages: Map<string, string>;
  /** Client-side redirect pages: path -> target path (may carry #anchor). */
  clientRedirects: Map<string, string>;
  /** `_redirects` rules: path -> target path. */
  serverRedirects: Map<string, string>;
  /** Every other file the host serves, e.g. "/articles.json". */
  files: Set<string>;
  /** The ids a page's links can target (cached). */
  fragmentsOf(path: string): Set<string>;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

/** Parses a `_redirects` file (Netlify / Cloudflare Pages): "from to [status]" per line. */
export function parseRedirectsFile(text: string, baseUrl: string): Map<string, string> {
  const rules = new Map<string, string>();
  for (const line of text.split('\n')) {
    const [from, to, status = '301'] = line.trim().split(/\s+/);
    if (!from || from.startsWith('#') || !to) continue;
    if (!/^30[12378]!?$/.test(status)) continue; // rewrites (200) and custom 404s are not redirects
    rules.set(withoutBaseUrl(from, baseUrl), withoutBaseUrl(to, baseUrl));
  }
  return rules;
}

export function readBuiltSite(buildDir: string, baseUrl: string): BuiltSite {
  const root = resolve(buildDir);
  const pages = new Map<string, string>();
  const clientRedirects = new Map<string, string>();
  const files = new Set<string>();
  for (const file of walk(root)) {
    const rel = relative(root, file);
    if (!rel.endsWith('.html')) {
      const path = `/${rel.split(sep).join('/')}`;
      if (!hostFiles.has(path)) files.add(path);
      continue;
    }
    if (rel === '404.html') continue;
    const path = pathOfHtmlFile(rel);
    const target = metaRefreshTarget(readFileSync(file, 'utf8'));
    if (target !== undefined) clientRedirects.set(path, withoutBaseUrl(target, baseUrl));
    else pages.set(path, file);
  }
  const redirectsFile = join(root, '_redirects');
  const serverRedirects = existsSync(redirectsFile)
    ? parseRedirectsFile(readFileSync(redirectsFile, 'utf8'), baseUrl)
    : new Map<string, string>();
  const fragments = new Map<string, Set<string>>();
  return {
    pages,
    clientRedirects,
    serverRedirects,
    files,
    fragmentsOf(path) {
      if (!fragments.has(path)) {
        const file = pages.get(path);
        fragments.set(path, file ? fragmentTargets(readFileSync(file, 'utf8')) : new Set());
      }
      return fragments.get(path)!;
    },
  };
}

function splitUrl(url: string): { path: string; anchor?: string } {
  const at = url.indexOf('#');
  const beforeHash = at === -1 ? url : url.slice(0, at);
  const path = beforeHash.split('?')[0] || '/';
  return {
    path: path.length > 1 ? path.replace(/\/$/, '') : path,
    anchor: at === -1 ? undefined : url.slice(at + 1),
  };
}

function redirectOf(site: BuiltSite, path: string): string | undefined {
  return site.serverRedirects.get(path) ?? site.clientRedirects.get(path);
}

/** Does a path (and anchor) land on something real, without following any redirect? */
function landingProblem(
  site: BuiltSite,
  path: string,
  anchor: string | undefined,
): string | undefined {
  if (site.pages.has(path)) {
    if (anchor && !site.fragmentsOf(path).has(decodeURIComponent(anchor)))
      return `${path} has no element with id "${anchor}"`;
    return undefined;
  }
  if (site.files.has(path) && !anchor) return undefined;
  return `${path} does not exist`;
}

/**
 * Where a published URL ends up: on its page, or one redirect away. Returns undefined when it
 * lands on a real page (and anchor), else what is wrong.
 */
export function resolutionProblem(site: BuiltSite, url: string): string | undefined {
  const { path, anchor } = splitUrl(url);
  const target = redirectOf(site, path);
  if (target === undefined) {
    const problem = landingProblem(site, path, anchor);
    return problem && `no longer resolves: ${problem}`;
  }
  if (/^[a-z]+:/i.test(target)) return undefined; // an external address: not ours to check
  const next = splitUrl(target);
  if (redirectOf(site, next.path) !== undefined)
    return `redirects to ${target}, which redirects again (a chain)`;
  // A browser keeps the #anchor across a redirect unless the target names its own.
  const problem = landingProblem(site, next.path, next.anchor ?? anchor);
  return problem && `redirects to ${target}, but ${problem}`;
}

/** Problems with the redirects themselves, whether or not the ledger lists them. */
export function redirectProblems(site: BuiltSite): string[] {
  const problems: string[] = [];
  const froms = [
    ...new Set([...site.serverRedirects.keys(), ...site.clientRedirects.keys()]),
  ].sort();
  for (const from of froms) {
    const server = site.serverRedirects.get(from);
    const client = site.clientRedirects.get(from);
    if (server === undefined)
      problems.push(
        `${from}: has a client-side redirect page but no _redirects rule; both come from one list`,
      );
    else if (client === undefined)
      problems.push(
        `${from}: has a _redirects rule but no client-side redirect page; both come from one list`,
      );
    else if (server !== client)
      problems.push(`${from}: _redirects sends it to ${server}, the redirect page to ${client}`);
    if (site.pages.has(from)) problems.push(`${from}: is both a page and a redirect`);
    const target = (server ?? client)!;
    if (/^[a-z]+:/i.test(target)) continue;
    const seen = [from];
    let next = splitUrl(target).path;
    while (redirectOf(site, next) !== undefined && !seen.includes(next)) {
      seen.push(next);
      next = splitUrl(redirectOf(site, next)!).path;
    }
    if (seen.includes(next))
      problems.push(`${from}: redirect loop ${[...seen, next].join(' -> ')}`);
    else if (seen.length > 1)
      problems.push(`${from}: redirect chain ${[...seen, next].join(' -> ')}`);
    else {
      const landing = landingProblem(site, next, splitUrl(target).anchor);
      if (landing) problems.push(`${from}: redirects to ${target}, but ${landing}`);
    }
  }
  return problems;
}

/**
 * Every URL the build publishes, in reading order: each page followed by its answers and sections,
 * then short links, then data files for tools.
 */
export function publishedUrls(site: BuiltSite, index: ArticleIndex): string[] {
  const siteRoot = new URL(index.site.url);
  const sitePath = (url: string) => {
    const parsed = new URL(url);
    return withoutBaseUrl(`${parsed.pathname}${parsed.hash}`, siteRoot.pathname);
  };
  const anchorsByPage = new Map<string, string[]>();
  for (const article of index.articles) {
    const parts = [...article.answers, ...article.sections].map((part) => sitePath(part.url));
    anchorsByPage.set(sitePath(article.url), parts);
  }
  const pages = [...site.pages.keys()].sort((a, b) =>
    a === '/' ? -1 : b === '/' ? 1 : a.localeCompare(b),
  );
  const shortLinks = index.articles
    .map((article) => sitePath(article.shortUrl))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const dataFiles = ['/articles.json'].filter((path) => site.files.has(path));
  return [
    ...pages.flatMap((page) => [page, ...(anchorsByPage.get(page) ?? [])]),
    ...shortLinks,
    ...dataFiles,
  ];
}

/** The URLs of a ledger file, in order. Comment lines start with "#"; every URL starts with "/". */
export function parseLedger(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line, index) => {
      if (!line.startsWith('/') || /\s/.test(line))
        throw new Error(
          `${ledgerFile}: "${line}" (entry ${index + 1}) is not a site path such as /guides/x#steps`,
        );
      return line;
    });
}

export function checkLedger(ledger: string[], site: BuiltSite, published: string[]): string[] {
  const problems: string[] = [];
  for (const url of ledger) {
    const problem = resolutionProblem(site, url);
    if (problem) problems.push(`${url}: ${problem}`);
  }
  problems.push(...redirectProblems(site));
  const listed = new Set(ledger);
  for (const url of published)
    if (!listed.has(url))
      problems.push(
        `${url}: published by the build but not in ${ledgerFile}; run npm run ledger:update`,
      );
  return problems;
}

export const ledgerHeader = `# The published-URL ledger: every address this site has published. Never remove or change a line.
# To move a page, add a redirect to data/redirects.json; the ledger test then checks that every old
# address below still leads to its page and anchor. After a build, npm run ledger:update appends new
# addresses. Paths are relative to the site root (base URL not included).
`;

/** The ledger text with the URLs it lacks appended under a dated comment. Nothing is removed. */
export function appendToLedger(
  text: string,
  published: string[],
  date: string,
): { text: string; added: string[] } {
  const listed = new Set(parseLedger(text));
  const added = published.filter((url) => !listed.has(url));
  if (added.length === 0) return { text, added };
  const base = text.trim() ? `${text.replace(/\n*$/, '')}\n\n` : ledgerHeader + '\n';
  return { text: `${base}# Added ${date}\n${added.join('\n')}\n`, added };
}

/** Reads build/ and build/articles.json the way the tests and the CLI do. */
export function loadBuild(buildDir = 'build'): { site: BuiltSite; index: ArticleIndex } {
  const indexFile = join(buildDir, 'articles.json');
  if (!existsSync(indexFile)) throw new Error(`${indexFile} is missing: run npm run build first.`);
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as ArticleIndex;
  return { site: readBuiltSite(buildDir, new URL(index.site.url).pathname), index };
}

function main(command: string | undefined, buildDir: string, file: string): number {
  const { site, index } = loadBuild(buildDir);
  const published = publishedUrls(site, index);
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (command === 'update') {
    const result = appendToLedger(text, published, new Date().toISOString().slice(0, 10));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, result.text);
    console.log(
      `${file}: ${result.added.length} URL(s) added, ${parseLedger(result.text).length} in all.`,
    );
    for (const url of result.added) console.log(`  + ${url}`);
    return 0;
  }
  if (command === 'check') {
    const ledger = parseLedger(text);
    const problems = checkLedger(ledger, site, published);
    const answers = index.articles.reduce((sum, article) => sum + article.answers.length, 0);
    const sections = index.articles.reduce((sum, article) => sum + article.sections.length, 0);
    const anchors = ledger.filter((url) => url.includes('#')).length;
    console.log(
      `Build: ${index.articles.length} articles, ${answers + sections} anchors (${answers} FAQ answers, ${sections} sections), ` +
        `${site.pages.size} public pages, ${index.selectorResults.length} selector results, ${site.serverRedirects.size} redirects.`,
    );
    console.log(
      `${file}: ${ledger.length} URLs (${ledger.length - anchors} pages, short links and files; ${anchors} anchors). ` +
        (problems.length === 0 ? 'All resolve.' : `${problems.length} problem(s):`),
    );
    for (const problem of problems) console.log(`  ✗ ${problem}`);
    return problems.length === 0 ? 0 : 1;
  }
  console.log(
    'Usage: tsx scripts/ledger.ts check|update [--build build] [--ledger ledger/published-urls.txt]',
  );
  return 2;
}

if (process.argv[1]?.endsWith('ledger.ts')) {
  const option = (name: string, fallback: string) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? process.argv[at + 1] : fallback;
  };
  process.exitCode = main(
    process.argv[2],
    option('--build', 'build'),
    option('--ledger', ledgerFile),
  );
}
