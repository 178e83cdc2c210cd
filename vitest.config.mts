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
        find: '@generated/search-index/default/search-index-url.json',
        replacement: here('./test/stubs/search-index-url.json'),
      },
    ],
  },
  oxc: {
    jsx: { runtime: 'automatic' },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./test/setup.ts'],
    include: [
      'src/**/*.test.{ts,tsx}',
      'plugins/**/*.test.ts',
      'scripts/**/*.test.ts',
      'e2e/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    css: { modules: { classNameStrategy: 'non-scoped' } },
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
  },
});
