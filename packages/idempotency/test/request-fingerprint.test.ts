import { requestFingerprint } from '../src';

describe('requestFingerprint', () => {
  const input = { input: { name: 'Ulsan', category: 'FULL', kind: 'CITY', countryCode: 'KR' } };

  it('is the same for the same arguments, whatever the order of their fields', () => {
    const reordered = { input: { countryCode: 'KR', kind: 'CITY', category: 'FULL', name: 'Ulsan' } };
    expect(requestFingerprint('registerMember', reordered)).toBe(requestFingerprint('registerMember', input));
  });

  it('takes an omitted optional field and an explicit null as the same request', () => {
    expect(requestFingerprint('registerMember', { input: { ...input.input, joinedOn: null } })).toBe(requestFingerprint('registerMember', input));
  });

  it('differs for another value, another operation, and another order of a list', () => {
    const fingerprint = requestFingerprint('registerMember', input);
    expect(requestFingerprint('registerMember', { input: { ...input.input, name: 'Ulsan ' } })).not.toBe(fingerprint);
    expect(requestFingerprint('assessFee', input)).not.toBe(fingerprint);
    expect(requestFingerprint('recordAttendance', { ids: ['a', 'b'] })).not.toBe(requestFingerprint('recordAttendance', { ids: ['b', 'a'] }));
  });

  it('tells a number from its text', () => {
    expect(requestFingerprint('assessFee', { year: 2026 })).not.toBe(requestFingerprint('assessFee', { year: '2026' }));
  });
});
