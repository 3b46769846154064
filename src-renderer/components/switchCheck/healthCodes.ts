// Each DNS health code from src-main/switchCheck/dnsHealth.ts → its key under
// switchComplete.health.codes (a plain verdict and a "tell your helper" sentence).

export const healthCodeKeys = {
  'spf.ok': 'spfOk',
  'spf.missing': 'spfMissing',
  'spf.multiple': 'spfMultiple',
  'spf.no-new-provider': 'spfNoNewProvider',
  'spf.open': 'spfOpen',
  'spf.neutral-all': 'spfNeutralAll',
  'dkim.ok': 'dkimOk',
  'dkim.revoked': 'dkimRevoked',
  'dkim.missing': 'dkimMissing',
  'dkim.not-found': 'dkimNotFound',
  'dmarc.ok': 'dmarcOk',
  'dmarc.missing': 'dmarcMissing',
  'dmarc.multiple': 'dmarcMultiple',
  'dmarc.policy-none': 'dmarcPolicyNone',
  'dmarc.invalid': 'dmarcInvalid',
  'ptr.ok': 'ptrOk',
  'ptr.missing': 'ptrMissing',
  'ptr.mismatch': 'ptrMismatch',
  'ptr.no-address': 'ptrNoAddress',
} as const;

export type HealthCodeKey = (typeof healthCodeKeys)[keyof typeof healthCodeKeys];

export function healthCodeKey(code: string): HealthCodeKey | undefined {
  return Object.hasOwn(healthCodeKeys, code)
    ? healthCodeKeys[code as keyof typeof healthCodeKeys]
    : undefined;
}

/** The values a sentence may name, as text ({{record}}, {{selectors}}, {{policy}}, {{host}}). */
export interface HealthValues {
  record: string;
  selectors: string;
  policy: string;
  host: string;
}

export function healthValues(data: Record<string, unknown>): HealthValues {
  const text = (value: unknown): string =>
    typeof value === 'string'
      ? value
      : Array.isArray(value)
        ? value.map(text).join(', ')
        : value === null || value === undefined
          ? ''
          : JSON.stringify(value);
  return {
    record: text(data.record ?? data.records),
    selectors: text(data.selectors),
    policy: text(data.policy),
    host: text(data.host),
  };
}
