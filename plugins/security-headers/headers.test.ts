import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../scripts/static-server';
import {
  buildHeadersFile,
  contentSecurityPolicy,
  executableInlineScripts,
  formatHeadersFile,
  inlineScriptHashes,
  MAX_HEADER_VALUE_LENGTH,
  sha256Source,
} from './headers';

// Shaped like Docusaurus's minified output: JSON-LD in the head, external scripts, the inline theme script.
const page =
  '<head><script data-rh=true type=application/ld+json>{"@type":"BreadcrumbList"}</script>' +
  '<script src=/assets/js/main.js defer></script></head>' +
  '<body><script>document.documentElement.setAttribute("data-theme","dark")</script>' +
  '<script type="module">import "/a.js"</script><SCRIPT TYPE=text/javascript>x()</SCRIPT>' +
  '<script type="text/template"><b>not code</b></script></body>';

describe('executableInlineScripts', () => {
  it('returns the code of inline scripts only: not external scripts, JSON-LD or templates', () => {
    expect(executableInlineScripts(page)).toEqual([
      'document.documentElement.setAttribute("data-theme","dark")',
      'import "/a.js"',
      'x()',
    ]);
  });

  it('keeps the exact text, whitespace included', () => {
    expect(executableInlineScripts('<script>\n  go();\n</script>')).toEqual(['\n  go();\n']);
  });
});

describe('sha256Source', () => {
  it('matches the hash browsers compute (the example from MDN)', () => {
    expect(sha256Source("alert('Hello, world.');")).toBe(
      "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='",
    );
  });

  it('hashes the text after the HTML parser turns CRLF and CR into LF', () => {
    expect(sha256Source('a();\r\nb();\rc();')).toBe(sha256Source('a();\nb();\nc();'));
  });
});

describe('inlineScriptHashes', () => {
  it('collects each distinct inline script once across pages, sorted', () => {
    const hashes = inlineScriptHashes([page, page, '<script>other()</script>']);
    expect(hashes).toHaveLength(4);
    expect(hashes).toEqual([...hashes].sort());
    expect(hashes).toContain(sha256Source('other()'));
  });
});

describe('contentSecurityPolicy', () => {
  const policy = contentSecurityPolicy(["'sha256-abc='"]);
  const directive = (name: string) =>
    policy
      .split('; ')
      .find((d) => d.startsWith(`${name} `))
      ?.slice(name.length + 1);

  it('allows scripts from the site and the hashed inline scripts, nothing else', () => {
    expect(directive('script-src')).toBe("'self' 'sha256-abc='");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('locks down plugins, base, forms, framing and every fetch to the site itself', () => {
    expect(directive('default-src')).toBe("'self'");
    expect(directive('object-src')).toBe("'none'");
    expect(directive('base-uri')).toBe("'self'");
    expect(directive('form-action')).toBe("'self'");
    expect(directive('frame-ancestors')).toBe("'none'");
    expect(directive('img-src')).toBe("'self' data:");
    expect(directive('connect-src')).toBe("'self'");
    expect(directive('style-src')).toBe("'self' 'unsafe-inline'");
  });
});

describe('formatHeadersFile', () => {
  it('writes path lines and indented headers that the static server (and Netlify) read back', () => {
    const text = formatHeadersFile(
      [
        { path: '/*', headers: [['X-Content-Type-Options', 'nosniff']] },
        { path: '/assets/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
      ],
      'Generated',
    );
    expect(text).toBe(
      '# Generated\n/*\n  X-Content-Type-Options: nosniff\n/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n',
    );
    const rules = parseHeadersFile(text);
    expect(rules.map((rule) => rule.headers)).toEqual([
      [['X-Content-Type-Options', 'nosniff']],
      [['Cache-Control', 'public, max-age=31536000, immutable']],
    ]);
  });

  it('refuses a value Cloudflare Pages would truncate, or one that breaks the format', () => {
    const long = 'x'.repeat(MAX_HEADER_VALUE_LENGTH + 1);
    expect(() => formatHeadersFile([{ path: '/*', headers: [['CSP', long]] }])).toThrow(
      /Cloudflare/,
    );
    expect(() => formatHeadersFile([{ path: '/*', headers: [['A', 'b\nc']] }])).toThrow(
      /line break/,
    );
  });
});

describe('buildHeadersFile', () => {
  it('covers every path under the base URL and caches hashed assets for a year', () => {
    const rules = parseHeadersFile(buildHeadersFile('/help/', [page]));
    expect(rules[0].pattern.test('/help/guides/computer-backup')).toBe(true);
    const names = rules[0].headers.map(([name]) => name);
    expect(names).toEqual([
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
      'X-Frame-Options',
      'Strict-Transport-Security',
    ]);
    const csp = rules[0].headers[0][1];
    for (const script of executableInlineScripts(page)) expect(csp).toContain(sha256Source(script));
    expect(rules[1].pattern.test('/help/assets/js/main.1c84680e.js')).toBe(true);
    expect(rules[1].headers).toEqual([['Cache-Control', 'public, max-age=31536000, immutable']]);
  });
});
