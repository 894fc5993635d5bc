import { Gauge } from 'prom-client';
import { processRegistry } from './metrics-registry';

/** What a pg Pool tells of its connections. */
export interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

const pools = new Set<() => PoolCounts>();
let gauge: Gauge<'state'> | undefined;

function poolGauge(): Gauge<'state'> {
  gauge ??= new Gauge({
    name: 'wego_db_pool_connections',
    help: 'Connections of the process\'s Postgres pool: idle, busy (checked out), and requests waiting for one.',
    labelNames: ['state'],
    registers: [processRegistry()],
    collect() {
      let idle = 0;
      let busy = 0;
      let waiting = 0;
      for (const countsOf of pools) {
        const counts = countsOf();
        idle += counts.idleCount;
        busy += counts.totalCount - counts.idleCount;
        waiting += counts.waitingCount;
      }
      this.set({ state: 'idle' }, idle);
      this.set({ state: 'busy' }, busy);
      this.set({ state: 'waiting' }, waiting);
    },
  });
  return gauge;
}

/** Reports a pool's connections at every scrape until the function returned is called. */
export function watchDatabasePool(countsOf: () => PoolCounts): () => void {
  poolGauge();
  pools.add(countsOf);
  return () => pools.delete(countsOf);
}
