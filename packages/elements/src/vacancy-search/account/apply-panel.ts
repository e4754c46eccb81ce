// «Откликнуться» in the detail view of a vacancy: signed out, an invitation to sign in; without a résumé, the way
// to «Моё резюме»; otherwise a cover letter drafted from the résumé, its length against the limit, the response
// sent (announced, focus on the result) or why not (announced; an existing response shows its status).
import { COVER_LETTER_MAX, type VacancyRef } from '@gos-elements/contracts';
import { html, nothing, type TemplateResult } from 'lit';
import type { JobSeekerController } from './job-seeker.controller.js';

export interface ApplyPanelCallbacks {
  /** Show «Моё резюме» (the tab). */
  readonly onOpenResume: () => void;
  /** Show «Мои отклики» (the tab). */
  readonly onOpenResponses: () => void;
}

/** The apply flow for `vacancy` (the vacancy open in the detail view). */
export function renderApplyPanel(
  account: JobSeekerController,
  vacancy: Pick<VacancyRef, 'id' | 'jobName' | 'company'>,
  callbacks: ApplyPanelCallbacks,
): TemplateResult {
  const msg = account.localize;
  return html`<section class="account-panel apply" part="apply" aria-labelledby="acc-apply-title">
    <h3 id="acc-apply-title" class="account-heading">${msg.msg('applyTitle')}</h3>
    ${renderBody(account, vacancy, callbacks)}
  </section>`;
}

function renderBody(
  account: JobSeekerController,
  vacancy: Pick<VacancyRef, 'id' | 'jobName' | 'company'>,
  callbacks: ApplyPanelCallbacks,
): TemplateResult {
  const msg = account.localize;
  if (!account.signedIn) {
    return html`<div class="account-notice">
      <p>${msg.msg('applySignIn')}</p>
      <button type="button" class="button" ?disabled=${!account.session} @click=${() => account.requestSignIn()}>
        ${msg.msg('signIn')}
      </button>
    </div>`;
  }
  const state = account.applyState(vacancy.id);
  if (state.phase === 'sent') {
    return html`<div class="account-notice success" data-apply="sent">
      <h4 class="account-heading" tabindex="-1" data-focus="apply-result">✓ ${msg.msg('responded')}</h4>
      <p>${msg.msg('respondedText', vacancy.company.name)}</p>
      <button type="button" class="link" @click=${callbacks.onOpenResponses}>${msg.msg('toResponses')}</button>
    </div>`;
  }
  const resume = account.resume;
  if (resume.status === 'idle' || (resume.status === 'loading' && resume.value === undefined)) {
    return html`<p class="account-notice" role="status">${msg.msg('applyResumeLoading')}</p>`;
  }
  if (resume.status === 'error' && resume.value === undefined) {
    return html`<div class="account-notice error" role="alert">
      <p>${msg.msg('applyResumeError')} ${account.describe(resume.error)}</p>
      <button type="button" class="button secondary" @click=${() => void account.reload('resume')}>
        ${msg.msg('retry')}
      </button>
    </div>`;
  }
  const saved = 'value' in resume ? resume.value : undefined;
  if (!saved) {
    return html`<div class="account-notice" data-apply="needs-resume">
      <p>${msg.msg('applyNeedsResume')}</p>
      <button type="button" class="button" @click=${callbacks.onOpenResume}>${msg.msg('applyFillResume')}</button>
    </div>`;
  }
  const existing = account.activeResponse(vacancy.id) ?? state.response;
  if (existing && existing.status !== 'withdrawn') {
    return html`<div class="account-notice" data-apply="existing">
      ${
        state.error
          ? html`<p class="message-error" role="alert">${state.error}</p>`
          : html`<p>${msg.msg('responseUnderWay', msg.msg('status', existing.status))}</p>`
      }
      <button type="button" class="link" @click=${callbacks.onOpenResponses}>${msg.msg('toResponses')}</button>
    </div>`;
  }
  const letter =
    state.letter ??
    msg.msg('coverLetterTemplate', {
      title: vacancy.jobName,
      company: vacancy.company.name,
      position: saved.desiredPosition,
      fullName: saved.fullName,
    });
  const length = letter.length;
  const sending = state.phase === 'sending';
  const submit = (event: Event) => {
    event.preventDefault();
    if (account.applyState(vacancy.id).phase === 'sending') return;
    // What is in the field now (a render may not have run since the last key).
    const typed = (event.currentTarget as HTMLFormElement).querySelector('textarea')?.value ?? letter;
    const text = typed.trim();
    const problem = !text
      ? msg.msg('coverLetterEmpty')
      : text.length > COVER_LETTER_MAX
        ? msg.msg('coverLetterTooLong', COVER_LETTER_MAX)
        : undefined;
    if (problem) {
      account.setApplyState(vacancy.id, { ...state, letter: typed, error: problem, errorCode: 'invalid' });
      account.focusAfterUpdate('#acc-cover-letter');
      return;
    }
    void account.respond(vacancy.id, text).then((response) => {
      account.focusAfterUpdate(response ? '[data-focus="apply-result"]' : '#acc-cover-letter');
    });
  };
  const invalid = state.errorCode === 'invalid' || length > COVER_LETTER_MAX;
  return html`<form class="account-form" novalidate @submit=${submit}>
    <div class="field">
      <label for="acc-cover-letter">${msg.msg('coverLetter')}</label>
      <p class="hint" id="acc-cover-letter-hint">${msg.msg('coverLetterHint')}</p>
      <textarea
        id="acc-cover-letter"
        rows="10"
        .value=${letter}
        aria-describedby="acc-cover-letter-hint acc-cover-letter-count acc-apply-error"
        aria-invalid=${invalid ? 'true' : 'false'}
        ?readonly=${sending}
        @input=${(event: Event) => account.setCoverLetter(vacancy.id, (event.target as HTMLTextAreaElement).value)}
      ></textarea>
      <p class="hint counter ${length > COVER_LETTER_MAX ? 'over' : ''}" id="acc-cover-letter-count">
        ${msg.msg('coverLetterCount', length, COVER_LETTER_MAX)}
      </p>
      <p class="message-error" id="acc-apply-error" role="alert">${state.error ?? ''}</p>
    </div>
    ${
      state.errorCode === 'resume-required'
        ? html`<p>
            <button type="button" class="link" @click=${callbacks.onOpenResume}>${msg.msg('applyFillResume')}</button>
          </p>`
        : nothing
    }
    <div class="account-actions">
      <button type="submit" class="button" aria-disabled=${sending ? 'true' : 'false'} data-action="respond">
        ${msg.msg(sending ? 'responding' : 'respond')}
      </button>
    </div>
  </form>`;
}
