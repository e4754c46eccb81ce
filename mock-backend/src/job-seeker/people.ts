// Who the job seeker is, as far as this domain needs: the name a résumé carries and where messages go. The backend
// reads it from the identity provider's accounts, the MSW mock from its tokens.
import type { Vacancy, VacancyRef, VacancySummary } from '@gos-elements/contracts';

export interface Person {
  /** «Фамилия Имя Отчество». */
  readonly fullName: string;
  /** `+7XXXXXXXXXX`, when the account has a phone. */
  readonly phone?: string;
  readonly email?: string;
}

export interface PersonDirectory {
  personOf(owner: string): Person | undefined;
}

/** Where the mock "sends" SMS and e-mail: the identity provider's dev outbox (`Outbox` fits), or a list in MSW. */
export interface MessageSender {
  send(message: {
    readonly channel: 'sms' | 'email';
    readonly to: string;
    readonly subject?: string;
    readonly text: string;
  }): void;
}

/** A vacancy as a job seeker's lists keep it, so they still show it after it is taken down. */
export function vacancyRef(vacancy: Vacancy | VacancySummary): VacancyRef {
  return {
    id: vacancy.id,
    jobName: vacancy.jobName,
    company: { name: vacancy.company.name },
    region: { code: vacancy.region.code, name: vacancy.region.name },
  };
}
