import type { Config, PluginModule } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import { themes as prismThemes } from 'prism-react-renderer';
import selectorPages from './plugins/selector-pages';
import articleLinks from './plugins/article-links';
import { defaultLinkDataFiles, loadLinkData } from './plugins/article-links/linkData';

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
          // The selector's step pages exist for readers without JavaScript, not for search results.
          ignorePatterns: ['/which-option/step/**'],
          changefreq: null,
          priority: null,
          lastmod: null,
        },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
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
    prism: {
      theme: prismThemes.github,
      darkTheme: prismThemes.dracula,
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
