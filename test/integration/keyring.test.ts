import { describe, expect, it, beforeAll } from 'vitest';
import { useMailStack } from '../mailstack/forTests';

const stack = useMailStack();

describe('gnome-keyring on the private D-Bus session', () => {
  beforeAll(() => {
    // libsecret/zbus read the bus address when they connect, so set it before the first use.
    process.env.DBUS_SESSION_BUS_ADDRESS = stack().endpoints.env.DBUS_SESSION_BUS_ADDRESS;
  });

  it('stores and reads back a password with @napi-rs/keyring', async () => {
    const { Entry } = await import('@napi-rs/keyring');
    const account = `alice-${Date.now()}@old.test`;
    const entry = new Entry('switchover-mailstack-test', account);
    entry.setPassword('s3cret-for-the-vault');
    expect(entry.getPassword()).toBe('s3cret-for-the-vault');
    expect(entry.deletePassword()).toBe(true);
    expect(entry.getPassword()).toBeNull();
  });
});
