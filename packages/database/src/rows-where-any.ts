import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

export interface RowsWhereAnyOptions<T> {
  /** The property matched against the ids; the row's own `id` unless said. */
  column?: keyof T & string;
  /** Whether an id can name a row at all; the others never reach SQL. */
  valid?: (id: string) => boolean;
  /** The order of the rows, property by property. */
  orderBy?: ReadonlyArray<readonly [keyof T & string, 'ASC' | 'DESC']>;
}

/** The rows whose `column` holds one of `ids`, in one statement; none, and no statement, when no id is valid. */
export async function rowsWhereAny<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  ids: readonly string[],
  { column = 'id', valid = () => true, orderBy = [] }: RowsWhereAnyOptions<T> = {},
): Promise<T[]> {
  const wanted = ids.filter(valid);
  if (wanted.length === 0) return [];
  const query = manager.getRepository(entity).createQueryBuilder('row').where(`row.${column} = ANY(:ids)`, { ids: wanted });
  for (const [property, direction] of orderBy) query.addOrderBy(`row.${property}`, direction);
  return query.getMany();
}
