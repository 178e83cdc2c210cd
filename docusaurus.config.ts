import type { Config, PluginModule } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import selectorPages from './plugins/selector-pages';
import articleLinks from './plugins/article-links';
import searchIndexPlugin from './plugins/search-index';
import { defaultLinkDataFiles, loadLinkData } from './plugins/article-links/linkData';
import leanBundlePlugin from './plugins/lean-bundle';
import securityHeadersPlugin from './plugins/security-headers';
import renderFirstPlugin from './plugins/render-first';
import { ssrTemplate } from './plugins/render-first/template';

// Deployments set SITE_URL and BASE_URL so that canonical and copied links are absolute and correct.
const siteUrl = process.env.SITE_URL ?? 'http://localhost:3000';
const baseUrl = process.env.BASE_URL ?? '/';

// Short links (/kb/<article_id>) and moved pages (data/redirects.json), checked once, used twice:
// client-side redirect pages below and build/_redirects from the article-links plugin.
const { redirects } = loadLinkData(defaultLinkDataFiles(__dirname));

const config: Config = {
  title: 'Photo Recovery Guide',
  tagline:
    'Photos missing after an iCloud restore? Find out where they are and how to get them back.',
  favicon: 'img/favicon.svg',

  url: siteUrl,
  baseUrl,
  trailingSlash: false,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  // The banner warns about a wrong baseUrl with an inline script and markup on the home page.
  // Deployments set BASE_URL, and the e2e tests load every page, so we do not ship it.
  baseUrlIssueBanner: false,
  // Paint the page before its scripts start up: see plugins/render-first/template.ts.
  ssrTemplate,

  future: {
    v4: true,
    faster: {
      swcJsLoader: true,
      swcJsMinimizer: true,
      swcHtmlMinimizer: true,
      lightningCssMinimizer: true,
      rspackBundler: true,
      rspackPersistentCache: false,
      mdxCrossCompilerCache: true,
      ssgWorkerThreads: true,
    },
  },

  i18n: {
    defaultLocale: 'en',
    locales: ['en'],
  },

  markdown: {
    format: 'detect',
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          showLastUpdateTime: false,
          breadcrumbs: true,
        },
        blog: false,
        theme: {
          customCss: './src/css/custom.css',
        },
        sitemap: {
          // The search page only shows results for a query, and the selector's step pages exist for readers
          // without JavaScript: neither is a page to list for crawlers.
          ignorePatterns: ['/search', '/which-option/step/**'],
          changefreq: null,
          priority: null,
          lastmod: null,
        },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    leanBundlePlugin,
    renderFirstPlugin,
    securityHeadersPlugin,
    selectorPages,
    // The plugin is typed with its own content; Docusaurus' plugin list only knows `unknown` content.
    articleLinks as PluginModule,
    // Site search: the index, built from docs/ (README, "Search"), and the /search page.
    searchIndexPlugin as PluginModule,
    [
      '@docusaurus/plugin-client-redirects',
      { redirects: redirects.map(({ from, to }) => ({ from, to })) },
    ],
  ],

  themeConfig: {
    colorMode: {
      respectPrefersColorScheme: true,
    },
    navbar: {
      title: 'Photo Recovery Guide',
      logo: {
        alt: '',
        src: 'img/logo.svg',
        width: 32,
        height: 32,
      },
      items: [
        { to: '/why-photos-are-missing', label: 'Start here', position: 'left' },
        { to: '/guides', label: 'Guides', position: 'left' },
        { to: '/faq', label: 'FAQ', position: 'left' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Get help',
          items: [
            { label: 'Why your photos are missing', to: '/why-photos-are-missing' },
            { label: 'Recovery guides', to: '/guides' },
            { label: 'FAQ', to: '/faq' },
          ],
        },
        {
          title: 'Prevent it next time',
          items: [
            { label: 'Before you restore: a checklist', to: '/prevent/before-you-restore' },
            { label: 'Keep a second copy of your photos', to: '/prevent/keep-a-second-copy' },
            { label: 'Glossary', to: '/glossary' },
          ],
        },
      ],
      copyright: `Photo Recovery Guide. Independent help, not affiliated with Apple. Apple, iPhone, iPad and iCloud are trademarks of Apple Inc.`,
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
