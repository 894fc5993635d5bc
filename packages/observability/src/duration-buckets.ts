/** Seconds: from a cached read (a few ms) to a request cut by the subgraph timeout (10 s). */
export const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
