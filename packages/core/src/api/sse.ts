/** One server-sent event (text/event-stream), as the standard defines its fields. */
export interface ServerSentEvent {
  readonly event: string;
  readonly data: string;
  readonly id?: string;
}

/**
 * An incremental text/event-stream parser: feed it chunks as they arrive, get the complete events back. Handles
 * CRLF, comments, multi-line data and `retry:` (reported through `onRetry`).
 */
export class EventStreamParser {
  #buffer = '';
  #data: string[] = [];
  #event = '';
  #id: string | undefined;
  readonly #onRetry: (ms: number) => void;

  constructor(onRetry: (ms: number) => void = () => undefined) {
    this.#onRetry = onRetry;
  }

  push(chunk: string): ServerSentEvent[] {
    this.#buffer += chunk;
    const events: ServerSentEvent[] = [];
    for (;;) {
      const match = /\r\n|\r|\n/.exec(this.#buffer);
      // A CR at the very end may be the first half of a CRLF that the next chunk completes.
      if (!match || (match[0] === '\r' && match.index === this.#buffer.length - 1)) break;
      const line = this.#buffer.slice(0, match.index);
      this.#buffer = this.#buffer.slice(match.index + match[0].length);
      if (line === '') {
        if (this.#data.length > 0) {
          events.push({
            event: this.#event || 'message',
            data: this.#data.join('\n'),
            ...(this.#id === undefined ? {} : { id: this.#id }),
          });
        }
        this.#data = [];
        this.#event = '';
        continue;
      }
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'data') this.#data.push(value);
      else if (field === 'event') this.#event = value;
      else if (field === 'id' && !value.includes('\0')) this.#id = value;
      else if (field === 'retry' && /^\d+$/.test(value)) this.#onRetry(Number(value));
    }
    return events;
  }
}
