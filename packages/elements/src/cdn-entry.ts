// The CDN module (`dist/cdn/gos-elements.js`): the one <script type="module"> a webmaster pastes. It defines
// nothing up front; the first time a tag is on the page, that element's code is fetched (with what it shares with
// the others, once) and the tag defined. A page with only <gos-login-button> never downloads the OTP prompt.
// Scripts that need an element wait with `customElements.whenDefined('gos-…')`.
import { autoload } from './internal/autoload.js';

autoload({
  'gos-application-status': () => import('./application-status/define.js'),
  'gos-benefits-history': () => import('./benefits-history/define.js'),
  'gos-config': () => import('./config/define.js'),
  'gos-login-button': () => import('./login-button/define.js'),
  'gos-otp-prompt': () => import('./otp-prompt/define.js'),
  'gos-registration-wizard': () => import('./registration-wizard/define.js'),
  'gos-vacancy-search': () => import('./vacancy-search/define.js'),
});
