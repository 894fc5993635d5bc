import type { DataSource } from 'typeorm';
import { AbsenceStore } from './absence-store';
import { CandidacyStore } from './candidacy-store';
import { DecisionStore } from './decision-store';
import { MandateStore } from './mandate-store';
import { MeetingStore } from './meeting-store';
import { NominationStore } from './nomination-store';

/** Governance's tables, one store each: the loaders read them, the writes change them. */
export interface GovernanceStores {
  meetings: MeetingStore;
  candidacies: CandidacyStore;
  mandates: MandateStore;
  absences: AbsenceStore;
  nominations: NominationStore;
  decisions: DecisionStore;
}

export function createGovernanceStores(dataSource: DataSource): GovernanceStores {
  return {
    meetings: new MeetingStore(dataSource),
    candidacies: new CandidacyStore(dataSource),
    mandates: new MandateStore(dataSource),
    absences: new AbsenceStore(dataSource),
    nominations: new NominationStore(dataSource),
    decisions: new DecisionStore(dataSource),
  };
}
