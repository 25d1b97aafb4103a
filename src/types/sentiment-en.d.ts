declare module 'sentiment/languages/en/index.js' {
  /** The AFINN-165 word scores (-5..5) that the sentiment package uses for English. */
  const en: { labels: Record<string, number> };
  export default en;
}
