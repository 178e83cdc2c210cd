import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bootInputs, bootScript, bootScriptsId, ssrTemplate } from './template';

type PaintCallback = (
  list: { getEntriesByName: (name: string) => unknown[] },
  observer: { disconnect: () => void },
) => void;

describe('bootScript', () => {
  let paintCallback: PaintCallback | undefined;
  let frames: FrameRequestCallback[];
  let visibility: DocumentVisibilityState;
  // The boot script's listeners, removed after each test (each test boots a fresh script).
  const listeners: [EventTarget, string, EventListenerOrEventListenerObject, unknown][] = [];

  beforeEach(() => {
    vi.useFakeTimers();
    visibility = 'visible';
    vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
    for (const target of [window, document]) {
      const add = target.addEventListener.bind(target);
      vi.spyOn(target, 'addEventListener').mockImplementation((type, listener, options) => {
        if (listener) listeners.push([target, type, listener, options]);
        add(type, listener, options);
      });
    }
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
    for (const [target, type, listener, options] of listeners.splice(0)) {
      target.removeEventListener(type, listener, options as EventListenerOptions);
    }
    document.documentElement.removeAttribute('data-has-hydrated');
    vi.restoreAllMocks();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const setVisibility = (state: DocumentVisibilityState) => {
    visibility = state;
    document.dispatchEvent(new Event('visibilitychange'));
  };

  /**
   * Runs the boot script on a page with these scripts. `atPaint`: the address has a query, so the
   * page boots at its first paint; otherwise at the reader's first input.
   */
  const boot = (urls: string[], { atPaint = true } = {}) => {
    history.replaceState(null, '', atPaint ? '/which-option?account=same' : '/guides/a-guide');
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

  it('preloads the scripts of a page with a query in its address, at low priority, in order', () => {
    boot(['/assets/js/runtime~main.js', '/assets/js/main.js']);
    const preloads = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel=preload]')];
    expect(
      preloads
        .slice(-2)
        .map((link) => [link.as, link.getAttribute('fetchpriority'), link.getAttribute('href')]),
    ).toEqual([
      ['script', 'low', '/assets/js/runtime~main.js'],
      ['script', 'low', '/assets/js/main.js'],
    ]);
    preloads.forEach((link) => link.remove());
  });

  describe('on a page with no query in its address', () => {
    it('loads nothing, preloads nothing and sets no timer, whatever the paint, frames or visibility', () => {
      boot(['/main.js'], { atPaint: false });
      paint('first-contentful-paint');
      runFrames();
      setVisibility('hidden');
      setVisibility('visible');
      vi.advanceTimersByTime(60_000);
      expect(scripts()).toEqual([]);
      expect(document.head.querySelector('link[rel=preload]')).toBeNull();
    });

    it.each(bootInputs)('boots at the reader’s first %s, once', (input) => {
      boot(['/runtime.js', '/main.js'], { atPaint: false });
      window.dispatchEvent(new Event(input));
      expect(scripts()).toEqual([
        { src: '/runtime.js', async: false },
        { src: '/main.js', async: false },
      ]);
      for (const other of bootInputs) window.dispatchEvent(new Event(other));
      expect(scripts()).toHaveLength(2);
    });

    it('holds a click on a button before hydration, boots, and clicks the button again once hydrated', async () => {
      boot(['/main.js'], { atPaint: false });
      const button = document.createElement('button');
      button.innerHTML = '<span>Menu</span>';
      const clicks: boolean[] = [];
      button.addEventListener('click', (event) => clicks.push(event.defaultPrevented));
      document.body.append(button);

      button.querySelector('span')!.click();
      expect(clicks).toEqual([]); // held: the page's own handlers are not attached yet
      expect(scripts()).toEqual([{ src: '/main.js', async: false }]);

      document.documentElement.setAttribute('data-has-hydrated', 'true');
      await Promise.resolve(); // the attribute change reaches the observer
      vi.runAllTimers();
      expect(clicks).toEqual([false]);
      button.click(); // from now on clicks go straight through
      expect(clicks).toEqual([false, false]);
    });

    it('does not boot on an input on a link: the link is about to load its page in full', () => {
      boot(['/main.js'], { atPaint: false });
      document.body.insertAdjacentHTML(
        'beforeend',
        '<a href="/faq"><span>FAQ</span></a><p>Text</p>',
      );
      document.querySelector('span')!.dispatchEvent(new Event('pointerdown', { bubbles: true }));
      expect(scripts()).toEqual([]);
      document.querySelector('p')!.dispatchEvent(new Event('touchstart', { bubbles: true }));
      expect(scripts()).toEqual([{ src: '/main.js', async: false }]);
    });

    it('does not boot on focus moving to a link or Enter on one, and boots on any other key there', () => {
      boot(['/main.js'], { atPaint: false });
      document.body.insertAdjacentHTML('beforeend', '<a href="/faq">FAQ</a>');
      const link = document.querySelector('a')!;
      link.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      link.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      expect(scripts()).toEqual([]);
      link.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
      expect(scripts()).toEqual([{ src: '/main.js', async: false }]);
    });

    it('leaves clicks on links alone: without the scripts a link loads its page in full', () => {
      boot(['/main.js'], { atPaint: false });
      const link = document.createElement('a');
      link.href = '#somewhere';
      const clicks: boolean[] = [];
      link.addEventListener('click', (event) => {
        clicks.push(event.defaultPrevented);
        event.preventDefault();
      });
      document.body.append(link);
      link.click();
      expect(clicks).toEqual([false]);
    });
  });

  it('sets no timer of its own on a page visible at load: it waits for the paint', () => {
    boot(['/main.js']);
    vi.advanceTimersByTime(10_000);
    expect(scripts()).toEqual([]);
  });
});

describe('ssrTemplate', () => {
  it('has no <script defer> and no preload: the boot script decides when the scripts load', () => {
    const markup = ssrTemplate.replace(bootScript, '');
    expect(markup).not.toContain('defer');
    expect(markup).not.toContain('preload');
  });

  it('writes the script list into a JSON data block, so the boot script is the same on every page', () => {
    expect(ssrTemplate).toContain(
      '<script type="application/json" id="boot-scripts"><%~ JSON.stringify(it.scripts.map((script) => it.baseUrl + script)) %></script>',
    );
    expect(ssrTemplate).toContain(`<script>${bootScript}</script>`);
    expect(bootScript).not.toContain('<%');
  });
});
