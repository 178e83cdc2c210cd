import { describe, expect, it } from 'vitest';
import { addBootScripts, bootScripts } from './bootList';

// As the HTML minifier leaves the data block of ./template.ts.
const page = (list: string) =>
  `<html><body><div id=__docusaurus></div><script type=application/json id=boot-scripts>${list}</script><script>(function(){})()</script></body></html>`;

describe('bootScripts', () => {
  it('reads the list with or without quotes around the attributes', () => {
    expect(bootScripts(page('["/r.js","/m.js"]'))).toEqual(['/r.js', '/m.js']);
    expect(
      bootScripts('<script type="application/json" id="boot-scripts">["/m.js"]</script>'),
    ).toEqual(['/m.js']);
    expect(bootScripts('<html><body>redirect page</body></html>')).toBeNull();
  });
});

describe('addBootScripts', () => {
  it('puts the new scripts before the listed ones, without repeating any', () => {
    const html = addBootScripts(page('["/r.js","/m.js"]'), (listed) => {
      expect(listed).toEqual(['/r.js', '/m.js']);
      return ['/a.js', '/m.js', '/b.js', '/a.js'];
    });
    expect(bootScripts(html)).toEqual(['/a.js', '/b.js', '/r.js', '/m.js']);
    expect(html).toContain('<script>(function(){})()</script>');
  });

  it('leaves pages without a list, or with nothing to add, as they were', () => {
    const redirect = '<html><body>redirect page</body></html>';
    expect(addBootScripts(redirect, () => ['/a.js'])).toBe(redirect);
    const html = page('["/m.js"]');
    expect(addBootScripts(html, () => ['/m.js'])).toBe(html);
  });

  it('cannot close the data block early', () => {
    const html = addBootScripts(page('["/m.js"]'), () => ['/x</script><script>alert(1)//.js']);
    expect(bootScripts(html)).toEqual(['/x</script><script>alert(1)//.js', '/m.js']);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
  });
});
