import { Router, type Response } from 'express';
import type { Mode } from '../config.js';
import { HttpProblem } from '../http/problem.js';
import type { Outbox, OutboxMessage } from '../identity/types.js';

/**
 * The dev outbox shows every code the mock "sent" to anyone who asks, so it exists only outside production:
 * mount it with `if (devOutboxEnabled(config.mode)) app.use(devOutboxRouter(identity.outbox))`.
 */
export function devOutboxEnabled(mode: Mode): boolean {
  return mode !== 'production';
}

export const DEV_OUTBOX_PATH = '/dev/outbox';

/** Body of `GET /dev/outbox` as JSON. */
export interface DevOutboxResponse {
  readonly messages: readonly OutboxMessage[];
}

const STYLESHEET = `
body { font: 16px/1.5 system-ui, sans-serif; margin: 1.5rem; color: #0b1f33; background: #fff; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.5rem; }
th, td { border: 1px solid #8b99a6; padding: 0.5rem; text-align: left; vertical-align: top; }
th { background: #eef3f7; }
td.text { white-space: pre-wrap; overflow-wrap: anywhere; }
form { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: end; margin-bottom: 1rem; }
label { display: flex; flex-direction: column; font-weight: 600; }
input, button { font: inherit; padding: 0.375rem 0.5rem; }
a:focus-visible, input:focus-visible, button:focus-visible { outline: 3px solid #0d4cd3; outline-offset: 2px; }
`.trim();

const CHANNEL_NAMES: Readonly<Record<OutboxMessage['channel'], string>> = { sms: 'СМС', email: 'Эл. почта' };

const moscowTime = new Intl.DateTimeFormat('ru-RU', {
  dateStyle: 'short',
  timeStyle: 'medium',
  timeZone: 'Europe/Moscow',
});

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => `&#${char.charCodeAt(0)};`);
}

function parseLimit(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d{1,4}$/.test(value)) {
    throw HttpProblem.badRequest('Параметр limit — целое неотрицательное число (больше 1000 сообщений не выводится).');
  }
  return Number(value);
}

function parseTo(value: unknown): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string')
    throw HttpProblem.badRequest('Параметр to указывается один раз: телефон или адрес почты.');
  return value;
}

function renderPage(messages: readonly OutboxMessage[], to: string | undefined): string {
  const rows = messages
    .map(
      (message) => `
        <tr>
          <td><time datetime="${new Date(message.sentAt).toISOString()}">${escapeHtml(moscowTime.format(message.sentAt))}</time></td>
          <td>${CHANNEL_NAMES[message.channel]}</td>
          <td>${escapeHtml(message.to)}</td>
          <td>${message.subject === undefined ? '(без темы)' : escapeHtml(message.subject)}</td>
          <td class="text">${escapeHtml(message.text)}</td>
        </tr>`,
    )
    .join('');
  const filtered = to === undefined ? '' : ` для ${escapeHtml(to)}`;
  const body =
    messages.length === 0
      ? `<p>Сообщений${filtered} пока нет.</p>`
      : `<table>
      <caption>Отправленные сообщения${filtered}, сначала новые (время московское)</caption>
      <thead>
        <tr><th scope="col">Время</th><th scope="col">Канал</th><th scope="col">Получатель</th><th scope="col">Тема</th><th scope="col">Текст</th></tr>
      </thead>
      <tbody>${rows}
      </tbody>
    </table>`;
  return `<!doctype html>
<html lang="ru">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Исходящие СМС и письма — тестовый сервер Госуслуг</title>
    <link rel="stylesheet" href="${DEV_OUTBOX_PATH}.css">
  </head>
  <body>
    <main>
      <h1>Исходящие СМС и письма</h1>
      <p>Тестовый сервер ничего не отправляет на самом деле: все СМС и письма с кодами остаются здесь. Страница доступна только в режиме разработки.</p>
      <form method="get" action="${DEV_OUTBOX_PATH}" role="search">
        <label>Получатель (телефон или почта)
          <input type="text" name="to" value="${escapeHtml(to ?? '')}" autocomplete="off">
        </label>
        <button type="submit">Показать</button>
        <a href="${DEV_OUTBOX_PATH}">Все сообщения</a>
      </form>
      <h2>Сообщения${filtered}: ${messages.length}</h2>
      ${body}
    </main>
  </body>
</html>
`;
}

function sendHtml(res: Response, outbox: Outbox, to: string | undefined, limit: number | undefined): void {
  const messages = outbox.list({ ...(to === undefined ? {} : { to }), ...(limit === undefined ? {} : { limit }) });
  res.type('html').set('Content-Language', 'ru').send(renderPage(messages, to));
}

/**
 * `GET /dev/outbox`: every SMS and e-mail the mock "sent", newest first, optionally `?to=` one recipient (any
 * spelling of the phone or e-mail) and `?limit=` (default 100, at most 1000). JSON (`{ messages }`) unless the
 * client prefers HTML, as a browser does; `/dev/outbox.html` is always the page. The page's stylesheet is its own
 * route because the CSP allows no inline styles. Never cached: codes change every minute.
 */
export function devOutboxRouter(outbox: Outbox): Router {
  const router = Router();
  router.get(DEV_OUTBOX_PATH, (req, res) => {
    res.set('Cache-Control', 'no-store');
    const to = parseTo(req.query['to']);
    const limit = parseLimit(req.query['limit']);
    res.vary('Accept');
    if (req.accepts(['json', 'html']) === 'html') {
      sendHtml(res, outbox, to, limit);
      return;
    }
    const body: DevOutboxResponse = {
      messages: outbox.list({ ...(to === undefined ? {} : { to }), ...(limit === undefined ? {} : { limit }) }),
    };
    res.json(body);
  });

  router.get(`${DEV_OUTBOX_PATH}.html`, (req, res) => {
    res.set('Cache-Control', 'no-store');
    sendHtml(res, outbox, parseTo(req.query['to']), parseLimit(req.query['limit']));
  });

  router.get(`${DEV_OUTBOX_PATH}.css`, (_req, res) => {
    res.type('css').send(STYLESHEET);
  });

  return router;
}
