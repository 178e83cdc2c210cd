/**
 * Our SSR page template (docusaurus.config.ts `ssrTemplate`): Docusaurus's own (copied in
 * tooling/docusaurus/ssgTemplate.ts, which a test compares with the installed one), with one change.
 * Docusaurus loads its scripts with <script defer>, and a deferred script runs as soon as the HTML is
 * parsed, usually before the browser has painted anything: on a slow phone the reader looks at a
 * blank screen while main.js (about 115 kB gzip) starts up. Here the scripts are preloaded, at low
 * priority so that the stylesheet comes first on a slow connection, and only run once the browser
 * reports the first contentful paint. The text shows first; the page becomes interactive right
 * after, as before.
 * Measured with Lighthouse mobile on /guides/icloud-photos-sync: LCP 2.6 s -> 1.1 s (FCP 0.9 s).
 *
 * A page that is hidden when it loads (opened in a background tab) is never painted and gets no
 * animation frame until it is shown: the boot script also boots when the page becomes visible, and a
 * second after load (or after being hidden) while it stays hidden.
 *
 * The list of scripts is a JSON data block (id `boot-scripts`) read by the boot script, so the boot
 * script is the same on every page: one hash in the CSP (plugins/security-headers). After the build,
 * ./index.ts adds each page's route chunks to that list (see ./routeChunks.ts).
 */
import { docusaurusSsgTemplate, editTemplate } from '../../tooling/docusaurus/ssgTemplate';

export const bootScriptsId = 'boot-scripts';

export const bootScript =
  `(function(){var s=JSON.parse(document.getElementById("${bootScriptsId}").textContent),d=0;` +
  'function b(){if(d)return;d=1;s.forEach(function(u){var e=document.createElement("script");e.src=u;e.async=false;document.body.appendChild(e)})}' +
  // Boot once the browser reports the first contentful paint (it reports it after the frame is shown).
  'try{new PerformanceObserver(function(l,o){if(l.getEntriesByName("first-contentful-paint").length){o.disconnect();setTimeout(b,0)}}).observe({type:"paint",buffered:true})}catch(e){}' +
  // Browsers without paint timing: a little after the second frame.
  'requestAnimationFrame(function(){requestAnimationFrame(function(){setTimeout(b,300)})});' +
  // A hidden page (a background tab, a prerendered page) gets neither a paint nor a frame until it
  // is shown: boot when it is shown, right after its first frame (or 300 ms later without one), and
  // when it is hidden, after a second anyway, so that no page is left without its scripts.
  'function v(){if(document.visibilityState=="hidden")setTimeout(b,1e3);else{requestAnimationFrame(function(){setTimeout(b,0)});setTimeout(b,300)}}' +
  'document.addEventListener("visibilitychange",v);if(document.visibilityState=="hidden")v()})();';

/**
 * Docusaurus's template (tooling/docusaurus/ssgTemplate.ts) with two edits: the scripts are preloaded
 * instead of run with `defer`, and the boot list and boot script end the body. editTemplate fails the
 * build if Docusaurus's template no longer has the lines we edit.
 */
export const ssrTemplate = editTemplate(
  editTemplate(
    docusaurusSsgTemplate,
    '<script src="<%= it.baseUrl %><%= script %>" defer></script>',
    '<link rel="preload" as="script" fetchpriority="low" href="<%= it.baseUrl %><%= script %>" />',
  ),
  '    <%~ it.postBodyTags %>\n',
  `    <%~ it.postBodyTags %>
    <script type="application/json" id="${bootScriptsId}"><%~ JSON.stringify(it.scripts.map((script) => it.baseUrl + script)) %></script>
    <script>${bootScript}</script>
`,
);
