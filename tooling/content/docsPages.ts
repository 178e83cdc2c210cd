import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseMdx, type MdxPage } from './mdxText';

export interface DocsPage extends MdxPage {
  /** Path from the docs folder, with forward slashes, e.g. "guides/computer-backup.mdx". */
  file: string;
  source: string;
}

/**
 * Every page in the docs folder: .md and .mdx files, except partials (files and folders whose
 * name starts with "_"), which are pieces of pages rather than pages.
 */
export function loadDocsPages(docsDir = 'docs'): DocsPage[] {
  return load(
    docsDir,
    mdxFiles(docsDir).filter((file) => !isPartial(file)),
  );
}

/** The partials: pieces of pages (e.g. "_partials/_save-first.mdx") that pages import. */
export function loadPartials(docsDir = 'docs'): DocsPage[] {
  return load(docsDir, mdxFiles(docsDir).filter(isPartial));
}

const isPartial = (file: string) => file.split('/').some((part) => part.startsWith('_'));

function mdxFiles(docsDir: string): string[] {
  return readdirSync(docsDir, { recursive: true, encoding: 'utf8' })
    .map((name) => relative(docsDir, join(docsDir, name)).split(sep).join('/'))
    .filter((file) => /\.mdx?$/.test(file))
    .sort();
}

function load(docsDir: string, files: string[]): DocsPage[] {
  return files.map((file) => {
    const source = readFileSync(join(docsDir, file), 'utf8');
    return { file, source, ...parseMdx(source) };
  });
}

/** The slug a file must have so that docs/ mirrors the site's paths ("guides/index.mdx" → "/guides"). */
export function slugForFile(file: string): string {
  const path = file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
  return `/${path}`;
}
