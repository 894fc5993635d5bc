import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabaseIfMissing, databaseUrlOf } from '@wego/database';
import { graphql, startPostgresProcess, testTokens, type GraphQLResponse, type PostgresProcess, type ResultOf } from '@wego/testing';
import { startGraph, type GraphUnderTest } from '../support/graph-under-test';

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

let directory: string;
let postgres: PostgresProcess;
let graph: GraphUnderTest;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'wego-restart-'));
  // The server runs as the OS user postgres when the run is root's: it must reach its folder.
  chmodSync(directory, 0o755);
  postgres = await startPostgresProcess(join(directory, 'data'));
  await createDatabaseIfMissing(postgres.url, 'wego_restart');
  graph = await startGraph({ databaseUrl: databaseUrlOf(postgres.url, 'wego_restart') });
});

afterAll(async () => {
  await graph?.stop();
  await postgres?.stop();
  rmSync(directory, { recursive: true, force: true });
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
    await postgres.stop();
    const downAt = outcomes.length;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const healthWhileDown = await health();
    postgres = await startPostgresProcess(join(directory, 'data'), postgres.port);
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
