import { graphql, startPostgresProcess, testTokens, type GraphQLResponse, type PostgresProcess, type ResultOf } from '@wego/testing';
import { startGraph, type GraphUnderTest } from '../support/graph-under-test';
import { startPostgresInFolder, type PostgresInFolder } from '../support/postgres-in-folder';

/**
 * A Postgres restart in the middle of traffic: the graph runs on a server of its own, which the
 * test stops and starts again while officers keep registering members through the gateway.
 */
const WRITERS = 4;
const LEAKS = /ECONNREFUSED|terminating connection|Connection terminated|QueryFailed|127\.0\.0\.1|localhost|:\d{4,5}\b|at \w+ \(/i;

const REGISTER = graphql(`mutation RestartRegister($name: String!) { registerMember(input: { name: $name, category: FULL, kind: CITY, countryCode: "KR" }) { id } }`);

interface Outcome {
  name: string;
  answer: GraphQLResponse<ResultOf<typeof REGISTER>>;
}

let postgres: PostgresInFolder<PostgresProcess>;
let graph: GraphUnderTest;

beforeAll(async () => {
  postgres = await startPostgresInFolder('restart', startPostgresProcess, 'wego_restart');
  graph = await startGraph({ databaseUrl: postgres.databaseUrl });
});

afterAll(async () => {
  await graph?.stop();
  await postgres?.stop();
});

async function health(): Promise<number> {
  return (await fetch(graph.subgraphs.membership.host.url.replace(/graphql$/, 'health'))).status;
}

describe('a Postgres restart in the middle of traffic', () => {
  it('fails the requests in flight cleanly, serves later ones without restarting anything, and leaves no change without its audit entry', async () => {
    const token = await testTokens.secretariat();
    const outcomes: Outcome[] = [];
    let writing = true;
    let sequence = 0;
    const writer = async (): Promise<void> => {
      while (writing) {
        const name = `Restart City ${String((sequence += 1)).padStart(4, '0')}`;
        const answer = await graph.query(REGISTER, { variables: { name }, token });
        outcomes.push({ name, answer });
      }
    };
    const writers = Array.from({ length: WRITERS }, writer);

    await new Promise((resolve) => setTimeout(resolve, 1500));
    await postgres.server.stop();
    const downAt = outcomes.length;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const healthWhileDown = await health();
    postgres.server = await startPostgresProcess(postgres.dataDirectory, postgres.server.port);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    writing = false;
    await Promise.all(writers);

    const failed = outcomes.filter(({ answer }) => answer.errors);
    expect(failed.length).toBeGreaterThan(0);
    for (const { answer } of failed) {
      expect(answer.status).toBeLessThan(500);
      expect(['INTERNAL_SERVER_ERROR', 'UNAVAILABLE']).toContain(answer.errors![0]!.extensions!.code);
      expect(answer.errors![0]!.extensions!.requestId).toBeTruthy();
      expect(JSON.stringify(answer.errors)).not.toMatch(LEAKS);
    }
    expect(healthWhileDown).toBe(503);
    expect(await health()).toBe(200);
    const lastWrites = outcomes.slice(-WRITERS * 3);
    expect(lastWrites.every(({ answer }) => !answer.errors)).toBe(true);
    expect(outcomes.slice(0, downAt).some(({ answer }) => !answer.errors)).toBe(true);

    const acknowledged = outcomes.filter(({ answer }) => !answer.errors).map(({ name }) => name);
    const membership = graph.subgraphs.membership.dataSource;
    const rows: Array<{ name: string; copies: number; audited: number }> = await membership.query(
      `SELECT m.name, count(DISTINCT m.id)::int AS copies, count(a.id)::int AS audited
         FROM membership.member m LEFT JOIN membership.audit_entry a ON a.entity_id = m.id::text AND a.operation = 'registerMember'
        WHERE m.name LIKE 'Restart City %' GROUP BY m.name`,
    );
    const stored = new Map(rows.map((row) => [row.name, row]));
    for (const name of acknowledged) expect(stored.get(name)).toMatchObject({ copies: 1, audited: 1 });
    // A write whose answer was lost with its connection may have committed; it is then whole: row and audit entry.
    for (const row of rows) expect(row).toMatchObject({ copies: 1, audited: 1 });
  });
});
