import { Histogram } from 'prom-client';
import { processRegistry } from './metrics-registry';

/** Seconds: from a cached read (a few ms) to a request cut by the subgraph timeout (10 s). */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Made on first use, so a process that never times such a thing never shows the metric. */
export function durationHistogram<Label extends string>(name: string, help: string, labelNames: readonly Label[]): () => Histogram<Label> {
  let histogram: Histogram<Label> | undefined;
  return () => (histogram ??= new Histogram({ name, help, labelNames, buckets: DURATION_BUCKETS, registers: [processRegistry()] }));
}
