import { fileURLToPath } from 'node:url';
import type { LoadContext, Plugin } from '@docusaurus/types';
import {
  prismClientModulePattern,
  prismAdditionalLanguages,
} from '../../tooling/docusaurus/prismClientModule';

const emptyClientModule = fileURLToPath(new URL('./emptyClientModule.ts', import.meta.url));

/**
 * Keeps code the site never runs out of every page's JavaScript.
 *
 * The classic theme registers a client module (theme-classic/lib/prism-include-languages) that imports
 * the whole Prism syntax highlighter into main.js, for every page, to add `prism.additionalLanguages`.
 * Our pages have no highlighted code (src/theme/CodeBlock renders plain text), so when no additional
 * languages are configured, that client module is swapped for an empty one.
 */
export default function leanBundlePlugin(context: LoadContext): Plugin {
  const languages = prismAdditionalLanguages(context.siteConfig.themeConfig);
  return {
    name: 'lean-bundle',
    configureWebpack(_config, _isServer, { currentBundler }) {
      if (languages.length > 0) {
        throw new Error(
          `themeConfig.prism.additionalLanguages (${languages.join(', ')}) needs the Prism client ` +
            'module that plugins/lean-bundle removes. Remove the languages, or remove the plugin and ' +
            'src/theme/CodeBlock to bring syntax highlighting back.',
        );
      }
      return {
        plugins: [
          new currentBundler.instance.NormalModuleReplacementPlugin(
            prismClientModulePattern,
            emptyClientModule,
          ),
        ],
      };
    },
  };
}
