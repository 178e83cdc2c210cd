import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parseRoutesModule } from './generatedFiles';

/** @docusaurus/core's own code generator: the one that writes .docusaurus/routes.js. */
const { generateRoutesCode } = createRequire(import.meta.url)(
  '@docusaurus/core/lib/server/codegen/codegenRoutes.js',
) as {
  generateRoutesCode: (routes: object[]) => {
    routesConfig: string;
    routesChunkNames: Record<string, unknown>;
  };
};

const changed =
  'Docusaurus changed .docusaurus/routes.js or routesChunkNames.json: update ' +
  'tooling/docusaurus/generatedFiles.ts and plugins/render-first (UPGRADING.md)';

describe('parseRoutesModule', () => {
  it('reads the route tree the installed Docusaurus writes, keyed as routesChunkNames.json', () => {
    // Pages first, then the docs plugin's nested routes (with an extra attribute), as in our site.
    const generated = generateRoutesCode([
      { path: '/', component: '@theme/Home', exact: true },
      {
        path: '/',
        component: '@theme/DocsRoot',
        routes: [
          { path: '/guides/a', component: '@theme/DocItem', exact: true, sidebar: 'guide' },
          { path: '/guides', component: '@theme/DocItem', exact: true },
        ],
      },
    ]);
    const routes = parseRoutesModule(generated.routesConfig);
    const keys = [routes[0].key, routes[1].key, ...routes[1].routes.map((route) => route.key)];
    expect(
      keys.every((key) => key !== null && key in generated.routesChunkNames),
      changed,
    ).toBe(true);
    expect(
      routes.map((route) => [route.path, route.exact]),
      changed,
    ).toEqual([
      ['/', true],
      ['/', false],
      ['*', false],
    ]);
    expect(routes[1].routes.map((route) => [route.path, route.exact])).toEqual([
      ['/guides/a', true],
      ['/guides', true],
    ]);
    // The catch-all route has no key: no chunk of its own.
    expect(routes[2].key).toBeNull();
  });

  it('fails loudly when the generated file changes shape', () => {
    expect(() => parseRoutesModule('export const routes = [];')).toThrow(/export default/);
    expect(() => parseRoutesModule('export default 42;')).toThrow(/not a list/);
  });
});
