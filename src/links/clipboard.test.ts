import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from './clipboard';

/** jsdom has no execCommand; each test installs the behaviour it needs and records the copied text. */
function fakeExecCommand(result: boolean | 'throws') {
  const copied: string[] = [];
  const execCommand = vi.fn((command: string) => {
    if (result === 'throws') throw new Error('not allowed');
    if (command === 'copy' && result) copied.push(document.querySelector('textarea')?.value ?? '');
    return result;
  });
  Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
  return { copied, execCommand };
}

afterEach(() => {
  Reflect.deleteProperty(document, 'execCommand');
});

describe('copyText', () => {
  it('uses the Clipboard API when it is there', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    const { execCommand } = fakeExecCommand(true);
    await expect(copyText('https://x.org/a', { clipboard: { writeText }, document })).resolves.toBe(
      'copied',
    );
    expect(writeText).toHaveBeenCalledWith('https://x.org/a');
    expect(execCommand).not.toHaveBeenCalled();
  });

  it('falls back to execCommand when the Clipboard API refuses, and keeps focus on the button', async () => {
    const button = document.createElement('button');
    document.body.appendChild(button);
    button.focus();
    const { copied } = fakeExecCommand(true);
    const writeText = vi.fn().mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    await expect(copyText('ticket text', { clipboard: { writeText }, document })).resolves.toBe(
      'copied',
    );
    expect(copied).toEqual(['ticket text']);
    expect(document.querySelector('textarea')).toBeNull();
    expect(document.activeElement).toBe(button);
    button.remove();
  });

  it('falls back to execCommand when there is no Clipboard API at all', async () => {
    const { execCommand } = fakeExecCommand(true);
    await expect(copyText('x', { document })).resolves.toBe('copied');
    expect(execCommand).toHaveBeenCalledWith('copy');
  });

  it('asks for a manual copy when every way fails', async () => {
    fakeExecCommand(false);
    await expect(copyText('x', { document })).resolves.toBe('manual');
    fakeExecCommand('throws');
    await expect(copyText('x', { document })).resolves.toBe('manual');
    Reflect.deleteProperty(document, 'execCommand');
    await expect(copyText('x', { document })).resolves.toBe('manual');
  });
});
