// @deprecated One-line bridge for scripts/kontroll.ts, which imports this path by name (node does not
// resolve a folder). The graph lives in src/lib/graph/; the merge deletes this file.
export * from './graph/index.ts';
