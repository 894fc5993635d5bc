export const MEETING_KINDS = ['GENERAL_ASSEMBLY', 'EXECUTIVE_COMMITTEE'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
