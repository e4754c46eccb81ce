// The MSW side of a server-sent event stream: the same lines the Express routes write (see http/event-stream.ts),
// as a streamed response, until the page closes it.
import { HttpResponse } from 'msw';
import type { EventStreamOptions } from '../http/event-stream.js';

export function eventStreamResponse<T>(request: Request, options: EventStreamOptions<T>): Response {
  const encoder = new TextEncoder();
  let unsubscribe = (): void => undefined;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let serial = 0;
      const write = (value: T) => {
        serial += 1;
        controller.enqueue(
          encoder.encode(`id: ${serial}\nevent: ${options.event}\ndata: ${JSON.stringify(value)}\n\n`),
        );
      };
      controller.enqueue(encoder.encode(`retry: ${options.retryMs}\n\n`));
      if (options.initial !== undefined) write(options.initial);
      unsubscribe = options.subscribe(write);
      request.signal.addEventListener('abort', () => unsubscribe());
    },
    cancel: () => unsubscribe(),
  });
  return new HttpResponse(stream, {
    headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
