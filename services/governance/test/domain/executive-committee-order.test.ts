import { inCommitteeOrder } from '../../src/domain/executive-committee';
import { mandateTable } from './mandates';

const committee = mandateTable(`
  1  m-c  EXECUTIVE_COMMITTEE_MEMBER  2025-10-21  2028-03-30
  2  m-b  VICE_PRESIDENT              2025-10-21  2028-03-30
  3  m-a  EXECUTIVE_COMMITTEE_MEMBER  2025-10-21  2028-03-30
  4  m-d  EXECUTIVE_VICE_PRESIDENT    2025-10-21  2028-03-30
  5  m-e  PRESIDENT                   2025-10-21  2028-03-30
  6  m-c  VICE_PRESIDENT              2025-10-21  2028-03-30
`);

describe('Executive Committee order', () => {
  it('is by position, then member name under the root collation', () => {
    const names: Record<string, string> = { 'm-a': 'Zhengzhou', 'm-b': 'São Paulo', 'm-c': 'San Francisco', 'm-d': 'Bogotá', 'm-e': 'Seoul' };
    expect(inCommitteeOrder(committee, (id) => names[id] ?? null).map((m) => m.id)).toEqual(['5', '4', '6', '2', '1', '3']);
  });

  it('is by position, then member id, when no name is known', () => {
    expect(inCommitteeOrder(committee, () => null).map((m) => m.id)).toEqual(['5', '4', '2', '6', '3', '1']);
  });

  it('puts members without a known name after the named ones of their position', () => {
    const names: Record<string, string> = { 'm-c': 'Chengdu' };
    expect(inCommitteeOrder(committee, (id) => names[id] ?? null).map((m) => m.id)).toEqual(['5', '4', '6', '2', '1', '3']);
  });
});
