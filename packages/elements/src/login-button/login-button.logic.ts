import type { AccountLevel, SessionStatus } from '@gos-elements/core';

export type LoginButtonMode = 'redirect' | 'popup';

const LEVELS: readonly AccountLevel[] = ['simplified', 'standard', 'confirmed'];

/** The `required-level` attribute as a level, or undefined for anything else. */
export function toLevel(value: string | null | undefined): AccountLevel | undefined {
  const level = value?.trim().toLowerCase();
  return LEVELS.find((known) => known === level);
}

export function toMode(value: string | null | undefined): LoginButtonMode {
  return value?.trim().toLowerCase() === 'popup' ? 'popup' : 'redirect';
}

/** Statuses in which the button shows progress and ignores presses (but keeps focus). */
export function isBusy(status: SessionStatus): boolean {
  return status === 'restoring' || status === 'signing-in' || status === 'signing-out';
}

/** «0:59» for what is left until `deadline`, never negative, rounded up so 0:00 shows only at the end. */
export function countdown(deadline: number, now: number): { seconds: number; text: string } {
  const seconds = Math.max(0, Math.ceil((deadline - now) / 1000));
  return { seconds, text: `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}` };
}

/** The spoken reminders while the idle warning is up: when the time left drops to 30 and to 10 seconds. */
export function idleMilestone(previous: number, seconds: number): 30 | 10 | undefined {
  if (previous > 10 && seconds <= 10) return 10;
  if (previous > 30 && seconds <= 30) return 30;
  return undefined;
}
