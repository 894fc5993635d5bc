import { WORKER_PATHS } from './graphiql-assets';

/** What the page opens with. */
export interface ExplorerPageOptions {
  /** Shown in the browser's tab and the IDE's corner. */
  title: string;
  /** The GraphQL endpoint of the same process, as a path. */
  endpoint: string;
  /** The query in the editor when the browser has none stored from an earlier visit. */
  defaultQuery: string;
  /** The headers editor's first content: where the token goes. */
  defaultHeaders: Record<string, string>;
}

/** JSON that is safe inside a <script> element: no `</script>` or comment opener can end it early. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The explorer's HTML: GraphiQL's bundle, styles and workers, all from `base` on the same origin. */
export function explorerPage(base: string, options: ExplorerPageOptions): string {
  const workers = Object.fromEntries(Object.entries(WORKER_PATHS).map(([label, path]) => [label, `${base}/${path}`]));
  const graphiql = {
    title: escapeHtml(options.title),
    logo: '',
    endpoint: options.endpoint,
    defaultQuery: options.defaultQuery,
    headers: JSON.stringify(options.defaultHeaders, null, 2),
    // A token typed into the headers editor stays in the tab: it is not written to the browser's storage.
    shouldPersistHeaders: false,
    defaultEditorToolsVisibility: 'headers',
    maxHistoryLength: 50,
  };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${base}/graphiql.css">
</head>
<body class="no-focus-outline">
<div id="root">Loading ${escapeHtml(options.title)}…</div>
<script>
const workers = ${scriptJson(workers)};
self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (_module, label) => workers[label] };
</script>
<script src="${base}/graphiql.js"></script>
<script>YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), ${scriptJson(graphiql)});</script>
</body>
</html>
`;
}
