import { startGovernance, type GovernanceUnderTest } from './governance-harness';
import { startMembershipStub, type MembershipStub, type StubBehaviour } from './membership-stub';
import { MEMBER_NAMES, writeWegoHistory, type WegoHistory } from './wego-history';

/** Governance with the shared history written, and a membership stand-in that knows every member's name. */
export interface GovernanceWithHistory {
  membership: MembershipStub;
  governance: GovernanceUnderTest;
  history: WegoHistory;
  stop(): Promise<void>;
}

export async function startGovernanceWithHistory(behaviour: StubBehaviour = 'answer'): Promise<GovernanceWithHistory> {
  const membership = await startMembershipStub(MEMBER_NAMES, behaviour);
  const governance = await startGovernance({ membershipUrl: membership.url });
  const history = await writeWegoHistory(governance.dataSource);
  return {
    membership,
    governance,
    history,
    async stop() {
      await governance.stop();
      await membership.stop();
    },
  };
}
