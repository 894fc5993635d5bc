import { dataOf, graphql, type GraphQLCaller } from '@wego/testing';
import { sendWithRetries, type WriteOutcome } from './retried-write';

const REGISTER = graphql(`mutation FailoverRegister($input: RegisterMemberInput!, $key: String) { registerMember(input: $input, idempotencyKey: $key) { id name } }`);
const DECIDE = graphql(`mutation FailoverDecide($input: RecordDecisionInput!, $key: String) { recordDecision(input: $input, idempotencyKey: $key) { id title } }`);
// Reads every subgraph: members, their offices (regional-offices), and the meetings (governance).
const READ = graphql(`query FailoverRead { members(first: 10) { totalCount edges { node { id name office { name } } } } meetings { id opensOn } }`);

export type WriteStream = 'member' | 'decision';

/** A write the graph acknowledged: its record's id, under the unique title or name it was sent with. */
export interface AcknowledgedWrite {
  stream: WriteStream;
  name: string;
  key: string;
  id: string;
  /** Milliseconds after the load began that the acknowledgement came. */
  at: number;
}

export interface FailoverLoadReport {
  acknowledged: AcknowledgedWrite[];
  /** Writes answered with an error no retry could cure. */
  refused: string[];
  /** Writes the client gave up on after all its attempts. */
  abandoned: string[];
  /** Attempts sent again, by what made them fail. */
  retriesBy: Record<string, number>;
  reads: { answered: number; failed: number };
}

export interface FailoverLoadOptions {
  token: string;
  /** An opened meeting whose resolutions the decision stream records. */
  meetingId: string;
  /** Concurrent clients of each stream. */
  memberWriters: number;
  decisionWriters: number;
  readers: number;
  /** Distinguishes this load's names from any other's. */
  label: string;
}

/** A mixed load through one endpoint: keyed writes retried as a client would, and reads; runs until stopped. */
export interface FailoverLoad {
  stop(): Promise<FailoverLoadReport>;
}

export function startFailoverLoad(query: GraphQLCaller, options: FailoverLoadOptions): FailoverLoad {
  const began = Date.now();
  const report: FailoverLoadReport = { acknowledged: [], refused: [], abandoned: [], retriesBy: {}, reads: { answered: 0, failed: 0 } };
  let stopping = false;
  let sequence = 0;

  /** Sends the stream's write, retried as a client would; the id of the record it wrote once acknowledged. */
  const write = async (stream: WriteStream, name: string, key: string): Promise<{ outcome: WriteOutcome<unknown>; id: string | null }> => {
    const onRetry = (failure: string) => (report.retriesBy[failure] = (report.retriesBy[failure] ?? 0) + 1);
    if (stream === 'member') {
      const input = { name, category: 'FULL', kind: 'CITY', countryCode: 'KR' } as const;
      const outcome = await sendWithRetries(query, options.token, { document: REGISTER, key, variables: { input } }, { onRetry });
      return { outcome, id: outcome.kind === 'acknowledged' ? dataOf(outcome.answer).registerMember.id : null };
    }
    const input = { meetingId: options.meetingId, kind: 'RESOLUTION', title: name, text: `Adopted under load: ${name}.` } as const;
    const outcome = await sendWithRetries(query, options.token, { document: DECIDE, key, variables: { input } }, { onRetry });
    return { outcome, id: outcome.kind === 'acknowledged' ? dataOf(outcome.answer).recordDecision.id : null };
  };

  const writer = async (stream: WriteStream): Promise<void> => {
    while (!stopping) {
      sequence += 1;
      const name = `${options.label} ${stream} ${String(sequence).padStart(5, '0')}`;
      const key = `${options.label}-${stream}-${sequence}`;
      const { outcome, id } = await write(stream, name, key);
      if (outcome.kind === 'abandoned') report.abandoned.push(`${name}: ${outcome.lastFailure}`);
      else if (outcome.kind === 'refused') report.refused.push(`${name}: ${JSON.stringify(outcome.answer.errors)}`);
      else if (id !== null) report.acknowledged.push({ stream, name, key, id, at: Date.now() - began });
    }
  };

  const reader = async (): Promise<void> => {
    while (!stopping) {
      try {
        const answer = await query(READ, { token: options.token });
        if (answer.errors) report.reads.failed += 1;
        else report.reads.answered += 1;
      } catch {
        report.reads.failed += 1;
      }
    }
  };

  const clients = [
    ...Array.from({ length: options.memberWriters }, () => writer('member')),
    ...Array.from({ length: options.decisionWriters }, () => writer('decision')),
    ...Array.from({ length: options.readers }, () => reader()),
  ];
  return {
    async stop() {
      stopping = true;
      // Each client finishes the write it began, retries included.
      await Promise.all(clients);
      return report;
    },
  };
}
