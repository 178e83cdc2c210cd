/**
 * The one reader of docs/: which files are pages, and their text. The content checks, the article
 * data (./articles.ts, read by the build plugin), the byte budgets and the selector's guide list all
 * read docs/ through this module.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseMdx, type MdxPage } from './mdxText';

export interface DocsPage extends MdxPage {
  /** Path from the docs folder, with forward slashes, e.g. "guides/computer-backup.mdx". */
  file: string;
  source: string;
}

/** Partials are pieces of pages (e.g. "_partials/_save-first.mdx"): a file or folder name starts with "_". */
const isPartial = (file: string) => file.split('/').some((part) => part.startsWith('_'));
const isHidden = (file: string) => file.split('/').some((part) => part.startsWith('.'));

function mdxFiles(docsDir: string): string[] {
  return readdirSync(docsDir, { recursive: true, encoding: 'utf8' })
    .map((name) => relative(docsDir, join(docsDir, name)).split(sep).join('/'))
    .filter((file) => /\.mdx?$/.test(file) && !isHidden(file))
    .sort();
}

/** Every file Docusaurus turns into a page: .md and .mdx files that are not partials, sorted. */
export function docFiles(docsDir = 'docs'): string[] {
  return mdxFiles(docsDir).filter((file) => !isPartial(file));
}

/** The text of a file in docs/. */
export function readDocsFile(docsDir: string, file: string): string {
  return readFileSync(join(docsDir, file), 'utf8');
}

/** Every page in docs/, parsed (front matter and body). */
export function loadDocsPages(docsDir = 'docs'): DocsPage[] {
  return load(docsDir, docFiles(docsDir));
}

/** The partials: pieces of pages that pages import. */
export function loadPartials(docsDir = 'docs'): DocsPage[] {
  return load(docsDir, mdxFiles(docsDir).filter(isPartial));
}

function load(docsDir: string, files: string[]): DocsPage[] {
  return files.map((file) => {
    const source = readDocsFile(docsDir, file);
    return { file, source, ...parseMdx(source) };
  });
}

/** The slug a file must have so that docs/ mirrors the site's paths ("guides/index.mdx" → "/guides"). */
export function slugForFile(file: string): string {
  const path = file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
  return `/${path}`;
}
