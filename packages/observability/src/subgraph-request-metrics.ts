import { durationHistogram } from './duration-histogram';

const subgraphDurations = durationHistogram(
  'wego_subgraph_request_duration_seconds',
  "Duration of the gateway's calls to each subgraph, until its answer's headers arrive or the call fails.",
  ['subgraph'],
);

/** Starts timing one call to `subgraph`; the function returned records it. */
export function timeSubgraphRequest(subgraph: string): () => void {
  return subgraphDurations().startTimer({ subgraph });
}
