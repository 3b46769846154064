import { describe, expect, it } from 'vitest';
import {
  allCardLinks,
  cardForDomain,
  cardForHost,
  createDetector,
  parseAutoconfig,
  parseXml,
  preferredResult,
} from '../../src-main/accounts';
import { createVault, sessionStore, type SecretStore } from '../../src-main/vault';
import { isAllowedExternalUrl } from '../../src-main/security';
import {
  baseDomain,
  classifyFailure,
  createNetwork,
  nextSubdomain,
  redact,
} from '../../src-main/net';

const gmailLike = `<?xml version="1.0" encoding="UTF-8"?>
<!-- a comment -->
<clientConfig version="1.1">
  <emailProvider id="example.com">
    <domain>example.com</domain>
    <displayName>Example &amp; Co</displayName>
    <incomingServer type="imap">
      <hostname>oauth.example.com</hostname><port>993</port><socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username><authentication>OAuth2</authentication>
    </incomingServer>
    <incomingServer type="pop3">
      <hostname>pop.example.com</hostname><port>995</port><socketType>SSL</socketType>
    </incomingServer>
    <incomingServer type="imap">
      <hostname>imap.%EMAILDOMAIN%</hostname><port>143</port><socketType>STARTTLS</socketType>
      <username>%EMAILLOCALPART%</username>
      <authentication>OAuth2</authentication><authentication>password-cleartext</authentication>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>plain.example.com</hostname><port>25</port><socketType>plain</socketType>
    </outgoingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.example.com</hostname><port>465</port><socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username>
    </outgoingServer>
    <enable visiturl="https://mail.example.com/settings?a=1&amp;b=2">
      <instruction lang="de">IMAP einschalten</instruction>
      <instruction>Turn on IMAP</instruction>
    </enable>
    <documentation url="https://help.example.com/"><descr><![CDATA[How <to> set up]]></descr></documentation>
  </emailProvider>
</clientConfig>`;

describe('config-v1.1.xml', () => {
  it('reads servers in order, skipping OAuth-only, POP3 and plain-text ones, with instructions', () => {
    const doc = parseAutoconfig(gmailLike);
    expect(doc.displayName).toBe('Example & Co');
    expect(doc.imap).toEqual([
      { host: 'imap.%EMAILDOMAIN%', port: 143, security: 'starttls', username: '%EMAILLOCALPART%' },
    ]);
    expect(doc.smtp.map((s) => s.security)).toEqual(['plain', 'tls']);
    expect(doc.instructions).toEqual([
      { text: 'Turn on IMAP', url: 'https://mail.example.com/settings?a=1&b=2' },
      { text: 'How <to> set up', url: 'https://help.example.com/' },
    ]);
  });

  it('is strict: DOCTYPE, mismatched tags, two roots and unknown entities are refused', () => {
    expect(() => parseXml('<!DOCTYPE x [<!ENTITY a "b">]><a/>')).toThrow(/DOCTYPE/);
    expect(() => parseXml('<a><b></a></b>')).toThrow();
    expect(() => parseXml('<a/><b/>')).toThrow(/more than one root/);
    expect(() => parseXml('<a>&bogus;</a>')).toThrow(/entity/);
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow(/repeated/);
    expect(() => parseXml('<a>')).toThrow(/unclosed/i);
    expect(parseXml('<a t="&#x41;&#66;">x&lt;y</a>')).toMatchObject({
      attributes: { t: 'AB' },
      text: 'x<y',
    });
    expect(() => parseAutoconfig('<clientConfig version="1.1"/>')).toThrow(/emailProvider/);
  });

  it('expands no entities: billion laughs, external and parameter entities are refused', () => {
    const laughs = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE lolz [',
      '  <!ENTITY lol "lol">',
      ...Array.from(
        { length: 9 },
        (_, i) => `  <!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`,
      ),
      ']>',
      '<clientConfig version="1.1"><emailProvider id="x">',
      '<displayName>&lol9;</displayName></emailProvider></clientConfig>',
    ].join('\n');
    const started = performance.now();
    expect(() => parseAutoconfig(laughs)).toThrow(/DOCTYPE/);
    expect(performance.now() - started).toBeLessThan(100);
    const external = `<?xml version="1.0"?>
<!DOCTYPE clientConfig [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<clientConfig version="1.1"><emailProvider id="x"><displayName>&xxe;</displayName></emailProvider></clientConfig>`;
    expect(() => parseAutoconfig(external)).toThrow(/DOCTYPE/);
    const parameter = '<!DOCTYPE a [<!ENTITY % p SYSTEM "http://127.0.0.1/x.dtd"> %p;]><a/>';
    expect(() => parseXml(parameter)).toThrow(/DOCTYPE/);
    // After a byte order mark, a comment or in lower case it is still a DOCTYPE.
    expect(() => parseXml('\ufeff<!-- c --><!doctype a SYSTEM "x.dtd"><a/>')).toThrow(/DOCTYPE/);
    // Without a declaration an entity is unknown, not looked up anywhere.
    expect(() => parseXml('<a>&xxe;</a>')).toThrow(/unknown entity &xxe;/);
    expect(() => parseXml('<a b="&lol9;"/>')).toThrow(/unknown entity &lol9;/);
  });

  it('refuses what is not well-formed: a bare ampersand, < in an attribute, stray text', () => {
    expect(() => parseXml('<a>AT&T</a>')).toThrow(/&/);
    expect(() => parseXml('<a t="a<b"/>')).toThrow(/</);
    expect(() => parseXml('text<a/>')).toThrow();
    expect(() => parseXml('<a></a>text')).toThrow(/text/i);
    expect(() => parseXml('<![CDATA[x]]><a/>')).toThrow(/outside the root/);
    expect(() => parseXml('')).toThrow();
    // CDATA is taken as it is, entities elsewhere decoded, comments and PIs dropped.
    expect(parseXml('<a><![CDATA[&amp; <b>]]> &amp;<!-- c --><?pi x?> &#x1F600;</a>').text).toBe(
      '&amp; <b> & \u{1F600}',
    );
  });
});

