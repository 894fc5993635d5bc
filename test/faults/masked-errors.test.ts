import type { DataSource } from 'typeorm';
import { createGovernanceDataSource } from '@wego/governance/src/database';
import { dataOf, graphql, testTokens } from '@wego/testing';
import { startGraph, type GraphUnderTest } from '../support/graph-under-test';

const OFFICES_AND_MEETINGS = graphql(`query MaskedOfficesAndMeetings { offices { name } meetings { id opensOn } }`);

/**
 * A failure on our side (here, the database refusing a query) reaches the client as a safe
 * INTERNAL_SERVER_ERROR with the request id; the log holds the whole error under that same id.
 */
const LEAKS = /relation|governance\.|meeting_gone|SELECT|QueryFailedError|does not exist|at \w+ \(|\/work\/|127\.0\.0\.1|localhost|:\d{4,5}/i;

let graph: GraphUnderTest;
let administrator: DataSource;
const errorLog: string[] = [];

beforeAll(async () => {
  graph = await startGraph({ errorLog });
  // Governance's own role may not rename its tables: the failure is made by the administrator.
  administrator = await createGovernanceDataSource(graph.adminUrl, { poolSize: 1 }).initialize();
});
afterAll(async () => {
  await administrator.query('ALTER TABLE IF EXISTS governance.meeting_gone RENAME TO meeting');
  await administrator.destroy();
  await graph.stop();
});

describe('a database failure', () => {
  it('answers INTERNAL_SERVER_ERROR with a safe message and the request id, and logs the whole error under that id', async () => {
    await administrator.query('ALTER TABLE governance.meeting RENAME TO meeting_gone');
    const answer = await graph.query(OFFICES_AND_MEETINGS, { token: await testTokens.secretariat() });
    await administrator.query('ALTER TABLE governance.meeting_gone RENAME TO meeting');

    expect(answer.status).toBe(200);
    expect(answer.data).toBeNull();
    const [error] = answer.errors!;
    expect(error!.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: answer.headers.get('x-request-id') });
    expect(error!.message).toBe('Something went wrong on our side; the Secretariat can trace it with the request id.');
    expect(JSON.stringify(answer.errors)).not.toMatch(LEAKS);

    const logged = errorLog.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => JSON.stringify(line).includes(answer.headers.get('x-request-id')!));
    expect(logged.length).toBeGreaterThan(0);
    expect(JSON.stringify(logged)).toMatch(/meeting/);
  });

  it('leaves the rest of the graph serving', async () => {
    const answer = await graph.query(OFFICES_AND_MEETINGS);
    expect(answer.errors).toBeUndefined();
    expect(dataOf(answer).offices).toHaveLength(5);
  });
});
