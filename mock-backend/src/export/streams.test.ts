import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { pipeChunks } from './node-stream.js';
import { toReadableStream } from './web-stream.js';

/** Chunks that record how far the consumer has pulled them, and whether they were closed. */
function source(count: number, fail?: number) {
  const state = { pulled: 0, closed: false };
  async function* chunks() {
    try {
      for (let i = 0; i < count; i += 1) {
        if (i === fail) throw new Error('database went away');
        state.pulled += 1;
        yield `chunk ${i};`;
      }
    } finally {
      state.closed = true;
    }
  }
  return { chunks: chunks(), state };
}

/** A socket that takes one chunk per event-loop turn and counts what it was written. */
function slowSocket(onWrite: (written: number) => void = () => {}) {
  let written = 0;
  let text = '';
  const socket = new Writable({
    highWaterMark: 1,
    write(chunk: Buffer, _encoding, done) {
      written += 1;
      text += chunk.toString('utf8');
      onWrite(written);
      setImmediate(done);
    },
  });
  return { socket, written: () => written, text: () => text };
}

describe('pipeChunks', () => {
  it('writes everything, pulling a chunk only when the socket has room', async () => {
    const { chunks, state } = source(50);
    let mostAhead = 0;
    const socket = slowSocket((written) => (mostAhead = Math.max(mostAhead, state.pulled - written)));
    await expect(pipeChunks(chunks, socket.socket)).resolves.toBe('complete');
    expect(socket.written()).toBe(50);
    expect(socket.text()).toBe(Array.from({ length: 50 }, (_, i) => `chunk ${i};`).join(''));
    expect(mostAhead).toBeLessThanOrEqual(2);
  });

  it('closes the source and resolves `closed` when the client goes away', async () => {
    const { chunks, state } = source(1_000);
    const socket = slowSocket((written) => {
      if (written === 5) socket.socket.destroy();
    });
    await expect(pipeChunks(chunks, socket.socket)).resolves.toBe('closed');
    expect(state.closed).toBe(true);
    expect(state.pulled).toBeLessThan(20);
  });

  it('rejects and breaks the response when the source fails midway', async () => {
    const { chunks } = source(100, 10);
    const socket = slowSocket();
    await expect(pipeChunks(chunks, socket.socket)).rejects.toThrow('database went away');
    expect(socket.socket.destroyed).toBe(true);
  });
});

describe('toReadableStream', () => {
  it('encodes UTF-8 with the BOM as EF BB BF, one chunk per pull', async () => {
    async function* chunks() {
      yield '\uFEFFДата;Сумма\r\n';
      yield '06.12.2026;-1234,50\r\n';
    }
    const bytes = new Uint8Array(await new Response(toReadableStream(chunks())).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(
      '\uFEFFДата;Сумма\r\n06.12.2026;-1234,50\r\n',
    );
  });

  it('stays lazy and closes the source when the download is cancelled', async () => {
    const { chunks, state } = source(1_000);
    const reader = toReadableStream(chunks).getReader();
    await reader.read();
    await new Promise((done) => setTimeout(done, 10));
    expect(state.pulled).toBeLessThanOrEqual(2);
    await reader.cancel();
    expect(state.closed).toBe(true);
  });
});
