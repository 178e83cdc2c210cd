import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bootScript, ssrTemplate } from './template';

type PaintCallback = (
  list: { getEntriesByName: (name: string) => unknown[] },
  observer: { disconnect: () => void },
) => void;

describe('bootScript', () => {
  let paintCallback: PaintCallback | undefined;
  let frames: FrameRequestCallback[];

  beforeEach(() => {
    vi.useFakeTimers();
    paintCallback = undefined;
    frames = [];
    vi.stubGlobal(
      'PerformanceObserver',
      class {
        constructor(callback: PaintCallback) {
          paintCallback = callback;
        }
        observe() {}
        disconnect() {}
      },
    );
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frames.push(callback);
      return frames.length;
    });
    document.body.innerHTML = '';
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const scripts = () =>
    [...document.body.querySelectorAll('script')].map((script) => ({
      src: script.getAttribute('src'),
      async: script.async,
    }));
  const runFrames = () => frames.splice(0).forEach((frame) => frame(0));
  const paint = (name: string) =>
    paintCallback?.(
      { getEntriesByName: (entry) => (entry === name ? [{}] : []) },
      { disconnect: () => {} },
    );

  it('adds the scripts, in order and not async, once the first contentful paint is reported', () => {
    new Function(bootScript(['/assets/js/runtime~main.js', '/assets/js/main.js']))();
    paint('first-paint');
    vi.runAllTimers();
    expect(scripts()).toEqual([]);

    paint('first-contentful-paint');
    vi.runAllTimers();
    expect(scripts()).toEqual([
      { src: '/assets/js/runtime~main.js', async: false },
      { src: '/assets/js/main.js', async: false },
    ]);
  });

  it('falls back to two frames and a short wait where paint timing is missing, and boots only once', () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    new Function(bootScript(['/main.js']))();
    runFrames();
    runFrames();
    expect(scripts()).toEqual([]);
    vi.advanceTimersByTime(300);
    expect(scripts()).toEqual([{ src: '/main.js', async: false }]);
    runFrames();
    vi.runAllTimers();
    expect(scripts()).toHaveLength(1);
  });
});

describe('ssrTemplate', () => {
  it('preloads the scripts at low priority instead of loading them with <script defer>', () => {
    expect(ssrTemplate).toContain(
      '<link rel="preload" as="script" fetchpriority="low" href="<%= it.baseUrl %><%= script %>" />',
    );
    expect(ssrTemplate).not.toContain('defer');
  });

  it('writes the script list into the boot script at build time', () => {
    expect(ssrTemplate).toContain(
      'var s=[<%~ it.scripts.map((script) => JSON.stringify(it.baseUrl + script)).join(",") %>]',
    );
  });
});
