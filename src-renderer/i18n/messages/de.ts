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
    continue: 'Fortfahren',
    signIn: 'Anmelden',
    useDifferent: 'Anderes Konto verwenden',
    openKit: 'Paket öffnen …',
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
  account: {
    oldIntro:
      'Geben Sie die Adresse des E-Mail-Kontos ein, von dem Sie umziehen. Switchover liest dort nur und löscht nie etwas.',
    newIntro:
      'Geben Sie die Adresse Ihres neuen E-Mail-Kontos ein – dorthin ziehen Ihre E-Mails um.',
    newIntroKit:
      'Ihr Helfer hat Ihr neues Konto schon ausgefüllt. Geben Sie nur noch Ihr Passwort ein.',
    emailLabel: 'Ihre E-Mail-Adresse',
    emailHint: 'Zum Beispiel: name@beispiel.de',
    emailInvalid:
      'Bitte geben Sie Ihre vollständige E-Mail-Adresse ein, zum Beispiel name@beispiel.de.',
    detecting: 'Die Einstellungen Ihres Anbieters werden gesucht …',
    passwordLabel: 'Passwort',
    passwordHint: 'Das Passwort, mit dem Sie diese E-Mails lesen.',
    showPassword: 'Passwort anzeigen',
    signingIn: 'Ihr Passwort wird geprüft …',
    signingInNew: 'Ihr Passwort wird geprüft und ob Sie E-Mails senden können …',
    signedIn: 'Angemeldet ✓',
    signedInAs: 'Switchover kann jetzt {{email}} öffnen.',
    sessionOnly:
      'Dieser Computer hat keinen sicheren Ort für Ihr Passwort. Switchover behält es deshalb nur, bis Sie das Programm schließen. Beim nächsten Mal werden Sie vielleicht erneut danach gefragt.',
    removing: 'Einen Moment …',
    nextBlocked: 'Bitte melden Sie sich zuerst an, dann geht es weiter.',
    confirmIntro:
      'Diese Einstellungen kamen über eine ungeschützte Verbindung. Bitte öffnen Sie „Einzelheiten“ und vergleichen Sie sie mit den Angaben Ihres Helfers oder Ihres Anbieters.',
    confirmLabel: 'Ich habe die Einstellungen geprüft',
    confirmMissing: 'Bitte prüfen Sie zuerst die Einstellungen und setzen Sie dann das Häkchen.',
    passwordMissing: 'Bitte geben Sie Ihr Passwort ein.',
    opensInBrowser: '(öffnet sich in Ihrem Webbrowser)',
    instructionsTitle: 'Ihr Anbieter sagt dazu:',
    checkSettings:
      'Bitte prüfen Sie unten unter „Einzelheiten“ die Einstellungen und melden Sie sich dann an.',
  },
  source: {
    kit: 'Von Ihrem Helfer vorbereitet',
    provider: 'Die Einstellungen Ihres Anbieters wurden gefunden',
    'provider-http': 'Die Einstellungen Ihres Anbieters wurden gefunden – bitte prüfen Sie sie',
    ispdb: 'Die Einstellungen Ihres Anbieters wurden gefunden',
    mx: 'Die Einstellungen Ihres Anbieters wurden gefunden',
    srv: 'Die Einstellungen Ihres Anbieters wurden gefunden',
    guess: 'Einstellungen geschätzt – bitte prüfen',
    manual: 'Von Ihnen eingegebene Einstellungen',
  },
  details: {
    summary: 'Einzelheiten',
    source: 'Herkunft der Einstellungen: {{source}}',
    sourceNames: {
      kit: 'das Switchover-Paket Ihres Helfers',
      provider: 'die Autoconfig-Datei des Anbieters (HTTPS)',
      'provider-http': 'die Autoconfig-Datei des Anbieters über einfaches HTTP (ungeschützt)',
      ispdb: 'die Anbieter-Datenbank von Thunderbird (ISPDB)',
      mx: 'die MX-Einträge, dann die Autoconfig-Datei des Mailservers',
      srv: 'die DNS-SRV-Einträge (RFC 6186)',
      guess: 'geschätzte Servernamen, nur mit gültigem Zertifikat akzeptiert',
      manual: 'von Hand eingegeben',
    },
    imap: 'E-Mails empfangen (IMAP)',
    smtp: 'E-Mails senden (SMTP)',
    host: 'Serveradresse',
    port: 'Portnummer',
    security: 'Sicherheit',
    securityTls: 'SSL/TLS (von Anfang an verschlüsselt)',
    securityStarttls: 'STARTTLS (Verschlüsselung nach dem Verbinden)',
    securityPlain: 'Keine (nur für diesen Computer)',
    username: 'Benutzername',
    hostInvalid: 'Bitte geben Sie einen Servernamen ein, etwa imap.beispiel.de.',
    portInvalid: 'Bitte geben Sie eine Zahl von 1 bis 65535 ein.',
    usernameInvalid: 'Bitte geben Sie den Benutzernamen ein (oft Ihre E-Mail-Adresse).',
    technical: 'Für Ihren Helfer: {{message}}',
    errorCode: 'Fehlercode: {{code}}',
    problemSummary: 'Einzelheiten zu diesem Problem',
  },
  cards: {
    heading: '{{provider}}: Bitte erledigen Sie das zuerst',
    headingNoPassword: '{{provider}}: Hier kann sich Switchover noch nicht anmelden',
    gmail:
      'Gmail akzeptiert Ihr normales Passwort nicht von Programmen wie Switchover. Schalten Sie in Ihrem Google-Konto die Bestätigung in zwei Schritten ein, erstellen Sie dann ein App-Passwort und geben Sie es unten statt Ihres normalen Passworts ein.',
    gmailMore:
      'Bei einem Google-Konto von der Arbeit oder der Schule hat der Administrator den Zugriff für E-Mail-Programme (IMAP) vielleicht ausgeschaltet. Bitten Sie ihn dann, ihn einzuschalten.',
    microsoft:
      'Outlook.com, Hotmail, Live und Microsoft 365 lassen Programme nicht mehr nur mit einem Passwort hinein, und die eigene Anmeldeseite von Microsoft kann Switchover noch nicht nutzen.',
    microsoftMore:
      'Ihr Helfer kann Ihre E-Mails trotzdem umziehen, zum Beispiel mit Thunderbird oder indem neue E-Mails an Ihre neue Adresse weitergeleitet werden. Bitte zeigen Sie ihm diese Nachricht.',
    yahoo:
      'Yahoo Mail braucht für Programme wie Switchover ein App-Passwort. Wählen Sie in den Sicherheitseinstellungen Ihres Yahoo-Kontos „App-Passwort generieren“ und geben Sie dieses Passwort unten statt Ihres normalen ein.',
    aol: 'AOL Mail braucht für Programme wie Switchover ein App-Passwort. Wählen Sie in den Sicherheitseinstellungen Ihres AOL-Kontos „App-Passwort generieren“ und geben Sie dieses Passwort unten statt Ihres normalen ein.',
    icloud:
      'iCloud Mail braucht ein app-spezifisches Passwort. Öffnen Sie in Ihrem Apple Account „Anmeldung und Sicherheit“, dann „App-spezifische Passwörter“, erstellen Sie eines und geben Sie es unten statt Ihres Apple-Account-Passworts ein.',
    gmx: 'Bei GMX muss der Zugriff für E-Mail-Programme zuerst eingeschaltet werden: Öffnen Sie im GMX-Postfach die Einstellungen, dann „POP3 & IMAP“, und erlauben Sie den Zugriff. Geben Sie danach unten Ihr normales GMX-Passwort ein.',
    webde:
      'Bei WEB.DE muss der Zugriff für E-Mail-Programme zuerst eingeschaltet werden: Öffnen Sie im WEB.DE-Postfach die Einstellungen, dann „POP3 & IMAP“, und erlauben Sie den Zugriff. Geben Sie danach unten Ihr normales WEB.DE-Passwort ein.',
    fastmail:
      'Fastmail braucht für Programme wie Switchover ein App-Passwort. Öffnen Sie in den Fastmail-Einstellungen „Datenschutz & Sicherheit“, dann „App-Passwörter“, erstellen Sie eines mit Zugriff auf Ihre E-Mails und geben Sie es unten ein.',
    linkCreateAppPassword: 'App-Passwort erstellen',
    linkAppPassword: 'So funktionieren App-Passwörter bei {{provider}}',
    linkAccount: 'Sicherheitseinstellungen Ihres {{provider}}-Kontos öffnen',
    linkEnableImap: 'Zugriff für E-Mail-Programme erlauben',
    linkHelp: 'Hilfeseite von {{provider}} lesen',
  },
  kit: {
    greeting: 'Für Sie vorbereitet von {{name}}',
    contact: 'Wenn etwas unklar ist, erreichen Sie ihn oder sie so: {{contact}}',
    question:
      'Hat Ihr Helfer Ihnen ein Switchover-Paket geschickt? Öffnen Sie es, dann wird Ihr neues Konto für Sie ausgefüllt.',
    opening: 'Das Paket wird geöffnet …',
    opened: 'Das Paket von {{name}} ist geöffnet: Ihr neues Konto wird für Sie ausgefüllt.',
    dropHint: 'Sie können die Paket-Datei auch einfach auf dieses Fenster ziehen.',
  },
  signInErrors: {
    authFailed: {
      text: 'Die E-Mail-Adresse oder das Passwort stimmt nicht.',
      next: 'Bitte prüfen Sie das Passwort (ist die Feststelltaste an?) und versuchen Sie es erneut.',
    },
    authAppPasswordRequired: {
      text: 'Ihr Anbieter nimmt hier Ihr normales Passwort nicht an: Er verlangt ein eigenes App-Passwort.',
      next: 'Erstellen Sie in den Kontoeinstellungen Ihres Anbieters ein App-Passwort und geben Sie es statt Ihres normalen Passworts ein.',
    },
    authOauthOnly: {
      text: 'Ihr Anbieter lässt Programme nur über seine eigene Anmeldeseite hinein, und die kann Switchover noch nicht nutzen.',
      next: 'Bitte fragen Sie Ihren Helfer: Er kann diese E-Mails auf anderem Weg umziehen.',
    },
    imapDisabled: {
      text: 'Der Zugriff für E-Mail-Programme ist bei diesem Konto ausgeschaltet.',
      next: 'Schalten Sie ihn in den Einstellungen Ihres Webmail-Postfachs ein (oft „IMAP“ oder „POP/IMAP“ genannt) und versuchen Sie es dann erneut.',
    },
    netDnsNotFound: {
      text: 'Switchover konnte den Mailserver Ihres Anbieters im Internet nicht finden.',
      next: 'Bitte prüfen Sie die E-Mail-Adresse auf Tippfehler und ob dieser Computer online ist.',
    },
    netUnreachable: {
      text: 'Switchover konnte den Mailserver Ihres Anbieters nicht erreichen.',
      next: 'Bitte prüfen Sie, ob dieser Computer mit dem Internet verbunden ist, und versuchen Sie es erneut. Wenn es immer wieder passiert, blockiert vielleicht eine Firewall E-Mail-Programme.',
    },
    netTimeout: {
      text: 'Der Mailserver Ihres Anbieters hat nicht rechtzeitig geantwortet.',
      next: 'Bitte warten Sie einen Moment und versuchen Sie es erneut.',
    },
    tlsUntrusted: {
      text: 'Switchover konnte nicht sicherstellen, dass es wirklich mit Ihrem Anbieter spricht, und hat Ihr Passwort deshalb nicht gesendet.',
      next: 'Bitte prüfen Sie die Serveradresse unter „Einzelheiten“ oder fragen Sie Ihren Helfer.',
    },
    tlsSelfSigned:
      'Das Sicherheitszertifikat des Servers hat der Server selbst ausgestellt, nicht eine anerkannte Stelle.',
    tlsExpired: 'Das Sicherheitszertifikat des Servers ist abgelaufen.',
    tlsWrongHost: 'Das Sicherheitszertifikat des Servers gehört zu einem anderen Namen.',
    tlsNotYetValid:
      'Das Sicherheitszertifikat des Servers ist noch nicht gültig (stimmt das Datum dieses Computers?).',
    tlsUntrustedIssuer:
      'Das Sicherheitszertifikat des Servers stammt von einer Stelle, die dieser Computer nicht kennt.',
    tlsRequired: {
      text: 'Der Mailserver bietet keine geschützte Verbindung an. Switchover hat Ihr Passwort deshalb nicht gesendet.',
      next: 'Bitte fragen Sie Ihren Helfer oder Ihren Anbieter nach den richtigen Einstellungen. Switchover sendet ein Passwort nie ungeschützt.',
    },
    smtpAuthFailed: {
      text: 'Das Empfangen klappt, aber der Server zum Senden hat Benutzername oder Passwort nicht angenommen.',
      next: 'Bitte prüfen Sie die Einstellungen zum Senden unter „Einzelheiten“ oder fragen Sie Ihren Helfer.',
    },
    smtpPortBlocked: {
      text: 'Das Senden von E-Mails scheint in diesem Netzwerk gesperrt zu sein (Port 587).',
      next: 'Stellen Sie unter „Einzelheiten“ beim Server zum Senden Port 465 mit „SSL/TLS“ ein und melden Sie sich erneut an.',
    },
    settingsNotFound: {
      text: 'Switchover konnte die Einstellungen für diese Adresse nicht selbst finden.',
      next: 'Bitte öffnen Sie „Einzelheiten“ und geben Sie die Servereinstellungen ein, die Sie von Ihrem Anbieter oder Helfer haben.',
    },
    vaultUnavailable: {
      text: 'Switchover konnte Ihr Passwort auf diesem Computer nicht sicher aufbewahren.',
      next: 'Bitte versuchen Sie es erneut. Wenn es immer wieder passiert, fragen Sie Ihren Helfer.',
    },
    kitInvalid: {
      text: 'Diese Datei ist kein Switchover-Paket, das Switchover lesen kann.',
      next: 'Bitte bitten Sie Ihren Helfer, das Paket noch einmal zu schicken.',
    },
    genericNext:
      'Bitte versuchen Sie es erneut. Wenn es immer wieder passiert, fragen Sie Ihren Helfer und zeigen Sie ihm die Einzelheiten.',
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
