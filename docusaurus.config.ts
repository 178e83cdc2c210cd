import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import leanBundlePlugin from './plugins/lean-bundle';
import securityHeadersPlugin from './plugins/security-headers';
import { ssrTemplate } from './plugins/render-first/template';

// Deployments set SITE_URL and BASE_URL so that canonical and copied links are absolute and correct.
const siteUrl = process.env.SITE_URL ?? 'http://localhost:3000';
const baseUrl = process.env.BASE_URL ?? '/';

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

  plugins: [leanBundlePlugin, securityHeadersPlugin],

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
          changefreq: null,
          priority: null,
          lastmod: null,
        },
      } satisfies Preset.Options,
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
