import { describe, expect, it } from '@jest/globals';
import { accepted } from '../answers';
import type { GraphQLCaller, GraphQLResponse } from '../graphql-client';
import { testTokens } from '../test-tokens';

/** The columns of a `refused_attempt` row that its listing shows. */
type ListedColumns = 'actor' | 'role' | 'operation' | 'entity_id' | 'input' | 'code' | 'rule' | 'message' | 'request_id';

/** Sends one attempt; without a token, anonymously. */
export type Attempt = (token?: string) => Promise<GraphQLResponse>;

/** What one subgraph's refused attempts are tested with. */
export interface RefusedAttemptsTable<Row extends Record<ListedColumns, unknown>> {
  subgraph: { query: GraphQLCaller };
  /** The query field that lists them to the Secretariat. */
  listField: string;
  refusedRows(): Promise<Row[]>;
  /** Every row a refused attempt must leave alone, its audit trail included. */
  written(): Promise<unknown>;
  /** A change a charter rule refuses the Secretariat, and the columns of the row it must record. */
  ruleRefusal: { attempt: Attempt; row: Pick<Row, 'operation' | 'entity_id' | 'input' | 'code' | 'rule'> };
  /** A change the staff of the East Asia office may not make, and the entity it names. */
  forbiddenToOffice: { attempt: Attempt; entityId(): Promise<string> | string };
  /** A change sent without a token. */
  anonymous: Attempt;
  /** A change the Secretariat makes. */
  acceptedChange: Attempt;
  /** A member's token, which may not read the listing. */
  memberToken(): Promise<string>;
}

/** What a refusal records of its answer. */
export function refusalOf(answer: GraphQLResponse): { message: string | undefined; request_id: string | null } {
  return { message: answer.errors?.[0]?.message, request_id: answer.headers.get('x-request-id') };
}

/** Sends `attempt` and answers the refused rows it added; it must have changed nothing else. */
export async function refusedRowsOf<Row>(
  table: { refusedRows(): Promise<Row[]>; written(): Promise<unknown> },
  attempt: () => Promise<GraphQLResponse>,
): Promise<{ answer: GraphQLResponse; rows: Row[] }> {
  const rowsBefore = (await table.refusedRows()).length;
  const before = await table.written();
  const answer = await attempt();
  expect(answer.data ?? null).toBeNull();
  expect(await table.written()).toEqual(before);
  return { answer, rows: (await table.refusedRows()).slice(rowsBefore) };
}

/** Refused attempts are recorded apart from the audit trail, and listed to the Secretariat alone. */
export function describeRefusedAttempts<Row extends Record<ListedColumns, unknown>>(table: RefusedAttemptsTable<Row>): void {
  const list = (variables: Record<string, unknown>, token?: string) =>
    table.subgraph.query(`query($first: Int) { ${table.listField}(first: $first) { at actor role operation entityId input code rule message requestId } }`, {
      variables,
      ...(token ? { token } : {}),
    });

  describe('refused attempts', () => {
    it(`records a refused ${table.ruleRefusal.row.operation} (${table.ruleRefusal.row.rule}) apart from the audit trail, and changes nothing`, async () => {
      const secretariat = await testTokens.secretariat();
      const { answer, rows } = await refusedRowsOf(table, () => table.ruleRefusal.attempt(secretariat));
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: table.ruleRefusal.row.code, rule: table.ruleRefusal.row.rule });
      expect(rows).toEqual([{ at: expect.any(Date), actor: 'officer@test', role: 'secretariat', ...table.ruleRefusal.row, ...refusalOf(answer) }]);
    });

    it('records an office that is not allowed the change (FORBIDDEN) under its own name', async () => {
      const { answer, rows } = await refusedRowsOf(table, async () => table.forbiddenToOffice.attempt(await testTokens.office('east-asia')));
      expect(rows).toEqual([
        expect.objectContaining({
          actor: 'staff@east-asia',
          role: 'office',
          entity_id: await table.forbiddenToOffice.entityId(),
          code: 'FORBIDDEN',
          rule: null,
          ...refusalOf(answer),
        }),
      ]);
    });

    it('records nothing for an anonymous caller, who cannot make the service write', async () => {
      const { answer, rows } = await refusedRowsOf(table, () => table.anonymous());
      expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(rows).toEqual([]);
    });

    it('records nothing for an accepted change', async () => {
      const before = (await table.refusedRows()).length;
      const answer = await table.acceptedChange(await testTokens.secretariat());
      expect(answer.errors).toBeUndefined();
      expect(await table.refusedRows()).toHaveLength(before);
    });
  });

  describe(table.listField, () => {
    it('lists the refused attempts to the Secretariat, newest first', async () => {
      const secretariat = await testTokens.secretariat();
      await table.ruleRefusal.attempt(secretariat);
      const rows = await table.refusedRows();
      const answer = await list({}, secretariat);
      expect(answer.errors).toBeUndefined();
      const listed = answer.data[table.listField];
      expect(listed.map((attempt: { requestId: string }) => attempt.requestId)).toEqual(rows.map((row) => row.request_id).reverse());
      const newest = rows.at(-1)!;
      expect(listed[0]).toEqual({
        at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        actor: newest.actor,
        role: newest.role,
        operation: newest.operation,
        entityId: newest.entity_id,
        input: newest.input,
        code: newest.code,
        rule: newest.rule,
        message: newest.message,
        requestId: newest.request_id,
      });
      const first = accepted(await list({ first: 1 }, secretariat));
      expect(first.data[table.listField]).toEqual([listed[0]]);
    });

    it('answers null with FORBIDDEN at its path to anyone but the Secretariat', async () => {
      for (const token of [await testTokens.office('secretariat'), await table.memberToken(), undefined]) {
        const answer = await list({}, token);
        expect(answer.data?.[table.listField]).toBeNull();
        expect(answer.errors?.[0]).toMatchObject({ path: [table.listField], extensions: { code: 'FORBIDDEN' } });
      }
    });

    it('takes `first` from 1 to 200', async () => {
      for (const first of [0, 201]) {
        const answer = await list({ first }, await testTokens.secretariat());
        expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      }
    });
  });
}
