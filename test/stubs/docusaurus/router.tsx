// Stand-in for @docusaurus/router backed by the jsdom window, so tests can set the URL with history.pushState.
export function useLocation() {
  return {
    pathname: window.location.pathname,
    search: window.location.search,
    hash: window.location.hash,
    state: undefined,
  };
}

export function useHistory() {
  return {
    push: (to: string) => window.history.pushState(null, '', to),
    replace: (to: string) => window.history.replaceState(null, '', to),
    location: useLocation(),
  };
}
