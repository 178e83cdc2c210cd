// Written by plugins/search-index at build time: the index file's address, base URL included.
declare module '@generated/search-index/default/search-index-url.json' {
  const url: string;
  export default url;
}
