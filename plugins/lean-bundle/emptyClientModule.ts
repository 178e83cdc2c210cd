// Stands in for theme-classic's Prism client module (see ./index.ts): a client module with no hooks.
export {};
