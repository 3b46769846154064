/**
 * English is the source language: its shape is the type every other language must match, so a
 * missing sentence is a compile error rather than a blank on screen.
 */
export const en = {
  app: {
    name: 'Switchover',
  },
  steps: {
    label: 'Steps',
    progress: 'Step {{current}} of {{total}}',
    completed: 'done',
    welcome: 'Welcome',
    oldAccount: 'Your old email',
    newAccount: 'Your new email',
    copy: 'Copy your mail',
    test: 'Send a test',
    complete: 'Is the switch complete?',
    done: 'Done',
  },
  buttons: {
    back: 'Back',
    next: 'Next',
    start: 'Start',
    retry: 'Try again',
  },
  welcome: {
    title: 'Welcome to Switchover',
    intro:
      'Switchover moves your emails from your old email account to your new one, step by step.',
    reassurance:
      'Nothing is deleted from your old account. At the end, Switchover checks that new mail really arrives in your new account.',
    version: 'Version {{version}}',
    loading: 'Getting ready…',
  },
  language: {
    label: 'Language',
  },
  comingSoon: 'This step is coming soon.',
  errors: {
    disconnected:
      'This window lost touch with Switchover. Please check that Switchover is still open, then try again.',
    unauthorized:
      'This window is not allowed to talk to Switchover. Please close it and open Switchover again.',
    internal: 'Something went wrong inside Switchover. Please try again.',
  },
};

export type Messages = typeof en;
