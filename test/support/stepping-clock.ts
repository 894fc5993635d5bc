import { addDays, type CalendarDate, type Clock } from '@wego/calendar';

/** A clock whose today a test moves forward, shared by every subgraph of one graph. */
export class SteppingClock implements Clock {
  private current: CalendarDate;

  constructor(
    private readonly start: CalendarDate,
  ) {
    this.current = start;
  }

  today(): CalendarDate {
    return this.current;
  }

  /** Moves today to `date`; time never runs backwards within a run. */
  advanceTo(date: CalendarDate): void {
    if (date < this.current) throw new RangeError(`today cannot move back from ${this.current} to ${date}`);
    this.current = date;
  }

  advanceBy(days: number): CalendarDate {
    this.advanceTo(addDays(this.current, days));
    return this.current;
  }

  /** Back to the day the clock started on, for the next run on the same graph. */
  restart(): void {
    this.current = this.start;
  }
}
