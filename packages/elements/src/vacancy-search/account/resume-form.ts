// «Моё резюме», the form: loaded on demand (see resume-panel.ts) because it is the largest part of the account.
// Every field keeps what was typed in the controller (switching tabs or a failed save loses nothing); the page checks
// what it can say clearly, the server checks the rest, and either way the errors sit under their fields, a summary
// says how many, and focus goes to the first. The file (PDF or DOCX up to 2 MB) is checked by its content first.
import {
  EDUCATION_LEVEL_CODES,
  EMPLOYMENT_TYPE_CODES,
  RESUME_ABOUT_MAX,
  RESUME_EDUCATION_MAX,
  RESUME_EXPERIENCE_MAX,
  RESUME_FILE_MAX_BYTES,
  RESUME_FILE_MEDIA_TYPES,
  RESUME_SKILLS_MAX,
  RUSSIAN_REGIONS,
  SCHEDULE_CODES,
  type EducationLevel,
  type Resume,
} from '@gos-elements/contracts';
import { ApiError } from '@gos-elements/core/api/problem';
import { sniffResumeFile } from '@gos-elements/core/files/resume-file';
import { formatDate } from '@gos-elements/core/i18n/format';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { checkFile } from '../../internal/file-check.js';
import {
  addSkills,
  draftOf,
  EMPTY_EDUCATION,
  EMPTY_EXPERIENCE,
  fieldControlId,
  inFormOrder,
  resumeInputOf,
  type EducationDraft,
  type ExperienceDraft,
  type ResumeDraft,
} from './account.logic.js';
import { isRefusal, type JobSeekerController, type ResumeFormState } from './job-seeker.controller.js';

type Msg = JobSeekerController['localize'];

