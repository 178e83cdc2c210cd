import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bootScript, bootScriptsId, ssrTemplate } from './template';

type PaintCallback = (
  list: { getEntriesByName: (name: string) => unknown[] },
  observer: { disconnect: () => void },
) => void;

describe('bootScript', () => {
  let paintCallback: PaintCallback | undefined;
  let frames: FrameRequestCallback[];
  let visibility: DocumentVisibilityState;
  const listeners: EventListenerOrEventListenerObject[] = [];

  beforeEach(() => {
    vi.useFakeTimers();
    visibility = 'visible';
    vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
    // The boot script's listeners, removed after each test (each test boots a fresh script).
    const add = document.addEventListener.bind(document);
    vi.spyOn(document, 'addEventListener').mockImplementation((type, listener, options) => {
      if (type === 'visibilitychange' && listener) listeners.push(listener);
      add(type, listener, options);
    });
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
    listeners
      .splice(0)
      .forEach((listener) => document.removeEventListener('visibilitychange', listener));
    vi.restoreAllMocks();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const setVisibility = (state: DocumentVisibilityState) => {
    visibility = state;
    document.dispatchEvent(new Event('visibilitychange'));
  };

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

  it('boots a page hidden at load (a background tab) a second later, with no paint and no frame', () => {
    visibility = 'hidden';
    boot(['/main.js']);
    vi.advanceTimersByTime(999);
    expect(scripts()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(scripts()).toEqual([{ src: '/main.js', async: false }]);
  });

  it('boots a hidden page right after its first frame once it is shown', () => {
    visibility = 'hidden';
    boot(['/main.js']);
    vi.advanceTimersByTime(500);
    expect(scripts()).toEqual([]);
    setVisibility('visible');
    expect(scripts()).toEqual([]);
    runFrames();
    vi.advanceTimersByTime(0);
    expect(scripts()).toEqual([{ src: '/main.js', async: false }]);
    vi.runAllTimers();
    runFrames();
    vi.runAllTimers();
    expect(scripts()).toHaveLength(1);
  });

  it('boots a page shown without a frame (nothing rendered yet) 300 ms after it is shown', () => {
    visibility = 'hidden';
    boot(['/main.js']);
    vi.advanceTimersByTime(100);
    setVisibility('visible');
    vi.advanceTimersByTime(299);
    expect(scripts()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(scripts()).toEqual([{ src: '/main.js', async: false }]);
  });

  it('boots a page hidden before its first paint a second after it is hidden', () => {
    boot(['/main.js']);
    setVisibility('hidden');
    vi.advanceTimersByTime(999);
    expect(scripts()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(scripts()).toEqual([{ src: '/main.js', async: false }]);
  });

  it('sets no timer of its own on a page visible at load: it waits for the paint', () => {
    boot(['/main.js']);
    vi.advanceTimersByTime(10_000);
    expect(scripts()).toEqual([]);
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
