import { Histogram } from 'prom-client';
import { DURATION_BUCKETS } from './duration-buckets';
import { processRegistry } from './metrics-registry';

let histogram: Histogram<'subgraph'> | undefined;

function subgraphDurations(): Histogram<'subgraph'> {
  histogram ??= new Histogram({
    name: 'wego_subgraph_request_duration_seconds',
    help: 'Duration of the gateway\'s calls to each subgraph, until its answer\'s headers arrive or the call fails.',
    labelNames: ['subgraph'],
    buckets: DURATION_BUCKETS,
    registers: [processRegistry()],
  });
  return histogram;
}

/** Starts timing one call to `subgraph`; the function returned records it. */
export function timeSubgraphRequest(subgraph: string): () => void {
  return subgraphDurations().startTimer({ subgraph });
}
