import { describe, expect, it } from 'vitest';
import { patchFutureFlags, patchPackageJson } from './stockSite';

// The start of docusaurus.config.ts as create-docusaurus 3.10.2 (classic, TypeScript) writes it.
const template = `const config: Config = {
  title: 'My Site',
  favicon: 'img/favicon.ico',

  // Future flags, see https://docusaurus.io/docs/api/docusaurus-config#future
  future: {
    v4: true, // Improve compatibility with the upcoming Docusaurus v4
  },

  url: 'https://your-docusaurus-site.example.com',
};
`;

describe('patchFutureFlags', () => {
  it('puts our future flags in place of the template ones and keeps the rest', () => {
    const patched = patchFutureFlags(template, {
      v4: true,
      faster: { rspackBundler: true, rspackPersistentCache: false },
    });
    expect(patched).toContain(
      '  future: {\n    "v4": true,\n    "faster": {\n      "rspackBundler": true,\n      "rspackPersistentCache": false\n    }\n  },\n',
    );
    expect(patched).not.toContain('Improve compatibility');
    expect(patched).toContain("url: 'https://your-docusaurus-site.example.com',");
  });

  it('fails loudly when the template changes shape', () => {
    expect(() => patchFutureFlags('export default {};', { v4: true })).toThrow(/future/);
  });
});

describe('patchPackageJson', () => {
  it('adds our overrides and @docusaurus/faster at the same version', () => {
    const patched = JSON.parse(
      patchPackageJson(
        JSON.stringify({ dependencies: { '@docusaurus/core': '3.10.2' } }),
        { '@swc/html': '1.15.40' },
        '3.10.2',
      ),
    );
    expect(patched.dependencies).toEqual({
      '@docusaurus/core': '3.10.2',
      '@docusaurus/faster': '3.10.2',
    });
    expect(patched.overrides).toEqual({ '@swc/html': '1.15.40' });
  });
});
