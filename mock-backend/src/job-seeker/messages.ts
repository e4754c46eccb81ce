// The SMS and e-mails the job seeker's domain "sends" (to the dev outbox): a new match of a saved search and an
// invitation to an interview. Plain Russian text with the link to the vacancy on the job site.
import type { InterviewInvitation, Vacancy, VacancyRef } from '@gos-elements/contracts';
import type { MessageSender, Person } from './people.js';

/** Where the job site shows a vacancy: `<base>/trudvsem.html?vac-vacancy=<id>` (the demo's «Работа России» page). */
export function vacancyLink(base: string, vacancyId: string): string {
  return `${base.replace(/\/+$/, '')}/trudvsem.html?vac-vacancy=${encodeURIComponent(vacancyId)}`;
}

const moscowDateTime = new Intl.DateTimeFormat('ru-RU', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Moscow',
});

export function matchTitle(searchName: string): string {
  return `Новая вакансия по поиску «${searchName}»`;
}

/** A new match, by the saved search's channel; nothing when the account has no address for it. */
export function sendMatch(
  outbox: MessageSender,
  person: Person | undefined,
  channel: 'none' | 'email' | 'sms',
  search: { readonly name: string },
  vacancy: Vacancy,
  link: string,
): void {
  const where = `${vacancy.company.name}, ${vacancy.region.name}`;
  if (channel === 'email' && person?.email) {
    outbox.send({
      channel: 'email',
      to: person.email,
      subject: `Новая вакансия по вашему поиску «${search.name}»`,
      text: [
        'Здравствуйте!',
        '',
        `По вашему сохранённому поиску «${search.name}» опубликована новая вакансия:`,
        '',
        vacancy.jobName,
        where,
        `Зарплата: ${vacancy.salary.text}`,
        '',
        `Подробнее и откликнуться: ${link}`,
        '',
        'Уведомления можно настроить или отключить в разделе «Сохранённые поиски».',
      ].join('\n'),
    });
  } else if (channel === 'sms' && person?.phone) {
    outbox.send({
      channel: 'sms',
      to: person.phone,
      text: `Работа России: новая вакансия по поиску «${search.name}»: ${vacancy.jobName}, ${vacancy.company.name}, ${vacancy.salary.text}. ${link}`,
    });
  }
}

/** An invitation: by e-mail when the account has an address, else by SMS. */
export function sendInvitation(
  outbox: MessageSender,
  person: Person | undefined,
  vacancy: VacancyRef,
  invitation: InterviewInvitation,
  link: string,
): void {
  const when = `${moscowDateTime.format(new Date(invitation.at))} (мск)`;
  if (person?.email) {
    outbox.send({
      channel: 'email',
      to: person.email,
      subject: `Приглашение на собеседование: ${vacancy.jobName}`,
      text: [
        'Здравствуйте!',
        '',
        `${vacancy.company.name} приглашает вас на собеседование по вакансии «${vacancy.jobName}».`,
        '',
        `Когда: ${when}`,
        `Где: ${invitation.place}`,
        `Контакт: ${invitation.contact}`,
        '',
        `Вакансия: ${link}`,
      ].join('\n'),
    });
  } else if (person?.phone) {
    outbox.send({
      channel: 'sms',
      to: person.phone,
      text: `Работа России: приглашение на собеседование «${vacancy.jobName}», ${when}, ${invitation.place}. ${invitation.contact}`,
    });
  }
}