describe('choosing among lookups', () => {
  const after =
    <T>(ms: number, value: T | undefined, fail = false) =>
    (signal: AbortSignal) =>
      new Promise<T | undefined>((resolve, reject) => {
        const timer = setTimeout(() => (fail ? reject(new Error('failed')) : resolve(value)), ms);
        signal.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(new Error('aborted'));
        });
      });

  it('waits for a higher-priority lookup, then cancels the lower ones', async () => {
    const outcome = await preferredResult([
      after(30, 'best'),
      after(1, 'second'),
      after(5000, 'slow'),
    ]);
    expect(outcome.value).toBe('best');
    expect(outcome.outcomes).toEqual(['found', 'found', 'cancelled']);
  });

  it('skips failed and empty lookups', async () => {
    const outcome = await preferredResult([
      after(5, 'x', true),
      after(1, undefined),
      after(10, 'third'),
    ]);
    expect(outcome).toMatchObject({ value: 'third', index: 2 });
    expect(outcome.outcomes.slice(0, 2)).toEqual(['failed', 'none']);
  });

  it('after the soft deadline, an answer in hand beats a pending better one', async () => {
    const started = performance.now();
    const outcome = await preferredResult([after(5000, 'late'), after(1, 'now')], {
      softDeadlineMs: 50,
    });
    expect(outcome.value).toBe('now');
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('detection with injected lookups', () => {
  // DNS at a closed local port: every query fails at once, as offline.
  const offline = createNetwork({ dnsServers: ['127.0.0.1:9'], dnsTimeoutMs: 200 });

  it('plain-http provider files are taken but marked untrusted', async () => {
    const detector = createDetector({
      network: offline,
      fetchText: async (url) => {
        if (url.startsWith('http://autoconfig.example.org/')) return gmailLike;
        throw new Error('404');
      },
      guessBudgetMs: 200,
    });
    const { settings } = await detector.detect({ email: 'zoe@example.org' });
    expect(settings).toMatchObject({
      source: 'provider-http',
      trusted: false,
      imap: { host: 'imap.example.org', port: 143, security: 'starttls', username: 'zoe' },
      // The plain-text SMTP server is never offered for a non-local host.
      smtp: { host: 'smtp.example.com', port: 465, security: 'tls', username: 'zoe@example.org' },
    });
  });

  /** The offline network, but with MX and SRV answers of our choosing (as a hostile Wi-Fi's). */
  const spoofedDns = (answers: {
    mx?: string;
    srv?: Record<string, { name: string; port: number }>;
  }): typeof offline => ({
    ...offline,
    resolver: () => {
      const resolver = offline.resolver();
      resolver.resolveMx = async () =>
        answers.mx ? [{ exchange: answers.mx, priority: 10 }] : Promise.reject(new Error('no MX'));
      resolver.resolveSrv = async (name: string) => {
        const record = answers.srv?.[name.split('.')[0] ?? ''];
        return record ? [{ ...record, priority: 0, weight: 1 }] : [];
      };
      return resolver;
    },
  });
  const attackerConfig = gmailLike
    .replaceAll('example.com', 'attacker.example')
    .replace('imap.%EMAILDOMAIN%', 'imap.attacker.example');

  it('settings from an MX answer naming another domain are not trusted (the person confirms)', async () => {
    const detector = createDetector({
      network: spoofedDns({ mx: 'mx1.attacker.example' }),
      fetchText: async (url) => {
        // A valid HTTPS file — but for the domain the (unauthenticated) MX answer named.
        if (url.startsWith('https://autoconfig.attacker.example/')) return attackerConfig;
        throw new Error('404');
      },
      guessBudgetMs: 200,
    });
    const { settings } = await detector.detect({ email: 'zoe@example.org' });
    expect(settings.source).toBe('mx');
    expect(settings.imap.host).toBe('imap.attacker.example');
    expect(settings.smtp?.host).toBe('smtp.attacker.example');
    expect(settings.trusted).toBe(false);
  });

  it('SRV answers are trusted only when every server is inside the address’s own domain', async () => {
    const detect = (srv: Record<string, { name: string; port: number }>) =>
      createDetector({
        network: spoofedDns({ srv }),
        fetchText: async () => {
          throw new Error('404');
        },
        guessBudgetMs: 200,
      }).detect({ email: 'zoe@example.org' });
    const outside = await detect({
      _imaps: { name: 'imap.attacker.example', port: 993 },
      _submissions: { name: 'smtp.example.org', port: 465 },
    });
    expect(outside.settings).toMatchObject({ source: 'srv', trusted: false });
    const inside = await detect({
      _imaps: { name: 'imap.example.org', port: 993 },
      _submissions: { name: 'mail.eu.example.org', port: 465 },
    });
    expect(inside.settings).toMatchObject({ source: 'srv', trusted: true });
    // A look-alike is not inside: "evilexample.org" does not end in ".example.org".
    const lookalike = await detect({ _imaps: { name: 'evilexample.org', port: 993 } });
    expect(lookalike.settings.trusted).toBe(false);
  });

  it('known providers answer offline, fast, with their card', async () => {
    const detector = createDetector({
      network: offline,
      fetchText: async () => {
        throw new Error('offline');
      },
      guessBudgetMs: 200,
    });
    for (const [email, card, host] of [
      ['a@gmail.com', 'gmail', 'imap.gmail.com'],
      ['a@hotmail.de', 'microsoft', 'outlook.office365.com'],
      ['a@me.com', 'icloud', 'imap.mail.me.com'],
      ['a@gmx.at', 'gmx', 'imap.gmx.net'],
      ['a@web.de', 'webde', 'imap.web.de'],
      ['a@ymail.com', 'yahoo', 'imap.mail.yahoo.com'],
      ['a@aol.com', 'aol', 'imap.aol.com'],
      ['a@fastmail.com', 'fastmail', 'imap.fastmail.com'],
    ] as const) {
      const { settings, elapsedMs } = await detector.detect({ email });
      expect(settings.card?.id).toBe(card);
      expect(settings.imap.host).toBe(host);
      expect(elapsedMs).toBeLessThan(3000);
    }
    expect(cardForDomain('outlook.com')?.passwordSignInPossible).toBe(false);
  });
});

describe('provider cards', () => {
  it('are recognised by MX host too (Google Workspace, Microsoft 365, AOL before Yahoo)', () => {
    expect(cardForHost('aspmx.l.google.com')?.id).toBe('gmail');
    expect(cardForHost('contoso-com.mail.protection.outlook.com')?.id).toBe('microsoft');
    expect(cardForHost('mx-aol.mail.gm0.yahoodns.net')?.id).toBe('aol');
    expect(cardForHost('mta7.am0.yahoodns.net')?.id).toBe('yahoo');
    expect(cardForHost('mx01.mail.icloud.com')?.id).toBe('icloud');
    expect(cardForHost('in1-smtp.messagingengine.com')?.id).toBe('fastmail');
    expect(cardForHost('mail.old.test')).toBeUndefined();
  });

  it('only link to pages on the external-link allow-list', () => {
    for (const url of allCardLinks()) expect(isAllowedExternalUrl(url), url).toBe(true);
  });

  it('base domain and next subdomain of MX hosts', () => {
    expect(baseDomain('x.mail.protection.outlook.com')).toBe('outlook.com');
    expect(nextSubdomain('x.mail.protection.outlook.com')).toBe('protection.outlook.com');
    expect(baseDomain('mx1.example.co.uk.')).toBe('example.co.uk');
    expect(nextSubdomain('example.com')).toBeUndefined();
  });
});

describe('failures in plain codes', () => {
  const server = { host: 'imap.example.com', port: 993, security: 'tls' as const, username: 'u' };
  it('recognises provider texts and redacts credentials', () => {
    const appPassword = classifyFailure(
      { authenticationFailed: true, response: 'NO [ALERT] Application-specific password required' },
      { protocol: 'imap', server },
    );
    expect(appPassword.code).toBe('auth.app-password-required');
    const smtpAppPassword = classifyFailure(
      { code: 'EAUTH', response: '534-5.7.9 Application-specific password required.' },
      { protocol: 'smtp', server },
    );
    expect(smtpAppPassword.code).toBe('auth.app-password-required');
    const disabled = classifyFailure(
      { authenticationFailed: true, response: 'NO IMAP access is disabled for this account' },
      { protocol: 'imap', server },
    );
    expect(disabled.code).toBe('imap.disabled');
    const leaked = classifyFailure(
      {
        message: 'failed for hunter2-secret',
        code: 'EAUTH',
        response: 'A1 LOGIN user hunter2-secret',
      },
      { protocol: 'smtp', server, password: 'hunter2-secret' },
    );
    expect(leaked.code).toBe('smtp.auth-failed');
    expect(JSON.stringify(leaked.details)).not.toContain('hunter2');
    expect(redact('A2 AUTHENTICATE PLAIN AGZvbwBiYXI=\r\nok')).toBe(
      'A2 AUTHENTICATE [redacted]\r\nok',
    );
    expect(redact(`x ${Buffer.from('s3cret!').toString('base64')}`, ['s3cret!'])).toBe(
      'x [redacted]',
    );
  });
});

describe('vault fallbacks', () => {
  it('falls back to session memory when the keychain fails, and says so', async () => {
    let attempts = 0;
    const broken: SecretStore = {
      kind: 'keychain',
      store: async () => {
        attempts += 1;
        throw new Error('no Secret Service');
      },
      read: async () => null,
      remove: async () => false,
    };
    const vault = createVault([broken, sessionStore()]);
    expect(await vault.save('a@h', 'p1')).toBe('session');
    expect(await vault.save('b@h', 'p2')).toBe('session');
    expect(attempts).toBe(1);
    expect(await vault.read('a@h')).toBe('p1');
    expect(await vault.remove('a@h')).toBe(true);
    expect(await vault.read('a@h')).toBeNull();
  });
});
