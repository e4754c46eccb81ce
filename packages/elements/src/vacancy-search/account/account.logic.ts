// The job seeker's part of <gos-vacancy-search> as plain data: which response a vacancy has, what a live
// notification changes, the résumé form's draft and its checks, and where a server's field error belongs. Vitest in
// node (account.logic.test.ts).
import {
  RESUME_ABOUT_MAX,
  RESUME_EDUCATION_MAX,
  RESUME_EXPERIENCE_MAX,
  RESUME_SKILLS_MAX,
  WITHDRAWABLE_RESPONSE_STATUSES,
  type EducationLevel,
  type EmploymentType,
  type JobNotification,
  type JobResponse,
  type Resume,
  type ResumeInput,
  type SavedSearch,
  type Schedule,
} from '@gos-elements/contracts';
import { validateEmail } from '@gos-elements/core/validators/email';
import { normalizePhone } from '@gos-elements/core/validators/phone';

// ── Responses ──────────────────────────────────────────────────────────────────────────────────────────────────

/** The response under way for a vacancy (not withdrawn), the newest if several; undefined when there is none. */
export function activeResponseFor(responses: readonly JobResponse[], vacancyId: string): JobResponse | undefined {
  return newestFirst(responses.filter((item) => item.vacancy.id === vacancyId && item.status !== 'withdrawn'))[0];
}

export function canWithdraw(response: JobResponse): boolean {
  return WITHDRAWABLE_RESPONSE_STATUSES.includes(response.status);
}

/** `responses` with `response` in place of the one with its id (or in front), last changed first. */
export function withResponse(responses: readonly JobResponse[], response: JobResponse): JobResponse[] {
  return newestFirst([response, ...responses.filter((item) => item.id !== response.id)]);
}

function newestFirst(responses: JobResponse[]): JobResponse[] {
  return responses.sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
}

// ── Saved searches and notifications ───────────────────────────────────────────────────────────────────────────

/** The saved searches after a live notification: a new match counts one more unread for its search. */
export function withNotification(searches: readonly SavedSearch[], notification: JobNotification): SavedSearch[] {
  if (notification.kind !== 'saved-search-match' || notification.read) return [...searches];
  return searches.map((search) =>
    search.id === notification.savedSearchId
      ? { ...search, unread: search.unread + 1, lastMatchAt: notification.createdAt }
      : search,
  );
}

export function unreadTotal(searches: readonly SavedSearch[]): number {
  return searches.reduce((sum, search) => sum + search.unread, 0);
}

// ── Résumé draft ───────────────────────────────────────────────────────────────────────────────────────────────

export interface EducationDraft {
  readonly level: EducationLevel;
  readonly institution: string;
  readonly speciality: string;
  /** As typed. */
  readonly graduationYear: string;
}

export interface ExperienceDraft {
  readonly company: string;
  readonly position: string;
  /** `YYYY-MM`, as a month field gives it. */
  readonly from: string;
  /** `YYYY-MM`; '' while working there. */
  readonly to: string;
  readonly duties: string;
}

/** The résumé form as typed: every field a string (or a list of them), so nothing is lost to parsing. */
export interface ResumeDraft {
  readonly desiredPosition: string;
  /** Region code; '' until chosen. */
  readonly region: string;
  readonly employment: readonly EmploymentType[];
  readonly schedule: readonly Schedule[];
  /** Roubles a month as typed; '' for «by agreement». */
  readonly salary: string;
  readonly education: readonly EducationDraft[];
  readonly experience: readonly ExperienceDraft[];
  readonly skills: readonly string[];
  readonly about: string;
  readonly phone: string;
  readonly email: string;
  readonly published: boolean;
}

export const EMPTY_EDUCATION: EducationDraft = { level: 'higher', institution: '', speciality: '', graduationYear: '' };
export const EMPTY_EXPERIENCE: ExperienceDraft = { company: '', position: '', from: '', to: '', duties: '' };

/** The draft of a saved résumé, or of a new one (with the region the search looks in, if any). */
export function draftOf(resume: Resume | null | undefined, region = ''): ResumeDraft {
  if (!resume) {
    return {
      desiredPosition: '',
      region,
      employment: ['full'],
      schedule: [],
      salary: '',
      education: [],
      experience: [],
      skills: [],
      about: '',
      phone: '',
      email: '',
      published: false,
    };
  }
  return {
    desiredPosition: resume.desiredPosition,
    region: resume.region,
    employment: resume.employment,
    schedule: resume.schedule,
    salary: resume.salary === undefined ? '' : String(resume.salary),
    education: resume.education.map((item) => ({
      level: item.level,
      institution: item.institution,
      speciality: item.speciality ?? '',
      graduationYear: String(item.graduationYear),
    })),
    experience: resume.experience.map((item) => ({
      company: item.company,
      position: item.position,
      from: item.from,
      to: item.to ?? '',
      duties: item.duties ?? '',
    })),
    skills: resume.skills,
    about: resume.about ?? '',
    phone: resume.contacts.phone ?? '',
    email: resume.contacts.email ?? '',
    published: resume.published,
  };
}

/** Why the page refuses a field before sending; the messages module words each. */
export type DraftProblem =
  'required' | 'employment' | 'salary' | 'year' | 'month' | 'order' | 'contacts' | 'phone' | 'email' | 'too-long';

