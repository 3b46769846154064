// Deciding, command by command, whether a rule acts. Rules are tried in order and the first that
// acts wins; later rules do not see (or count) that command. Counters live here, so setRules()
// starts every count afresh.

import { nameMatches } from './commandLine';
import type { CommandRule, FaultRule, HideCapabilitiesRule } from './types';

export interface CommandContext {
  connection: number;
  account?: string;
  name: string;
  text: string;
  /** Other connections of `account` logged in or logging in. */
  accountConnections: number;
}

interface Counters {
  seen: number;
  acted: number;
  firstAt?: number;
}

function isCommandRule(rule: FaultRule): rule is CommandRule {
  return 'action' in rule;
}

function matches(rule: CommandRule, c: CommandContext): boolean {
  const m = rule.match ?? {};
  if (m.command !== undefined) {
    const names = typeof m.command === 'string' ? [m.command] : m.command;
    if (!names.some((n) => nameMatches(c.name, n))) return false;
  }
  if (m.account !== undefined && m.account.toLowerCase() !== c.account?.toLowerCase()) return false;
  if (m.connection !== undefined && m.connection !== c.connection) return false;
  if (m.accountConnectionsAtLeast !== undefined) {
    if (!['LOGIN', 'AUTHENTICATE'].includes(c.name)) return false;
    if (c.accountConnections < m.accountConnectionsAtLeast) return false;
  }
  return m.text === undefined || m.text.test(c.text);
}

export class RuleSet {
  readonly #rules: { rule: CommandRule; counters: Counters }[];
  readonly hidden: ReadonlySet<string>;

  constructor(rules: readonly FaultRule[]) {
    this.#rules = rules.filter(isCommandRule).map((rule) => ({ rule, counters: { seen: 0, acted: 0 } })); // prettier-ignore
    this.hidden = new Set(
      rules
        .filter((r): r is HideCapabilitiesRule => 'hideCapabilities' in r)
        .flatMap((r) => r.hideCapabilities.map((cap) => cap.toUpperCase())),
    );
  }

  /** The rule that acts on this command, if any (its counters move). */
  decide(c: CommandContext, now = Date.now()): CommandRule | undefined {
    for (const { rule, counters } of this.#rules) {
      if (!matches(rule, c)) continue;
      if (rule.notBefore !== undefined && now < rule.notBefore) continue;
      if (rule.notAfter !== undefined && now > rule.notAfter) continue;
      counters.seen += 1;
      if (counters.seen <= (rule.skip ?? 0)) continue;
      if (rule.times !== undefined && counters.acted >= rule.times) continue;
      if (rule.forMs !== undefined && counters.firstAt !== undefined) {
        if (now - counters.firstAt > rule.forMs) continue;
      }
      counters.acted += 1;
      counters.firstAt ??= now;
      return rule;
    }
    return undefined;
  }
}