export function renderResumeForm(account: JobSeekerController, resume: Resume | null): TemplateResult {
  const msg = account.localize;
  const form = account.resumeFormState;
  const errorList = inFormOrder(Object.entries(form.errors).map(([field, message]) => ({ field, message })));
  return html`<div class="resume" part="resume">
    <p class="hint">
      ${resume ? msg.msg('updated', formatDate(account.locale, Date.parse(resume.updatedAt))) : msg.msg('resumeNew')}
    </p>
    <div class="error-summary ${errorList.length || form.formError ? '' : 'empty'}" role="alert" id="acc-r-summary">
      ${
        errorList.length
          ? html`<p><strong>${msg.msg('errorsSummary', errorList.length)}</strong></p>
              <ul>
                ${errorList.map(
                  (error) =>
                    html`<li>
                      <a
                        href=${`#${fieldControlId(error.field)}`}
                        @click=${(event: Event) => {
                          event.preventDefault();
                          focusField(account, error.field);
                        }}
                        >${error.message}</a
                      >
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      ${form.formError ? html`<p>${form.formError}</p>` : nothing}
    </div>
    <form class="account-form" novalidate @submit=${(event: Event) => void save(event, account)}>
      ${renderMain(account, form)} ${renderEducation(account, form)} ${renderExperience(account, form)}
      ${renderSkills(account, form)} ${renderAboutAndContacts(account, form)}
      <div class="account-actions">
        <button type="submit" class="button" data-action="save-resume" aria-disabled=${form.saving ? 'true' : 'false'}>
          ${msg.msg(form.saving ? 'savingResume' : 'saveResume')}
        </button>
      </div>
    </form>
    ${renderFile(account, form, resume)}
  </div>`;
}

// ── Fields ─────────────────────────────────────────────────────────────────────────────────────────────────────

function change(account: JobSeekerController, draft: Partial<ResumeDraft>, field: string): void {
  const form = account.resumeFormState;
  account.updateResumeForm({ draft: { ...form.draft, ...draft } }, [field]);
}

/** `aria-describedby` and `aria-invalid` for a control, and its error line. */
function errorOf(form: ResumeFormState, field: string, hintId?: string) {
  const message = form.errors[field];
  const id = fieldControlId(field);
  const describedBy = [hintId, message ? `${id}-error` : undefined].filter(Boolean).join(' ');
  return {
    invalid: message ? 'true' : 'false',
    describedBy: describedBy || nothing,
    line: message ? html`<p class="message-error" id=${`${id}-error`}>${message}</p>` : nothing,
  };
}

function textField(
  account: JobSeekerController,
  options: {
    field: string;
    label: string;
    value: string;
    onInput: (value: string) => void;
    required?: boolean;
    type?: string;
    autocomplete?: string;
    inputmode?: string;
    hint?: string;
    multiline?: boolean;
    maxlength?: number;
  },
): TemplateResult {
  const form = account.resumeFormState;
  const id = fieldControlId(options.field);
  const hintId = options.hint ? `${id}-hint` : undefined;
  const error = errorOf(form, options.field, hintId);
  const onInput = (event: Event) => options.onInput((event.target as HTMLInputElement).value);
  return html`<div class="field">
    <label for=${id}
      >${options.label}${options.required ? html`<span class="required"> (${account.localize.msg('required')})</span>` : nothing}</label
    >
    ${options.hint && hintId ? html`<p class="hint" id=${hintId}>${options.hint}</p>` : nothing}
    ${
      options.multiline
        ? html`<textarea
            id=${id}
            rows="5"
            maxlength=${options.maxlength ?? nothing}
            .value=${live(options.value)}
            aria-invalid=${error.invalid}
            aria-describedby=${error.describedBy}
            @input=${onInput}
          ></textarea>`
        : html`<input
            id=${id}
            type=${options.type ?? 'text'}
            autocomplete=${options.autocomplete ?? 'off'}
            inputmode=${options.inputmode ?? nothing}
            maxlength=${options.maxlength ?? nothing}
            ?required=${options.required}
            aria-required=${options.required ? 'true' : nothing}
            .value=${live(options.value)}
            aria-invalid=${error.invalid}
            aria-describedby=${error.describedBy}
            @input=${onInput}
          />`
    }
    ${error.line}
  </div>`;
}

function checkboxGroup<C extends string>(
  account: JobSeekerController,
  field: 'employment' | 'schedule',
  legend: string,
  codes: readonly C[],
  chosen: readonly C[],
  title: (code: C) => string,
  required: boolean,
): TemplateResult {
  const form = account.resumeFormState;
  const message = form.errors[field];
  return html`<fieldset class="choices" aria-describedby=${message ? `acc-r-${field}-error` : nothing}>
    <legend>
      ${legend}${required ? html`<span class="required"> (${account.localize.msg('required')})</span>` : nothing}
    </legend>
    ${codes.map(
      (code, index) =>
        html`<label class="choice">
          <input
            type="checkbox"
            id=${`acc-r-${field}-${index}`}
            .checked=${live(chosen.includes(code))}
            aria-invalid=${message ? 'true' : 'false'}
            @change=${(event: Event) => {
              const on = (event.target as HTMLInputElement).checked;
              // The draft as it is now, not as this render saw it.
              const current = account.resumeFormState.draft[field] as readonly C[];
              const next = on ? [...current, code] : current.filter((item) => item !== code);
              change(account, { [field]: codes.filter((item) => next.includes(item)) }, field);
            }}
          />
          ${title(code)}
        </label>`,
    )}
    ${message ? html`<p class="message-error" id=${`acc-r-${field}-error`}>${message}</p>` : nothing}
  </fieldset>`;
}

function renderMain(account: JobSeekerController, form: ResumeFormState): TemplateResult {
  const msg = account.localize;
  const { draft } = form;
  const region = errorOf(form, 'region');
  const regions = RUSSIAN_REGIONS.map((item) => ({
    code: item.code,
    title: account.locale === 'en' ? item.titleEn : item.title,
  })).sort((a, b) => a.title.localeCompare(b.title, account.locale));
  return html`${textField(account, {
      field: 'desiredPosition',
      label: msg.msg('desiredPosition'),
      value: draft.desiredPosition,
      required: true,
      autocomplete: 'organization-title',
      maxlength: 150,
      onInput: (value) => change(account, { desiredPosition: value }, 'desiredPosition'),
    })}
    <div class="field">
      <label for="acc-r-region">${msg.msg('region')}<span class="required"> (${msg.msg('required')})</span></label>
      <select
        id="acc-r-region"
        aria-required="true"
        aria-invalid=${region.invalid}
        aria-describedby=${region.describedBy}
        @change=${(event: Event) => change(account, { region: (event.target as HTMLSelectElement).value }, 'region')}
      >
        <option value="" ?selected=${!draft.region}>${msg.msg('regionChoose')}</option>
        ${regions.map(
          (item) => html`<option value=${item.code} ?selected=${item.code === draft.region}>${item.title}</option>`,
        )}
      </select>
      ${region.line}
    </div>
    ${checkboxGroup(
      account,
      'employment',
      msg.msg('employment'),
      EMPLOYMENT_TYPE_CODES,
      draft.employment,
      (code) => msg.msg('employmentType', code),
      true,
    )}
    ${checkboxGroup(
      account,
      'schedule',
      msg.msg('schedule'),
      SCHEDULE_CODES,
      draft.schedule,
      (code) => msg.msg('scheduleType', code),
      false,
    )}
    ${textField(account, {
      field: 'salary',
      label: msg.msg('salary'),
      value: draft.salary,
      inputmode: 'numeric',
      hint: msg.msg('salaryHint'),
      onInput: (value) => change(account, { salary: value }, 'salary'),
    })}`;
}

function renderEducation(account: JobSeekerController, form: ResumeFormState): TemplateResult {
  const msg = account.localize;
  const rows = form.draft.education;
  const set = (index: number, patch: Partial<EducationDraft>, field: string) =>
    change(
      account,
      {
        education: account.resumeFormState.draft.education.map((row, at) =>
          at === index ? { ...row, ...patch } : row,
        ),
      },
      `education.${index}.${field}`,
    );
  return html`<fieldset class="rows">
    <legend>${msg.msg('education')}</legend>
    ${rows.map((row, index) => {
      const level = `acc-r-education-${index}-level`;
      return html`<fieldset class="row card" data-row=${`education-${index}`}>
        <legend>${msg.msg('educationRow', index + 1)}</legend>
        <div class="field">
          <label for=${level}>${msg.msg('educationLevelLabel')}</label>
          <select
            id=${level}
            @change=${(event: Event) =>
              set(index, { level: (event.target as HTMLSelectElement).value as EducationLevel }, 'level')}
          >
            ${EDUCATION_LEVEL_CODES.filter((code) => code !== 'any').map(
              (code) =>
                html`<option value=${code} ?selected=${code === row.level}>${msg.msg('educationLevel', code)}</option>`,
            )}
          </select>
        </div>
        ${textField(account, {
          field: `education.${index}.institution`,
          label: msg.msg('institution'),
          value: row.institution,
          required: true,
          maxlength: 200,
          onInput: (value) => set(index, { institution: value }, 'institution'),
        })}
        ${textField(account, {
          field: `education.${index}.speciality`,
          label: msg.msg('speciality'),
          value: row.speciality,
          maxlength: 200,
          onInput: (value) => set(index, { speciality: value }, 'speciality'),
        })}
        ${textField(account, {
          field: `education.${index}.graduationYear`,
          label: msg.msg('graduationYear'),
          value: row.graduationYear,
          required: true,
          inputmode: 'numeric',
          maxlength: 4,
          onInput: (value) => set(index, { graduationYear: value }, 'graduationYear'),
        })}
        <button
          type="button"
          class="button secondary"
          @click=${() => {
            change(
              account,
              { education: account.resumeFormState.draft.education.filter((_, at) => at !== index) },
              'education',
            );
            account.focusAfterUpdate('[data-action="add-education"]');
          }}
        >
          ${msg.msg('removeEducation', index + 1)}
        </button>
      </fieldset>`;
    })}
    ${
      rows.length < RESUME_EDUCATION_MAX
        ? html`<button
            type="button"
            class="button secondary"
            data-action="add-education"
            @click=${() => {
              change(
                account,
                { education: [...account.resumeFormState.draft.education, EMPTY_EDUCATION] },
                'education',
              );
              account.focusAfterUpdate(`#acc-r-education-${rows.length}-level`);
            }}
          >
            ${msg.msg('addEducation')}
          </button>`
        : nothing
    }
  </fieldset>`;
}

function renderExperience(account: JobSeekerController, form: ResumeFormState): TemplateResult {
  const msg = account.localize;
  const rows = form.draft.experience;
  const set = (index: number, patch: Partial<ExperienceDraft>, field: string) =>
    change(
      account,
      {
        experience: account.resumeFormState.draft.experience.map((row, at) =>
          at === index ? { ...row, ...patch } : row,
        ),
      },
      `experience.${index}.${field}`,
    );
  return html`<fieldset class="rows" aria-describedby="acc-r-experience-hint">
    <legend>${msg.msg('experience')}</legend>
    <p class="hint" id="acc-r-experience-hint">${msg.msg('experienceHint')}</p>
    ${rows.map(
      (row, index) =>
        html`<fieldset class="row card" data-row=${`experience-${index}`}>
          <legend>${msg.msg('experienceRow', index + 1)}</legend>
          ${textField(account, {
            field: `experience.${index}.company`,
            label: msg.msg('company'),
            value: row.company,
            required: true,
            maxlength: 200,
            onInput: (value) => set(index, { company: value }, 'company'),
          })}
          ${textField(account, {
            field: `experience.${index}.position`,
            label: msg.msg('position'),
            value: row.position,
            required: true,
            maxlength: 150,
            onInput: (value) => set(index, { position: value }, 'position'),
          })}
          <div class="pair">
            ${textField(account, {
              field: `experience.${index}.from`,
              label: msg.msg('from'),
              value: row.from,
              type: 'month',
              required: true,
              onInput: (value) => set(index, { from: value }, 'from'),
            })}
            ${textField(account, {
              field: `experience.${index}.to`,
              label: msg.msg('to'),
              value: row.to,
              type: 'month',
              hint: msg.msg('toHint'),
              onInput: (value) => set(index, { to: value }, 'to'),
            })}
          </div>
          ${textField(account, {
            field: `experience.${index}.duties`,
            label: msg.msg('duties'),
            value: row.duties,
            multiline: true,
            maxlength: 2000,
            onInput: (value) => set(index, { duties: value }, 'duties'),
          })}
          <button
            type="button"
            class="button secondary"
            @click=${() => {
              change(
                account,
                { experience: account.resumeFormState.draft.experience.filter((_, at) => at !== index) },
                'experience',
              );
              account.focusAfterUpdate('[data-action="add-experience"]');
            }}
          >
            ${msg.msg('removeExperience', index + 1)}
          </button>
        </fieldset>`,
    )}
    ${
      rows.length < RESUME_EXPERIENCE_MAX
        ? html`<button
            type="button"
            class="button secondary"
            data-action="add-experience"
            @click=${() => {
              change(
                account,
                { experience: [...account.resumeFormState.draft.experience, EMPTY_EXPERIENCE] },
                'experience',
              );
              account.focusAfterUpdate(`#acc-r-experience-${rows.length}-company`);
            }}
          >
            ${msg.msg('addExperience')}
          </button>`
        : nothing
    }
  </fieldset>`;
}

function renderSkills(account: JobSeekerController, form: ResumeFormState): TemplateResult {
  const msg = account.localize;
  const { skills } = form.draft;
  const error = errorOf(form, 'skills', 'acc-r-skills-hint');
  const skillError = Object.entries(form.errors).find(([field]) => field.startsWith('skills.'));
  const commit = (text: string) => {
    const now = account.resumeFormState.draft;
    const next = addSkills(now.skills, text);
    const added = next.slice(now.skills.length);
    account.updateResumeForm({ draft: { ...now, skills: next }, skillText: '' }, ['skills']);
    if (added.length) account.announce(added.map((skill) => msg.msg('skillAddedLive', skill)).join(' '));
  };
  return html`<div class="field skills">
    <label for="acc-r-skills">${msg.msg('skills')}</label>
    <p class="hint" id="acc-r-skills-hint">${msg.msg('skillsHint', RESUME_SKILLS_MAX)}</p>
    ${
      skills.length
        ? html`<ul class="chips" aria-label=${msg.msg('skillsList')}>
            ${skills.map(
              (skill) =>
                html`<li class="chip">
                  <span>${skill}</span>
                  <button
                    type="button"
                    class="chip-remove"
                    aria-label=${msg.msg('skillRemove', skill)}
                    @click=${() => {
                      const now = account.resumeFormState.draft;
                      account.updateResumeForm(
                        { draft: { ...now, skills: now.skills.filter((item) => item !== skill) } },
                        ['skills'],
                      );
                      account.focusAfterUpdate('#acc-r-skills');
                    }}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </li>`,
            )}
          </ul>`
        : nothing
    }
    <input
      id="acc-r-skills"
      type="text"
      autocomplete="off"
      .value=${live(form.skillText)}
      ?disabled=${skills.length >= RESUME_SKILLS_MAX}
      aria-invalid=${form.errors['skills'] || skillError ? 'true' : 'false'}
      aria-describedby=${error.describedBy}
      @input=${(event: Event) => {
        const value = (event.target as HTMLInputElement).value;
        // A comma typed or pasted ends a skill.
        if (/[,;]/.test(value)) commit(value);
        else account.updateResumeForm({ skillText: value });
      }}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key !== 'Enter') return;
        event.preventDefault();
        commit((event.target as HTMLInputElement).value);
      }}
    />
    ${error.line} ${skillError ? html`<p class="message-error">${skillError[1]}</p>` : nothing}
  </div>`;
}

function renderAboutAndContacts(account: JobSeekerController, form: ResumeFormState): TemplateResult {
  const msg = account.localize;
  const { draft } = form;
  return html`${textField(account, {
      field: 'about',
      label: msg.msg('about'),
      value: draft.about,
      multiline: true,
      maxlength: RESUME_ABOUT_MAX,
      onInput: (value) => change(account, { about: value }, 'about'),
    })}
    <fieldset class="rows" aria-describedby="acc-r-contacts-hint">
      <legend>${msg.msg('contacts')}<span class="required"> (${msg.msg('required')})</span></legend>
      <p class="hint" id="acc-r-contacts-hint">${msg.msg('contactsHint')}</p>
      ${textField(account, {
        field: 'contacts.phone',
        label: msg.msg('phone'),
        value: draft.phone,
        type: 'tel',
        autocomplete: 'tel',
        onInput: (value) => change(account, { phone: value }, 'contacts'),
      })}
      ${textField(account, {
        field: 'contacts.email',
        label: msg.msg('email'),
        value: draft.email,
        type: 'email',
        autocomplete: 'email',
        onInput: (value) => change(account, { email: value }, 'contacts'),
      })}
    </fieldset>
    <div class="field switch">
      <label>
        <input
          type="checkbox"
          role="switch"
          aria-checked=${draft.published ? 'true' : 'false'}
          id="acc-r-published"
          aria-describedby="acc-r-published-hint"
          .checked=${live(draft.published)}
          @change=${(event: Event) =>
            change(account, { published: (event.target as HTMLInputElement).checked }, 'published')}
        />
        ${msg.msg('published')}
      </label>
      <p class="hint" id="acc-r-published-hint">${msg.msg('publishedHint')}</p>
    </div>`;
}

// ── Saving ─────────────────────────────────────────────────────────────────────────────────────────────────────

function focusField(account: JobSeekerController, field: string): void {
  account.focusAfterUpdate(`#${CSS.escape(fieldControlId(field))}`);
}

async function save(event: Event, account: JobSeekerController): Promise<void> {
  event.preventDefault();
  const msg = account.localize;
  let form = account.resumeFormState;
  if (form.saving) return;
  // A skill typed but not yet added goes with the résumé.
  if (form.skillText.trim()) {
    account.updateResumeForm({
      draft: { ...form.draft, skills: addSkills(form.draft.skills, form.skillText) },
      skillText: '',
    });
    form = account.resumeFormState;
  }
  const { input, errors } = resumeInputOf(form.draft);
  if (errors.length) {
    const byField = Object.fromEntries(errors.map((error) => [error.field, msg.msg('problem', error.problem)]));
    account.updateResumeForm({ errors: byField, formError: undefined });
    const [first] = inFormOrder(errors);
    if (first) focusField(account, first.field);
    return;
  }
  account.updateResumeForm({ saving: true, errors: {}, formError: undefined });
  try {
    const saved = await account.saveResume(input);
    // The form now shows what the server kept (newest job first, trimmed), as saved.
    account.resumeForm = {
      ...account.resumeFormState,
      draft: draftOf(saved),
      dirty: false,
      saving: false,
      errors: {},
    };
    account.announce(msg.msg('resumeSavedLive'));
    account.requestUpdate();
  } catch (error) {
    if (error instanceof ApiError && error.errors.length) {
      const known = error.errors.filter((item) => item.field && item.field !== '(body)');
      const byField = Object.fromEntries(known.map((item) => [item.field, item.message]));
      account.updateResumeForm({
        saving: false,
        errors: byField,
        formError: known.length === error.errors.length ? undefined : `${msg.msg('resumeSaveFailed')} ${error.message}`,
      });
      const [first] = inFormOrder(known);
      if (first) focusField(account, first.field);
    } else {
      account.updateResumeForm({
        saving: false,
        formError: `${msg.msg('resumeSaveFailed')} ${account.describe(error)}`,
      });
      account.focusAfterUpdate('[data-action="save-resume"]');
    }
  }
}

// ── The file ───────────────────────────────────────────────────────────────────────────────────────────────────

/** What is wrong with `file` as a résumé attachment, by its size and then its content; undefined if nothing. */
export async function resumeFileProblem(file: File, msg: Msg): Promise<string | undefined> {
  const sized = checkFile(
    { size: file.size, name: file.name, type: RESUME_FILE_MEDIA_TYPES[0] },
    RESUME_FILE_MEDIA_TYPES,
    RESUME_FILE_MAX_BYTES,
  );
  if (!sized.ok) return msg.msg(sized.problem === 'empty' ? 'fileEmpty' : 'fileSize');
  const type = sniffResumeFile(new Uint8Array(await file.arrayBuffer()));
  // The content decides, never the name: a type the content does not show is no type at all.
  const typed = checkFile(
    { size: file.size, name: '', type: type ?? 'application/octet-stream' },
    RESUME_FILE_MEDIA_TYPES,
    RESUME_FILE_MAX_BYTES,
  );
  return typed.ok ? undefined : msg.msg('fileType');
}

function sizeText(msg: Msg, bytes: number): string {
  return bytes < 1024 * 1024
    ? msg.msg('kilobytes', Math.max(1, Math.round(bytes / 1024)))
    : msg.msg('megabytes', (bytes / 1024 / 1024).toFixed(1).replace('.', msg.locale === 'ru' ? ',' : '.'));
}

function renderFile(account: JobSeekerController, form: ResumeFormState, resume: Resume | null): TemplateResult {
  const msg = account.localize;
  if (!resume) {
    return html`<section class="resume-file" aria-labelledby="acc-r-file-title">
      <h4 id="acc-r-file-title" class="account-heading">${msg.msg('file')}</h4>
      <p class="hint">${msg.msg('fileNeedsResume')}</p>
    </section>`;
  }
  const uploading = form.uploadProgress !== undefined;
  const percent = Math.round((form.uploadProgress ?? 0) * 100);
  const failing = async (action: () => Promise<unknown>, failed: string, focus: string) => {
    account.updateResumeForm({ fileError: undefined });
    try {
      await action();
    } catch (error) {
      account.updateResumeForm({ fileError: `${failed} ${account.describe(error)}` });
    }
    account.focusAfterUpdate(focus);
  };
  const onChosen = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Said at once, before anything is sent: the file will not do.
    account.updateResumeForm({ fileError: file ? await resumeFileProblem(file, msg) : undefined });
  };
  const upload = async (event: Event) => {
    event.preventDefault();
    if (uploading) return;
    const input = (event.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>('input[type=file]');
    if (!input) return;
    const file = input.files?.[0];
    const problem = file ? await resumeFileProblem(file, msg) : msg.msg('fileNone');
    if (problem || !file) {
      account.updateResumeForm({ fileError: problem });
      input.focus();
      return;
    }
    try {
      await account.uploadResumeFile(file);
      input.value = '';
      account.focusAfterUpdate('[data-action="download-file"]');
    } catch (error) {
      account.updateResumeForm({
        fileError: isRefusal(error) ? error.message : `${msg.msg('fileFailed')} ${account.describe(error)}`,
      });
      input.focus();
    }
  };
  return html`<section class="resume-file" aria-labelledby="acc-r-file-title">
    <h4 id="acc-r-file-title" class="account-heading">${msg.msg('file')}</h4>
    ${
      resume.file
        ? html`<p>${msg.msg('fileAttached', resume.file.fileName, sizeText(msg, resume.file.size))}</p>
            <div class="account-actions">
              <button
                type="button"
                class="button secondary"
                data-action="download-file"
                @click=${() => void failing(() => account.downloadResumeFile(), msg.msg('fileDownloadFailed'), '[data-action="download-file"]')}
              >
                ${msg.msg('fileDownload', resume.file.fileName)}
              </button>
              <button
                type="button"
                class="button secondary"
                data-action="remove-file"
                @click=${() => void failing(() => account.removeResumeFile(), msg.msg('fileRemoveFailed'), '#acc-r-file')}
              >
                ${msg.msg('fileRemove', resume.file.fileName)}
              </button>
            </div>`
        : nothing
    }
    <form class="account-form" novalidate @submit=${(event: Event) => void upload(event)}>
      <div class="field">
        <label for="acc-r-file">${msg.msg('fileChoose')}</label>
        <p class="hint" id="acc-r-file-hint">${msg.msg('fileHint')}</p>
        <input
          id="acc-r-file"
          type="file"
          accept=".pdf,.docx,${RESUME_FILE_MEDIA_TYPES.join(',')}"
          aria-describedby="acc-r-file-hint acc-r-file-error"
          aria-invalid=${form.fileError ? 'true' : 'false'}
          @change=${(event: Event) => void onChosen(event.target as HTMLInputElement)}
        />
        <p class="message-error" id="acc-r-file-error" role="alert">${form.fileError ?? ''}</p>
        ${
          uploading
            ? html`<progress max="100" value=${percent} aria-label=${msg.msg('fileUploading', percent)}></progress>`
            : nothing
        }
      </div>
      <div class="account-actions">
        <button type="submit" class="button" aria-disabled=${uploading ? 'true' : 'false'} data-action="upload-file">
          ${msg.msg('fileUpload')}
        </button>
      </div>
    </form>
  </section>`;
}
