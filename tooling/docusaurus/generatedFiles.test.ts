import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parseRoutesModule } from './generatedFiles';

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
    component: ComponentCreator('/', 'e24'),
    routes: [
      {
        path: '/guides/icloud-photos-sync',
        component: ComponentCreator('/guides/icloud-photos-sync', '295'),
        exact: true,
        sidebar: "guide"
      }
    ]
  },
  {
    path: '*',
    component: ComponentCreator('*'),
  },
];
`;

describe('parseRoutesModule', () => {
  it('reads the nested route tree with each route key', () => {
    const routes = parseRoutesModule(routesModule);
    expect(routes.map((route) => route.key)).toEqual(['/search-822', '/-e24', null]);
    expect(routes[1].exact).toBe(false);
    expect(routes[1].routes.map((route) => [route.path, route.exact])).toEqual([
      ['/guides/icloud-photos-sync', true],
    ]);
  });

  it('fails loudly when the generated file changes shape', () => {
    expect(() => parseRoutesModule('export const routes = [];')).toThrow(/export default/);
    expect(() => parseRoutesModule('export default 42;')).toThrow(/not a list/);
  });

  it("reads what the installed Docusaurus generates, with keys that are routesChunkNames' keys", () => {
    // @docusaurus/core's own code generator, the one that writes .docusaurus/routes.js.
    const { generateRoutesCode } = createRequire(import.meta.url)(
      '@docusaurus/core/lib/server/codegen/codegenRoutes.js',
    ) as {
      generateRoutesCode: (routes: object[]) => {
        routesConfig: string;
        routesChunkNames: Record<string, unknown>;
      };
    };
    const generated = generateRoutesCode([
      { path: '/', component: '@theme/Home', exact: true },
      {
        path: '/',
        component: '@theme/DocsRoot',
        routes: [{ path: '/guides/a', component: '@theme/DocItem', exact: true }],
      },
    ]);
    const routes = parseRoutesModule(generated.routesConfig);
    const keys = [routes[0].key, routes[1].key, routes[1].routes[0].key];
    const message =
      'Docusaurus changed .docusaurus/routes.js or routesChunkNames.json: update ' +
      'tooling/docusaurus/generatedFiles.ts and plugins/render-first (UPGRADING.md)';
    expect(
      keys.every((key) => key !== null && key in generated.routesChunkNames),
      message,
    ).toBe(true);
    expect(routes[1].routes[0].path, message).toBe('/guides/a');
    expect(routes.at(-1)?.path, message).toBe('*');
  });
});
