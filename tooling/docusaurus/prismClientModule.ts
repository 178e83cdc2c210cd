/**
 * Fence around a Docusaurus internal: the path of the classic theme's Prism client module, which
 * plugins/lean-bundle swaps for an empty module. prismClientModule.test.ts asks the installed theme
 * for its client modules and fails if none matches any more (see UPGRADING.md).
 */
/** Matches the classic theme's Prism client module, and not its swizzlable theme component. */
export const prismClientModulePattern =
  /@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/;

/** The Prism languages a site config asks for (themeConfig.prism.additionalLanguages). */
export function prismAdditionalLanguages(themeConfig: unknown): string[] {
  const prism = (themeConfig as { prism?: { additionalLanguages?: unknown } } | undefined)?.prism;
  const languages = prism?.additionalLanguages;
  return Array.isArray(languages) ? languages.map(String) : [];
}
