import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testIdentity } from '../identity/test-support.js';
import type { RunningServer } from '../server.js';
import { startTestServer } from '../test-support.js';
import { devOutboxEnabled, devOutboxRouter, type DevOutboxResponse } from './dev-outbox.js';

const { identity, clock } = testIdentity();
let server: RunningServer;

beforeAll(async () => {
  const { outbox } = identity;
  outbox.send({
    channel: 'sms',
    to: '+79165550101',
    text: 'Код для входа на Госуслуги: 111111. Никому его не сообщайте.',
  });
  clock.advance(60_000);
  outbox.send({
    channel: 'email',
    to: 'anna.smirnova@example.ru',
    subject: 'Код <для> входа',
    text: 'Код: 222222 & <script>alert(1)</script>',
  });
  clock.advance(60_000);
  outbox.send({
    channel: 'sms',
    to: '89165550101',
    text: 'Код для входа на Госуслуги: 333333. Никому его не сообщайте.',
  });
  server = await startTestServer({ mount: (app) => app.use(devOutboxRouter(outbox)) });
});

afterAll(async () => {
  await server.close();
});

async function json(path: string): Promise<DevOutboxResponse> {
  const response = await fetch(`${server.url}${path}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(response.headers.get('cache-control')).toBe('no-store');
  return (await response.json()) as DevOutboxResponse;
}

describe('GET /dev/outbox (JSON)', () => {
  it('lists every message, newest first', async () => {
    const { messages } = await json('/dev/outbox');
    expect(messages.map((message) => message.text.match(/\d{6}/u)?.[0])).toEqual(['333333', '222222', '111111']);
    expect(messages[1]).toMatchObject({ channel: 'email', to: 'anna.smirnova@example.ru', subject: 'Код <для> входа' });
  });

  it('filters by recipient in any spelling, and limits', async () => {
    const byPhone = await json(`/dev/outbox?to=${encodeURIComponent('+7 (916) 555-01-01')}`);
    expect(byPhone.messages.map((message) => message.to)).toEqual(['+79165550101', '+79165550101']);
    const byEmail = await json('/dev/outbox?to=Anna.Smirnova%40EXAMPLE.ru');
    expect(byEmail.messages).toHaveLength(1);
    const limited = await json('/dev/outbox?limit=1');
    expect(limited.messages).toHaveLength(1);
  });

  it('refuses a malformed limit with a problem', async () => {
    const response = await fetch(`${server.url}/dev/outbox?limit=lots`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});

describe('GET /dev/outbox (HTML)', () => {
  async function page(path: string, accept = 'text/html,application/xhtml+xml,*/*;q=0.8'): Promise<string> {
    const response = await fetch(`${server.url}${path}`, { headers: { Accept: accept } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    return response.text();
  }

  it('is a self-contained Russian page with a captioned table, newest first', async () => {
    const html = await page('/dev/outbox');
    expect(html).toMatch(/^<!doctype html>\s*<html lang="ru">/u);
    expect(html).toMatch(/<title>[^<]+<\/title>/u);
    expect(html).toMatch(/<h1>Исходящие СМС и письма<\/h1>/u);
    expect(html).toMatch(/<caption>[^<]+<\/caption>/u);
    expect(html.match(/<th scope="col">/gu)).toHaveLength(5);
    expect(html).toMatch(/<label>Получатель[^<]*<input[^>]*name="to"/u);
    expect(html.indexOf('333333')).toBeLessThan(html.indexOf('111111'));
    // No script, no inline style, nothing from elsewhere.
    expect(html).not.toMatch(/<script|style=|<style|https?:\/\//iu);
    expect(html).toContain('<link rel="stylesheet" href="/dev/outbox.css">');
  });

  it('escapes message text', async () => {
    const html = await page('/dev/outbox.html');
    expect(html).toContain('Код &#60;для&#62; входа');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
  });

  it('filters and says so, and says when there is nothing', async () => {
    const filtered = await page('/dev/outbox?to=anna.smirnova%40example.ru');
    expect(filtered).toContain('222222');
    expect(filtered).not.toContain('111111');
    expect(filtered).toContain('value="anna.smirnova@example.ru"');
    const empty = await page('/dev/outbox.html?to=nobody%40example.ru', '*/*');
    expect(empty).toContain('Сообщений для nobody@example.ru пока нет.');
    expect(empty).not.toContain('<table');
  });

  it('serves its stylesheet from its own route', async () => {
    const response = await fetch(`${server.url}/dev/outbox.css`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/css/);
  });
});

describe('devOutboxEnabled', () => {
  it('is on except in production', () => {
    expect(devOutboxEnabled('development')).toBe(true);
    expect(devOutboxEnabled('test')).toBe(true);
    expect(devOutboxEnabled('production')).toBe(false);
  });
});
