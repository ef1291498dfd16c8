import type { AnyEventProperties as EventProperties } from "../schemas/imported-event";
import type { ChangeEntry } from "../schemas/changes";

/** An event as the log names it: enough to link to it on the map. */
export interface LoggedEvent {
  id: string;
  date: string;
  title: string;
}

/** One line of the corrections log: a dataset change (changes.json) or a correction to one event. */
export interface LogEntry {
  date: string;
  kind: "change" | "correction";
  summary: string;
  events: LoggedEvent[];
}

/**
 * The corrections log shown on the methodology page: every changelog entry and every per-event
 * correction, newest first (file order kept within a day). Event ids the data no longer has are dropped
 * here; the loader already rejects them in changes.json.
 */
export function correctionsLog(events: readonly EventProperties[], changes: readonly ChangeEntry[]): LogEntry[] {
  const byId = new Map(events.map((p) => [p.id, { id: p.id, date: p.date, title: p.title }]));
  const entries: LogEntry[] = [
    ...changes.map((c) => ({
      date: c.date,
      kind: "change" as const,
      summary: c.summary,
      events: c.events.flatMap((id) => byId.get(id) ?? []),
    })),
    ...events.flatMap((p) =>
      (p.corrections ?? []).map((c) => ({ date: c.date, kind: "correction" as const, summary: c.note, events: [byId.get(p.id)!] })),
    ),
  ];
  // A stable sort: newest date first, the original order within a date.
  return entries.map((e, i) => ({ e, i })).sort((a, b) => (a.e.date === b.e.date ? a.i - b.i : a.e.date < b.e.date ? 1 : -1)).map(({ e }) => e);
}

/** The date the data last changed: the newest changelog entry or correction; undefined when none is recorded. */
export function lastUpdated(log: readonly LogEntry[]): string | undefined {
  return log.reduce<string | undefined>((latest, e) => (!latest || e.date > latest ? e.date : latest), undefined);
}
