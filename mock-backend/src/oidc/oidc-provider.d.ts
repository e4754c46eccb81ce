// oidc-provider 9 ships no type declarations (and @types/oidc-provider lags behind the major version), so this
// declares the part of its API the mock backend uses — read from lib/provider.js, lib/models and
// lib/helpers/defaults.js of 9.13.3. Keep it narrow: add a member only when code starts to need it.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  type Awaitable<T> = T | Promise<T>;

  /** What an adapter stores: the model's payload, plus `consumed` once consumed. */
  export interface AdapterPayload {
    readonly [key: string]: unknown;
    readonly jti?: string;
    readonly kind?: string;
    readonly exp?: number;
    readonly grantId?: string;
    readonly userCode?: string;
    readonly uid?: string;
    readonly accountId?: string;
    readonly consumed?: unknown;
  }

  export interface Adapter {
    upsert(id: string, payload: AdapterPayload, expiresIn: number | undefined): Promise<void>;
    find(id: string): Promise<AdapterPayload | undefined>;
    findByUserCode(userCode: string): Promise<AdapterPayload | undefined>;
    findByUid(uid: string): Promise<AdapterPayload | undefined>;
    consume(id: string): Promise<void>;
    destroy(id: string): Promise<void>;
    revokeByGrantId(grantId: string): Promise<void>;
  }

  export type AdapterFactory = (modelName: string) => Adapter;

  export interface AccountClaims {
    readonly sub: string;
    readonly [claim: string]: unknown;
  }

  export interface Account {
    readonly accountId: string;
    claims(use: string, scope: string, claims: unknown, rejected: readonly string[]): Awaitable<AccountClaims>;
  }

  export interface Client {
    readonly clientId: string;
    readonly clientName?: string;
    readonly clientAuthMethod: string;
    readonly applicationType: string;
    readonly redirectUris: readonly string[];
    readonly postLogoutRedirectUris?: readonly string[];
    redirectUriAllowed(value: string): boolean;
    postLogoutRedirectUriAllowed(value: string): boolean;
    grantTypeAllowed(type: string): boolean;
  }

  export interface ClientClass {
    find(id: string): Promise<Client | undefined>;
    readonly prototype: Client;
  }

  export interface Session {
    readonly uid: string;
    readonly accountId?: string;
  }

  export interface OIDCContext {
    readonly route: string;
    readonly client?: Client;
    readonly session?: Session;
    readonly params?: Readonly<Record<string, unknown>>;
    readonly result?: Readonly<Record<string, unknown>>;
  }

  /** The Koa context oidc-provider passes to its configuration helpers. */
  export interface KoaContextWithOIDC {
    readonly oidc: OIDCContext;
    readonly host: string;
    readonly method: string;
    type: string;
    status: number;
    body: unknown;
  }

  export interface InteractionPrompt {
    readonly name: string;
    readonly reasons: readonly string[];
    readonly details: Readonly<Record<string, unknown>>;
  }

  export interface Interaction {
    readonly uid: string;
    readonly exp: number;
    readonly prompt: InteractionPrompt;
    readonly params: Readonly<Record<string, unknown>>;
    readonly session?: { readonly accountId: string; readonly uid?: string };
    readonly grantId?: string;
    readonly returnTo: string;
  }

  export interface InteractionResults {
    readonly login?: { readonly accountId: string; readonly amr?: readonly string[]; readonly remember?: boolean };
    readonly consent?: { readonly grantId?: string };
    readonly error?: string;
    readonly error_description?: string;
  }

  export interface Grant {
    readonly jti: string;
    readonly accountId?: string;
    readonly clientId?: string;
    addOIDCScope(scope: string): void;
    addOIDCClaims(claims: readonly string[]): void;
    addResourceScope(indicator: string, scope: string): void;
    save(): Promise<string>;
  }

  export interface GrantClass {
    new (properties: { accountId: string; clientId: string }): Grant;
    find(id: string): Promise<Grant | undefined>;
  }

  export interface AccessToken {
    readonly jti: string;
    readonly accountId?: string;
    readonly clientId: string;
    readonly grantId?: string;
    readonly scope?: string;
    readonly isValid: boolean;
  }

  export interface TokenClass<T> {
    find(value: string, options?: { ignoreExpiration?: boolean }): Promise<T | undefined>;
  }

  export interface RefreshToken {
    readonly jti: string;
    readonly accountId?: string;
    readonly consumed?: unknown;
    readonly isValid: boolean;
  }

  /** One reason a prompt may be needed; `check` returns true when it is. */
  export interface PolicyCheck {
    readonly reason: string;
  }

  export const Check: {
    new (
      reason: string,
      description: string,
      check: (ctx: KoaContextWithOIDC) => Awaitable<boolean>,
      details?: (ctx: KoaContextWithOIDC) => Record<string, unknown>,
    ): PolicyCheck;
    readonly REQUEST_PROMPT: true;
    readonly NO_NEED_TO_PROMPT: false;
  };

  export interface Prompt {
    readonly name: string;
    readonly checks: PolicyCheck[] & { add(check: PolicyCheck, index?: number): void };
  }

  export type InteractionPolicy = Prompt[] & { get(name: string): Prompt | undefined };

  export const interactionPolicy: {
    base(): InteractionPolicy;
    Check: typeof Check;
  };

  export namespace errors {
    class OIDCProviderError extends Error {
      readonly error: string;
      readonly error_description?: string;
      readonly status: number;
    }
    class SessionNotFound extends OIDCProviderError {}
    class AccessDenied extends OIDCProviderError {
      constructor(description?: string);
    }
  }

  /** Configuration keys the mock sets; see lib/helpers/defaults.js for their meaning. */
  export interface Configuration {
    readonly [key: string]: unknown;
    readonly adapter?: AdapterFactory;
    readonly clients?: readonly Readonly<Record<string, unknown>>[];
    readonly jwks?: { readonly keys: readonly Readonly<Record<string, unknown>>[] };
    readonly cookies?: {
      readonly keys?: readonly string[];
      readonly long?: Readonly<Record<string, unknown>>;
      readonly short?: Readonly<Record<string, unknown>>;
    };
    readonly findAccount?: (ctx: KoaContextWithOIDC, sub: string, token?: unknown) => Promise<Account | undefined>;
    readonly renderError?: (ctx: KoaContextWithOIDC, out: Record<string, string>, error: Error) => Awaitable<void>;
    readonly interactions?: {
      readonly policy?: InteractionPolicy;
      readonly url?: (ctx: KoaContextWithOIDC, interaction: Interaction) => Awaitable<string>;
    };
  }

  export class Provider {
    constructor(issuer: string, configuration?: Configuration);
    readonly issuer: string;
    proxy: boolean;
    readonly Client: ClientClass;
    readonly Grant: GrantClass;
    readonly AccessToken: TokenClass<AccessToken>;
    readonly RefreshToken: TokenClass<RefreshToken>;
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
    interactionResult(
      req: IncomingMessage,
      res: ServerResponse,
      result: InteractionResults,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<string>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: InteractionResults,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }

  export default Provider;
}
