import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** How a streamed download ended: `closed` when the client went away first (not our error, nothing to report). */
export type PipeOutcome = 'complete' | 'closed';

/**
 * Writes `source` (the CSV chunks, or the PDF stream) to `destination` — an Express response — honouring
 * backpressure: the source is pulled only after the socket drained. If the client disconnects, the source is
 * closed (a generator's `finally` runs) and the promise resolves with `closed`. A failure of the source rejects;
 * the response is destroyed with it, so the client sees a broken download rather than a file that looks complete
 * (the headers, and maybe half the rows, are already out by then: there is no status code left to change).
 */
export async function pipeChunks(
  source: Readable | AsyncIterable<string | Uint8Array>,
  destination: Writable,
): Promise<PipeOutcome> {
  try {
    await pipeline(source, destination);
    return 'complete';
  } catch (error) {
    if (isPrematureClose(error)) return 'closed';
    throw error;
  }
}

function isPrematureClose(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ERR_STREAM_PREMATURE_CLOSE';
}
