import { describe, expect, it } from 'vitest';
import { parseRoutesModule, type ClientManifest } from '../../tooling/docusaurus/generatedFiles';
import { flattenChunkNames, matchRouteKeys, routeScripts } from './routeChunks';

// The shape of .docusaurus/routes.js: pages first, then the docs plugin's nested routes, then the 404.
const routesModule = `import React from 'react';
import ComponentCreator from '@docusaurus/ComponentCreator';

export default [
  {
    path: '/search',
    component: ComponentCreator('/search', '822'),
    exact: true
  },
  {
    path: '/',
    component: ComponentCreator('/', 'e5f'),
    exact: true
  },
  {
    path: '/',
    component: ComponentCreator('/', 'e24'),
    routes: [
      {
        path: '/',
        component: ComponentCreator('/', '9ed'),
        routes: [
          {
            path: '/guides/icloud-photos-sync',
            component: ComponentCreator('/guides/icloud-photos-sync', '295'),
            exact: true,
            sidebar: "guide"
          },
          {
            path: '/guides',
            component: ComponentCreator('/guides', 'aaa'),
            exact: true
          }
        ]
      }
    ]
  },
  {
    path: '*',
    component: ComponentCreator('*'),
  },
];
`;

describe('matchRouteKeys', () => {
  const routes = parseRoutesModule(routesModule);

  it('follows the first matching route at each level, outermost first', () => {
    expect(matchRouteKeys(routes, '/guides/icloud-photos-sync')).toEqual([
      '/-e24',
      '/-9ed',
      '/guides/icloud-photos-sync-295',
    ]);
  });

  it('lets an exact route match only its own path, with or without a trailing slash', () => {
    expect(matchRouteKeys(routes, '/')).toEqual(['/-e5f']);
    expect(matchRouteKeys(routes, '/search/')).toEqual(['/search-822']);
    expect(matchRouteKeys(routes, '/guides')).toEqual(['/-e24', '/-9ed', '/guides-aaa']);
  });

  it('does not treat a shared prefix as a parent path', () => {
    const tree = parseRoutesModule(
      `export default [{ path: '/guides', component: ComponentCreator('/guides', '1'), routes: [] }, { path: '*', component: ComponentCreator('*') }];`,
    );
    expect(matchRouteKeys(tree, '/guides/a')).toEqual(['/guides-1']);
    expect(matchRouteKeys(tree, '/guidesx')).toEqual([]);
  });
});

describe('flattenChunkNames', () => {
  it('collects every chunk name of a nested record', () => {
    expect(
      flattenChunkNames({
        __comp: 'a',
        __context: { plugin: 'b' },
        items: [{ content: 'c' }, 'd'],
      }),
    ).toEqual(['a', 'b', 'c', 'd']);
    expect(flattenChunkNames(undefined)).toEqual([]);
  });
});

describe('routeScripts', () => {
  const routes = parseRoutesModule(routesModule);
  const routesChunkNames = {
    '/-e24': { __comp: 'docsRoot', __context: { plugin: 'docsPlugin' } },
    '/-9ed': { __comp: 'version', __props: 'versionProps' },
    '/guides/icloud-photos-sync-295': { __comp: 'docItem', content: 'guideContent' },
    '/-e5f': { __comp: 'home' },
  };
  const manifest: ClientManifest = {
    origins: {
      docsRoot: ['10'],
      docsPlugin: ['11'],
      version: ['12', '5'],
      versionProps: ['13'],
      docItem: ['14', '5'],
      guideContent: ['15'],
      home: ['16'],
    },
    assets: {
      '5': { js: [{ publicPath: '/assets/js/5.shared.js' }] },
      '10': { js: [{ publicPath: '/assets/js/docsRoot.js' }] },
      '11': { js: [{ publicPath: '/assets/js/docsPlugin.js' }] },
      '12': { js: [{ publicPath: '/assets/js/version.js' }] },
      '13': { js: [{ publicPath: '/assets/js/versionProps.js' }] },
      '14': { js: [{ publicPath: '/assets/js/docItem.js' }] },
      '15': { js: [{ publicPath: '/assets/js/guideContent.js' }] },
      '16': { js: [{ publicPath: '/assets/js/home.js' }] },
      '17': {},
    },
  };

  it("lists the files of every chunk on the page's route chain once, in order", () => {
    expect(
      routeScripts('/guides/icloud-photos-sync', routes, routesChunkNames, manifest, []),
    ).toEqual([
      '/assets/js/docsRoot.js',
      '/assets/js/docsPlugin.js',
      '/assets/js/version.js',
      '/assets/js/5.shared.js',
      '/assets/js/versionProps.js',
      '/assets/js/docItem.js',
      '/assets/js/guideContent.js',
    ]);
  });

  it("leaves out the entry scripts and other pages' chunks", () => {
    expect(routeScripts('/', routes, routesChunkNames, manifest, ['/assets/js/home.js'])).toEqual(
      [],
    );
  });

  it('lists only the layout chunks for a path that no page of the docs matches', () => {
    expect(routeScripts('/search/x', routes, routesChunkNames, manifest, [])).toEqual([
      '/assets/js/docsRoot.js',
      '/assets/js/docsPlugin.js',
      '/assets/js/version.js',
      '/assets/js/5.shared.js',
      '/assets/js/versionProps.js',
    ]);
  });
});
