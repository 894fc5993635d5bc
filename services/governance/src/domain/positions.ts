/** Every position, in the order the Executive Committee is listed. */
export const POSITIONS = ['PRESIDENT', 'EXECUTIVE_VICE_PRESIDENT', 'VICE_PRESIDENT', 'EXECUTIVE_COMMITTEE_MEMBER'] as const;
export type Position = (typeof POSITIONS)[number];

/** The positions a mandate row records; the EVP is derived from the General Assemblies (G9), never stored. */
export const RECORDED_POSITIONS = ['PRESIDENT', 'VICE_PRESIDENT', 'EXECUTIVE_COMMITTEE_MEMBER'] as const;
export type RecordedPosition = (typeof RECORDED_POSITIONS)[number];

/** The positions a General Assembly elects from candidacies (G4, G5). */
export const CANDIDACY_POSITIONS = ['PRESIDENT', 'EXECUTIVE_COMMITTEE_MEMBER'] as const;
export type CandidacyPosition = (typeof CANDIDACY_POSITIONS)[number];

export function rankOf(position: Position): number {
  return POSITIONS.indexOf(position);
}
