/**
 * Makes a page behave as if it loaded in a background tab, for the hydration test
 * (e2e/hydration.spec.ts). Headless Chromium shows every tab: a page in a tab behind another one
 * still reports `visible`, gets animation frames and is painted. So this init script does in the page
 * what a background tab does to it: `document.visibilityState` is `hidden`, animation frames wait
 * until the page is shown, and paint timing reports nothing while it is hidden. With
 * `holdTimersFromMs`, timers of at least that many milliseconds never fire while the page is hidden
 * (Chromium throttles a background tab's timers to once a minute after five minutes). `window.__showPage()`
 * then shows the page: the state turns `visible`, `visibilitychange` fires and the waiting frames run.
 *
 * Pass it to `page.addInitScript(emulateHiddenPage, options)`: it runs in the page, so it uses nothing
 * from outside its own body.
 */
export interface HiddenPageOptions {
  /** Timers at least this long wait while the page is hidden (none when unset). */
  holdTimersFromMs?: number;
}

declare global {
  interface Window {
    __showPage?: () => void;
  }
}

export function emulateHiddenPage(options: HiddenPageOptions = {}): void {
  if (window !== window.top) return;
  let hidden = true;
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => (hidden ? 'hidden' : 'visible'),
  });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });

  const requestFrame = window.requestAnimationFrame.bind(window);
  const waitingFrames: FrameRequestCallback[] = [];
  window.requestAnimationFrame = (callback) => {
    if (!hidden) return requestFrame(callback);
    waitingFrames.push(callback);
    return 0;
  };

  const Observer = window.PerformanceObserver;
  window.PerformanceObserver = class extends Observer {
    constructor(callback: PerformanceObserverCallback) {
      super((list, observer) => {
        if (!hidden) callback(list, observer);
      });
    }
  };

  const { holdTimersFromMs } = options;
  if (holdTimersFromMs !== undefined) {
    const setTimer = window.setTimeout.bind(window);
    window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) =>
      hidden && (delay ?? 0) >= holdTimersFromMs
        ? 0
        : setTimer(handler, delay, ...args)) as typeof window.setTimeout;
  }

  window.__showPage = () => {
    hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
    waitingFrames.splice(0).forEach((callback) => requestFrame(callback));
  };
}
