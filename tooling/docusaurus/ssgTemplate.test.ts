import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  copiedFromVersion,
  docusaurusSsgTemplate,
  editTemplate,
  installedSsgTemplate,
} from './ssgTemplate';

describe("Docusaurus's page template", () => {
  it('is still the one our fork (plugins/render-first/template.ts) was made from', () => {
    const installedVersion = (
      createRequire(import.meta.url)('@docusaurus/core/package.json') as { version: string }
    ).version;
    expect(
      installedSsgTemplate(),
      `@docusaurus/core ${installedVersion} changed its page template (copied from ${copiedFromVersion}). ` +
        'Compare it with docusaurusSsgTemplate in tooling/docusaurus/ssgTemplate.ts, carry the change ' +
        'into plugins/render-first/template.ts if it matters, then update the copy (UPGRADING.md).',
    ).toBe(docusaurusSsgTemplate);
  });
});

describe('editTemplate', () => {
  it('replaces exactly one piece, and refuses a piece that is missing or repeated', () => {
    expect(editTemplate('<a><b>', '<b>', '<c>')).toBe('<a><c>');
    expect(() => editTemplate('<a>', '<b>', '<c>')).toThrow(/no longer contains exactly one "<b>"/);
    expect(() => editTemplate('<b><b>', '<b>', '<c>')).toThrow(/UPGRADING\.md/);
  });
});
