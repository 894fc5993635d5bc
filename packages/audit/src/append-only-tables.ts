/**
 * The tables of each subgraph's schema that only ever grow: its audit trail and its refused
 * attempts. Its runtime role may add and read their rows, never alter or remove them.
 */
export const APPEND_ONLY_TABLES: readonly string[] = ['audit_entry', 'refused_attempt'];
