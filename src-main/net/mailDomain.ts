import { domainToASCII } from 'node:url';

const label = '[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?';
const hostName = new RegExp(`^(?=.{1,253}$)${label}(?:\\.${label})+$`);

/**
 * The domain of an address as DNS and URLs need it (internationalised names in their xn-- form),
 * or undefined when it is not a host name. The contract's email check is loose on purpose; the
 * domain goes into URLs and DNS queries, so "a@evil.example/x?.com" must stop here.
 */
export function mailDomain(email: string): string | undefined {
  const raw = email.slice(email.lastIndexOf('@') + 1).replace(/\.$/, '');
  // domainToASCII would quietly cut "evil.example/x" down to "evil.example".
  if (raw === '' || /[\s/?#\\[\]:@%]/.test(raw)) return undefined;
  const ascii = domainToASCII(raw);
  return hostName.test(ascii) ? ascii : undefined;
}
