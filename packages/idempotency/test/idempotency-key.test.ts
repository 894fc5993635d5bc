import { parseIdempotencyKey } from '../src';

describe('parseIdempotencyKey', () => {
  it.each([
    ['one character', 'k'],
    ['200 characters', 'k'.repeat(200)],
    ['200 characters outside the BMP, each two UTF-16 units', '🔑'.repeat(200)],
    ['spaces and punctuation, kept as they are', '  retry #1; DROP TABLE x; --  '],
    ['a UUID', '3f1c2a9e-7b4d-4e8a-9c1f-2d3e4f5a6b7c'],
  ])('takes %s', (_, key) => {
    expect(parseIdempotencyKey(key)).toBe(key);
  });

  it.each([
    ['an empty key', ''],
    ['201 characters', 'k'.repeat(201)],
    ['a NUL character', 'key\u0000'],
    ['a line feed', 'key\n'],
    ['a C1 control character', 'key\u0085'],
    ['a lone surrogate', 'key\ud800'],
  ])('refuses %s as BAD_USER_INPUT naming the field', (_, key) => {
    expect(() => parseIdempotencyKey(key)).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'idempotencyKey' } }));
  });
});
