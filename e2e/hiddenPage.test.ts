// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emulateHiddenPage } from './hiddenPage';

describe('emulateHiddenPage', () => {
  const saved = {
    requestAnimationFrame: window.requestAnimationFrame,
    PerformanceObserver: window.PerformanceObserver,
    setTimeout: window.setTimeout,
  };

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
  });

  afterEach(() => {
    Object.assign(window, saved);
    delete (document as { visibilityState?: unknown }).visibilityState;
    delete (document as { hidden?: unknown }).hidden;
    delete window.__showPage;
    vi.useRealTimers();
  });

  it('reports a hidden page, holds its frames, and runs them when the page is shown', () => {
    emulateHiddenPage();
    expect(document.visibilityState).toBe('hidden');
    expect(document.hidden).toBe(true);
    const frame = vi.fn();
    window.requestAnimationFrame(frame);
    vi.advanceTimersByTime(1000);
    expect(frame).not.toHaveBeenCalled();

    const states: string[] = [];
    document.addEventListener('visibilitychange', () => states.push(document.visibilityState));
    window.__showPage!();
    expect(states).toEqual(['visible']);
    vi.advanceTimersByTime(100);
    expect(frame).toHaveBeenCalledTimes(1);
  });

  it('runs short timers while hidden, and long ones only when asked to hold them', () => {
    emulateHiddenPage({ holdTimersFromMs: 1000 });
    const short = vi.fn();
    const long = vi.fn();
    window.setTimeout(short, 300);
    window.setTimeout(long, 1000);
    vi.advanceTimersByTime(5000);
    expect(short).toHaveBeenCalledTimes(1);
    expect(long).not.toHaveBeenCalled();
    window.__showPage!();
    window.setTimeout(long, 1000);
    vi.advanceTimersByTime(1000);
    expect(long).toHaveBeenCalledTimes(1);
  });
});
