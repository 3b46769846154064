import type { Messages } from './en';

export const de: Messages = {
  app: {
    name: 'Switchover',
  },
  steps: {
    label: 'Schritte',
    progress: 'Schritt {{current}} von {{total}}',
    completed: 'erledigt',
    welcome: 'Willkommen',
    oldAccount: 'Ihr altes E-Mail-Konto',
    newAccount: 'Ihr neues E-Mail-Konto',
    copy: 'E-Mails kopieren',
    test: 'Test-E-Mail senden',
    complete: 'Ist der Umzug fertig?',
    done: 'Fertig',
  },
  buttons: {
    back: 'Zurück',
    next: 'Weiter',
    start: 'Starten',
    retry: 'Erneut versuchen',
  },
  welcome: {
    title: 'Willkommen bei Switchover',
    intro:
      'Switchover bringt Ihre E-Mails Schritt für Schritt von Ihrem alten E-Mail-Konto zu Ihrem neuen.',
    reassurance:
      'In Ihrem alten Konto wird nichts gelöscht. Zum Schluss prüft Switchover, ob neue E-Mails wirklich in Ihrem neuen Konto ankommen.',
    version: 'Version {{version}}',
    loading: 'Einen Moment bitte …',
  },
  language: {
    label: 'Sprache',
  },
  comingSoon: 'Dieser Schritt kommt bald.',
  errors: {
    disconnected:
      'Dieses Fenster hat die Verbindung zu Switchover verloren. Bitte prüfen Sie, ob Switchover noch geöffnet ist, und versuchen Sie es dann erneut.',
    unauthorized:
      'Dieses Fenster darf nicht mit Switchover sprechen. Bitte schließen Sie es und öffnen Sie Switchover erneut.',
    internal: 'In Switchover ist etwas schiefgelaufen. Bitte versuchen Sie es erneut.',
  },
};
