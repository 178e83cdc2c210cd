import { readFile, rename, writeFile } from 'node:fs/promises';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { htmlFileOf } from '../../tooling/site/siteFiles';
import { readGeneratedFiles } from '../../tooling/docusaurus/generatedFiles';
import { addBootScripts } from './bootList';
import { routeScripts } from './routeChunks';

/**
 * After the build, adds each page's route chunks to the scripts its boot script starts (see
 * ./template.ts and ./routeChunks.ts): they download with main.js instead of after it, and main.js
 * finds them installed when it starts.
 */
export default function renderFirstPlugin(context: LoadContext): Plugin {
  return {
    name: 'render-first',
    async postBuild({ outDir, baseUrl, routesPaths }) {
      const { routes, routesChunkNames, manifest } = await readGeneratedFiles(
        context.generatedFilesDir,
      );

      await Promise.all(
        routesPaths.map(async (routePath) => {
          const file = htmlFileOf(outDir, routePath, baseUrl);
          if (!file) return;
          const html = await readFile(file, 'utf8');
          const updated = addBootScripts(html, (entries) =>
            routeScripts(routePath, routes, routesChunkNames, manifest, entries),
          );
          if (updated === html) return;
          // Other plugins read the HTML in their own postBuild at the same time: replace the file in one step.
          await writeFile(`${file}.tmp`, updated);
          await rename(`${file}.tmp`, file);
        }),
      );
    },
  };
}
