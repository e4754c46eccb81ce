import type { OtpFactor } from './otp-prompt.logic.js';

/** `detail` of `gos-otp-submit`: the normalised code and the factor it belongs to. */
export interface GosOtpSubmitDetail {
  /** Digits only for SMS, e-mail and app codes; letters and digits, upper case, no separators for backup codes. */
  readonly code: string;
  readonly factor: OtpFactor;
}

/** `detail` of `gos-otp-resend` (send a new code by this factor) and `gos-otp-switch` (use this factor instead). */
export interface GosOtpFactorDetail {
  readonly factor: OtpFactor;
}

export type GosOtpSubmitEvent = CustomEvent<GosOtpSubmitDetail>;
export type GosOtpResendEvent = CustomEvent<GosOtpFactorDetail>;
export type GosOtpSwitchEvent = CustomEvent<GosOtpFactorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'gos-otp-submit': GosOtpSubmitEvent;
    'gos-otp-resend': GosOtpResendEvent;
    'gos-otp-switch': GosOtpSwitchEvent;
  }
  interface HTMLElementEventMap {
    'gos-otp-submit': GosOtpSubmitEvent;
    'gos-otp-resend': GosOtpResendEvent;
    'gos-otp-switch': GosOtpSwitchEvent;
  }
}
