import { isSpanContextValid, trace } from '@opentelemetry/api';

/** The trace and span the current code runs in, when tracing is on and a span is active. */
export function activeTraceIds(): { traceId: string; spanId: string } | undefined {
  const span = trace.getActiveSpan();
  if (!span) return undefined;
  const context = span.spanContext();
  return isSpanContextValid(context) ? { traceId: context.traceId, spanId: context.spanId } : undefined;
}
