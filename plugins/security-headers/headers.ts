/**
 * Builds the `_headers` file (Netlify and Cloudflare Pages format) with a strict Content-Security-Policy.
 * Plain functions, no Docusaurus imports: ./index.ts feeds them the built HTML.
 *
 * Scripts: only our own files ('self') and the inline scripts the build emitted, each allowed by the
 * SHA-256 hash of its exact text. No 'unsafe-inline', no 'unsafe-eval': an injected script cannot run.
 *
 * Styles: 'self' plus 'unsafe-inline'. Docusaurus writes style attributes into the HTML (every page
 * has `<svg style="display: none;">`, the SVG sprite), and a blocked style attribute would show that
 * sprite as an empty box. Hashes for style attributes need 'unsafe-hashes', which older Safari and
 * Firefox do not support. With scripts locked down, an injected style cannot run code, and it cannot
 * load or send anything to another origin either (img-src, font-src and connect-src are 'self').
 */
import { createHash } from 'node:crypto';
import { parseAttributes } from '../../tooling/site/html';

/** Cloudflare Pages truncates header values longer than this. */
export const MAX_HEADER_VALUE_LENGTH = 2000;

/** `type` values that make a <script> executable; anything else (e.g. JSON-LD) is a data block. */
const scriptTypes = new Set([
  '',
  'module',
  'text/javascript',
  'application/javascript',
  'application/ecmascript',
  'text/ecmascript',
]);

function typeOf(attributes: string): string {
  return (parseAttributes(attributes).get('type') ?? '').trim().toLowerCase();
}

/** The text of every inline script that a browser would run, in document order. */
export function executableInlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const [, attributes, text] = match;
    if (parseAttributes(attributes).has('src')) continue;
    if (!scriptTypes.has(typeOf(attributes))) continue;
    scripts.push(text);
  }
  return scripts;
}

/** The CSP source for a script: 'sha256-<base64>' over its UTF-8 text, after the HTML parser's newline normalisation. */
export function sha256Source(scriptText: string): string {
  const normalised = scriptText.replace(/\r\n?/g, '\n');
  return `'sha256-${createHash('sha256').update(normalised, 'utf8').digest('base64')}'`;
}

/** The hash sources for every inline script in the given HTML documents, sorted, without duplicates. */
export function inlineScriptHashes(htmlDocuments: Iterable<string>): string[] {
  const hashes = new Set<string>();
  for (const html of htmlDocuments) {
    for (const script of executableInlineScripts(html)) hashes.add(sha256Source(script));
  }
  return [...hashes].sort();
}

export function contentSecurityPolicy(scriptHashes: string[]): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...scriptHashes],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}

export type HeaderList = [name: string, value: string][];

/**
 * Headers for every response. No Cross-Origin-Opener-Policy, on purpose: it cost most of our mobile
 * Total Blocking Time and protected nothing on this site (measured, with the reasons, in
 * docs-dev/security.md).
 */
export function securityHeaders(scriptHashes: string[]): HeaderList {
  return [
    ['Content-Security-Policy', contentSecurityPolicy(scriptHashes)],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    [
      'Permissions-Policy',
      'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    ],
    ['X-Frame-Options', 'DENY'],
    ['Strict-Transport-Security', 'max-age=31536000'],
  ];
}

export interface HeaderRule {
  /** A path pattern; `*` matches anything. */
  path: string;
  headers: HeaderList;
}

/** Writes rules in the `_headers` format: a path line, then one indented `Name: value` line per header. */
export function formatHeadersFile(rules: HeaderRule[], comment?: string): string {
  const lines: string[] = comment ? comment.split('\n').map((line) => `# ${line}`) : [];
  for (const rule of rules) {
    lines.push(rule.path);
    for (const [name, value] of rule.headers) {
      if (/[\r\n]/.test(value)) throw new Error(`Header ${name} has a line break in its value`);
      if (value.length > MAX_HEADER_VALUE_LENGTH) {
        throw new Error(
          `Header ${name} for ${rule.path} is ${value.length} characters long; Cloudflare Pages ` +
            `accepts at most ${MAX_HEADER_VALUE_LENGTH}. Too many distinct inline scripts?`,
        );
      }
      lines.push(`  ${name}: ${value}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The whole `_headers` file for a site whose pages are `htmlDocuments`. */
export function buildHeadersFile(baseUrl: string, htmlDocuments: Iterable<string>): string {
  const hashes = inlineScriptHashes(htmlDocuments);
  return formatHeadersFile(
    [
      { path: `${baseUrl}*`, headers: securityHeaders(hashes) },
      {
        path: `${baseUrl}assets/*`,
        headers: [['Cache-Control', 'public, max-age=31536000, immutable']],
      },
    ],
    'Generated at build time by plugins/security-headers: do not edit.\n' +
      `Content-Security-Policy allows ${hashes.length} inline script(s) by hash.`,
  );
}
