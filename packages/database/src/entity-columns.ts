import { Column, PrimaryColumn, PrimaryGeneratedColumn, type ColumnOptions, type PrimaryColumnOptions } from 'typeorm';

/** What may set a column apart: part of the primary key, nullable, a default, a name of its own. */
export interface ColumnTraits {
  name?: string;
  primary?: boolean;
  nullable?: boolean;
  default?: ColumnOptions['default'];
}

// Only the traits given are passed on, so TypeORM sees exactly what a hand-written declaration said.
function declared(type: ColumnOptions['type'], traits: ColumnTraits, extra: ColumnOptions = {}): PropertyDecorator {
  const { primary, ...given } = traits;
  const options: ColumnOptions = { type, ...extra };
  for (const [key, value] of Object.entries(given)) if (value !== undefined) Object.assign(options, { [key]: value });
  // A key part is never nullable; no caller marks one so.
  return primary ? PrimaryColumn(options as PrimaryColumnOptions) : Column(options);
}

/** The row's own id, a uuid Postgres draws. */
export function IdColumn(): PropertyDecorator {
  return PrimaryGeneratedColumn('uuid');
}

/** The uuid of a row elsewhere (in this schema or another subgraph's). */
export function ReferenceColumn(name: string, traits: Omit<ColumnTraits, 'name'> = {}): PropertyDecorator {
  return declared('uuid', { name, ...traits });
}

/** A calendar day, kept as its YYYY-MM-DD text. */
export function DayColumn(name: string, traits: Omit<ColumnTraits, 'name'> = {}): PropertyDecorator {
  return declared('date', { name, ...traits });
}

/** An instant, with its time zone. */
export function InstantColumn(name: string, traits: Omit<ColumnTraits, 'name'> = {}): PropertyDecorator {
  return declared('timestamptz', { name, ...traits });
}

/** When the row was recorded, as the database's `clock` read it. */
export function RecordedAtColumn(clock: 'now()' | 'clock_timestamp()'): PropertyDecorator {
  return InstantColumn('recorded_at', { default: () => clock });
}

export function TextColumn(traits: ColumnTraits = {}): PropertyDecorator {
  return declared('text', traits);
}

export function IntegerColumn(traits: ColumnTraits = {}): PropertyDecorator {
  return declared('integer', traits);
}

/** A yes/no that always has a value, `byDefault` until set. */
export function FlagColumn(byDefault: boolean, traits: Omit<ColumnTraits, 'default' | 'nullable'> = {}): PropertyDecorator {
  return declared('boolean', { ...traits, default: byDefault });
}

/** An ISO 3166-1 alpha-2 country code. */
export function CountryCodeColumn(traits: Pick<ColumnTraits, 'primary'> = {}): PropertyDecorator {
  return declared('char', { name: 'country_code', ...traits }, { length: 2 });
}
