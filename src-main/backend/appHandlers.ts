import { languageFromLocale, type EventHub, type Handlers } from '../contract';
import type { SettingsStore } from '../store';

export interface AppHandlerDeps {
  name: string;
  version: string;
  platform: NodeJS.Platform;
  runtime: 'electron' | 'browser';
  /** The system's locale, used until the person picks a language. */
  systemLocale: string | undefined;
  settings: SettingsStore;
  hub: EventHub;
}

function contractPlatform(platform: NodeJS.Platform): 'linux' | 'darwin' | 'win32' | 'other' {
  return platform === 'linux' || platform === 'darwin' || platform === 'win32' ? platform : 'other';
}

export function createAppHandlers(
  deps: AppHandlerDeps,
): Pick<Handlers, 'app.info' | 'app.setLanguage'> {
  return {
    'app.info': async () => ({
      name: deps.name,
      version: deps.version,
      platform: contractPlatform(deps.platform),
      runtime: deps.runtime,
      language: deps.settings.read().language ?? languageFromLocale(deps.systemLocale),
    }),
    'app.setLanguage': async ({ language }) => {
      deps.settings.update({ language });
      deps.hub.emit('app.languageChanged', { language });
      return { language };
    },
  };
}
