import { startGraphProcesses, type GraphProcesses } from '../support/graph-processes';
import { printableReport, runLoadWithFaults } from '../load/load-with-faults';

let graph: GraphProcesses;

// Four node processes and three setups: slow on a busy machine.
beforeAll(async () => {
  graph = await startGraphProcesses();
}, 120000);
afterAll(() => graph.stopAll());

describe('a mixed load through a subgraph restart', () => {
  it('loses no acknowledged write, stores none twice, and leaks nothing', async () => {
    const report = await runLoadWithFaults(graph, { seconds: 12, connections: 6, restarted: 'membership' });
    process.stdout.write(printableReport(report));
    expect(report.faults).toHaveLength(2);
    expect(report.errorsByCode.UNAVAILABLE).toBeGreaterThan(0);
    expect(report.writesAcknowledged).toBeGreaterThan(0);
    expect(report).toMatchObject({ writesLost: 0, writesDuplicated: 0, leakedInternals: 0 });
    expect(Object.keys(report.errorsByCode).filter((code) => code !== 'UNAVAILABLE')).toEqual([]);
  }, 60000);
});
