import { describe, expect, it } from '@jest/globals';
import { accepted, refusedWithoutChange } from '../answers';
import type { GraphQLCaller, GraphQLResponse } from '../graphql-client';
import { testTokens } from '../test-tokens';

type Variables = Record<string, unknown>;

/** What one subgraph's idempotency keys are tested with: one mutation taking `$key`. */
export interface IdempotencyTable {
  subgraph: { query: GraphQLCaller };
  /** The mutation, with its `$key: String` variable. */
  mutation: string;
  /** The field of the mutation's answer. */
  field: string;
  /** A change the Secretariat may make, its own for each `label`: no two labels ask the same. */
  change(label: string): Variables;
  /** What the answer to `change(label)` shows. */
  answerTo(label: string): Record<string, unknown>;
  /** A change the charter refuses, with the code it is refused with; `change(label)` corrects it. */
  refusedChange(label: string): { variables: Variables; code: string };
  /** Every row the subgraph writes, the keys included. */
  written(): Promise<unknown>;
  auditCount(): Promise<number>;
  keyRows(): Promise<Array<{ key: string }>>;
  /** How many identical requests arrive at once; 8 unless told. */
  simultaneous?: number;
  /** Checks the table adds to a case, for what its subgraph alone shows. */
  alsoCheck?: {
    bothCallers?(mine: GraphQLResponse, theirs: GraphQLResponse): Promise<void>;
    /** After one change was made of what several requests asked: `before` and `after` are what `written` read. */
    changedOnce?(before: unknown, after: unknown): void;
  };
}

/** A keyed mutation is answered once per caller and key: a retry gets the first answer and changes nothing. */
export function describeIdempotency(table: IdempotencyTable): void {
  const send = async (variables: Variables, key?: string | null, token?: string) =>
    table.subgraph.query(table.mutation, { variables: { ...variables, key }, token: token ?? (await testTokens.secretariat()) });
  const answerOf = (answer: GraphQLResponse) => answer.data?.[table.field];

  describe(`${table.field} with an idempotency key`, () => {
    it('answers a retry with the first answer, also after another change since, and changes and audits once', async () => {
      const [auditBefore, before] = [await table.auditCount(), await table.written()];
      const first = accepted(await send(table.change('retried'), 'retried'));
      expect(answerOf(first)).toMatchObject(table.answerTo('retried'));
      expect(await table.auditCount()).toBe(auditBefore + 1);
      const afterFirst = await table.written();
      table.alsoCheck?.changedOnce?.(before, afterFirst);
      expect(accepted(await send(table.change('retried'), 'retried')).data).toEqual(first.data);
      expect(await table.written()).toEqual(afterFirst);

      accepted(await send(table.change('changed since')));
      const afterChange = await table.written();
      expect(accepted(await send(table.change('retried'), 'retried')).data).toEqual(first.data);
      expect(await table.written()).toEqual(afterChange);
    });

    it('refuses the same key with another change as CONFLICT, and writes nothing', async () => {
      accepted(await send(table.change('first under the key'), 'conflicting'));
      await refusedWithoutChange(table.written, () => send(table.change('second under the key'), 'conflicting'), 'CONFLICT');
    });

    it('keeps another caller’s key apart: the same key makes that caller’s own change, and answers it alone', async () => {
      const deputy = await testTokens.secretariatAs('deputy@test');
      const mine = accepted(await send(table.change('shared'), 'shared key'));
      const theirs = accepted(await send(table.change('shared'), 'shared key', deputy));
      expect(accepted(await send(table.change('shared'), 'shared key', deputy)).data).toEqual(theirs.data);
      expect((await table.keyRows()).filter((row) => row.key === 'shared key')).toHaveLength(2);
      await table.alsoCheck?.bothCallers?.(mine, theirs);
    });

    it(`changes once when ${table.simultaneous ?? 8} identical requests with one key arrive at once, and answers all alike`, async () => {
      const [auditBefore, before] = [await table.auditCount(), await table.written()];
      const answers = await Promise.all(Array.from({ length: table.simultaneous ?? 8 }, () => send(table.change('at once'), 'at once')));
      for (const answer of answers) expect(answer).toMatchObject({ data: answers[0]!.data, errors: undefined });
      expect(answerOf(answers[0]!)).toMatchObject(table.answerTo('at once'));
      expect(await table.auditCount()).toBe(auditBefore + 1);
      table.alsoCheck?.changedOnce?.(before, await table.written());
    });

    it('keeps the key free when its first attempt is refused, so the corrected change is accepted under it', async () => {
      const { variables, code } = table.refusedChange('corrected');
      await refusedWithoutChange(table.written, () => send(variables, 'corrected later'), code);
      const corrected = accepted(await send(table.change('corrected'), 'corrected later'));
      expect(answerOf(corrected)).toMatchObject(table.answerTo('corrected'));
      expect(accepted(await send(table.change('corrected'), 'corrected later')).data).toEqual(corrected.data);
    });

    it('changes as before without a key', async () => {
      const auditBefore = await table.auditCount();
      accepted(await send(table.change('without a key')));
      accepted(await send(table.change('without a key, again'), null));
      expect(await table.auditCount()).toBe(auditBefore + 2);
    });
  });
}
