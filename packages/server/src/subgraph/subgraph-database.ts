/** Loaded only when a subgraph starts: the gateway serves from this package too and loads no database driver. */
export function subgraphDatabase(): typeof import('@wego/database') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('@wego/database') as typeof import('@wego/database');
}
