import { bootScriptsId } from './template';

/** The JSON data block with the boot scripts, as written by ./template.ts and left by the HTML minifier. */
const bootListPattern = new RegExp(
  `(<script\\b[^>]*\\bid=["']?${bootScriptsId}["']?[^>]*>)([^<]*)(</script>)`,
);

/** The scripts a page's boot script starts, or null when the page has no boot list. */
export function bootScripts(html: string): string[] | null {
  const match = bootListPattern.exec(html);
  return match ? (JSON.parse(match[2]) as string[]) : null;
}

/**
 * Puts scripts at the head of a page's boot list. `more` gets the scripts already listed (runtime and
 * main) and returns those to run before them: the route chunks, so that main.js finds them installed
 * when it starts (measured: a shorter start-up task than with the chunks after main.js).
 * Pages without a boot list are returned unchanged.
 */
export function addBootScripts(html: string, more: (listed: string[]) => string[]): string {
  const listed = bootScripts(html);
  if (!listed) return html;
  const added = more(listed).filter((script) => !listed.includes(script));
  if (added.length === 0) return html;
  const json = JSON.stringify([...new Set(added), ...listed]).replaceAll('<', '\\u003c');
  return html.replace(
    bootListPattern,
    (_whole, open: string, _list, close: string) => open + json + close,
  );
}
