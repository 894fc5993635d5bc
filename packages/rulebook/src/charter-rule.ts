/** One rule of the rulebook, as `charter { rules }` answers it. */
export interface CharterRule {
  /** M1-M5 membership, O1-O3 offices, G1-G13 governance. */
  readonly id: string;
  readonly title: string;
  /** The organisation's own words behind the rule; null only when the rule is wholly the project's choice. */
  readonly statute: string | null;
  /** How the graph applies the rule. */
  readonly reading: string;
}

/** Separates two passages of the organisation's words quoted in one statute. */
export const PASSAGE_SEPARATOR = ' … ';
