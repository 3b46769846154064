import type { EventHub, Kit } from '../contract';
import type { SettingsStore } from '../store';
import { parseKit } from './parseKit';

export interface KitSession {
  /** Opens a kit the window handed over ("Open kit…", a dropped file). */
  open(text: string): Kit;
  /** Opens a kit that arrived from outside (file association, link) and tells the window. */
  openFromOutside(text: string): Kit;
  current(): Kit | null;
}

/** The opened kit is kept in the settings (it holds no secrets) so it survives a restart. */
export function createKitSession(settings: SettingsStore, hub: EventHub): KitSession {
  const open = (text: string) => {
    const kit = parseKit(text);
    settings.update({ kit });
    return kit;
  };
  return {
    open,
    openFromOutside(text) {
      const kit = open(text);
      hub.emit('kit.opened', { kit });
      return kit;
    },
    current: () => settings.read().kit ?? null,
  };
}
