/**
 * Reading the Nu Html Checker's (vnu-jar) JSON output and deciding which errors fail the build's
 * HTML check. Accepted errors are listed, with their reasons, in html-validation-exceptions.json.
 */
import { metaRefreshTarget } from '../tooling/site/html';

/** One message of `vnu --format json`. */
export interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  message: string;
  extract?: string;
  lastLine?: number;
}

/** What kind of built page a file is, for exceptions that apply to one kind only. */
export type PageKind = 'client-redirect' | 'page';

export interface HtmlException {
  message: string;
  pageKind: PageKind;
  reason: string;
}

/** A page written by @docusaurus/plugin-client-redirects: a meta refresh and a one-line script. */
export function pageKind(html: string): PageKind {
  const redirect =
    metaRefreshTarget(html) !== undefined &&
    /window\.location\.href = '/.test(html) &&
    !html.includes('data-has-hydrated');
  return redirect ? 'client-redirect' : 'page';
}

export function parseExceptions(json: string): HtmlException[] {
  const { exceptions } = JSON.parse(json) as { exceptions: HtmlException[] };
  for (const exception of exceptions) {
    if (!exception.message || !exception.reason || !exception.pageKind) {
      throw new Error(
        `html-validation-exceptions.json: incomplete entry ${JSON.stringify(exception)}`,
      );
    }
  }
  return exceptions;
}

/**
 * The errors that fail the check: every error and non-document error, except those whose exact
 * message is listed for the kind of page it was found on. Info messages and warnings pass.
 */
export function unexpectedErrors(
  messages: VnuMessage[],
  kindOfUrl: (url: string) => PageKind,
  exceptions: HtmlException[],
): VnuMessage[] {
  return messages.filter((message) => {
    if (message.type === 'info') return false;
    const kind = message.url ? kindOfUrl(message.url) : 'page';
    return !exceptions.some(
      (exception) => exception.message === message.message && exception.pageKind === kind,
    );
  });
}

/** One line per message, for a readable test failure. */
export function describeMessage(message: VnuMessage): string {
  const where = message.url
    ? `${message.url.replace(/^.*?\/build\//, 'build/')}:${message.lastLine ?? '?'}`
    : '';
  return `${where} ${message.type}${message.subType ? `/${message.subType}` : ''}: ${message.message}${message.extract ? ` [${message.extract.replace(/\s+/g, ' ').trim()}]` : ''}`;
}
