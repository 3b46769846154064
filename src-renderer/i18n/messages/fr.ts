import type { Messages } from './en';

// French typography: a non-breaking space (\u00a0) goes before "?" and ":".
export const fr: Messages = {
  app: {
    name: 'Switchover',
  },
  steps: {
    label: 'Étapes',
    progress: 'Étape {{current}} sur {{total}}',
    completed: 'terminée',
    welcome: 'Bienvenue',
    oldAccount: 'Votre ancienne messagerie',
    newAccount: 'Votre nouvelle messagerie',
    copy: 'Copier vos e-mails',
    test: 'Envoyer un test',
    complete: 'Le changement est-il terminé\u00a0?',
    done: 'Terminé',
  },
  buttons: {
    back: 'Retour',
    next: 'Suivant',
    start: 'Commencer',
    retry: 'Réessayer',
  },
  welcome: {
    title: 'Bienvenue dans Switchover',
    intro:
      'Switchover déplace vos e-mails de votre ancienne messagerie vers la nouvelle, étape par étape.',
    reassurance:
      'Rien n’est supprimé de votre ancien compte. À la fin, Switchover vérifie que les nouveaux e-mails arrivent bien dans votre nouveau compte.',
    version: 'Version {{version}}',
    loading: 'Un instant, s’il vous plaît…',
  },
  language: {
    label: 'Langue',
  },
  comingSoon: 'Cette étape arrive bientôt.',
  errors: {
    disconnected:
      'Cette fenêtre a perdu le contact avec Switchover. Vérifiez que Switchover est toujours ouvert, puis réessayez.',
    unauthorized:
      'Cette fenêtre n’a pas le droit de communiquer avec Switchover. Fermez-la et ouvrez Switchover à nouveau.',
    internal: 'Un problème est survenu dans Switchover. Veuillez réessayer.',
  },
};
