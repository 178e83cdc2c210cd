/**
 * Fence around a Docusaurus internal: the page template that @docusaurus/core renders every page
 * with (lib/ssg/ssgTemplate.html.js, not part of its public API). plugins/render-first/template.ts
 * forks it. The fork is written as edits of the copy below, and ssgTemplate.test.ts compares this
 * copy with the installed template: when an upgrade changes Docusaurus's template, the test fails
 * and says so, instead of our fork silently dropping what Docusaurus added (see UPGRADING.md).
 */
import { createRequire } from 'node:module';

/** The @docusaurus/core version whose template `docusaurusSsgTemplate` copies. */
export const copiedFromVersion = '3.10.2';

/** The installed template file, inside @docusaurus/core. */
export const templateModule = '@docusaurus/core/lib/ssg/ssgTemplate.html.js';

/** Docusaurus's page template, exactly as @docusaurus/core 3.10.2 ships it. */
export const docusaurusSsgTemplate = `
<!DOCTYPE html>
<html <%~ it.htmlAttributes %>>
  <head>
    <meta charset="UTF-8">
    <meta name="generator" content="Docusaurus v<%= it.version %>">
    <% it.metaAttributes.forEach((metaAttribute) => { %>
      <%~ metaAttribute %>
    <% }); %>
    <%~ it.headTags %>
    <% it.stylesheets.forEach((stylesheet) => { %>
      <link rel="stylesheet" href="<%= it.baseUrl %><%= stylesheet %>" />
    <% }); %>
    <% it.scripts.forEach((script) => { %>
      <script src="<%= it.baseUrl %><%= script %>" defer></script>
    <% }); %>
  </head>
  <body <%~ it.bodyAttributes %>>
    <%~ it.preBodyTags %>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <%~ it.postBodyTags %>
  </body>
</html>
`;

/** The template the installed @docusaurus/core renders pages with. */
export function installedSsgTemplate(): string {
  const require = createRequire(import.meta.url);
  return (require(templateModule) as { default: string }).default;
}

/** Replaces one exact piece of the template, and fails loudly if the piece is not there. */
export function editTemplate(template: string, find: string, replace: string): string {
  const at = template.indexOf(find);
  if (at < 0 || template.indexOf(find, at + 1) >= 0)
    throw new Error(
      `The Docusaurus page template no longer contains exactly one ${JSON.stringify(find.trim())}: see UPGRADING.md, "The page template".`,
    );
  return template.slice(0, at) + replace + template.slice(at + find.length);
}
