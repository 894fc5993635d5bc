import type { CalendarDate } from '@wego/calendar';
import { isActiveOn, type Mandate } from './mandate';

/** Both ends included. */
export interface Span {
  from: CalendarDate;
  to: CalendarDate;
}

/** G8 counts distinct members holding any mandate on the date, the President and the EVP included. */
export function committeeSizeOn(date: CalendarDate, mandates: readonly Mandate[]): number {
  return new Set(mandates.filter((mandate) => isActiveOn(mandate, date)).map((mandate) => mandate.memberId)).size;
}

/** Only on days a write added can the committee have grown. */
export function grownSpans(before: readonly Mandate[], after: readonly Mandate[]): Span[] {
  const previous = new Map(before.map((mandate) => [mandate.id, mandate]));
  const spans: Span[] = [];
  for (const mandate of after) {
    const was = previous.get(mandate.id);
    if (!was || was.memberId !== mandate.memberId) {
      spans.push({ from: mandate.startsOn, to: mandate.endsOn });
      continue;
    }
    if (mandate.startsOn < was.startsOn) spans.push({ from: mandate.startsOn, to: was.startsOn });
    if (mandate.endsOn > was.endsOn) spans.push({ from: was.endsOn, to: mandate.endsOn });
  }
  return spans;
}

/** The size only grows when a mandate starts, so only those days and each span's first day are checked. */
export function firstDateOverLimit(spans: readonly Span[], mandates: readonly Mandate[], limit: number): { date: CalendarDate; size: number } | null {
  const candidates = new Set<CalendarDate>();
  for (const span of spans) {
    candidates.add(span.from);
    for (const mandate of mandates) if (span.from <= mandate.startsOn && mandate.startsOn <= span.to) candidates.add(mandate.startsOn);
  }
  for (const date of [...candidates].sort()) {
    const size = committeeSizeOn(date, mandates);
    if (size > limit) return { date, size };
  }
  return null;
}
