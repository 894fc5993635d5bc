import { durationHistogram } from './duration-histogram';
import { operationLabel } from './operation-names';

const requestDurations = durationHistogram(
  'http_server_request_duration_seconds',
  'Duration of the HTTP requests this process answered, by method, route template, status code and known operation.',
  ['method', 'route', 'status_code', 'operation'],
);

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
