import {
  confirmTotpEndpoint,
  enrolTotpEndpoint,
  fieldErrorsFromZod,
  issueBackupCodesEndpoint,
  TotpConfirmationSchema,
  type BackupCodes,
  type TotpEnrolment,
} from '@gos-elements/contracts';
import { Router } from 'express';
import type { Provider } from 'oidc-provider';
import { jsonBody } from '../http/body.js';
import { authenticatedAccount } from '../http/bearer-auth.js';
import { HttpProblem } from '../http/problem.js';
import type { SecondFactorService } from '../identity/types.js';
import type { Limits } from '../limits.js';

export interface SecondFactorRouterOptions {
  readonly provider: Provider;
  readonly secondFactors: SecondFactorService;
  readonly limits: Limits;
}

/**
 * The signed-in user's second factors: add an authenticator app (enrol → confirm with a code from it) and issue
 * a new set of backup codes. Bearer access token of our own provider.
 */
export function secondFactorRouter({ provider, secondFactors, limits }: SecondFactorRouterOptions): Router {
  const router = Router();
  router.use(jsonBody(limits));

  router.post(enrolTotpEndpoint.path, async (req, res) => {
    const accountId = await authenticatedAccount(provider, req, res);
    const enrolment: TotpEnrolment = await secondFactors.enrolTotp(accountId);
    res.status(201).json(enrolment);
  });

  router.post(confirmTotpEndpoint.path, async (req, res) => {
    const accountId = await authenticatedAccount(provider, req, res);
    const parsed = TotpConfirmationSchema.safeParse(req.body);
    if (!parsed.success) {
      throw HttpProblem.validationFailed(
        fieldErrorsFromZod(parsed.error, () => 'Введите шесть цифр, которые показывает приложение.'),
      );
    }
    if (!secondFactors.confirmTotp(accountId, parsed.data.code)) {
      throw new HttpProblem({
        status: 422,
        code: 'wrong-code',
        title: 'Неверный код',
        detail:
          'Код не подошёл. Проверьте, что приложение добавило новый ключ и время на телефоне верное, и введите свежий код.',
        errors: [{ field: 'code', code: 'wrong-code', message: 'Неверный код из приложения.' }],
      });
    }
    res.status(204).end();
  });

  router.post(issueBackupCodesEndpoint.path, async (req, res) => {
    const accountId = await authenticatedAccount(provider, req, res);
    const body: BackupCodes = { codes: await secondFactors.issueBackupCodes(accountId) };
    res.status(201).json(body);
  });

  return router;
}
