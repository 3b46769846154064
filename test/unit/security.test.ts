import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  isAllowedExternalUrl,
  isTrustedRendererUrl,
} from '../../src-main/security';

describe('content security policy', () => {
  it('allows nothing inline, no eval, no plugins, no framing', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it('lets the page reach only its own bridge', () => {
    expect(contentSecurityPolicy({ bridgeOrigin: 'http://127.0.0.1:4321' })).toContain(
      "connect-src 'self' ws://127.0.0.1:4321",
    );
  });
});

describe('external links', () => {
  it.each([
    ['https://support.google.com/accounts/answer/185833', true],
    ['https://support.apple.com/en-us/102654', true],
    ['http://support.google.com/accounts', false],
    ['https://evil.example/support.google.com', false],
    ['https://support.google.com.evil.example/', false],
    ['https://user:pass@support.google.com/', false],
    ['https://support.google.com:8443/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedExternalUrl(url)).toBe(allowed);
  });
});

describe('renderer origin', () => {
  it('trusts only app://switchover pages', () => {
    expect(isTrustedRendererUrl('app://switchover/index.html')).toBe(true);
    expect(isTrustedRendererUrl('app://other/index.html')).toBe(false);
    expect(isTrustedRendererUrl('https://switchover/index.html')).toBe(false);
    expect(isTrustedRendererUrl('file:///index.html')).toBe(false);
    expect(isTrustedRendererUrl(undefined)).toBe(false);
  });
});
