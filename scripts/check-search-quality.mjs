// Check the search-quality query sets and the asked_as sources against the docs.
//
//   node scripts/check-search-quality.mjs
//
// - every entry of typed.json, real-tuning.json and every frozen test file has a query, a
//   non-empty expected list and (real sets) a source URL;
// - every expected "/path" or "/path#anchor" exists in docs/ (slug or file path, `{/* #id */}`
//   anchors) or is one of the new pages/anchors PLANNED below (the pages and anchors issue 12 added);
// - no query appears twice across all files (lower-cased, spaces collapsed);
// - no post (source URL) gives queries to both the tuning set and a test file;
// - each frozen test file matches the SHA-256 recorded next to it;
// - data/asked-as-sources.json: keys exist, no phrasing equals a test query, no phrasing comes
//   from a post that gave a test query.
// Plain Node (no dependencies).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sq = (name) => path.join(root, 'search-quality', name);
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

// The frozen test files: one per collection round, as recorded in split-rounds.json (real-test.json,
// real-test-2.json, real-test-3.json...), so a new round is checked without editing this script.
export const TEST_FILES = readJson(sq('split-rounds.json')).map((round) => round.test);

// New pages and anchors that issue 12 added (listed so that the check ran before they were built).
const GUIDES = [
  'icloud-photos-sync',
  'old-iphone',
  'recently-deleted-and-hidden',
  'icloud-com-and-other-devices',
  'photo-services',
  'messages-and-shared-albums',
  'computer-backup',
  'older-icloud-backup',
  'recovery-software',
];
export const PLANNED = [
  '/guides/old-iphone',
  '/faq/accounts-and-passwords',
  '/faq/accounts-and-passwords#two-apple-accounts',
  '/faq/accounts-and-passwords#forgot-backup-password',
  '/faq/accounts-and-passwords#adp-account-recovery',
  '/faq/after-a-restore#old-iphone-still-has-photos',
  '/faq/after-a-restore#restore-stuck',
  '/faq/after-a-restore#stop-restoring',
  '/faq/after-a-restore#signed-in-no-restore',
  '/faq/after-a-restore#shared-library-or-filter',
  '/faq/after-a-restore#unable-to-load',
  '/faq/after-a-restore#videos-live-photos',
  '/faq/backups-and-storage#back-up-now',
  '/faq/backups-and-storage#photo-library-left-out-of-backup',
  '/faq/backups-and-storage#iphone-storage-too-small',
  '/faq/backups-and-storage#family-storage-full',
  '/faq/backups-and-storage#time-machine',
  '/faq/backups-and-storage#incomplete-backup',
  '/faq/deleted-photos-and-other-copies#whatsapp-photos',
  '/faq/deleted-photos-and-other-copies#google-photos-free-up-space',
  '/faq/deleted-photos-and-other-copies#heic-on-windows',
  ...GUIDES.map((slug) => `/guides/${slug}#do-this-first`),
];

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

export function knownTargets(docsDir = path.join(root, 'docs')) {
  const targets = new Set(PLANNED);
  for (const file of walk(docsDir).filter((f) => /\.mdx?$/.test(f))) {
    const rel = path.relative(docsDir, file).replace(/\\/g, '/');
    if (rel.startsWith('_') || rel.includes('/_')) continue;
    const text = readFileSync(file, 'utf8');
    const slug =
      text.match(/^slug:\s*(\S+)\s*$/m)?.[1] ??
      `/${rel.replace(/\.mdx?$/, '').replace(/\/?index$/, '')}`;
    targets.add(slug);
    for (const m of text.matchAll(/\{\/\*\s*#([a-z0-9-]+)\s*\*\/\}/g))
      targets.add(`${slug}#${m[1]}`);
  }
  return targets;
}

export const normalise = (text) => text.toLowerCase().replace(/\s+/g, ' ').trim();

function main() {
  const problems = [];
  const targets = knownTargets();
  const files = {
    'typed.json': readJson(sq('typed.json')),
    'real-tuning.json': readJson(sq('real-tuning.json')),
  };
  for (const name of TEST_FILES) files[name] = readJson(sq(name));

  const seen = new Map();
  const sourcesIn = { tuning: new Set(), test: new Set() };
  for (const [name, entries] of Object.entries(files)) {
    const real = name !== 'typed.json';
    entries.forEach((entry, i) => {
      const where = `${name}[${i}]`;
      if (typeof entry.query !== 'string' || !entry.query.trim())
        problems.push(`${where}: no query`);
      if (!Array.isArray(entry.expected) || entry.expected.length === 0) {
        problems.push(`${where}: no expected`);
      } else {
        for (const target of entry.expected) {
          if (!targets.has(target)) problems.push(`${where}: unknown target ${target}`);
        }
      }
      if (real && !/^https?:\/\//.test(entry.source ?? ''))
        problems.push(`${where}: no source URL`);
      const key = normalise(entry.query ?? '');
      if (seen.has(key)) problems.push(`${where}: duplicate of ${seen.get(key)} (${entry.query})`);
      else seen.set(key, where);
      if (real) sourcesIn[name === 'real-tuning.json' ? 'tuning' : 'test'].add(entry.source);
    });
  }
  for (const source of sourcesIn.test) {
    if (sourcesIn.tuning.has(source)) problems.push(`post in both tuning and test: ${source}`);
  }

  for (const name of TEST_FILES) {
    const shaFile = sq(name.replace(/\.json$/, '.sha256'));
    const recorded = readFileSync(shaFile, 'utf8').trim().split(/\s+/)[0];
    const actual = createHash('sha256')
      .update(readFileSync(sq(name)))
      .digest('hex');
    if (recorded !== actual) problems.push(`${name}: SHA-256 ${actual} does not match ${recorded}`);
  }

  const testQueries = new Set(
    TEST_FILES.flatMap((name) => files[name].map((e) => normalise(e.query))),
  );
  const asked = readJson(path.join(root, 'data/asked-as-sources.json'));
  for (const [key, phrasings] of Object.entries(asked)) {
    const [slug, anchor] = key.split('#');
    const target = anchor === 'page' ? slug : key;
    if (!targets.has(target)) problems.push(`asked_as ${key}: unknown page or anchor`);
    for (const p of phrasings) {
      if (testQueries.has(normalise(p.text)))
        problems.push(`asked_as ${key}: equals a test query: ${p.text}`);
      if (sourcesIn.test.has(p.source))
        problems.push(`asked_as ${key}: post gave a test query: ${p.source}`);
      if (!/^https?:\/\//.test(p.source ?? '')) problems.push(`asked_as ${key}: no source URL`);
    }
  }

  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  const counts = Object.entries(files)
    .map(([n, e]) => `${n} ${e.length}`)
    .join(', ');
  console.log(`check-search-quality: OK (${counts}; ${Object.keys(asked).length} asked_as keys)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
