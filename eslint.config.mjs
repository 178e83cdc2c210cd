import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import docusaurus from '@docusaurus/eslint-plugin';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'build/',
      '.docusaurus/',
      'node_modules/',
      'reports/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs}'],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: {
      'react-hooks': reactHooks,
      '@docusaurus': docusaurus,
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@docusaurus/no-html-links': 'error',
      '@docusaurus/prefer-docusaurus-heading': 'error',
      '@docusaurus/no-untranslated-text': 'off',
      '@docusaurus/string-literal-i18n-messages': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // src/ is what ships to browsers. Build-time code (tooling/, plugins/, zod, gray-matter) may only
    // lend it types: `import type` is erased before bundling. Tests are not shipped.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/**/*.test-d.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@site/tooling/**', '@site/plugins/**', '**/tooling/**', '**/plugins/**'],
              allowTypeImports: true,
              message:
                'Build-time code must not ship to browsers: import only types from it (`import type`).',
            },
          ],
          paths: [
            { name: 'zod', allowTypeImports: true, message: 'zod runs at build time only.' },
            { name: 'gray-matter', message: 'gray-matter runs at build time only.' },
          ],
        },
      ],
    },
  },
);
