/**
 * Copies text to the clipboard in every browser we can reach, without React.
 *
 * 1. The Clipboard API (needs a secure context; a browser or policy may refuse it).
 * 2. The older `document.execCommand('copy')` on a hidden, read-only textarea.
 * 3. If both fail, we say so: the caller shows the text selected in a visible field to copy by hand.
 */

export type CopyOutcome = 'copied' | 'manual';

export interface ClipboardEnvironment {
  clipboard?: { writeText(text: string): Promise<void> };
  document: Document;
}

function browserEnvironment(): ClipboardEnvironment {
  return { clipboard: globalThis.navigator?.clipboard, document };
}

/** The old way: select the text in an off-screen textarea and ask the browser to copy the selection. */
export function copyWithExecCommand(text: string, doc: Document): boolean {
  const field = doc.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.setAttribute('aria-hidden', 'true');
  field.tabIndex = -1;
  // Styles set through the DOM, not an inline style attribute, so a strict CSP allows them.
  field.style.position = 'fixed';
  field.style.top = '0';
  field.style.left = '0';
  field.style.opacity = '0';
  field.style.pointerEvents = 'none';
  const previousFocus = doc.activeElement as HTMLElement | null;
  doc.body.appendChild(field);
  field.select();
  let copied = false;
  try {
    copied = typeof doc.execCommand === 'function' && doc.execCommand('copy');
  } catch {
    copied = false;
  }
  field.remove();
  // Keyboard users stay on the button they pressed.
  previousFocus?.focus?.();
  return copied;
}

export async function copyText(
  text: string,
  environment: ClipboardEnvironment = browserEnvironment(),
): Promise<CopyOutcome> {
  if (environment.clipboard?.writeText) {
    try {
      await environment.clipboard.writeText(text);
      return 'copied';
    } catch {
      // Refused (no permission, not a secure context, document not focused): try the old way.
    }
  }
  return copyWithExecCommand(text, environment.document) ? 'copied' : 'manual';
}
