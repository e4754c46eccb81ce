// The mock backend's dev outbox, read as a person reads their phone: the latest code sent to someone.
import { inject } from 'vitest';

/** The six-digit code in the newest SMS or e-mail to `recipient` (any spelling the outbox accepts). */
export async function latestCodeFor(recipient: string): Promise<string> {
  const response = await fetch(`${inject('backendUrl')}/dev/outbox?to=${encodeURIComponent(recipient)}`);
  const { messages } = (await response.json()) as { messages: { text: string }[] };
  const code = /\b(\d{6})\b/.exec(messages[0]?.text ?? '')?.[1];
  if (!code) throw new Error(`no code in the outbox for ${recipient}`);
  return code;
}
