// Starting, joining and ending a whole stack, and the handle tests use to shape the test world.

import fsp from 'node:fs/promises';
import path from 'node:path';
import { startAutoconfigServer } from './autoconfig';
import { createCertificates } from './certificates';
import { startDnsmasq } from './dnsmasq';
import { startDovecot } from './dovecot';
import { startGmailDovecot } from './gmail/dovecot';
import { proxyProgram, startGmailProxy } from './gmail/proxyProcess';
import { busAddress, startKeyring } from './keyring';
import { oauthEndpointsFor } from './oauth/endpoints';
import { idpProgram, startIdentityProvider } from './oauth/idpProcess';
import { defaultStackDir, stackLayout } from './layout';
import type { StackLayout } from './layout';
import { choosePortPlan, portPlan } from './ports';
import type { PortMode, PortPlan } from './ports';
import { reloadPostfix, startPostfix, writeRoutingMaps } from './postfix';
import { isRunning, readPidFile, terminateTree, waitUntilReaped } from './processes';
import { checkUmask, pointFromCheckout, prepareDir, stackInCheckout } from './stackDir';
import type { RoutingState } from './routing';
import { readState, updateState, writeState } from './state';
import type { Endpoints, ProcessName, StackState } from './state';
import { ensureSystemPackages } from './systemPackages';
import {
  autoconfigHost,
  autoconfigHostnames,
  dnsHost,
  gmailLike,
  initialMx,
  oauthIdp,
  providerNames,
  providers,
} from './testWorld';
import type { ProviderName } from './testWorld';
import { addDovecotUser, appendMessages, checkAddress } from './users';
import type { SeedMessage, SeedOptions } from './users';

export interface StartOptions {
  /** Stack directory; default $MAILSTACK_DIR, else /tmp/switchover-mailstack-… (layout.ts). */
  dir?: string;
  /** 'auto' (default, or $MAILSTACK_PORTS): standard ports if they can be bound, else 10000+. */
  ports?: PortMode | 'auto';
}

export interface MailStackHandle {
  endpoints: Endpoints;
  createUser(
    provider: ProviderName,
    localpart: string,
    domain: string,
    password: string,
  ): Promise<void>;
  seedMessage(
    provider: ProviderName,
    address: string,
    folder: string,
    rawRfc822: Buffer | string,
    opts?: SeedOptions,
  ): Promise<void>;
  /** Several messages over one IMAP connection (for large fixtures). */
  seedMessages(
    provider: ProviderName,
    address: string,
    folder: string,
    messages: readonly SeedMessage[],
  ): Promise<void>;
  switchMx(domain: string, to: ProviderName): Promise<void>;
  setOldProviderHostsDomain(domain: string, hosts: boolean): Promise<void>;
  /** Replaces the TXT records of `name` (SPF, _dmarc.…, sel._domainkey.…); null restores defaults. */
  setTxtRecords(name: string, values: readonly string[] | null): Promise<void>;
  /** The TTL dnsmasq gives its records (MX included); null restores the default 60 s. */
  setMxTtl(seconds: number | null): Promise<void>;
  /** Extra MX records for `domain` besides the one switchMx sets (DNS only); null removes them. */
  setExtraMx(domain: string, hosts: { host: string; priority: number }[] | null): Promise<void>;
  /** Back to the default TXT records, TTL and no extra MX. */
  resetDnsRecords(): Promise<void>;
  stop(): Promise<void>;
}

/** What each recorded pid must be running, checked before it is signalled. */
const programs: Record<ProcessName, string> = {
  'dovecot-old': 'dovecot',
  'dovecot-new': 'dovecot',
  'postfix-old': 'master',
  'postfix-new': 'master',
  'dovecot-gmail': 'dovecot',
  'gmail-proxy': proxyProgram,
  'oauth-idp': idpProgram,
  dnsmasq: 'dnsmasq',
  autoconfig: 'autoconfigServer',
  dbus: 'dbus-daemon',
  keyring: 'gnome-keyring-daemon',
};

/** The stack directory: `dir`, else $MAILSTACK_DIR, else this checkout's own (layout.ts). */
export function resolveDir(dir?: string): string {
  return path.resolve(dir ?? process.env.MAILSTACK_DIR ?? defaultStackDir);
}

function requestedPorts(option: StartOptions['ports']): PortMode | 'auto' {
  const fromEnv = process.env.MAILSTACK_PORTS;
  const value = option ?? fromEnv ?? 'auto';
  if (value === 'auto' || value === 'standard' || value === 'high') return value;
  throw new Error(`mailstack: MAILSTACK_PORTS must be auto, standard or high (got "${value}")`);
}

