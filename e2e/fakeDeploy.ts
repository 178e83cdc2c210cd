/**
 * A deploy made from the one build under test, for e2e/deploy.spec.ts (no second `docusaurus build`:
 * the suite never builds twice). A copy of build/ gets what a real deploy of a changed page brings:
 *
 * - every hashed JavaScript file (`assets/js/<name>.<hash>.js`) gets a new hash in its name, the old
 *   file is gone, and every reference to the old hash in the HTML and JavaScript is rewritten (the
 *   HTML names runtime~main.js and main.js, our boot list names the route chunks, and the bundler's
 *   runtime keeps a map from chunk to hash);
 * - a sentence of one page reads differently, in its HTML and in the JavaScript that renders it.
 *
 * Plain functions over a folder (unit-tested in ./fakeDeploy.test.ts).
 */
import { readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** `main.0123abcd.js`, and its `.LICENSE.txt` companion: the name, the hash, what follows. */
const hashedJsFile = /^(.+)\.([0-9a-f]{8})(\.js(?:\.LICENSE\.txt)?)$/;

/** Another hash of the same length: every hex digit shifted by 8 (never equal to the old one). */
export function nextHash(hash: string): string {
  return hash.replace(/[0-9a-f]/g, (digit) => ((parseInt(digit, 16) + 8) % 16).toString(16));
}

function filesUnder(dir: string, extensions: string[]): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext)))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Applies `edit` to every HTML and JavaScript file under `dir`; returns the files it changed. */
function editTextFiles(dir: string, edit: (text: string) => string): string[] {
  const changed: string[] = [];
  for (const file of filesUnder(dir, ['.html', '.js'])) {
    const before = readFileSync(file, 'utf8');
    const after = edit(before);
    if (after !== before) {
      writeFileSync(file, after);
      changed.push(file);
    }
  }
  return changed;
}

/**
 * Gives every hashed file in `<dir>/assets/js` a new hash, removing the old name, and rewrites the
 * references. Returns the old and new file names (relative to assets/js).
 */
export function renameHashedChunks(dir: string): Map<string, string> {
  const jsDir = join(dir, 'assets', 'js');
  const hashes = new Map<string, string>();
  const renamed = new Map<string, string>();
  for (const name of readdirSync(jsDir)) {
    const match = hashedJsFile.exec(name);
    if (!match) continue;
    const [, base, hash, ending] = match;
    hashes.set(hash, nextHash(hash));
    renamed.set(name, `${base}.${nextHash(hash)}${ending}`);
  }
  if (renamed.size === 0) throw new Error(`No hashed JavaScript files in ${jsDir}`);
  editTextFiles(dir, (text) =>
    text.replace(/(?<![0-9a-f])[0-9a-f]{8}(?![0-9a-f])/g, (hex) => hashes.get(hex) ?? hex),
  );
  for (const [from, to] of renamed) renameSync(join(jsDir, from), join(jsDir, to));
  return renamed;
}

/**
 * Replaces `from` with `to` in the page's HTML file and in the JavaScript that renders it (every
 * script under `dir` that contains it). Fails when either has no `from`: the page would not change.
 */
export function changeText(dir: string, htmlFile: string, from: string, to: string): void {
  const html = readFileSync(htmlFile, 'utf8');
  if (!html.includes(from)) throw new Error(`${htmlFile} does not contain "${from}"`);
  writeFileSync(htmlFile, html.split(from).join(to));
  const scripts = filesUnder(join(dir, 'assets', 'js'), ['.js']).filter((file) =>
    readFileSync(file, 'utf8').includes(from),
  );
  if (scripts.length === 0) throw new Error(`No script under ${dir} contains "${from}"`);
  for (const file of scripts) {
    writeFileSync(file, readFileSync(file, 'utf8').split(from).join(to));
  }
}

/**
 * A sentence of plain words (letters, spaces, commas) from the first paragraph of `html` that has
 * one, at least `minLength` characters long: text that the page's HTML and its content chunk both
 * hold as it is, whatever the minifier escapes.
 */
export function plainSentence(html: string, minLength = 30): string | undefined {
  for (const [, inner] of html.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)) {
    for (const text of inner.split(/<[^>]*>/)) {
      for (const [run] of text.matchAll(/[A-Za-z][A-Za-z ,]*[A-Za-z]/g)) {
        if (run.length >= minLength) return run;
      }
    }
  }
  return undefined;
}
