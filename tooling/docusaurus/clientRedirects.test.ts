import type { Props } from '@docusaurus/types';
import { describe, expect, it } from 'vitest';
import {
  buildHeadersFile,
  executableInlineScripts,
  sha256Source,
} from '../../plugins/security-headers/headers';
import { clientRedirectPages, loadInternals } from './clientRedirects';

// Just the parts of the postBuild props that clientRedirectPages reads.
function propsWith(plugins: { name: string; options: object }[]): Props {
  return {
    baseUrl: '/',
    outDir: '/site/build',
    routesPaths: ['/', '/guides/computer-backup', '/404.html'],
    siteConfig: { trailingSlash: false },
    plugins,
  } as unknown as Props;
}

const redirectsPlugin = {
  name: 'docusaurus-plugin-client-redirects',
  options: {
    id: 'default',
    fromExtensions: [],
    toExtensions: [],
    redirects: [{ from: ['/kb/105', '/itunes-backup'], to: '/guides/computer-backup' }],
  },
};

describe('clientRedirectPages', () => {
  it("loads the installed plugin's internals (fails with a message naming the file if they moved)", () => {
    expect(() => loadInternals()).not.toThrow();
  });

  it('renders the redirect pages @docusaurus/plugin-client-redirects will write', () => {
    const pages = clientRedirectPages(propsWith([redirectsPlugin]));
    expect(pages).toHaveLength(2);
    for (const page of pages) {
      expect(page).toContain(
        '<meta http-equiv="refresh" content="0; url=/guides/computer-backup">',
      );
      expect(executableInlineScripts(page)).toHaveLength(1);
    }
  });

  it('so the policy allows their script even before the files are on disk', () => {
    const [page] = clientRedirectPages(propsWith([redirectsPlugin]));
    const [script] = executableInlineScripts(page);
    expect(script).toContain("window.location.href = '/guides/computer-backup'");
    expect(buildHeadersFile('/', [page])).toContain(sha256Source(script));
  });

  it('is empty when the site has no client redirects', () => {
    expect(
      clientRedirectPages(propsWith([{ name: 'docusaurus-plugin-content-docs', options: {} }])),
    ).toEqual([]);
  });
});