function buildEndpoints(
  layout: StackLayout,
  plan: PortPlan,
  certs: Awaited<ReturnType<typeof createCertificates>>,
): Endpoints {
  const provider = (name: ProviderName) => {
    const p = providers[name];
    return {
      host: p.host,
      hostname: p.hostnames.mail,
      imapHostname: p.hostnames.imap,
      smtpHostname: p.hostnames.smtp,
      domain: p.domain,
      imaps: plan.provider.imaps,
      imap: plan.provider.imap,
      submission: plan.provider.submission,
      submissions: plan.provider.submissions,
      smtp: plan.provider.smtp,
      separator: p.separator,
      prefix: p.separator === '.' ? 'INBOX.' : '',
    };
  };
  return {
    dir: layout.dir,
    portMode: plan.mode,
    caCertPath: certs.caCertPath,
    providers: { old: provider('old'), new: provider('new') },
    gmailLike: {
      host: gmailLike.host,
      hostname: gmailLike.hostnames.imap,
      domain: gmailLike.domain,
      imaps: plan.gmail.imaps,
      plainImaps: plan.gmail.plainImaps,
      separator: '/',
      prefix: '',
    },
    oauth: oauthEndpointsFor(plan.oauth, certs.caCertPath),
    dns: { host: dnsHost, port: plan.dns },
    autoconfig: {
      host: autoconfigHost,
      httpPort: plan.http,
      httpsPort: plan.https,
      hostnames: [...autoconfigHostnames],
      webroot: layout.autoconfigWebroot,
      requestLog: layout.autoconfigRequestLog,
    },
    badCerts: certs.bad,
    dbusAddress: busAddress(layout),
    env: {
      NODE_EXTRA_CA_CERTS: certs.caCertPath,
      DBUS_SESSION_BUS_ADDRESS: busAddress(layout),
      SWITCHOVER_DNS: `${dnsHost}:${plan.dns}`,
    },
  };
}

function planOf(endpoints: Endpoints): PortPlan {
  const p = endpoints.providers.old;
  return {
    mode: endpoints.portMode,
    provider: {
      imaps: p.imaps,
      imap: p.imap,
      submission: p.submission,
      submissions: p.submissions,
      smtp: p.smtp,
      lmtp: 10024,
      auth: 10026,
    },
    gmail: {
      imaps: endpoints.gmailLike.imaps,
      plainImaps: endpoints.gmailLike.plainImaps,
      internalImap: portPlan(endpoints.portMode).gmail.internalImap,
    },
    oauth: { https: endpoints.oauth.httpsPort, internalHttp: endpoints.oauth.internalHttpPort },
    dns: endpoints.dns.port,
    http: endpoints.autoconfig.httpPort,
    https: endpoints.autoconfig.httpsPort,
  };
}

/** Pids of a stack, from state.json and — for a stack whose state was lost — its pid files. */
async function knownPids(layout: StackLayout): Promise<Partial<Record<ProcessName, number>>> {
  const pids: Partial<Record<ProcessName, number>> = {
    'dovecot-old': await readPidFile(`${layout.providers.old.dovecotBase}/master.pid`),
    'dovecot-new': await readPidFile(`${layout.providers.new.dovecotBase}/master.pid`),
    'postfix-old': await readPidFile(`${layout.providers.old.postfixQueue}/pid/master.pid`),
    'postfix-new': await readPidFile(`${layout.providers.new.postfixQueue}/pid/master.pid`),
    'dovecot-gmail': await readPidFile(`${layout.gmail.dovecotBase}/master.pid`),
    dnsmasq: await readPidFile(layout.dnsmasqPid),
    dbus: await readPidFile(layout.dbusPid),
  };
  const state = await readState(layout.stateFile);
  return { ...pids, ...state?.pids };
}

export async function stopMailStack(dir?: string): Promise<void> {
  const layout = stackLayout(resolveDir(dir));
  const pids = await knownPids(layout);
  const ended: number[] = [];
  const stopOne = async (name: ProcessName): Promise<void> => {
    const pid = pids[name];
    if (pid !== undefined) ended.push(...(await terminateTree(pid, programs[name])));
  };
  // Clients before servers, the bus last: nothing is left waiting on something already gone.
  await Promise.all([
    stopOne('autoconfig'),
    stopOne('gmail-proxy'),
    stopOne('postfix-old'),
    stopOne('postfix-new'),
  ]);
  await Promise.all([
    stopOne('dovecot-old'),
    stopOne('dovecot-new'),
    stopOne('dovecot-gmail'),
    stopOne('oauth-idp'),
    stopOne('dnsmasq'),
  ]);
  await stopOne('keyring');
  await stopOne('dbus');
  await fsp.rm(layout.stateFile, { force: true });
  await waitUntilReaped(ended);
}

