// A note typed with its day in front, as people log what happened after the fact:
// "yesterday: called about the Vantage role" is dated yesterday (contract §2, addNote with a date).

import { pastDay } from '../calendar/spokenDates';

export interface DatedNote {
  readonly text: string;
  /** YYYY-MM-DD when the note starts with a day; undefined: today. */
  readonly date?: string;
}

/** Splits "yesterday: called about X" into its day and text; a note without a readable day is kept whole. */
export function splitDatedNote(input: string, today: string): DatedNote {
  const m = /^\s*([^:]{1,20}):\s*(\S[\s\S]*)$/.exec(input);
  const date = m ? pastDay(m[1], today) : undefined;
  return date && m ? { text: m[2].trim(), date } : { text: input.trim() };
}
