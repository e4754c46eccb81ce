// «Моё резюме» as the tab shows it: signed out, the invitation to sign in; while the résumé loads or fails, that;
// then the form, whose module (the largest of the account) is fetched the first time it is needed.
import { html, type TemplateResult } from 'lit';
import type { JobSeekerController } from './job-seeker.controller.js';
import { renderListState, renderSignIn } from './panel-parts.js';
import type * as ResumeFormModule from './resume-form.js';

type FormModule = typeof ResumeFormModule;
let formModule: FormModule | undefined;
let loading: Promise<FormModule> | undefined;

/** Starts fetching the form's code (e.g. when the pointer is over the tab); resolves when it is there. */
export function preloadResumeForm(): Promise<FormModule> {
  loading ??= import('./resume-form.js').then((module) => (formModule = module));
  return loading;
}

export function renderResumePanel(account: JobSeekerController): TemplateResult {
  const msg = account.localize;
  return html`<section class="account-panel resume-panel" part="resume-panel" aria-labelledby="acc-resume-title">
    <h3 id="acc-resume-title" class="account-heading" tabindex="-1">${msg.msg('resumeTitle')}</h3>
    ${
      account.signedIn
        ? renderListState(account, account.resume, {
            loading: msg.msg('resumeLoading'),
            error: msg.msg('resumeError'),
            retry: () => void account.reload('resume'),
            ready: (resume) => {
              if (formModule) return formModule.renderResumeForm(account, resume);
              void preloadResumeForm().then(
                () => account.requestUpdate(),
                () => {
                  // A failed fetch (offline) is tried again on the next render.
                  loading = undefined;
                },
              );
              return html`<p class="account-notice" role="status">${msg.msg('formLoading')}</p>`;
            },
          })
        : renderSignIn(account, msg.msg('resumeSignIn'))
    }
  </section>`;
}
