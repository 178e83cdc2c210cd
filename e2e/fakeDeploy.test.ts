import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { changeText, nextHash, plainSentence, renameHashedChunks } from './fakeDeploy';

let dir: string;
const read = (path: string) => readFileSync(join(dir, path), 'utf8');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fake-deploy-'));
  mkdirSync(join(dir, 'assets', 'js'), { recursive: true });
  const files: Record<string, string> = {
    'index.html':
      '<link rel=preload as=script href=/assets/js/main.0123abcd.js>' +
      '<script type="application/json" id="boot-scripts">["/assets/js/17896441.89abcdef.js"]</script>' +
      '<p>Photos come back <em>slowly</em>, and in batches of a few hundred at a time.</p>',
    'assets/js/main.0123abcd.js':
      'r.u=e=>""+e+"."+{17896441:"89abcdef"}[e]+".js";var x="deadbeef0";',
    'assets/js/main.0123abcd.js.LICENSE.txt': 'MIT',
    'assets/js/17896441.89abcdef.js':
      'e.jsx("p",{children:"and in batches of a few hundred at a time."})',
    'assets/js/runtime-free.js': 'not hashed',
  };
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('nextHash', () => {
  it('changes every digit and keeps the length', () => {
    expect(nextHash('0123abcd')).toBe('89ab2345');
    expect(nextHash(nextHash('0123abcd'))).toBe('0123abcd');
  });
});

describe('renameHashedChunks', () => {
  it('renames hashed files, removes the old names and rewrites the references', () => {
    const renamed = renameHashedChunks(dir);
    expect([...renamed]).toEqual(
      expect.arrayContaining([
        ['main.0123abcd.js', 'main.89ab2345.js'],
        ['main.0123abcd.js.LICENSE.txt', 'main.89ab2345.js.LICENSE.txt'],
        ['17896441.89abcdef.js', '17896441.01234567.js'],
      ]),
    );
    expect(existsSync(join(dir, 'assets/js/main.0123abcd.js'))).toBe(false);
    expect(existsSync(join(dir, 'assets/js/runtime-free.js'))).toBe(true);
    expect(read('index.html')).toContain('/assets/js/main.89ab2345.js');
    expect(read('index.html')).toContain('/assets/js/17896441.01234567.js');
    // The runtime's chunk-to-hash map; a longer hex run and the chunk's name are left alone.
    expect(read('assets/js/main.89ab2345.js')).toBe(
      'r.u=e=>""+e+"."+{17896441:"01234567"}[e]+".js";var x="deadbeef0";',
    );
  });
});

describe('changeText', () => {
  it('changes the sentence in the HTML and in the script that renders it', () => {
    changeText(dir, join(dir, 'index.html'), 'in batches of a few hundred', 'all at once');
    expect(read('index.html')).toContain('and all at once at a time');
    expect(read('assets/js/17896441.89abcdef.js')).toContain('and all at once at a time');
  });

  it('fails when the HTML or the scripts lack the text', () => {
    expect(() => changeText(dir, join(dir, 'index.html'), 'not there', 'x')).toThrow(/does not/);
    expect(() => changeText(dir, join(dir, 'index.html'), 'come back', 'x')).toThrow(/No script/);
  });
});

describe('plainSentence', () => {
  it('finds the first run of plain words in a paragraph', () => {
    expect(plainSentence(read('index.html'))).toBe('and in batches of a few hundred at a time');
    expect(plainSentence('<p>Short.</p>')).toBeUndefined();
  });
});
