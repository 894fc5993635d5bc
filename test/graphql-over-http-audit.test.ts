import { serverAudits, type AuditResult } from 'graphql-http';
import type { SubgraphName } from '@wego/config';
import { subgraphSecretHeader } from '@wego/testing';
import { startGraph, type GraphUnderTest } from './support/graph-under-test';

/** The GraphQL-over-HTTP audit of the `graphql-http` package, against the gateway and each subgraph. */
let graph: GraphUnderTest;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(() => graph.stop());

/** A fetch that presents `headers` on every request, as the gateway presents a subgraph's secret. */
function fetchWith(headers: Record<string, string>): typeof fetch {
  return (input, init) => fetch(input, { ...init, headers: { ...Object.fromEntries(new Headers(init?.headers).entries()), ...headers } });
}

async function audit(url: string, fetchFn: typeof fetch): Promise<AuditResult[]> {
  return Promise.all(serverAudits({ url, fetchFn }).map((check) => check.fn()));
}

const TARGETS: Array<{ name: string; run: () => Promise<AuditResult[]> }> = [
  { name: 'the gateway', run: () => audit(graph.gateway.url, fetch) },
  ...(['membership', 'governance', 'regional-offices'] as SubgraphName[]).map((subgraph) => ({
    name: subgraph,
    run: () => audit(graph.subgraphs[subgraph].host.url, fetchWith(subgraphSecretHeader(graph.secrets[subgraph]))),
  })),
];

describe.each(TARGETS)('$name over GraphQL over HTTP', ({ name, run }) => {
  it('fails no MUST of the audit, and says which SHOULD it does not follow', async () => {
    const results = await run();
    const failures = results.flatMap((result) => (result.status === 'error' ? [`${result.name}: ${result.reason}`] : []));
    const warnings = results.filter((result) => result.status === 'warn').map((result) => result.name);
    const notices = results.filter((result) => result.status === 'notice').map((result) => result.name);
    const ok = results.filter((result) => result.status === 'ok').length;
    const listed = [...warnings.map((warning) => `\n  warn: ${warning}`), ...notices.map((notice) => `\n  notice: ${notice}`)].join('');
    process.stdout.write(`${name}: ${results.length} audits, ${ok} ok, ${failures.length} MUST failures, ${warnings.length} warnings, ${notices.length} notices${listed}\n`);
    expect(failures).toEqual([]);
    for (const warning of warnings) expect(warning).toMatch(/^(SHOULD|MAY)/);
  });
});
