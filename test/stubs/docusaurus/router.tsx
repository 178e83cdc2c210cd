import { useMemo, useSyncExternalStore } from 'react';

// Stand-in for @docusaurus/router backed by the jsdom window, so tests can set the URL with
// history.pushState. Navigations made through useHistory() (or the Link stub) re-render the
// components that read useLocation(), as the real router does.
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/** Changes the URL like a router navigation and tells the components. */
export function navigate(to: string, state?: unknown, replace = false) {
  if (replace) window.history.replaceState(state ?? null, '', to);
  else window.history.pushState(state ?? null, '', to);
  for (const listener of listeners) listener();
}

export function useLocation() {
  const href = useSyncExternalStore(subscribe, () => window.location.href);
  return useMemo(() => {
    const url = new URL(href);
    return {
      pathname: url.pathname,
      search: url.search,
      hash: url.hash,
      state: window.history.state as unknown,
    };
  }, [href]);
}

export function useHistory() {
  return {
    push: (to: string, state?: unknown) => navigate(to, state),
    replace: (to: string, state?: unknown) => navigate(to, state, true),
    location: window.location,
  };
}
