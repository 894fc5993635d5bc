import { freePort } from '@wego/database';
import { startGovernance, type GovernanceUnderTest } from './governance-harness';
import { startGovernanceWithHistory, type GovernanceWithHistory } from './governance-with-history';
import type { MembershipStub } from './membership-stub';
import { nameOf, writeWegoHistory } from './wego-history';

/** Today's committee by position, then member id: how it is listed when membership cannot name the members. */
const BY_MEMBER_ID = [
  ['PRESIDENT', 'Seoul'],
  ['EXECUTIVE_VICE_PRESIDENT', 'Bogotá'],
  ['VICE_PRESIDENT', 'Chengdu'],
  ['VICE_PRESIDENT', 'Ulyanovsk Region'],
  ['VICE_PRESIDENT', 'Beyoğlu'],
  ['VICE_PRESIDENT', 'Mexico City'],
  ['VICE_PRESIDENT', 'Suwon'],
  ['EXECUTIVE_COMMITTEE_MEMBER', 'Chengdu'],
  ['EXECUTIVE_COMMITTEE_MEMBER', 'Ulyanovsk Region'],
  ['EXECUTIVE_COMMITTEE_MEMBER', 'Beyoğlu'],
  ['EXECUTIVE_COMMITTEE_MEMBER', 'Mexico City'],
  ['EXECUTIVE_COMMITTEE_MEMBER', 'Suwon'],
  ['EXECUTIVE_COMMITTEE_MEMBER', 'Jakarta'],
  ['EXECUTIVE_COMMITTEE_MEMBER', 'Addis Ababa'],
];

const COMMITTEE = `{ executiveCommittee { position member { id } } }`;

async function expectCommitteeByMemberId(governance: GovernanceUnderTest): Promise<void> {
  const answer = await governance.query<{ executiveCommittee: Array<{ position: string; member: { id: string } }> }>(COMMITTEE);
  expect(answer.errors).toBeUndefined();
  expect(answer.data!.executiveCommittee.map((mandate) => [mandate.position, nameOf(mandate.member.id)])).toEqual(BY_MEMBER_ID);
  const warnings = governance.logs.map((line) => JSON.parse(line) as { level: string; message: string });
  expect(warnings).toContainEqual(expect.objectContaining({ level: 'warn', message: expect.stringContaining('membership did not answer') }));
}

describe('when membership is not listening', () => {
  let governance: GovernanceUnderTest;
  beforeAll(async () => {
    governance = await startGovernance({ membershipUrl: `http://127.0.0.1:${await freePort()}/graphql` });
    await writeWegoHistory(governance.dataSource);
  });
  afterAll(() => governance.stop());

  it('still lists the Executive Committee, by position then member id, and logs a warning', () => expectCommitteeByMemberId(governance));
});

describe('when membership answers an error status', () => {
  let world: GovernanceWithHistory;
  let membership: MembershipStub;
  let governance: GovernanceUnderTest;
  beforeAll(async () => {
    world = await startGovernanceWithHistory('fail');
    ({ membership, governance } = world);
  });
  afterAll(() => world.stop());

  it('still lists the Executive Committee, by position then member id, and logs a warning', async () => {
    await expectCommitteeByMemberId(governance);
    expect(membership.requests).toHaveLength(1);
  });
});

describe('when membership does not answer within 3 seconds', () => {
  let world: GovernanceWithHistory;
  let governance: GovernanceUnderTest;
  beforeAll(async () => {
    world = await startGovernanceWithHistory('hang');
    ({ governance } = world);
  });
  afterAll(() => world.stop());

  it('gives up after the timeout and still lists the Executive Committee', async () => {
    const started = Date.now();
    await expectCommitteeByMemberId(governance);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(2900);
    expect(elapsed).toBeLessThan(6000);
  });
});
