// The MSW side of a server-sent event stream: the same lines the Express routes write (see http/event-stream.ts),
// as a streamed response, until the page closes it.
import { HttpResponse } from 'msw';
import { eventLines, type EventStreamOptions } from '../http/event-stream.js';

export function eventStreamResponse(request: Request, options: EventStreamOptions): Response {
  const encoder = new TextEncoder();
  let unsubscribes: (() => void)[] = [];
  const stop = () => {
    for (const unsubscribe of unsubscribes) unsubscribe();
    unsubscribes = [];
  };
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let serial = 0;
      const writer = (event: string) => (value: unknown) => {
        serial += 1;
        controller.enqueue(encoder.encode(eventLines(serial, event, value)));
      };
      controller.enqueue(encoder.encode(`retry: ${options.retryMs}\n\n`));
      for (const source of options.sources) if (source.initial !== undefined) writer(source.event)(source.initial);
      unsubscribes = options.sources.map((source) => source.subscribe(writer(source.event)));
      request.signal.addEventListener('abort', stop);
    },
    cancel: stop,
  });
  return new HttpResponse(stream, {
    headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
