import { startedForThisFile, testEnvironment } from '@wego/testing';
import { dropDatabase } from '@wego/database';
import { startMembership } from './membership-harness';

const membership = startedForThisFile(startMembership);

describe('/health', () => {
  it('answers 200 while the database answers, and 503 once it is gone', async () => {
    const health = membership.url.replace('/graphql', '/health');
    expect((await fetch(health)).status).toBe(200);
    const database = new URL(membership.databaseUrl).pathname.slice(1);
    await dropDatabase(testEnvironment().serverUrl, database);
    const answer = await fetch(health);
    expect(answer.status).toBe(503);
    expect(await answer.json()).toEqual({ status: 'unavailable' });
  });
});