async function allAlive(dir: string | undefined): Promise<boolean | undefined> {
  const state = await readState(stackLayout(resolveDir(dir)).stateFile);
  if (state === undefined) return undefined;
  const names = Object.keys(programs) as ProcessName[];
  return names.every((name) => {
    const pid = state.pids[name];
    return pid !== undefined && isRunning(pid, programs[name]);
  });
}

/**
 * True if dir holds a stack whose processes are all alive. A test restarting dnsmasq (switchMx,
 * setTxtRecords…) leaves a dead pid in state.json for a moment; look again before saying no, so
 * a second Vitest run does not take a running stack for a dead one (and restart it).
 */
export async function isMailStackRunning(dir?: string): Promise<boolean> {
  const first = await allAlive(dir);
  if (first !== false) return first ?? false;
  await new Promise((r) => setTimeout(r, 1500));
  return (await allAlive(dir)) ?? false;
}

export async function startMailStack(opts: StartOptions = {}): Promise<MailStackHandle> {
  await ensureSystemPackages();
  if (process.getuid?.() !== 0) {
    throw new Error('mailstack: must run as root (Postfix and Dovecot masters start as root)');
  }
  checkUmask();
  const layout = stackLayout(resolveDir(opts.dir));
  const isDefault = layout.dir === defaultStackDir;
  await stopMailStack(layout.dir);
  // A stack an older version left running inside the checkout would hold the same ports.
  const inCheckout = isDefault ? stackInCheckout() : undefined;
  if (inCheckout !== undefined) await stopMailStack(inCheckout);
  await prepareDir(layout);
  if (isDefault) await pointFromCheckout(layout.dir);
  const plan = await choosePortPlan(requestedPorts(opts.ports));
  const serverNames = (name: ProviderName) => [
    ...Object.values(providers[name].hostnames),
    providers[name].host,
  ];
  const certs = await createCertificates(
    layout.certs,
    {
      old: serverNames('old'),
      new: serverNames('new'),
      gmail: [...Object.values(gmailLike.hostnames), gmailLike.host],
      autoconfig: [...autoconfigHostnames, autoconfigHost],
      oauth: [oauthIdp.hostname, oauthIdp.host],
    },
    serverNames('old'),
  );
  const routing: RoutingState = { mx: initialMx(), oldHostsDomains: [] };
  const state: StackState = {
    version: 1,
    startedAt: new Date().toISOString(),
    ownerPid: process.pid,
    endpoints: buildEndpoints(layout, plan, certs),
    pids: {},
    routing,
    users: [],
  };
  await writeState(layout.stateFile, state);

  const serverCert = (name: string) => {
    const pair = certs.servers[name];
    if (pair === undefined) throw new Error(`mailstack: no certificate for ${name}`);
    return pair;
  };
  const starts: Promise<void>[] = [];
  for (const name of providerNames) {
    const p = providers[name];
    const l = layout.providers[name];
    starts.push(
      startDovecot(p, l, plan.provider, serverCert(name), state.endpoints.oauth).then((pid) => {
        state.pids[`dovecot-${name}`] = pid;
      }),
      startPostfix(p, l, plan.provider, serverCert(name), certs.caCertPath, routing).then((pid) => {
        state.pids[`postfix-${name}`] = pid;
      }),
    );
  }
  starts.push(
    startGmailDovecot(layout.gmail, plan.gmail, serverCert('gmail')).then(async (pid) => {
      state.pids['dovecot-gmail'] = pid;
      await startGmailProxy(layout.gmail, plan.gmail, serverCert('gmail'), (proxyPid) => {
        state.pids['gmail-proxy'] = proxyPid;
      });
    }),
    startDnsmasq(layout, plan, routing).then((pid) => {
      state.pids.dnsmasq = pid;
    }),
    startAutoconfigServer(layout, plan, serverCert('autoconfig'), (pid) => {
      state.pids.autoconfig = pid;
    }),
    startIdentityProvider(layout.oauth, state.endpoints.oauth, serverCert('oauth'), (pid) => {
      state.pids['oauth-idp'] = pid;
    }),
    startKeyring(layout, (pids) => {
      Object.assign(state.pids, pids);
    }),
  );
  const results = await Promise.allSettled(starts);
  await writeState(layout.stateFile, state);
  const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as Error] : []));
  if (failures.length > 0) {
    await stopMailStack(layout.dir).catch(() => undefined);
    throw new Error(failures.map((f) => f.message).join('\n\n'), { cause: failures[0] });
  }
  return makeHandle(layout, state.endpoints);
}

