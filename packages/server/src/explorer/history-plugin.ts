/**
 * Yoga's GraphiQL (4.5.0) hands GraphiQL its own plugin list, the query builder alone, and so drops
 * GraphiQL's default one, the history of the queries run. Both live in the one bundle, where nothing
 * exports them: the served bundle names the history beside the query builder. The version is pinned;
 * a build these patterns no longer match is refused rather than served without its history.
 */
export function withQueryHistory(bundle: string): string {
  const history = /const ([\w$]+)=\{title:"History",icon:/.exec(bundle)?.[1];
  const builder = /([\w$]+)=[\w$]+\(\{showAttribution:!0\}\)/.exec(bundle)?.[1];
  const plugins = `plugins:[${builder}]`;
  if (!history || !builder || bundle.split(plugins).length !== 2) {
    throw new Error('This GraphiQL build is not the one the explorer was written for (@graphql-yoga/graphiql 4.5.0): its plugin list was not found.');
  }
  return bundle.replace(plugins, `plugins:[${builder},${history}]`);
}