export interface DraftError {
  /** The field's path as the server names it: `desiredPosition`, `education.0.institution`, `contacts.phone`. */
  readonly field: string;
  readonly problem: DraftProblem;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * The résumé to send, or what is wrong with the draft. The page checks what it can say clearly at once (required
 * fields, numbers, months, contacts); the server checks everything again and its `errors[]` land on the same fields.
 */
export function resumeInputOf(draft: ResumeDraft): { input: ResumeInput; errors: DraftError[] } {
  const errors: DraftError[] = [];
  const problem = (field: string, kind: DraftProblem) => errors.push({ field, problem: kind });
  const desiredPosition = draft.desiredPosition.trim();
  if (!desiredPosition) problem('desiredPosition', 'required');
  if (!draft.region) problem('region', 'required');
  if (draft.employment.length === 0) problem('employment', 'employment');
  const salaryText = draft.salary.replace(/[\s\u00a0]/g, '');
  const salary = salaryText === '' ? undefined : Number(salaryText);
  if (salary !== undefined && !(Number.isInteger(salary) && salary >= 0 && salary <= 10_000_000))
    problem('salary', 'salary');
  const education = draft.education.map((item, index) => {
    const institution = item.institution.trim();
    if (!institution) problem(`education.${index}.institution`, 'required');
    const year = Number(item.graduationYear.trim());
    if (!/^\d{4}$/.test(item.graduationYear.trim()) || year < 1950 || year > 2100)
      problem(`education.${index}.graduationYear`, 'year');
    const speciality = item.speciality.trim();
    return { level: item.level, institution, ...(speciality ? { speciality } : {}), graduationYear: year };
  });
  const experience = draft.experience.map((item, index) => {
    const company = item.company.trim();
    const position = item.position.trim();
    if (!company) problem(`experience.${index}.company`, 'required');
    if (!position) problem(`experience.${index}.position`, 'required');
    if (!MONTH.test(item.from)) problem(`experience.${index}.from`, 'month');
    if (item.to && !MONTH.test(item.to)) problem(`experience.${index}.to`, 'month');
    else if (item.to && MONTH.test(item.from) && item.to < item.from) problem(`experience.${index}.to`, 'order');
    const duties = item.duties.trim();
    return { company, position, from: item.from, ...(item.to ? { to: item.to } : {}), ...(duties ? { duties } : {}) };
  });
  const about = draft.about.trim();
  if (about.length > RESUME_ABOUT_MAX) problem('about', 'too-long');
  const phoneText = draft.phone.trim();
  const emailText = draft.email.trim();
  const phone = phoneText ? normalizePhone(phoneText) : undefined;
  const email = emailText ? validateEmail(emailText) : undefined;
  if (!phoneText && !emailText) problem('contacts.phone', 'contacts');
  if (phoneText && !phone) problem('contacts.phone', 'phone');
  if (email && !email.valid) problem('contacts.email', 'email');
  const input: ResumeInput = {
    desiredPosition,
    region: draft.region as ResumeInput['region'],
    employment: [...draft.employment],
    schedule: [...draft.schedule],
    ...(salary === undefined || Number.isNaN(salary) ? {} : { salary }),
    education: education.slice(0, RESUME_EDUCATION_MAX),
    experience: experience.slice(0, RESUME_EXPERIENCE_MAX),
    skills: [...draft.skills],
    ...(about ? { about } : {}),
    contacts: { ...(phone ? { phone } : {}), ...(email?.valid ? { email: email.value } : {}) },
    published: draft.published,
  };
  return { input, errors };
}

/** `skills` with the comma-separated ones of `typed` added: trimmed, without repeats (compared without case). */
export function addSkills(skills: readonly string[], typed: string): string[] {
  const result = [...skills];
  const seen = new Set(result.map((skill) => skill.toLocaleLowerCase('ru')));
  for (const part of typed.split(/[,;\n]/)) {
    const skill = part.replace(/\s+/g, ' ').trim();
    const key = skill.toLocaleLowerCase('ru');
    if (!skill || seen.has(key) || result.length >= RESUME_SKILLS_MAX) continue;
    seen.add(key);
    result.push(skill);
  }
  return result;
}

// ── Fields and their errors ────────────────────────────────────────────────────────────────────────────────────

const FIELD_ORDER = [
  'desiredPosition',
  'region',
  'employment',
  'schedule',
  'salary',
  'education',
  'experience',
  'skills',
  'about',
  'contacts',
  'published',
];

/**
 * The id of the control a field's error belongs to (all in the host's shadow root): `education.0.institution` →
 * `acc-r-education-0-institution`; a list's own error goes to its first control (`employment` → its first box),
 * a skill's to the skill input, a contacts error to the phone.
 */
export function fieldControlId(field: string): string {
  const parts = field.split('.');
  const [head] = parts;
  if (head === 'employment' || head === 'schedule') return `acc-r-${head}-0`;
  if (head === 'skills') return 'acc-r-skills';
  if (head === 'contacts' && parts.length === 1) return 'acc-r-contacts-phone';
  if ((head === 'education' || head === 'experience') && parts.length === 2)
    return `acc-r-${head}-${parts[1]}-${head === 'education' ? 'institution' : 'company'}`;
  return `acc-r-${parts.join('-')}`;
}

/** Errors in the order the form shows the fields (the first is where focus goes). */
export function inFormOrder<E extends { readonly field: string }>(errors: readonly E[]): E[] {
  const rank = (field: string) => {
    const parts = field.split('.');
    const top = FIELD_ORDER.indexOf(parts[0] ?? '');
    return { top: top === -1 ? FIELD_ORDER.length : top, row: Number(parts[1] ?? 0) || 0 };
  };
  return [...errors].sort((a, b) => {
    const first = rank(a.field);
    const second = rank(b.field);
    return first.top - second.top || first.row - second.row;
  });
}
