import type { AddressInfo } from 'node:net';
import { SwitchoverError } from '../errors';
import type { Language } from '../contract';

/**
 * The redirect of an installed app (RFC 8252 §7.3): a listener on 127.0.0.1 with a port the
 * system picks, for one answer. The browser lands here with `code` and `state`; the page it
 * shows says, in the person's language, that the tab can be closed. A request with another
 * `state` is refused and the wait goes on (a page elsewhere cannot finish the sign-in).
 */

export interface RedirectAnswer {
  code?: string;
  error?: string;
  errorDescription?: string;
}

const pages: Record<Language, { done: string; failed: string }> = {
  en: {
    done: 'You are signed in. You can close this tab and go back to Switchover.',
    failed: 'Signing in did not finish. You can close this tab: Switchover says what happened.',
  },
  de: {
    done: 'Sie sind angemeldet. Sie können diesen Tab schließen und zu Switchover zurückkehren.',
    failed:
      'Die Anmeldung wurde nicht abgeschlossen. Sie können diesen Tab schließen: Switchover erklärt, was passiert ist.',
  },
  fr: {
    done: 'Vous êtes connecté. Vous pouvez fermer cet onglet et revenir à Switchover.',
    failed:
      "La connexion n'a pas abouti. Vous pouvez fermer cet onglet : Switchover explique ce qui s'est passé.",
  },
  es: {
    done: 'Ha iniciado sesión. Puede cerrar esta pestaña y volver a Switchover.',
    failed:
      'El inicio de sesión no terminó. Puede cerrar esta pestaña: Switchover le dice qué pasó.',
  },
};

function page(language: Language, ok: boolean): string {
  const text = ok ? pages[language].done : pages[language].failed;
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>Switchover</title></head><body style="font:1.25rem/1.5 system-ui,sans-serif;margin:3rem auto;max-width:36rem"><p>${text}</p></body></html>`;
}

export interface LoopbackRedirect {
  redirectUri: string;
  /** The browser's answer; rejects on cancel (oauth.cancelled) or after the time limit. */
  answer: Promise<RedirectAnswer>;
  close(): void;
}

export async function listenForRedirect(options: {
  state: string;
  language: Language;
  timeoutMs: number;
  signal?: AbortSignal;
}): Promise<LoopbackRedirect> {
  let settle: { resolve: (a: RedirectAnswer) => void; reject: (e: unknown) => void } | undefined;
  const answer = new Promise<RedirectAnswer>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // Loaded here: every connection imports oauth/ for its tokens, only sign-in needs a server.
  const { createServer } = await import('node:http');
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/callback' || url.searchParams.get('state') !== options.state) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const code = url.searchParams.get('code') ?? undefined;
    const error = url.searchParams.get('error') ?? undefined;
    const description = url.searchParams.get('error_description') ?? undefined;
    res
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
      })
      .end(page(options.language, code !== undefined && error === undefined));
    settle?.resolve({
      ...(code !== undefined ? { code } : {}),
      ...(error !== undefined ? { error } : {}),
      ...(description !== undefined ? { errorDescription: description } : {}),
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const timer = setTimeout(
    () =>
      settle?.reject(
        new SwitchoverError('oauth.timeout', 'The sign-in page was not finished in time.'),
      ),
    options.timeoutMs,
  );
  const onAbort = () =>
    settle?.reject(new SwitchoverError('oauth.cancelled', 'Signing in was cancelled.'));
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) onAbort();
  const close = () => {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    server.close();
    server.closeAllConnections();
  };
  answer.then(close, close);
  return { redirectUri: `http://127.0.0.1:${port}/callback`, answer, close };
}
