// Plain data, no zod: what browsers need of the statuses (titles, finality) without the schemas.

/**
 * What a citizen sees of an application's progress, aligned with the statuses of the Gosuslugi portal (EPGU):
 * the portal's own wording is in `portalTitle`. `final` statuses never change again.
 */
export const APPLICATION_STATUSES = {
  draft: { title: 'Черновик', portalTitle: 'Черновик заявления', final: false },
  accepted: { title: 'Принято', portalTitle: 'Заявление зарегистрировано', final: false },
  'in-review': { title: 'На проверке', portalTitle: 'Заявление принято к рассмотрению', final: false },
  'action-required': { title: 'Требуется доработка', portalTitle: 'Дополнительно требуется', final: false },
  approved: { title: 'Одобрено', portalTitle: 'Принято решение о предоставлении услуги', final: false },
  rejected: { title: 'Отклонено', portalTitle: 'Отказано в предоставлении услуги', final: true },
  issued: { title: 'Выдано', portalTitle: 'Услуга оказана, результат готов', final: true },
  cancelled: { title: 'Отменено', portalTitle: 'Заявление отозвано', final: true },
} as const satisfies Record<string, { title: string; portalTitle: string; final: boolean }>;

export type ApplicationStatus = keyof typeof APPLICATION_STATUSES;
export const APPLICATION_STATUS_CODES = Object.keys(APPLICATION_STATUSES) as [
  ApplicationStatus,
  ...ApplicationStatus[],
];

/** The statuses from which the citizen may still withdraw an application. */
export const CANCELLABLE_STATUSES: readonly ApplicationStatus[] = ['draft', 'accepted', 'in-review', 'action-required'];

export function isFinalStatus(status: ApplicationStatus): boolean {
  return APPLICATION_STATUSES[status].final;
}
