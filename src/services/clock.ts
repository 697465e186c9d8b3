import { todayLocal } from '../model/calendar/dates';

/** "Today" for every action; tests can move it. */
export class Clock {
  private fixed: string | undefined;

  today(): string {
    return this.fixed ?? todayLocal();
  }

  /** For tests: pretend today is `day` (undefined: the real local day again). */
  setToday(day: string | undefined): void {
    this.fixed = day;
  }
}
