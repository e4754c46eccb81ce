import { describe, expect, it } from 'vitest';
import { EventStreamParser } from './sse.js';

describe('EventStreamParser', () => {
  it('gives back whole events however the stream is cut into chunks', () => {
    const stream =
      'retry: 3000\n\n: keep-alive\n\nid: 1\nevent: status\ndata: {"a":1}\n\nid: 2\r\nevent: status\r\ndata: {"a":\r\ndata: 2}\r\n\r\n';
    for (const size of [1, 3, 7, stream.length]) {
      const retries: number[] = [];
      const parser = new EventStreamParser((ms) => retries.push(ms));
      const events = [];
      for (let i = 0; i < stream.length; i += size) events.push(...parser.push(stream.slice(i, i + size)));
      expect(events).toEqual([
        { event: 'status', data: '{"a":1}', id: '1' },
        { event: 'status', data: '{"a":\n2}', id: '2' },
      ]);
      expect(retries).toEqual([3000]);
    }
  });

  it('defaults the event name to "message" and ignores unknown fields and empty events', () => {
    const parser = new EventStreamParser();
    expect(parser.push('data:x\nfoo: bar\n\n\n\ndata\n\n')).toEqual([
      { event: 'message', data: 'x' },
      { event: 'message', data: '' },
    ]);
  });
});
