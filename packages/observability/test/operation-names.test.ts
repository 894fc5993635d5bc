import { KNOWN_OPERATIONS, operationLabel } from '../src';

describe('the operation label', () => {
  it('is a known operation\'s own name, also as the gateway names its part for a subgraph', () => {
    expect(operationLabel('FoundingMembersAndOffices')).toBe('FoundingMembersAndOffices');
    expect(operationLabel('FoundingMembersAndOffices__membership__0')).toBe('FoundingMembersAndOffices');
    expect(operationLabel('IntrospectionQuery')).toBe('IntrospectionQuery');
  });

  it.each([undefined, '', 'Evil_1234', 'foundingmembersandoffices', 'Charter ', 'Evil__membership__0', 'x'.repeat(10000)])('is other for %j', (name) => {
    expect(operationLabel(name)).toBe('other');
  });

  it('lists only GraphQL names', () => {
    for (const name of KNOWN_OPERATIONS) expect(name).toMatch(/^[_A-Za-z][_0-9A-Za-z]*$/);
  });
});
