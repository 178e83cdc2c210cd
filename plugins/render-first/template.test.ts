import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bootScript, bootScriptsId, ssrTemplate } from './template';

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

  const boot = (urls: string[]) => {
    const list = document.createElement('script');
    list.type = 'application/json';
    list.id = bootScriptsId;
    list.textContent = JSON.stringify(urls);
    document.body.append(list);
    new Function(bootScript)();
  };
  const scripts = () =>
    [...document.body.querySelectorAll<HTMLScriptElement>('script[src]')].map((script) => ({
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
    boot(['/assets/js/runtime~main.js', '/assets/js/main.js']);
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
    boot(['/main.js']);
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

  it('writes the script list into a JSON data block, so the boot script is the same on every page', () => {
    expect(ssrTemplate).toContain(
      '<script type="application/json" id="boot-scripts"><%~ JSON.stringify(it.scripts.map((script) => it.baseUrl + script)) %></script>',
    );
    expect(ssrTemplate).toContain(`<script>${bootScript}</script>`);
    expect(bootScript).not.toContain('<%');
  });
});
