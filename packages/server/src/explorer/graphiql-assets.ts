import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { withQueryHistory } from './history-plugin';

/** A file of the GraphiQL build, as the browser asks for it. */
interface Asset {
  file: string;
  contentType: string;
  /** What the explorer changes in the file before serving it. */
  adapt?: (text: string) => string;
}

const SCRIPT = 'text/javascript; charset=utf-8';

/** The files the explorer page loads, by their path under the explorer's prefix: nothing else is ever read. */
export const GRAPHIQL_ASSETS: Readonly<Record<string, Asset>> = {
  'graphiql.css': { file: 'graphiql.css', contentType: 'text/css; charset=utf-8' },
  'graphiql.js': { file: 'yoga-graphiql.umd.js', contentType: SCRIPT, adapt: withQueryHistory },
  'workers/editor.js': { file: 'monacoeditorwork/editor.worker.bundle.js', contentType: SCRIPT },
  'workers/json.js': { file: 'monacoeditorwork/json.worker.bundle.js', contentType: SCRIPT },
  'workers/graphql.js': { file: 'monacoeditorwork/graphql.worker..bundle.js', contentType: SCRIPT },
};

/** The editor's workers by the label Monaco asks for, as paths under the explorer's prefix. */
export const WORKER_PATHS: Readonly<Record<string, string>> = {
  editorWorkerService: 'workers/editor.js',
  json: 'workers/json.js',
  graphql: 'workers/graphql.js',
};

const DIST = join(dirname(require.resolve('@graphql-yoga/graphiql/package.json')), 'dist');

/** Reads each asset from node_modules once, on first request, and keeps it. */
export function graphiqlAssetReader(): (name: string) => Promise<{ body: Buffer; contentType: string } | undefined> {
  const read = new Map<string, Promise<Buffer>>();
  return async (name) => {
    const asset = Object.hasOwn(GRAPHIQL_ASSETS, name) ? GRAPHIQL_ASSETS[name] : undefined;
    if (!asset) return undefined;
    let body = read.get(name);
    if (!body) {
      const { adapt } = asset;
      body = readFile(join(DIST, asset.file)).then((file) => (adapt ? Buffer.from(adapt(file.toString('utf8'))) : file));
      // A failed read is not kept: the next request tries again.
      body.catch(() => read.delete(name));
      read.set(name, body);
    }
    return { body: await body, contentType: asset.contentType };
  };
}
