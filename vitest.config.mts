import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Components import @docusaurus/* and @theme/* modules that only exist inside a Docusaurus build.
// Unit tests swap them for small stubs in test/stubs so components can be rendered in jsdom.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@site\/(.*)$/, replacement: here('./$1') },
      {
        find: /^@docusaurus\/(Link|useDocusaurusContext|useBaseUrl|Head|BrowserOnly|useIsBrowser|ExecutionEnvironment|router|Translate|isInternalUrl)$/,
        replacement: here('./test/stubs/docusaurus/$1.tsx'),
      },
      { find: /^@theme\/(.*)$/, replacement: here('./test/stubs/theme/$1.tsx') },
      {
        find: /^@article-links\/agents-page$/,
        replacement: here('./test/stubs/articleLinks/agentsPage.ts'),
      },
      {
        find: '@generated/search-index/default/search-index-url.json',
        replacement: here('./test/stubs/search-index-url.json'),
      },
    ],
  },
  oxc: {
    jsx: { runtime: 'automatic' },
  },
  test: {
    globals: true,
    // The machine the suite runs on is shared; a test that passes in 3 s alone can take 6 s there.
    testTimeout: 20_000,
    css: { modules: { classNameStrategy: 'non-scoped' } },
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    projects: [
      {
        // What ships to browsers, rendered with Testing Library in jsdom.
        extends: true,
        test: {
          name: 'browser',
          environment: 'jsdom',
          setupFiles: ['./test/setup.ts'],
          include: ['src/**/*.test.{ts,tsx}', 'plugins/render-first/template.test.ts'],
        },
      },
      {
        // Build-time code: Node, without the cost of a DOM per test file.
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'plugins/**/*.test.ts',
            'tooling/**/*.test.ts',
            'scripts/**/*.test.ts',
            'e2e/**/*.test.ts',
            'test/**/*.test.ts',
          ],
          exclude: ['plugins/render-first/template.test.ts'],
        },
      },
    ],
  },
});
