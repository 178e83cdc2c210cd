import type { Config, PluginModule } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type { PluginOptions as SearchOptions } from '@easyops-cn/docusaurus-search-local';
import selectorPages from './plugins/selector-pages';
import articleLinks from './plugins/article-links';
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

// Local full-text search (no external service). See README "Search" for why each option is set.
// SEARCH=off builds the site without it; only scripts/measure-search-cost.ts uses that, to measure what
// the search bar adds to a page's first load.
const searchOptions = {
  indexDocs: true,
  indexBlog: false,
  // Docs live at the site root, so every route is a docs route and this option has no effect;
  // the home page has no content of its own that a search should land on.
  indexPages: false,
  docsRouteBasePath: '/',
  language: ['en'],
  // The index file name carries a hash of the docs, so a new deploy never serves a stale cached index.
  hashed: 'filename',
  // Each h2/h3 is a result of its own that opens at its #anchor; show where it lives: "FAQ > Question".
  explicitSearchResultPath: true,
  // Off: it adds ?_highlight=... to result links, and those links end up pasted in tickets.
  highlightSearchTermsOnTargetPage: false,
  searchResultLimits: 8,
  searchResultContextMaxLength: 60,
  searchBarShortcut: true,
  searchBarShortcutHint: true,
  searchBarShortcutKeymap: 'mod+k',
  searchBarPosition: 'right',
  fuzzyMatchingDistance: 1,
  // Not indexed, because it would crowd out the sections that answer the question:
  // - blocks marked data-search-ignore: generated or repeated text that matches almost any query, such as
  //   the selector's full decision tree on /which-option/how-it-decides;
  // - the sources list at the end of every article (src/components/ArticleFooter), Apple's titles again;
  // - the cards of DocCardList on /guides and /faq, which would open the overview instead of the guide;
  // - the navbar, so that a result's path is its sidebar categories ("FAQ › FAQ: photos after a
  //   restore"), without the active navbar link again ("FAQ › FAQ › ...").
  ignoreCssSelectors: [
    '[data-search-ignore]',
    'section[aria-labelledby="article-sources"]',
    'a.card',
    'nav.navbar',
  ],
} satisfies SearchOptions;
const searchThemes: Config['themes'] =
  process.env.SEARCH === 'off' ? [] : [['@easyops-cn/docusaurus-search-local', searchOptions]];

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

  themes: searchThemes,

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
