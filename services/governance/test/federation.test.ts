import { randomUUID } from 'node:crypto';
import { startedForThisFile } from '@wego/testing';
import { startGovernanceWithHistory } from './governance-with-history';
import { GovernanceFixtures } from './governance-fixtures';
import { MEMBERS } from './wego-history';

const world = startedForThisFile(() => startGovernanceWithHistory());

const ENTITIES = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on Meeting { id opensOn }
    ... on Mandate { id position startsOn endsOn }
    ... on Member { id }
  }
}`;

describe('federation (the subgraph compatibility pattern)', () => {
  it('publishes its SDL with @link and each @key', async () => {
    const answer = await world.governance.query<{ _service: { sdl: string } }>(`{ _service { sdl } }`);
    const sdl = answer.data!._service.sdl;
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.7"');
    expect(sdl).toMatch(/type Meeting\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Mandate\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Member\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Decision\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type AuditEntry\s+@shareable/);
  });

  it('resolves Meeting, recorded and derived Mandate, and Member representations, in order, null for unknown keys', async () => {
    const evp = `evp:${world.history.assemblies.ga2025.id}`;
    const answer = await world.governance.query(ENTITIES, {
      variables: {
        representations: [
          { __typename: 'Mandate', id: world.history.mandates.president2025.id },
          { __typename: 'Meeting', id: world.history.assemblies.ga2025.id },
          { __typename: 'Member', id: MEMBERS.kazan.id },
          { __typename: 'Mandate', id: evp },
          { __typename: 'Meeting', id: randomUUID() },
          { __typename: 'Mandate', id: randomUUID() },
          { __typename: 'Mandate', id: `evp:${randomUUID()}` },
          // A cancelled General Assembly makes nobody EVP.
          { __typename: 'Mandate', id: `evp:${world.history.assemblies.cancelledGa2027.id}` },
          { __typename: 'Meeting', id: 'not-an-id' },
          { __typename: 'Mandate', id: 'evp:not-an-id' },
        ],
      },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!._entities).toEqual([
      { __typename: 'Mandate', id: world.history.mandates.president2025.id, position: 'PRESIDENT', startsOn: '2025-10-21', endsOn: '2028-03-30' },
      { __typename: 'Meeting', id: world.history.assemblies.ga2025.id, opensOn: '2025-10-21' },
      { __typename: 'Member', id: MEMBERS.kazan.id },
      { __typename: 'Mandate', id: evp, position: 'EXECUTIVE_VICE_PRESIDENT', startsOn: '2022-10-05', endsOn: '2025-10-21' },
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('federation of decisions (G13)', () => {
  const DECISIONS = `query($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on Decision { id reference kind adoptedOn meeting { id } supersedes { id } supersededBy { id } }
    }
  }`;

  it('resolves Decision representations, in order, null for unknown and malformed keys', async () => {
    const { declaration2025, review2026, correctedReview2026 } = world.history.decisions;
    const answer = await world.governance.query(DECISIONS, {
      variables: {
        representations: [
          { __typename: 'Decision', id: correctedReview2026.id },
          { __typename: 'Decision', id: randomUUID() },
          { __typename: 'Decision', id: declaration2025.id },
          { __typename: 'Decision', id: 'not-an-id' },
          { __typename: 'Decision', id: review2026.id },
        ],
      },
    });
    expect(answer.errors).toBeUndefined();
    const committee2026 = { id: world.history.committees.excom2026.id };
    expect(answer.data!._entities).toEqual([
      { __typename: 'Decision', id: correctedReview2026.id, reference: 'EXCOM-2026-05-12-3', kind: 'ACTIVITY_REVIEW', adoptedOn: '2026-05-12', meeting: committee2026, supersedes: { id: review2026.id }, supersededBy: null },
      null,
      { __typename: 'Decision', id: declaration2025.id, reference: 'GA-2025-10-21-1', kind: 'RESOLUTION', adoptedOn: '2025-10-21', meeting: { id: world.history.assemblies.ga2025.id }, supersedes: null, supersededBy: null },
      null,
      { __typename: 'Decision', id: review2026.id, reference: 'EXCOM-2026-05-12-1', kind: 'ACTIVITY_REVIEW', adoptedOn: '2026-05-12', meeting: committee2026, supersedes: null, supersededBy: { id: correctedReview2026.id } },
    ]);
  });

  it('reads 100 decision representations and their links with as many statements as 2', async () => {
    const fixtures = new GovernanceFixtures(world.governance.dataSource);
    const created: Array<{ id: string }> = [];
    // Numbers after the history's own decisions of that meeting.
    for (let number = 11; number <= 110; number += 1) created.push(await fixtures.decision(world.history.committees.excom2021, number, 'RESOLUTION', `Resolution ${number}`));
    const statementsFor = async (count: number): Promise<number> => {
      world.governance.statements.reset();
      const answer = await world.governance.query(DECISIONS, { variables: { representations: created.slice(0, count).map((decision) => ({ __typename: 'Decision', id: decision.id })) } });
      expect(answer.errors).toBeUndefined();
      return world.governance.statements.statements;
    };
    expect(await statementsFor(100)).toBe(await statementsFor(2));
  });
});

describe('N+1 guard', () => {
  const MANDATES = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Member { mandates { id } } } }`;

  async function statementsFor(memberCount: number): Promise<number> {
    const known = Object.values(MEMBERS).map((member) => member.id);
    const ids = Array.from({ length: memberCount }, (_, index) => known[index] ?? randomUUID());
    world.governance.statements.reset();
    const answer = await world.governance.query(MANDATES, { variables: { representations: ids.map((id) => ({ __typename: 'Member', id })) } });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!._entities).toHaveLength(memberCount);
    return world.governance.statements.statements;
  }

  it('reads the mandates of 150 members with as many statements as those of 5', async () => {
    const few = await statementsFor(5);
    const many = await statementsFor(150);
    // One for the recorded mandates, one for the General Assemblies the EVP mandates derive from.
    expect(few).toBe(2);
    expect(many).toBe(few);
  });

  it('reads the chairs and candidacies of every meeting with as many statements as those of one', async () => {
    world.governance.statements.reset();
    await world.governance.query(`query($id: ID!) { meeting(id: $id) { chair { id } candidacies { status meeting { id } } } }`, {
      variables: { id: world.history.assemblies.ga2025.id },
    });
    const one = world.governance.statements.statements;
    world.governance.statements.reset();
    await world.governance.query(`{ meetings { chair { id } candidacies { status meeting { id } } } }`);
    expect(world.governance.statements.statements).toBe(one);
  });
});
