import type { ApplicationStatus } from '@gos-elements/contracts';

/** The stages the progress scale shows, in order. */
export const STAGES = ['submitted', 'review', 'decision', 'result'] as const;
export type Stage = (typeof STAGES)[number];

/** How far along the scale an application in `status` is: the index of its current stage. */
export function stageOf(status: ApplicationStatus): number {
  switch (status) {
    case 'draft':
    case 'accepted':
      return 0;
    case 'in-review':
    case 'action-required':
      return 1;
    case 'approved':
    case 'rejected':
      return 2;
    case 'issued':
    case 'cancelled':
      return 3;
  }
}

/** The badge's tone: what the status means for the citizen, never shown by colour alone. */
export function toneOf(status: ApplicationStatus): 'neutral' | 'progress' | 'attention' | 'success' | 'error' {
  if (status === 'action-required') return 'attention';
  if (status === 'approved' || status === 'issued') return 'success';
  if (status === 'rejected') return 'error';
  if (status === 'accepted' || status === 'in-review') return 'progress';
  return 'neutral';
}
