/**
 * Our SSR page template (docusaurus.config.ts `ssrTemplate`): Docusaurus's own (copied in
 * tooling/docusaurus/ssgTemplate.ts, which a test compares with the installed one), with one change:
 * a page starts its scripts (React and Docusaurus, about 150 kB gzip) only when it needs them.
 *
 * A page is static HTML that works without JavaScript: reading, links, the no-JavaScript selector
 * and search form. Docusaurus would run main.js with `<script defer>` on every load; on a slow phone
 * that is most of a second of busy main thread for a reader who only reads. Here:
 * - A page starts its scripts at the reader's first input: a key, a tap or click, a touch (a phone's
 *   first scroll), the mouse wheel or a mouse move, or focus moving into the page. Nothing is
 *   downloaded or run before. A pointer or Enter on a link, or focus moving to one, does not count:
 *   the link may be about to load its page in full.
 * - A page whose address has a query (the selector's answers, `/search?q=`) holds state that its
 *   HTML cannot show: it preloads its scripts at low priority, so that the stylesheet comes first, and
 *   runs them once the browser reports the first contentful paint (measured with Lighthouse mobile on
 *   a guide, when every page did this: LCP 2.6 s -> 1.1 s). Such a page opened in a background tab is
 *   never painted and gets no animation frame until it is shown: it boots when it becomes visible, and
 *   a second after load (or after being hidden) while it stays hidden.
 * - A click on a button before the page has hydrated (the menu, "On this page") is held and clicked
 *   again once React has taken over the page, so the reader's first tap is not lost.
 *
 * The list of scripts is a JSON data block (id `boot-scripts`) read by the boot script, so the boot
 * script is the same on every page: one hash in the CSP (plugins/security-headers). After the build,
 * ./index.ts adds each page's route chunks to that list (see ./routeChunks.ts).
 */
import { docusaurusSsgTemplate, editTemplate } from '../../tooling/docusaurus/ssgTemplate';

export const bootScriptsId = 'boot-scripts';

/** The reader's inputs that start a text page's scripts (listened to on window, capture phase). */
export const bootInputs = ['keydown', 'focusin', 'pointerdown', 'touchstart', 'wheel', 'mousemove'];

export const bootScript =
  `(function(){var s=JSON.parse(document.getElementById("${bootScriptsId}").textContent),d=0,w=window,h=document.documentElement,c,` +
  `i=${JSON.stringify(bootInputs)};` +
  // Boot, once. A pointer on a link, focus moving to one or Enter on one does not boot: the link may
  // be about to load its page in full (other keys do: Tab from a link is a keyboard reader moving on).
  'function b(e){if(d||e&&(e.type!="keydown"||e.key=="Enter")&&e.target&&e.target.closest&&e.target.closest("a[href]"))return;' +
  'd=1;i.forEach(function(t){w.removeEventListener(t,b,true)});' +
  's.forEach(function(u){var e=document.createElement("script");e.src=u;e.async=false;document.body.appendChild(e)})}' +
  'function y(){return h.getAttribute("data-has-hydrated")=="true"}' +
  // A click on a button before hydration: hold it, boot, and click the button again once hydrated.
  'function k(e){var t=e.target.closest&&e.target.closest("button,[role=button]");if(!t||y())return;' +
  'e.preventDefault();e.stopImmediatePropagation();c=t;b()}' +
  'w.addEventListener("click",k,true);' +
  'new MutationObserver(function(r,o){if(!y())return;o.disconnect();w.removeEventListener("click",k,true);' +
  'if(c)setTimeout(function(){if(c.isConnected)c.click()},0)}).observe(h,{attributes:true,attributeFilter:["data-has-hydrated"]});' +
  // No query in the address: boot at the reader's first input.
  'if(!location.search){i.forEach(function(t){w.addEventListener(t,b,{capture:true,passive:true})});return}' +
  // A query (selector answers, a search): the HTML cannot show it, the scripts can. Preload them now,
  // at low priority...
  's.forEach(function(u){var e=document.createElement("link");e.rel="preload";e.as="script";e.setAttribute("fetchpriority","low");e.href=u;document.head.appendChild(e)});' +
  // ...and boot once the browser reports the first contentful paint (it reports it after the frame is shown).
  'try{new PerformanceObserver(function(l,o){if(l.getEntriesByName("first-contentful-paint").length){o.disconnect();setTimeout(b,0)}}).observe({type:"paint",buffered:true})}catch(e){}' +
  // Browsers without paint timing: a little after the second frame.
  'requestAnimationFrame(function(){requestAnimationFrame(function(){setTimeout(b,300)})});' +
  // A hidden page (a background tab, a prerendered page) gets neither a paint nor a frame until it
  // is shown: boot when it is shown, right after its first frame (or 300 ms later without one), and
  // when it is hidden, after a second anyway, so that no page is left without its scripts.
  'function v(){if(document.visibilityState=="hidden")setTimeout(b,1e3);else{requestAnimationFrame(function(){setTimeout(b,0)});setTimeout(b,300)}}' +
  'document.addEventListener("visibilitychange",v);if(document.visibilityState=="hidden")v()})();';

/**
 * Docusaurus's template (tooling/docusaurus/ssgTemplate.ts) with two edits: the `<script defer>`
 * elements are gone, and the boot list and boot script end the body. editTemplate fails the
 * build if Docusaurus's template no longer has the lines we edit.
 */
export const ssrTemplate = editTemplate(
  editTemplate(
    docusaurusSsgTemplate,
    '<script src="<%= it.baseUrl %><%= script %>" defer></script>',
    '',
  ),
  '    <%~ it.postBodyTags %>\n',
  `    <%~ it.postBodyTags %>
    <script type="application/json" id="${bootScriptsId}"><%~ JSON.stringify(it.scripts.map((script) => it.baseUrl + script)) %></script>
    <script>${bootScript}</script>
`,
);
