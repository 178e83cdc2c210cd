import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadContext, Plugin } from '@docusaurus/types';
import {
  prismClientModulePattern,
  prismAdditionalLanguages,
} from '../../tooling/docusaurus/prismClientModule';
import { ClassNames, classTokens, htmlClasses, purgeCss } from './unusedCss';

const emptyClientModule = fileURLToPath(new URL('./emptyClientModule.ts', import.meta.url));

/** The parts of the bundler's compiler (webpack or Rspack, same API) that UnusedCss uses. */
interface Compiler {
  webpack: {
    Compilation: { PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE: number };
    sources: { RawSource: new (source: string) => unknown };
  };
  hooks: { thisCompilation: { tap(name: string, run: (compilation: Compilation) => void): void } };
}
interface Compilation {
  hooks: {
    processAssets: { tap(options: { name: string; stage: number }, run: () => void): void };
  };
  getAssets(): readonly { name: string; source: { source(): string | Buffer } }[];
  updateAsset(name: string, source: unknown): void;
}

/** What the client build learned, for the check after the build. */
interface CssState {
  used?: ClassNames;
}

/**
 * Takes the CSS that no page can use out of the client bundle's stylesheets (./unusedCss.ts). Runs
 * after the minifiers and before the content hashes are computed, so the file name changes with what
 * is left.
 */
class UnusedCss {
  constructor(private readonly state: CssState) {}

  apply(compiler: Compiler) {
    const name = 'lean-bundle-unused-css';
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name, stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1 },
        () => {
          const assets = compilation.getAssets();
          const text = (asset: (typeof assets)[number]) => asset.source.source().toString();
          const used = new ClassNames(
            classTokens(assets.filter((asset) => asset.name.endsWith('.js')).map(text)),
          );
          this.state.used = used;
          for (const asset of assets.filter((a) => a.name.endsWith('.css'))) {
            const before = text(asset);
            const result = purgeCss(before, used);
            compilation.updateAsset(asset.name, new compiler.webpack.sources.RawSource(result.css));
            console.log(
              `[lean-bundle] ${asset.name}: ${(before.length / 1000).toFixed(1)} kB -> ` +
                `${(result.css.length / 1000).toFixed(1)} kB (${result.removedSelectors.length} unused ` +
                `selectors, ${result.removedProperties.length} unused custom properties)`,
            );
          }
        },
      );
    });
  }
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Keeps code the site never runs out of every page's JavaScript and CSS.
 *
 * - The classic theme registers a client module (theme-classic/lib/prism-include-languages) that
 *   imports the whole Prism syntax highlighter into main.js, for every page, to add
 *   `prism.additionalLanguages`. Our pages have no highlighted code (src/theme/CodeBlock renders plain
 *   text), so when no additional languages are configured, that client module is swapped for an empty
 *   one.
 * - CSS rules for classes that no JavaScript of the site names are dropped (./unusedCss.ts). After the
 *   build, every class in the built HTML must be one the client bundle names, or the build fails:
 *   otherwise a rule it needs might have been dropped.
 */
export default function leanBundlePlugin(context: LoadContext): Plugin {
  const languages = prismAdditionalLanguages(context.siteConfig.themeConfig);
  const cssState: CssState = {};
  return {
    name: 'lean-bundle',
    configureWebpack(_config, isServer, { currentBundler }) {
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
          ...(isServer ? [] : [new UnusedCss(cssState)]),
        ],
      };
    },
    postBuild({ outDir }) {
      const { used } = cssState;
      if (!used) return;
      const unknown = new Map<string, string>();
      for (const file of htmlFiles(outDir)) {
        for (const className of htmlClasses(readFileSync(file, 'utf8'))) {
          if (!used.has(className) && !unknown.has(className)) unknown.set(className, file);
        }
      }
      if (unknown.size > 0) {
        throw new Error(
          `lean-bundle: classes in the built HTML that no client JavaScript names, so their CSS may have ` +
            `been dropped: ${[...unknown].map(([c, f]) => `${c} (${f})`).join(', ')}. ` +
            'Find where they come from (plugins/lean-bundle/unusedCss.ts explains the rule).',
        );
      }
    },
  };
}
