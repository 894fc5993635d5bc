import { Kind, type ConstDirectiveNode, type ObjectTypeDefinitionNode, type TypeNode } from 'graphql';
import { loadSchemaDocument } from '@wego/server';
import { SUBGRAPHS } from '@wego/gateway/src/subgraphs';

function hintOf(directives: readonly ConstDirectiveNode[] | undefined): { maxAge?: number; scope?: string } | undefined {
  const hint = directives?.find((directive) => directive.name.value === 'cacheControl');
  if (!hint) return undefined;
  const values: { maxAge?: number; scope?: string } = {};
  for (const argument of hint.arguments ?? []) {
    if (argument.name.value === 'maxAge' && argument.value.kind === Kind.INT) values.maxAge = Number(argument.value.value);
    if (argument.name.value === 'scope' && argument.value.kind === Kind.ENUM) values.scope = argument.value.value;
  }
  return values;
}

const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));
const isPrivate = (hint: { maxAge?: number; scope?: string } | undefined) => hint !== undefined && hint.maxAge === 0 && hint.scope === 'PRIVATE';

describe.each(SUBGRAPHS.map((subgraph) => [subgraph.name, subgraph.schemaPath]))('the cache hints of %s', (_, schemaPath) => {
  const types = loadSchemaDocument(schemaPath).definitions.filter(
    (definition): definition is ObjectTypeDefinitionNode => definition.kind === Kind.OBJECT_TYPE_DEFINITION && !['Query', 'Mutation'].includes(definition.name.value),
  );
  const typeHints = new Map(types.map((type) => [type.name.value, hintOf(type.directives)]));

  it('gives every object type a hint, so that none is public or private by omission', () => {
    expect(types.filter((type) => !typeHints.get(type.name.value)).map((type) => type.name.value)).toEqual([]);
  });

  it('makes private every field only some callers may read (mutations are never cached)', () => {
    const allTypes = loadSchemaDocument(schemaPath).definitions.filter(
      (definition): definition is ObjectTypeDefinitionNode => definition.kind === Kind.OBJECT_TYPE_DEFINITION && definition.name.value !== 'Mutation',
    );
    const restricted = allTypes.flatMap((type) =>
      (type.fields ?? [])
        .filter((field) => /Secretariat only|Restricted/.test(field.description?.value ?? ''))
        .map((field) => ({ coordinate: `${type.name.value}.${field.name.value}`, field })),
    );
    expect(restricted.length).toBeGreaterThan(0);
    const notPrivate = restricted.filter(({ field }) => !isPrivate(hintOf(field.directives))).map(({ coordinate }) => coordinate);
    expect(notPrivate).toEqual([]);
    // What they return is private wherever it is reached from.
    for (const { field } of restricted) {
      const returned = typeHints.get(namedType(field.type));
      if (returned) expect(isPrivate(returned)).toBe(true);
    }
  });
});
