import { problemTypeUri, type ProblemDetails } from '@gos-elements/contracts';

/** 404 for a vacancy id that is not published: the same body behind Express and behind MSW. */
export function vacancyNotFound(instance: string): ProblemDetails {
  return {
    type: problemTypeUri('vacancy-not-found'),
    title: 'Вакансия не найдена',
    status: 404,
    code: 'vacancy-not-found',
    detail: 'Вакансия снята с публикации или её не было. Вернитесь к поиску: похожие вакансии могут найтись там.',
    instance,
  };
}
