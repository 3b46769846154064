import { describe, expect, it } from 'vitest';
import { createBackend } from '../../src-main/backend/index';
import { createSettingsStore } from '../../src-main/store';
import { errorCodes, resultEnvelopeSchema, type ResultEnvelope } from '../../src-main/contract';

function backend(locale = 'de-AT') {
  const document = { store: {} as Record<string, unknown> };
  const created = createBackend({
    name: 'Switchover',
    version: '1.2.3',
    platform: 'linux',
    runtime: 'browser',
    systemLocale: locale,
    settings: createSettingsStore(document),
  });
  return { ...created, document };
}

function errorCode(result: ResultEnvelope): string | undefined {
  return result.ok ? undefined : result.error.code;
}

describe('contract dispatcher', () => {
  it('answers app.info with version, platform and the system language', async () => {
    const { dispatcher } = backend('de-AT');
    const result = await dispatcher.dispatch('app.info', {});
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'Switchover',
        version: '1.2.3',
        platform: 'linux',
        runtime: 'browser',
        language: 'de',
      },
    });
  });

  it('falls back to English for a language it does not speak', async () => {
    const { dispatcher } = backend('ja-JP');
    const result = await dispatcher.dispatch('app.info', {});
    expect(result.ok && result.value).toMatchObject({ language: 'en' });
  });

  it('stores the chosen language, announces it and reports it from then on', async () => {
    const { dispatcher, hub, document } = backend('en-GB');
    const seen: unknown[] = [];
    hub.subscribe((name, payload) => seen.push([name, payload]));
    const result = await dispatcher.dispatch('app.setLanguage', { language: 'fr' });
    expect(result).toEqual({ ok: true, value: { language: 'fr' } });
    expect(seen).toEqual([['app.languageChanged', { language: 'fr' }]]);
    expect(document.store).toEqual({ schemaVersion: 1, language: 'fr' });
    const info = await dispatcher.dispatch('app.info', {});
    expect(info.ok && info.value).toMatchObject({ language: 'fr' });
  });

  it.each([
    ['unknown call', 'app.nope', {}, 'ipc.unknown-call'],
    ['non-string call name', 42, {}, 'ipc.unknown-call'],
    ['prototype key as call name', '__proto__', {}, 'ipc.unknown-call'],
    ['inherited key as call name', 'toString', {}, 'ipc.unknown-call'],
    ['unsupported language', 'app.setLanguage', { language: 'xx' }, 'ipc.invalid-input'],
    ['missing input', 'app.setLanguage', undefined, 'ipc.invalid-input'],
    ['extra keys', 'app.setLanguage', { language: 'de', admin: true }, 'ipc.invalid-input'],
    ['wrong type', 'app.info', 'hello', 'ipc.invalid-input'],
    ['huge string', 'app.setLanguage', { language: 'x'.repeat(1_000_000) }, 'ipc.invalid-input'],
  ])('rejects %s with a stable code', async (_label, name, input, code) => {
    const { dispatcher } = backend();
    const result = await dispatcher.dispatch(name, input);
    expect(resultEnvelopeSchema.parse(result)).toEqual(result);
    expect(errorCode(result)).toBe(code);
    expect(errorCodes).toContain(code);
  });

  it('never echoes a rejected input back', async () => {
    const { dispatcher } = backend();
    const secret = 'hunter2-secret-password';
    const result = await dispatcher.dispatch('app.setLanguage', { language: secret });
    expect(JSON.stringify(result)).not.toContain(secret);
  });

  it('refuses prototype pollution and leaves Object.prototype alone', async () => {
    const { dispatcher } = backend();
    const payload = JSON.parse('{"language":"de","__proto__":{"polluted":true}}') as unknown;
    const result = await dispatcher.dispatch('app.setLanguage', payload);
    expect(errorCode(result)).toBe('ipc.invalid-input');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('turns a failing service into an internal error without its stack', async () => {
    const document = {
      get store(): Record<string, unknown> {
        return {};
      },
      set store(_value: Record<string, unknown>) {
        throw new Error('disk full at /secret/path');
      },
    };
    const { dispatcher } = createBackend({
      name: 'Switchover',
      version: '1.0.0',
      platform: 'linux',
      runtime: 'browser',
      systemLocale: 'en',
      settings: createSettingsStore(document),
    });
    const result = await dispatcher.dispatch('app.setLanguage', { language: 'es' });
    expect(errorCode(result)).toBe('internal');
    expect(JSON.stringify(result)).not.toContain('/secret/path');
  });
});
