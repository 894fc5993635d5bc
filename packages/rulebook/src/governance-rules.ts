import type { CharterRule } from './charter-rule';

/** G1-G13: the General Assembly, the Executive Committee, their elections, offices and decisions (subgraph governance). */
export const GOVERNANCE_RULES = [
  {
    id: 'G1',
    title: 'General Assembly',
    statute:
      'The General Assembly is composed of all WeGO members and meets every three years to decide on WeGO’s general direction. … ' +
      'The Executive Vice President City will host the next regular meeting of the GA',
    reading:
      'A General Assembly has an opening day and a host member; it may be scheduled in the past (to record history) or in the future, and no spacing ' +
      'between Assemblies is enforced. It is regular (the default) or extraordinary (`regular: false`): only a regular one ends terms (G3) and makes ' +
      'its host Executive Vice President (G9); an extraordinary one may elect (G7) and its host gets no Executive Vice President mandate. ' +
      'The host of any meeting must have joined on or before its opening day, and two General Assemblies never open on the same day: each refused under G1. ' +
      '`charterIssues(on: D)` reports G1 when the last regular Assembly that opened on or before D opened on a day L and no regular Assembly ' +
      '(not cancelled) opens after L and on or before L\'s third anniversary: a planning warning from the day after L until one is scheduled, ' +
      'giving the date it is due by. Nothing is reported before the first regular General Assembly on record.',
  },
  {
    id: 'G2',
    title: 'Executive Committee meetings',
    statute: 'Members of the Executive Committee are elected by the General Assembly, and meetings are held annually.',
    reading:
      'At most one regular Executive Committee meeting per calendar year: a second in the same year is refused under G2. A meeting is regular ' +
      '(the default) or extraordinary (`regular: false`); an extraordinary one is not counted and may meet any day, for example beside a General ' +
      'Assembly to nominate Vice Presidents. `charterIssues(on: D)` reports G2 when regular Executive Committee meetings (not cancelled) are on record ' +
      'for an earlier calendar year and none (not cancelled) opens in the calendar year of D.',
  },
  {
    id: 'G3',
    title: 'Terms',
    statute:
      'The President and Vice Presidents serve a three-year term and may be re-elected. … Executive Committee members serve a three-year term and may be re-elected.',
    reading:
      'An elected mandate starts on the electing General Assembly\'s opening day and ends the day before its third anniversary (29 February gives ' +
      '28 February), or the day before the next regular General Assembly opens when that comes first; an extraordinary Assembly ends no term. ' +
      'Re-election is unlimited.',
  },
  {
    id: 'G4',
    title: 'President candidacy',
    statute:
      'Any full member city that has fully paid membership fees and wishes to be elected as President City should notify the Secretariat in writing ' +
      'of its candidacy at least one month prior to the General Assembly.',
    reading:
      'A President candidate must be in good standing (M5). Its written notice is on time when received on or before the Assembly\'s ' +
      '`candidacyDeadline`: the opening day one calendar month earlier, the day clamped to that month\'s end (an Assembly opening on 31 March has ' +
      'its deadline on the last day of February). The Secretariat records the day the notice was received: never after today and never before the ' +
      'member joined (`joinedOn` on or before `receivedOn`). Each refused under G4; so is electing a President no longer in good standing (G7).',
  },
  {
    id: 'G5',
    title: 'Executive Committee candidacy',
    statute:
      'Any member city wishing to join the Executive Committee should notify the Secretariat in writing of its candidacy one month prior to the General Assembly.',
    reading:
      'An Executive Committee candidate must be a FULL and ACTIVE member. The deadline and the day of receipt are read as for G4 (never after today, ' +
      'never before the member joined). Each refused under G5; so is electing to the Committee a member no longer FULL and ACTIVE (G7).',
  },
  {
    id: 'G6',
    title: 'One candidacy per member, position and Assembly',
    statute: null,
    reading: 'A member has at most one candidacy per position and General Assembly: a second is refused under G6.',
  },
  {
    id: 'G7',
    title: 'Election',
    statute:
      'The President City is elected by the GA and its mayor serves as President, who supervises and represents WeGO. … ' +
      'Members of the Executive Committee are elected by the General Assembly',
    reading:
      'The Secretariat records the results of a General Assembly on or after its opening day, from the valid candidacies for that Assembly and ' +
      'position, in one call or several; there is at most one President on any date. Each refused under G7. A candidacy reads ELECTED when its ' +
      'member is elected; once a result is recorded for an Assembly and position, that position\'s other candidacies read NOT_ELECTED; the ' +
      'Secretariat may withdraw a candidacy before it is elected (WITHDRAWN). Eligibility holds at the election: a result recorded within 90 days ' +
      'of the opening is checked against membership at that moment, good standing (M5) for the President (refused under G4) and FULL and ACTIVE for ' +
      'the Committee (refused under G5); the whole call is refused and nothing is written, and membership not answering is UNAVAILABLE. A result ' +
      'recorded later than that is a historical record: only its candidacies are checked. Checks run in the order NOT_FOUND, G7, G4/G5, G8. ' +
      '`charterIssues(on: D)` reports G7 when a President held office before D and none holds it on D: the presidency is vacant.',
  },
  {
    id: 'G8',
    title: 'Executive Committee size',
    statute:
      'It consists of twenty or fewer cities, including the President and Vice President Cities. … The Executive Committee (EXCOM) annually ' +
      'convenes up to 21 members including the President City, Executive Vice President City, and Vice President Cities',
    reading:
      'The two figures differ, so the limit is a charter setting (`charter { executiveCommitteeMaxSeats }`), twenty unless configured ' +
      '(the project\'s choice). It is counted on every date: the distinct members holding any mandate, the President and the Executive Vice ' +
      'President included. A write that would exceed it on any date is refused under G8: an election result, a Vice President appointment, ' +
      'scheduling a General Assembly whose host would become Executive Vice President, or a cancellation that seats the next host earlier.',
  },
  {
    id: 'G9',
    title: 'Executive Vice President',
    statute:
      'The host of the next General Assembly is automatically appointed as the Executive Vice President City … ' +
      'The Executive Vice President City will host the next regular meeting of the GA',
    reading:
      'On a date D the Executive Vice President is the host of the earliest regular General Assembly that opens on or after D, whose host was ' +
      'designated on or before D and that was not cancelled on or before D (an Assembly cancelled after it opened counts as never held); its mandates ' +
      'are the runs of days this gives, one per Assembly. The designation is `hostDesignatedOn`, given when a regular Assembly is scheduled to ' +
      'record a designation made earlier; it is today when omitted, or the opening day when that is earlier; after today or after the opening day ' +
      'it is refused under G9, and for an Executive Committee meeting or an extraordinary Assembly it is malformed input. The host of a regular ' +
      'Assembly must be in good standing (M5) when it is scheduled (the project\'s choice), refused under G9. History is stable: nothing answered for ' +
      'a date before today (mandates, the Executive Vice President, a chair, a decision) changes because something was scheduled or cancelled today, ' +
      'unless that record names an earlier date (`hostDesignatedOn`, a past opening day, the end of a mandate, cancelling an Assembly that already opened).',
  },
  {
    id: 'G10',
    title: 'Vice Presidents',
    statute:
      'The Vice President Cities consist of an Executive Vice President City and not less than five Vice President Cities. … ' +
      'Vice President Cities are nominated by the Executive Committee and appointed by the President City.',
    reading:
      'Nomination: the Secretariat records the Committee\'s nominations (`nominateVicePresidents`) at an Executive Committee meeting that opened on ' +
      'or before today and was not cancelled; each nominee holds an Executive Committee member mandate on the meeting\'s opening day, and is ' +
      'nominated at most once per meeting. Appointment: the appointee holds an Executive Committee member mandate on `startsOn`, and was nominated at a ' +
      'meeting that opened on or before `startsOn` while it held that seat or the one just before it (a re-elected member keeps its nomination); ' +
      'the appointer is the President of `startsOn`: a member token appoints only while its member is President both today and on `startsOn`, ' +
      'the Secretariat records an appointment made by the President of that date. The President and the Executive Vice President of `startsOn` ' +
      'cannot be appointed. The Vice President mandate sits beside the Committee seat and ends with it. Revocation: the Secretariat, or the ' +
      'appointing President while President today, revokes an appointment not yet begun (`revokeAppointment`); it stays on record as revoked and ' +
      'counts nowhere else. A Vice President later elected President or designated Executive Vice President has its Vice President mandate revoked ' +
      'when it would begin on or after the day the new mandate begins, or otherwise ended the day before (audited, and kept so). A change that would leave a Vice President mandate with no day in it revokes it. ' +
      'Each refusal is under G10. Fewer than five Vice Presidents besides the Executive Vice President on a date when a President sits is reported ' +
      'by `charterIssues`, not refused.',
  },
  {
    id: 'G11',
    title: 'Geographic distribution',
    statute:
      'Vice President Cities are appointed by the President taking equal geographical distribution into consideration as much as possible.',
    reading:
      'A soft rule: the areas are those of the five offices, the Secretariat\'s included. When the Vice Presidents of one area outnumber those of ' +
      'another by two or more, the appointment is accepted and `charterIssues` reports G11.',
  },
  {
    id: 'G12',
    title: 'Chair',
    statute:
      'It is elected at the General Assembly and chairs all WeGO meetings. … ' +
      'The Executive Vice President City assists the President City together with the Vice President Cities, and substitutes the President City ' +
      'when he or she is absent from meetings or other events.',
    reading:
      'A meeting is chaired by the President of its opening day, or by the Executive Vice President of that day when the President is recorded ' +
      'absent (before or after the meeting) or the presidency is vacant. A General Assembly is chaired by the President in office on the day before ' +
      'it opens (for a regular Assembly, the outgoing President, whose term ends that day). A member recorded absent never chairs: when neither can ' +
      'chair, the meeting has no chair (`chair` is null) and `charterIssues` on its opening day reports G12.',
  },
  {
    id: 'G13',
    title: 'Decisions',
    statute:
      'The General Assembly (GA) triennially convenes all full members to make key decisions that set the strategic direction of WeGO. … ' +
      'The Executive Committee takes the most important decision related to WeGO. … to review activities carried out in the previous year and ' +
      'planned for the year ahead.',
    reading:
      'The Secretariat records what a meeting decided (`recordDecision`): a RESOLUTION at any meeting, an ACTIVITY_REVIEW or ACTIVITY_PLAN at an ' +
      'Executive Committee meeting only, at most one of each in force per meeting. The meeting must have opened (on or before today). Each decision ' +
      'gets the next number within its meeting and a reference such as `EXCOM-2027-06-15-2` or `GA-2028-05-10-1`. Decisions are a public record and ' +
      'never edited: a correction is a new decision that supersedes an earlier one of the same or an earlier meeting (never a General Assembly\'s ' +
      'from an Executive Committee meeting; a review or plan only by one of the same kind at the same meeting), which then reads `supersededBy`. ' +
      'A meeting with decisions cannot be cancelled. Each refused under G13. `charterIssues(on: D)` reports G13 when the last Executive Committee ' +
      'meeting that opened on or before D (not cancelled) still lacks its activity review or plan 30 days or more after it opened.',
  },
] as const satisfies readonly CharterRule[];
