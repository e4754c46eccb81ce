import { Router } from 'express';
import { describe, expect, it } from 'vitest';
import { ListenError, startServer } from './server.js';
import { isPortFree, occupyPort, startTestServer, testConfig } from './test-support.js';

describe('startServer', () => {
  it('listens on a free port and reports its URL', async () => {
    const running = await startTestServer();
    try {
      expect(running.url).toBe(`http://localhost:${running.port}`);
      expect((await fetch(`${running.url}/health`)).status).toBe(200);
    } finally {
      await running.close();
    }
    expect(await isPortFree(running.port)).toBe(true);
  });

  it('rejects with a clear ListenError when the port is taken', async () => {
    const holder = await occupyPort();
    try {
      const attempt = startServer(testConfig({ PORT: String(holder.port) }));
      await expect(attempt).rejects.toBeInstanceOf(ListenError);
      await expect(attempt).rejects.toMatchObject({
        code: 'EADDRINUSE',
        port: holder.port,
        message: expect.stringContaining(`Порт ${holder.port} занят`),
      });
      await expect(attempt).rejects.toThrow(/PORT=\d+/);
    } finally {
      await holder.release();
    }
  });
});

describe('close()', () => {
  it('lets an in-flight request finish, then refuses new connections', async () => {
    let entered!: () => void;
    const requestEntered = new Promise<void>((resolve) => (entered = resolve));
    const running = await startTestServer({
      mount: (app) => {
        const router = Router();
        router.get('/slow', async (_req, res) => {
          entered();
          await new Promise((resolve) => setTimeout(resolve, 300));
          res.json({ done: true });
        });
        app.use('/test', router);
      },
    });

    const slow = fetch(`${running.url}/test/slow`);
    await requestEntered;
    const closed = running.close();

    const response = await slow;
    expect(response.status).toBe(200);
    expect(response.headers.get('connection')).toBe('close');
    expect(await response.json()).toEqual({ done: true });
    await closed;

    await expect(fetch(`${running.url}/health`)).rejects.toThrow();
    expect(await isPortFree(running.port)).toBe(true);
  });

  it('does not wait for idle keep-alive connections', async () => {
    const running = await startTestServer({ shutdownGraceMs: 10_000 });
    // fetch keeps the connection open in its pool after the response.
    const response = await fetch(`${running.url}/health`);
    await response.json();
    const started = Date.now();
    await running.close();
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('cuts a request that outlives the grace period, and is idempotent', async () => {
    const running = await startTestServer({
      shutdownGraceMs: 200,
      mount: (app) => {
        app.get('/hang', () => {
          // never answers
        });
      },
    });
    const hanging = fetch(`${running.url}/hang`).then(
      () => 'answered',
      () => 'cut',
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const first = running.close();
    expect(running.close()).toBe(first);
    await first;
    expect(await hanging).toBe('cut');
  });
});
