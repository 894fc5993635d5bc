/**
 * Yoga's GraphiQL (4.5.0) replaces the plugin list and drops the history; nothing exports it, so the bundle
 * is patched. A build these patterns no longer match is refused rather than served without history.
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
