export default function useBaseUrl(url: string): string {
  return url;
}

export function useBaseUrlUtils() {
  return { withBaseUrl: (url: string) => url };
}
