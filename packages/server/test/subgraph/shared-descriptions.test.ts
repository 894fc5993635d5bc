import { parse, print } from 'graphql';
import { SHARED_ARGUMENT_DESCRIPTIONS, SHARED_DESCRIPTIONS, withSharedDescriptions } from '../../src/subgraph/shared-descriptions';

const described = (sdl: string) => print(withSharedDescriptions(parse(sdl)));

describe('the shared descriptions', () => {
  it('describe every argument of their name, on any field', () => {
    const sdl = described('type Mutation { a(idempotencyKey: String): Int b(idempotencyKey: String): Int }');
    expect(sdl.split(SHARED_ARGUMENT_DESCRIPTIONS['idempotencyKey']!).length - 1).toBe(2);
  });

  it('describe types, fields, enum values and directives by coordinate', () => {
    const sdl = described(`
      enum CacheControlScope { PUBLIC PRIVATE }
      directive @cacheControl(maxAge: Int) on FIELD_DEFINITION
      type AuditEntry { at: String! }
    `);
    for (const coordinate of ['CacheControlScope', 'CacheControlScope.PUBLIC', 'CacheControlScope.PRIVATE', '@cacheControl', 'AuditEntry', 'AuditEntry.at']) {
      expect(sdl).toContain(SHARED_DESCRIPTIONS[coordinate]);
    }
  });

  it('leave a description the SDL gives its own, and a field of another type, as they are', () => {
    const sdl = described('"""Its own."""\ntype AuditEntry { at: String! }\ntype Meeting { at: String! }');
    expect(sdl).toContain('Its own.');
    expect(sdl).not.toContain(SHARED_DESCRIPTIONS['AuditEntry']);
    expect(sdl.split(SHARED_DESCRIPTIONS['AuditEntry.at']!).length - 1).toBe(1);
  });
});