export async function connectMailStack(dir?: string): Promise<MailStackHandle> {
  const layout = stackLayout(resolveDir(dir));
  const state = await readState(layout.stateFile);
  if (state === undefined || !(await isMailStackRunning(layout.dir))) {
    throw new Error(
      `mailstack: no running stack in ${layout.dir} (start one with: npm run mailstack -- start)`,
    );
  }
  return makeHandle(layout, state.endpoints);
}

/** Rewrites Postfix maps (reloading whichever changed) and, for MX changes, dnsmasq. */
async function applyRouting(layout: StackLayout, state: StackState, dns: boolean): Promise<void> {
  const plan = planOf(state.endpoints);
  const postfixes = providerNames.map(async (name) => {
    const l = layout.providers[name];
    const changed = await writeRoutingMaps(name, l, state.routing, plan.provider.smtp);
    const master = state.pids[`postfix-${name}`];
    if (changed && master !== undefined) await reloadPostfix(l, master);
  });
  const dnsmasq = dns
    ? startDnsmasq(layout, plan, state.routing, state.dns).then((pid) =>
        updateState(layout.stateFile, (s) => {
          s.pids.dnsmasq = pid;
        }),
      )
    : undefined;
  await Promise.all([...postfixes, dnsmasq]);
}

function makeHandle(layout: StackLayout, endpoints: Endpoints): MailStackHandle {
  const passwordOf = async (provider: ProviderName, address: string): Promise<string> => {
    const state = await readState(layout.stateFile);
    const user = state?.users.find(
      (u) => u.provider === provider && u.address === address.toLowerCase(),
    );
    if (user === undefined)
      throw new Error(`mailstack: no user ${address} on ${provider}; createUser first`);
    return user.password;
  };
  const seedMessages: MailStackHandle['seedMessages'] = async (
    provider,
    address,
    folder,
    messages,
  ) =>
    appendMessages(
      endpoints,
      provider,
      address,
      await passwordOf(provider, address),
      folder,
      messages,
    );

  return {
    endpoints,
    async createUser(provider, localpart, domain, password) {
      const address = `${localpart}@${domain}`.toLowerCase();
      checkAddress(address);
      await addDovecotUser(layout.providers[provider], address, password);
      await updateState(layout.stateFile, (s) => {
        s.users = s.users.filter((u) => !(u.provider === provider && u.address === address));
        s.users.push({ provider, address, password });
      });
    },
    seedMessage: (provider, address, folder, raw, opts) =>
      seedMessages(provider, address, folder, [{ raw, ...opts }]),
    seedMessages,
    async switchMx(domain, to) {
      const state = await updateState(layout.stateFile, (s) => {
        s.routing.mx[domain.toLowerCase()] = to;
      });
      await applyRouting(layout, state, true);
    },
    async setOldProviderHostsDomain(domain, hosts) {
      const d = domain.toLowerCase();
      const state = await updateState(layout.stateFile, (s) => {
        const others = s.routing.oldHostsDomains.filter((x) => x !== d);
        s.routing.oldHostsDomains = hosts ? [...others, d] : others;
      });
      await applyRouting(layout, state, false);
    },
    async setTxtRecords(name, values) {
      const key = name.toLowerCase();
      const state = await updateState(layout.stateFile, (s) => {
        const others = Object.entries(s.dns?.txt ?? {}).filter(([n]) => n !== key);
        const txt = Object.fromEntries(values === null ? others : [...others, [key, [...values]]]);
        s.dns = { ...s.dns, txt };
      });
      await applyRouting(layout, state, true);
    },
    async setExtraMx(domain, hosts) {
      const key = domain.toLowerCase();
      const state = await updateState(layout.stateFile, (s) => {
        const others = Object.entries(s.dns?.extraMx ?? {}).filter(([d]) => d !== key);
        const extraMx = Object.fromEntries(hosts === null ? others : [...others, [key, hosts]]);
        s.dns = { ...s.dns, extraMx };
      });
      await applyRouting(layout, state, true);
    },
    async setMxTtl(seconds) {
      const state = await updateState(layout.stateFile, (s) => {
        const { txt, extraMx } = s.dns ?? {};
        s.dns = { ...(txt ? { txt } : {}), ...(extraMx ? { extraMx } : {}) };
        if (seconds !== null) s.dns.mxTtl = seconds;
      });
      await applyRouting(layout, state, true);
    },
    async resetDnsRecords() {
      const state = await updateState(layout.stateFile, (s) => {
        delete s.dns;
      });
      await applyRouting(layout, state, true);
    },
    stop: () => stopMailStack(layout.dir),
  };
}

/** For `cli.ts status`. */
export async function readEndpoints(dir?: string): Promise<Endpoints | undefined> {
  return (await readState(stackLayout(resolveDir(dir)).stateFile))?.endpoints;
}
