import type { DefinitionNode, StringValueNode } from 'graphql';
import { loadSchemaDocument } from '@wego/server';
import { SUBGRAPHS } from '@wego/gateway/src/subgraphs';

type Described = { description?: StringValueNode; name: { value: string } };

/** What in one SDL has no description; the root types are left out (each subgraph would claim them). */
function undescribed(definitions: readonly DefinitionNode[]): string[] {
  const missing: string[] = [];
  const check = (node: Described, path: string) => {
    if (!node.description?.value.trim()) missing.push(path);
  };
  for (const definition of definitions) {
    if (!('name' in definition) || !definition.name) continue;
    const type = definition as DefinitionNode & Described;
    const typeName = type.name.value;
    if (typeName !== 'Query' && typeName !== 'Mutation') check(type, typeName);
    for (const field of ('fields' in definition ? definition.fields : undefined) ?? []) {
      check(field, `${typeName}.${field.name.value}`);
      for (const argument of ('arguments' in field ? field.arguments : undefined) ?? []) check(argument, `${typeName}.${field.name.value}(${argument.name.value})`);
    }
    for (const value of ('values' in definition ? definition.values : undefined) ?? []) check(value, `${typeName}.${value.name.value}`);
  }
  return missing;
}

describe('the public schema', () => {
  it.each(SUBGRAPHS.map((subgraph) => [subgraph.name, subgraph.schemaPath]))('of %s describes every type, field, argument and value', (_, schemaPath) => {
    expect(undescribed(loadSchemaDocument(schemaPath).definitions)).toEqual([]);
  });
});
