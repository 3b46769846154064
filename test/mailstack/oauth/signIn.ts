// Plays the person in the browser: follows the authorization request through oidc-provider's
// development login and consent pages (plain HTTP with a cookie jar, no browser) until the IdP
// redirects away from itself — to the app's loopback listener — and optionally delivers that.

import type { Endpoints } from '../state';
import { CookieJar, isIssuerUrl, issuerRequest, loopbackRequest } from './idpHttp';

export interface SignInOptions {
  /** The account (its email) typed into the login page. */
  login: string;
  /** false: abort at the consent page, so the app receives error=access_denied. Default true. */
  consent?: boolean;
}

export interface SignInResult {
  /** Where the IdP sent the browser at the end (the app's redirect URI with code or error). */
  redirectUrl: string;
  code?: string;
  state?: string;
  error?: string;
  errorDescription?: string;
}

export interface DeliveredSignIn extends SignInResult {
  /** What the app's loopback listener answered to the redirect. */
  callback: { status: number; body: string };
}

/** Redirects, login, consent, resume, consent again at most: far below this. */
const maxSteps = 20;

function formPrompt(html: string): string | undefined {
  return /<input type="hidden" name="prompt" value="(\w+)"/.exec(html)?.[1];
}

function formAction(html: string): string | undefined {
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
  return action?.replace(/&amp;/g, '&');
}

function resultOf(url: URL): SignInResult {
  const q = url.searchParams;
  const pick = (name: string) => q.get(name) ?? undefined;
  return {
    redirectUrl: url.href,
    code: pick('code'),
    state: pick('state'),
    error: pick('error'),
    errorDescription: pick('error_description'),
  };
}

/** Drives the pages to the final redirect without requesting it. */
export async function driveSignIn(
  handle: { endpoints: Endpoints },
  authorizeUrl: string,
  options: SignInOptions,
): Promise<SignInResult> {
  const oauth = handle.endpoints.oauth;
  const jar = new CookieJar();
  const consent = options.consent ?? true;
  let url = new URL(authorizeUrl);
  let form: Record<string, string> | undefined;
  for (let step = 0; step < maxSteps; step++) {
    if (!isIssuerUrl(oauth, url)) return resultOf(url);
    const answer = await issuerRequest(oauth, url, { jar, form });
    form = undefined;
    const location = answer.headers.location;
    if (answer.status >= 300 && answer.status < 400 && location !== undefined) {
      url = new URL(location, url);
      continue;
    }
    const prompt = answer.status === 200 ? formPrompt(answer.body) : undefined;
    const action = formAction(answer.body);
    if (prompt === 'login' && action !== undefined) {
      url = new URL(action, url);
      form = { prompt: 'login', login: options.login, password: 'any' };
    } else if (prompt === 'consent' && action !== undefined) {
      url = new URL(consent ? action : `${action}/abort`, url);
      if (consent) form = { prompt: 'consent' };
    } else {
      throw new Error(
        `mailstack: sign-in stopped at ${url.href} (HTTP ${answer.status}): ${answer.body
          .replace(/<[^>]+>/g, ' ')
          .replace(/\s+/g, ' ')
          .slice(0, 400)}`,
      );
    }
  }
  throw new Error(`mailstack: sign-in did not leave the IdP within ${maxSteps} steps`);
}

/**
 * The whole sign-in as the app sees it: the pages, then a GET of the final redirect URL, so the
 * app's loopback listener receives `code` and `state` (or `error=access_denied`).
 */
export async function completeSignIn(
  handle: { endpoints: Endpoints },
  authorizeUrl: string,
  options: SignInOptions,
): Promise<DeliveredSignIn> {
  const result = await driveSignIn(handle, authorizeUrl, options);
  const answer = await loopbackRequest(result.redirectUrl);
  return { ...result, callback: { status: answer.status, body: answer.body } };
}
