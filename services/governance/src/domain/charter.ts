/** The charter settings the graph works with, from configuration. */
export interface Charter {
  /** G8: the most members the Executive Committee may hold on any date, the President and the EVP included. */
  executiveCommitteeMaxSeats: number;
}
