const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `id` can be a row's id; any other id names nothing, and never reaches SQL. */
export function isRecordId(id: string): boolean {
  return UUID.test(id);
}
