import type { Request, Response } from 'express';

const HEARTBEAT_MS = 25_000;

/** One kind of event a stream carries: JSON values under one event name (`event: status`). */
export interface EventSource<T = unknown> {
  readonly event: string;
  /** Sent first, so a client that reconnects has nothing to miss. */
  readonly initial?: T;
  /** Starts delivering values to `send`; returns the function that stops it. */
  readonly subscribe: (send: (value: T) => void) => () => void;
}

export interface EventStreamOptions {
  /** How long a client waits before reconnecting after a drop (`retry:`), in ms. */
  readonly retryMs: number;
  /**
   * What the stream carries, each kind under its own event name — one stream per page for everything live (the
   * cabinet's carries `status` and `notification`); clients ignore names they do not know.
   */
  readonly sources: readonly EventSource[];
}

/** The lines of one event: numbered ids (one series over every kind) let a client tell events apart. */
export function eventLines(id: number, event: string, value: unknown): string {
  return `id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(value)}\n\n`;
}

/**
 * Answers with a server-sent event stream of JSON values until the client goes. Comments keep proxies from closing
 * an idle stream.
 */
export function sendEventStream(req: Request, res: Response, options: EventStreamOptions): void {
  res.status(200).set({
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  res.flushHeaders();
  let serial = 0;
  const writer = (event: string) => (value: unknown) => {
    serial += 1;
    res.write(eventLines(serial, event, value));
  };
  res.write(`retry: ${options.retryMs}\n\n`);
  for (const source of options.sources) if (source.initial !== undefined) writer(source.event)(source.initial);
  const unsubscribes = options.sources.map((source) => source.subscribe(writer(source.event)));
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
  req.on('close', () => {
    clearInterval(heartbeat);
    for (const unsubscribe of unsubscribes) unsubscribe();
  });
}
