// text-readability ships no types; we use one method of its default export.
declare module 'text-readability' {
  const readability: {
    fleschKincaidGrade(text: string): number;
    sentenceCount(text: string): number;
    lexiconCount(text: string): number;
  };
  export default readability;
}
