// Pagefind's options for the search page, in one place: the page uses them, and the behaviour
// tests query Pagefind with the same ones to check its own order before the page reorders it.
// Tuned on the query table in tests/e2e/innehall/sok.spec.ts: exact words over longer words that
// begin with them ("Syd" before "Sydöstra"), and long pages (a council's full mandate) hardly
// penalised for their length.
export const SOKALTERNATIV = { excerptLength: 26, ranking: { termSimilarity: 5, pageLength: 0.1, termFrequency: 0.5 } };
