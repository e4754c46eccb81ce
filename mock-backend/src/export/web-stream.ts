/**
 * Text chunks as a web `ReadableStream` of UTF-8 bytes, for the MSW handlers (`new HttpResponse(stream)`).
 * Browser-safe. Pull-based: the next chunk is produced only when the reader wants it, and cancelling the download
 * closes the source generator (its `finally` releases whatever it holds).
 */
export function toReadableStream(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      async cancel() {
        await iterator.return?.();
      },
    },
    // One chunk ahead at most: the CSV writer already batches, a deeper queue would only read the source early.
    { highWaterMark: 1 },
  );
}
