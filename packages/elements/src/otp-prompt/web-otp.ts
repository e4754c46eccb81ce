// WebOTP (`navigator.credentials.get({ otp })`, Chrome on Android) for every <gos-otp-prompt> of the page.
//
// Chromium keeps ONE pending SMS request per page: a new `get()` cancels the previous one, and an abort aborts
// whatever request is pending. An abort that reaches the browser when nothing is pending is treated as a bad IPC
// message and the renderer is killed — the whole tab crashes (reproduced in Chromium 156 by two requests and two
// aborts in one task; reported against Chromium 152–153 in Yandex Browser, Brave and Helium). So this module keeps
// at most one request of ours at a time, shares it between prompts (the one that asked last gets the code), never
// starts a request while ours is still settling, and aborts at most once, only while ours is pending, and only
// after the current task (an element moved in the DOM disconnects and reconnects in one task: it keeps its request).

/** What WebOTP resolves with (not in TypeScript's DOM types yet). */
interface OtpCredentialLike {
  readonly code?: string;
}

type Listener = (code: string) => void;

interface SmsRequest {
  readonly controller: AbortController;
  settled: boolean;
  aborted: boolean;
}

let current: SmsRequest | undefined;
let owner: Listener | undefined;

/** Whether this browser offers WebOTP at all. */
export function webOtpSupported(): boolean {
  return typeof window !== 'undefined' && 'OTPCredential' in window && typeof navigator.credentials?.get === 'function';
}

/**
 * Listens for the SMS code on behalf of `listener`, taking over the page's pending request if there is one.
 * Returns the function that stops listening; the request is aborted shortly after if nobody took it over.
 */
export function listenForSmsCode(listener: Listener): () => void {
  owner = listener;
  if (!current) start();
  return () => release(listener);
}

function start(): void {
  const request: SmsRequest = { controller: new AbortController(), settled: false, aborted: false };
  current = request;
  const options = { otp: { transport: ['sms'] }, signal: request.controller.signal } as CredentialRequestOptions;
  let result: Promise<Credential | null>;
  try {
    result = navigator.credentials.get(options);
  } catch {
    result = Promise.resolve(null);
  }
  result
    .then((credential) => {
      const code = (credential as OtpCredentialLike | null)?.code;
      const to = owner;
      if (!code || request.aborted || !to) return;
      owner = undefined;
      to(code);
    })
    .catch(() => {
      // Aborted by us, superseded by another request on the page, timed out or refused: typing still works.
    })
    .finally(() => {
      request.settled = true;
      if (current !== request) return;
      current = undefined;
      // Someone asked while this one was being aborted: now it is safe to ask the browser again.
      if (owner && request.aborted) start();
    });
}

function release(listener: Listener): void {
  if (owner !== listener) return;
  owner = undefined;
  setTimeout(() => {
    const request = current;
    if (owner || !request || request.settled || request.aborted) return;
    request.aborted = true;
    request.controller.abort();
  });
}
