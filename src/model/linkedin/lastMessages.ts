// The last contact with each person, from messages.csv: the day of the latest message either
// way, found by profile or by name; messages with oneself (`me`) do not count.

import type { ExportMessage } from './linkedinExport';
import type { NetworkModel } from '../network/network';
import { isRecord, sectionValue } from '../network/network';
import { normaliseName, normaliseProfile } from '../people/identity';

/** The day of the latest message with a person (by profile or name), either way. */
export type LastContactOf = (name: string, profile: string | undefined) => string | undefined;

/** Reads the messages once: for each person but `me`, the day of the latest one. */
export function lastMessageDays(model: NetworkModel, messages: readonly ExportMessage[]): LastContactOf {
  const me = sectionValue(model, 'me');
  const meProfile = isRecord(me) && typeof me.profile === 'string' ? normaliseProfile(me.profile) : undefined;
  const meName = isRecord(me) && typeof me.name === 'string' ? normaliseName(me.name) : undefined;
  const lastByProfile = new Map<string, string>();
  const lastByName = new Map<string, string>();
  const note = (map: Map<string, string>, key: string | undefined, day: string): void => {
    if (key && (!map.has(key) || map.get(key)! < day)) {
      map.set(key, day);
    }
  };
  for (const m of messages) {
    const people: [string | undefined, string | undefined][] = [
      [m.from, m.fromProfile],
      ...m.to.map((n, i) => [n, m.toProfiles[i]] as [string, string | undefined]),
    ];
    for (const [name, profile] of people) {
      const prof = profile ? normaliseProfile(profile) : undefined;
      const n = name ? normaliseName(name) : undefined;
      if ((prof && prof === meProfile) || (!prof && n && n === meName)) {
        continue;
      }
      note(lastByProfile, prof, m.day);
      note(lastByName, n, m.day);
    }
  }
  return (name, profile) => {
    const prof = profile ? normaliseProfile(profile) : undefined;
    const a = prof ? lastByProfile.get(prof) : undefined;
    const b = lastByName.get(normaliseName(name));
    return a && b ? (a > b ? a : b) : (a ?? b);
  };
}
