/** A number written into the request text exactly as given: JSON.stringify cannot say 1e309, -0 or NaN. */
export class RawNumber {
  constructor(readonly text: string) {}
}

/** An enum value: a string in variables, a bare name when written inline in the document. */
export class EnumValue {
  constructor(readonly name: string) {}
}

export const rawNumber = (text: string): RawNumber => new RawNumber(text);
export const enumValue = (name: string): EnumValue => new EnumValue(name);

function entriesOf(value: object): Array<[string, unknown]> {
  // Own keys only, `__proto__` included when a case set it as an own property.
  return Object.keys(value).map((key) => [key, (value as Record<string, unknown>)[key]]);
}

/** The JSON text of a value as a client would put it in a request body. */
export function jsonText(value: unknown): string {
  if (value instanceof RawNumber) return value.text;
  if (value instanceof EnumValue) return JSON.stringify(value.name);
  if (Array.isArray(value)) return `[${value.map(jsonText).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${entriesOf(value)
      .filter(([, field]) => field !== undefined)
      .map(([key, field]) => `${JSON.stringify(key)}:${jsonText(field)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The same value written inline in a GraphQL document. */
export function graphqlLiteral(value: unknown): string {
  if (value instanceof RawNumber) return value.text;
  if (value instanceof EnumValue) return value.name;
  if (Array.isArray(value)) return `[${value.map(graphqlLiteral).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${entriesOf(value)
      .filter(([, field]) => field !== undefined)
      .map(([key, field]) => `${key}: ${graphqlLiteral(field)}`)
      .join(', ')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
