import { Histogram } from 'prom-client';
import { DURATION_BUCKETS } from './duration-buckets';
import { processRegistry } from './metrics-registry';
import { operationLabel } from './operation-names';

type Label = 'method' | 'route' | 'status_code' | 'operation';

let histogram: Histogram<Label> | undefined;

function requestDurations(): Histogram<Label> {
  histogram ??= new Histogram({
    name: 'http_server_request_duration_seconds',
    help: 'Duration of the HTTP requests this process answered, by method, route template, status code and known operation.',
    labelNames: ['method', 'route', 'status_code', 'operation'],
    buckets: DURATION_BUCKETS,
    registers: [processRegistry()],
  });
  return histogram;
}

export interface AnsweredRequest {
  method: string;
  /** The route's template (`/graphql`), never the path as sent; `unmatched` when none matched. */
  route: string;
  statusCode: number;
  /** The operation's name as the caller sent it: only a known one becomes a label. */
  operationName?: string;
  seconds: number;
}

export function recordAnsweredRequest(request: AnsweredRequest): void {
  requestDurations().observe(
    { method: request.method, route: request.route, status_code: String(request.statusCode), operation: operationLabel(request.operationName) },
    request.seconds,
  );
}
