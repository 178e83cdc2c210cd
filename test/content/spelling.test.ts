import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// `npm run lint` runs cspell over docs and src with cspell.json. These tests prove that the same
// configuration really fails on a misspelling, and knows our own words and Apple's names.
function spell(text: string): { ok: boolean; output: string } {
  try {
    // The sample goes in through standard input, checked as an MDX page would be.
    const output = execFileSync(
      process.execPath,
      [
        'node_modules/cspell/bin.mjs',
        '--no-progress',
        '--no-summary',
        '--config',
        'cspell.json',
        'stdin://sample.mdx',
      ],
      { encoding: 'utf8', stdio: 'pipe', input: text },
    );
    return { ok: true, output };
  } catch (error) {
    return { ok: false, output: String((error as { stdout?: string }).stdout) };
  }
}

describe('spelling (cspell with the project word list)', () => {
  it('fails on a misspelt word and names it', () => {
    const result = spell('## Recover your photoes {/* #recover */}\n\nOpen the Setings app.\n');
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/photoes/);
    expect(result.output).toMatch(/Setings/);
  }, 30_000);

  it('passes Apple names, our own words and heading ids', () => {
    const result = spell(
      "## If this didn't work {/* #if-this-didnt-work */}\n\nOpen iCloud.com on your iPhone, iPad or Mac with macOS and iTunes. The Flesch-Kincaid grade is low.\n",
    );
    expect(result).toEqual({ ok: true, output: '' });
  }, 30_000);
});
