// What the cabinet's one event stream (`GET /api/v1/applications/events`) carries for a citizen: the status changes
// of applications, and whatever other parts of the cabinet stream (the job seeker's notifications). Shared by the
// Express route and the MSW handler, so both send the same events under the same names.
import type { CabinetApi } from './api.js';

/** One kind of event of a stream, as the transports' event streams take it (http/event-stream.ts `EventSource`). */
export interface StreamedEvents {
  readonly event: string;
  readonly subscribe: (send: (value: unknown) => void) => () => void;
}

/** A kind of event of one citizen's: what {@link StreamedEvents} are once the owner is known. */
export interface OwnerEventSource {
  readonly event: string;
  readonly subscribe: (owner: string, send: (value: unknown) => void) => () => void;
}

/** The event sources of `owner`'s stream: status changes of applications, then whatever else is streamed. */
export function cabinetEventSources(
  api: CabinetApi,
  owner: string,
  alsoStreamed: readonly OwnerEventSource[] = [],
): StreamedEvents[] {
  return [
    { event: 'status', subscribe: (send) => api.applications.subscribe(owner, send) },
    ...alsoStreamed.map((source) => ({
      event: source.event,
      subscribe: (send: (value: unknown) => void) => source.subscribe(owner, send),
    })),
  ];
}
