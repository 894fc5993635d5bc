import { signToken } from '@wego/identity';
import { testEnvironment } from './test-environment';

/** Tokens signed the way the graph under test verifies them. */
export const testTokens = {
  secretariat: () => signToken(testEnvironment().shared.identity, { role: 'secretariat', sub: 'officer@test' }),
  /** Another officer of the Secretariat than the one `secretariat` signs for. */
  secretariatAs: (sub: string) => signToken(testEnvironment().shared.identity, { role: 'secretariat', sub }),
  office: (officeId: string) => signToken(testEnvironment().shared.identity, { role: 'office', officeId, sub: `staff@${officeId}` }),
  member: (memberId: string) => signToken(testEnvironment().shared.identity, { role: 'member', memberId, sub: `member@${memberId}` }),
};
