import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  describeMessage,
  pageKind,
  parseExceptions,
  unexpectedErrors,
  type VnuMessage,
} from './htmlValidation';

// What @docusaurus/plugin-client-redirects 3.10.2 writes for a redirect.
const redirectPage = `<!DOCTYPE html>
<html>
  <head>
    <meta charset="UTF-8">
    <meta http-equiv="refresh" content="0; url=/why-photos-are-missing">
    <link rel="canonical" href="/why-photos-are-missing" />
  </head>
  <script>
    window.location.href = '/why-photos-are-missing' + window.location.search + window.location.hash;
  </script>
</html>`;

const exceptions = parseExceptions(readFileSync('html-validation-exceptions.json', 'utf8'));

const missingTitle: VnuMessage = {
  type: 'error',
  url: 'file:/site/build/kb/101/index.html',
  message: 'Element “head” is missing a required instance of child element “title”.',
  lastLine: 7,
};

describe('pageKind', () => {
  it('recognises the client-redirect template and nothing else', () => {
    expect(pageKind(redirectPage)).toBe('client-redirect');
    expect(
      pageKind(
        '<!doctype html><html data-has-hydrated=false><head><meta http-equiv="refresh" content="0; url=/x"><title>x</title></head></html>',
      ),
    ).toBe('page');
    expect(pageKind('<!doctype html><html><head><title>Guide</title></head></html>')).toBe('page');
  });
});

describe('unexpectedErrors', () => {
  it('accepts a listed error on the kind of page it is listed for', () => {
    expect(unexpectedErrors([missingTitle], () => 'client-redirect', exceptions)).toEqual([]);
  });

  it('rejects the same error on one of our pages', () => {
    expect(unexpectedErrors([missingTitle], () => 'page', exceptions)).toEqual([missingTitle]);
  });

  it('matches the whole message, not a part of it', () => {
    const other = { ...missingTitle, message: `${missingTitle.message} And more.` };
    expect(unexpectedErrors([other], () => 'client-redirect', exceptions)).toEqual([other]);
  });

  it('lets info messages and warnings through, and fails on non-document errors', () => {
    const info: VnuMessage = {
      type: 'info',
      subType: 'warning',
      message: 'Consider adding a lang',
    };
    const io: VnuMessage = {
      type: 'non-document-error',
      subType: 'io',
      message: 'Cannot read file',
    };
    expect(unexpectedErrors([info, io], () => 'page', exceptions)).toEqual([io]);
  });

  it('documents every exception with a reason', () => {
    expect(exceptions.length).toBeGreaterThan(0);
    for (const exception of exceptions) expect(exception.reason.length).toBeGreaterThan(20);
  });
});

describe('describeMessage', () => {
  it('names the file under build/, the line and the message', () => {
    expect(describeMessage({ ...missingTitle, extract: ' />\n   </head>' })).toBe(
      'build/kb/101/index.html:7 error: Element “head” is missing a required instance of child element “title”. [/> </head>]',
    );
  });
});
