import type { Request, Response } from 'express';

const HEARTBEAT_MS = 25_000;

export interface EventStreamOptions<T> {
  /** The event name every `data` goes out under (`event: status`). */
  readonly event: string;
  /** How long a client waits before reconnecting after a drop (`retry:`), in ms. */
  readonly retryMs: number;
  /** Sent first, so a client that reconnects has nothing to miss. */
  readonly initial?: T;
  /** Starts delivering values to `send`; returns the function that stops it. */
  readonly subscribe: (send: (value: T) => void) => () => void;
}

/**
 * Answers with a server-sent event stream of JSON values until the client goes. Comments keep proxies from closing
 * an idle stream; numbered ids let a client tell events apart.
 */
export function sendEventStream<T>(req: Request, res: Response, options: EventStreamOptions<T>): void {
  res.status(200).set({
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  res.flushHeaders();
  let serial = 0;
  const write = (value: T) => {
    serial += 1;
    res.write(`id: ${serial}\nevent: ${options.event}\ndata: ${JSON.stringify(value)}\n\n`);
  };
  res.write(`retry: ${options.retryMs}\n\n`);
  if (options.initial !== undefined) write(options.initial);
  const unsubscribe = options.subscribe(write);
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
  req.on('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
  });
}
