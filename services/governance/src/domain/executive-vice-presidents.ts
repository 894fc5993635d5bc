import { addDays, type CalendarDate } from '@wego/calendar';
import type { Mandate } from './mandate';

/** A General Assembly on record, cancelled ones included, as G9 needs it. */
export interface GeneralAssembly {
  id: string;
  opensOn: CalendarDate;
  hostMemberId: string;
  regular: boolean;
  hostDesignatedOn: CalendarDate | null;
  cancelledOn: CalendarDate | null;
}

const EVP_ID_PREFIX = 'evp:';
/** Separates an Assembly's id from the first day of a second or later run of its host's EVP days. */
const RUN_SEPARATOR = '@';

/** The id of the EVP mandate the host of `meetingId` holds; runs after its first carry their first day. */
export function evpMandateId(meetingId: string, laterRunStartsOn?: CalendarDate): string {
  return EVP_ID_PREFIX + meetingId + (laterRunStartsOn ? RUN_SEPARATOR + laterRunStartsOn : '');
}

/** The General Assembly an `evp:` mandate id names; null for any other id. */
export function meetingIdOfEvpMandate(mandateId: string): string | null {
  if (!mandateId.startsWith(EVP_ID_PREFIX)) return null;
  return mandateId.slice(EVP_ID_PREFIX.length).split(RUN_SEPARATOR)[0] ?? null;
}

interface Days {
  from: CalendarDate;
  to: CalendarDate;
}

/** An Assembly cancelled after it opened counts as never held. */
function candidateDays(assembly: GeneralAssembly): Days | null {
  if (!assembly.regular || !assembly.hostDesignatedOn) return null;
  let to = assembly.opensOn;
  if (assembly.cancelledOn) {
    if (assembly.cancelledOn > assembly.opensOn) return null;
    to = addDays(assembly.cancelledOn, -1);
  }
  return assembly.hostDesignatedOn <= to ? { from: assembly.hostDesignatedOn, to } : null;
}

/** `taken` must be sorted and disjoint. */
function without(days: Days, taken: readonly Days[]): Days[] {
  const runs: Days[] = [];
  let from: CalendarDate | null = days.from;
  for (const other of taken) {
    if (from === null) break;
    if (other.to < from || other.from > days.to) continue;
    if (other.from > from) runs.push({ from, to: addDays(other.from, -1) });
    from = other.to >= days.to ? null : addDays(other.to, 1);
  }
  if (from !== null) runs.push({ from, to: days.to });
  return runs;
}

function merged(runs: readonly Days[]): Days[] {
  const sorted = [...runs].sort((first, second) => (first.from < second.from ? -1 : first.from > second.from ? 1 : 0));
  const result: Days[] = [];
  for (const run of sorted) {
    const last = result[result.length - 1];
    if (last && run.from <= addDays(last.to, 1)) {
      if (run.to > last.to) last.to = run.to;
    } else {
      result.push({ ...run });
    }
  }
  return result;
}

function byOpeningDate(first: GeneralAssembly, second: GeneralAssembly): number {
  if (first.opensOn !== second.opensOn) return first.opensOn < second.opensOn ? -1 : 1;
  return first.id < second.id ? -1 : first.id > second.id ? 1 : 0;
}

/**
 * G9: on day D the EVP hosts the earliest regular Assembly from D on, designated and not cancelled by D.
 * Every bound is a recorded date, so writing today never changes an earlier day's answer.
 */
export function evpMandatesOf(assemblies: readonly GeneralAssembly[]): Mandate[] {
  const mandates: Mandate[] = [];
  let taken: Days[] = [];
  for (const assembly of [...assemblies].sort(byOpeningDate)) {
    const days = candidateDays(assembly);
    if (!days) continue;
    without(days, taken).forEach((run, index) => {
      mandates.push({
        id: evpMandateId(assembly.id, index === 0 ? undefined : run.from),
        memberId: assembly.hostMemberId,
        position: 'EXECUTIVE_VICE_PRESIDENT',
        startsOn: run.from,
        endsOn: run.to,
        area: null,
      });
    });
    taken = merged([...taken, days]);
  }
  return mandates;
}
