/**
 * npm run search:judge: how far a reader who knows the site gets on the tuning queries, as a measure
 * of what the targets ask. search-quality/blind-judge-tuning.json holds, for each tuning
 * query, the three results a helper chose from the query alone (no labels, no search results), after
 * reading the pages (docs-dev/search.md, "How far a reader who knows the site gets"). Prints the
 * judge's and the search's hit@1, hit@3 and MRR against the labels of real-tuning.json, for all of
 * it and for the queries from posts that gave no `asked_as` phrasing (the judge could have read the
 * others in the front matter). The search is the same `search()` on an index built from docs/ in
 * Node, which has matched the browser's figures. Never run on the frozen test files.
 */
import { readFileSync } from 'node:fs';
import { makeIndex, readPages } from '../plugins/search-index/index';
import { loadIndex, search } from '../src/search/engine';
import {
  askedAsSourceUrls,
  fromPostsWithoutAskedAs,
  outcomeOf,
  readQuerySets,
  summarize,
  summaryTable,
  type SearchQuery,
} from '../e2e/searchQuality';

interface JudgedQuery {
  query: string;
  /** The judge's three best results, best first. */
  picks: string[];
}

const judged = JSON.parse(
  readFileSync('search-quality/blind-judge-tuning.json', 'utf8'),
) as JudgedQuery[];
const picksFor = new Map(judged.map((entry) => [entry.query, entry.picks]));
const tuning = readQuerySets().find((set) => set.name === 'real-tuning')?.queries ?? [];
const unjudged = tuning.filter((query) => !picksFor.has(query.query));
if (unjudged.length > 0) {
  console.log(`Not judged yet (left out): ${unjudged.length} tuning queries.`);
}
const index = loadIndex(makeIndex(readPages('docs')).json);
const unquoted = new Set(
  fromPostsWithoutAskedAs(
    tuning,
    askedAsSourceUrls(readFileSync('data/asked-as-sources.json', 'utf8')),
  ).map((query) => query.query),
);

function outcomes(queries: SearchQuery[], resultsOf: (query: string) => string[]) {
  return queries.map((query) => outcomeOf(query, resultsOf(query.query)));
}

const byJudge = (query: string) => picksFor.get(query) ?? [];
const bySearch = (query: string) => search(index, query, 10).hits.map((hit) => hit.url);
const all = tuning.filter((query) => picksFor.has(query.query));
const clean = all.filter((query) => unquoted.has(query.query));
console.log(
  summaryTable([
    summarize('judge', outcomes(all, byJudge)),
    summarize('search', outcomes(all, bySearch)),
    summarize('judge, unquoted', outcomes(clean, byJudge)),
    summarize('search, unquoted', outcomes(clean, bySearch)),
  ]),
);
