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
      'Diese Einstellungen kamen über eine ungeschützte Verbindung. Vergleichen Sie die Servernamen unten mit den Angaben Ihres Helfers oder Ihres Anbieters.',
    confirmDns:
      'Diese Einstellungen wurden über das Adressbuch des Internets (DNS) gefunden, das jeder fälschen könnte, der dieses Netzwerk betreibt. Vergleichen Sie die Servernamen unten mit den Angaben Ihres Helfers oder Ihres Anbieters.',
    confirmServers: 'Switchover würde Ihr Passwort hierhin schicken:',
    confirmLabel: 'Ich habe die Einstellungen geprüft',
    confirmMissing: 'Bitte prüfen Sie zuerst die Einstellungen und setzen Sie dann das Häkchen.',
    passwordMissing: 'Bitte geben Sie Ihr Passwort ein.',
    opensInBrowser: '(öffnet sich in Ihrem Webbrowser)',
    instructionsTitle: 'Ihr Anbieter sagt dazu:',
    checkSettings:
      'Bitte prüfen Sie unten unter „Einzelheiten“ die Einstellungen und melden Sie sich dann an.',
    newPassword: {
      action: 'Neues Passwort eingeben',
      legend: 'Neues Passwort für {{email}}',
      intro:
        'Wenn Sie Ihr Passwort geändert oder ein App-Passwort für Switchover erstellt haben, geben Sie es hier ein. Ihre Einstellungen bleiben, wie sie sind.',
      save: 'Neues Passwort speichern',
      cancel: 'Abbrechen',
      saving: 'Das neue Passwort wird geprüft …',
      savingNew: 'Das neue Passwort wird geprüft und ob Sie E-Mails senden können …',
      saved: 'Das neue Passwort ist gespeichert. Switchover ist wieder angemeldet.',
      rejected:
        'Das gespeicherte Passwort funktioniert nicht mehr. Wenn Sie es geändert oder ein App-Passwort erstellt haben, geben Sie das neue ein.',
    },
    oauth: {
      intro:
        'Melden Sie sich auf der eigenen Seite von {{provider}} an. Sie öffnet sich in Ihrem Webbrowser, und Ihr Passwort bleibt bei {{provider}}.',
      button: 'Mit {{provider}} anmelden',
      waitingTitle: 'Melden Sie sich in Ihrem Browser fertig an',
      waitingText:
        'Die Anmeldeseite von {{provider}} ist in Ihrem Webbrowser geöffnet. Melden Sie sich dort an und erlauben Sie Switchover, Ihre E-Mails zu öffnen. Kommen Sie dann hierher zurück.',
      timeLimit:
        'Dafür haben Sie {{minutes}} Minuten Zeit. Danach fangen Sie einfach noch einmal an.',
      openAgain: 'Anmeldeseite noch einmal öffnen',
      checking: 'Angemeldet. Switchover prüft, ob Ihre E-Mails so erreichbar sind …',
      cancel: 'Abbrechen',
      waitingStatus: 'Warten, bis Sie sich im Browser fertig angemeldet haben …',
      orAppPassword: 'Oder ein App-Passwort verwenden',
      orPassword: 'Oder mit Ihrem Passwort anmelden',
      unavailableTitle: 'Diese Version von Switchover kann sich nicht bei {{provider}} anmelden',
      unavailableHelper:
        'Bitte fragen Sie Ihren Helfer: Er kann Ihre E-Mails auf anderem Weg umziehen, zum Beispiel mit Thunderbird, oder Ihnen eine Version von Switchover besorgen, die sich bei {{provider}} anmelden kann. Bitte zeigen Sie ihm diese Nachricht.',
      unavailableAppPassword:
        'Sie können sich trotzdem mit einem App-Passwort anmelden, wie unten beschrieben.',
      unavailablePassword: 'Sie können sich trotzdem unten mit Ihrem Passwort anmelden.',
      signedInWith: 'Mit {{provider}} angemeldet',
      sessionOnly:
        'Dieser Computer hat keinen sicheren Ort für Ihre Anmeldung. Switchover behält sie deshalb nur, bis Sie es schließen. Beim nächsten Mal müssen Sie sich vielleicht erneut anmelden.',
      again: 'Erneut mit {{provider}} anmelden',
      rejected:
        '{{provider}} lässt Switchover diese E-Mails nicht mehr öffnen. Bitte melden Sie sich erneut mit {{provider}} an.',
      signedInAgain: 'Wieder mit {{provider}} angemeldet.',
    },
  },
  source: {
    kit: 'Von Ihrem Helfer vorbereitet',
    provider: 'Die Einstellungen Ihres Anbieters wurden gefunden',
    'provider-http': 'Die Einstellungen Ihres Anbieters wurden gefunden – bitte prüfen Sie sie',
    ispdb: 'Die Einstellungen Ihres Anbieters wurden gefunden',
    mx: 'Die Einstellungen Ihres Anbieters wurden gefunden',
    srv: 'Die Einstellungen Ihres Anbieters wurden gefunden',
    guess: 'Einstellungen geschätzt – bitte prüfen',
    unconfirmed: 'Einstellungen für Ihre Adresse gefunden – bitte prüfen',
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
    adminCode: 'Code für Ihren Administrator: {{code}}',
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
  serverNames: {
    incoming: 'Eingehende E-Mails: {{host}}',
    outgoing: 'Ausgehende E-Mails: {{host}}',
  },
  kitOffer: {
    title: 'Diese Einstellungen für Ihre neue E-Mail verwenden?',
    from: '{{name}} hat Einstellungen für Ihre neue E-Mail geschickt. Verwenden Sie sie nur, wenn Sie sie von {{name}} erwartet haben.',
    servers: 'Switchover würde das Passwort Ihrer neuen E-Mail an diese Server schicken:',
    replaces: 'Sie würden die Einstellungen von {{name}} ersetzen, die Sie vorher geöffnet haben.',
    unrelated:
      'Vorsicht: {{hosts}} gehört nicht zu {{domain}}. Wenn Sie nicht wissen, warum, verwenden Sie diese Einstellungen nicht und fragen Sie Ihren Helfer.',
    accept: 'Diese Einstellungen verwenden',
    decline: 'Nicht verwenden',
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
    oauthCancelled: {
      text: 'Sie haben die Anmeldung abgebrochen.',
      next: 'Wenn Sie so weit sind, drücken Sie den Anmelde-Knopf noch einmal.',
    },
    oauthTimeout: {
      text: 'Die Anmeldung auf der Seite Ihres Anbieters wurde nicht rechtzeitig abgeschlossen.',
      next: 'Bitte drücken Sie den Anmelde-Knopf noch einmal und melden Sie sich im Browser fertig an.',
    },
    oauthConsentRefused: {
      text: 'Auf der Anmeldeseite wurde Switchover nicht erlaubt, Ihre E-Mails zu öffnen.',
      next: 'Bitte fangen Sie noch einmal an und erlauben Sie Switchover, Ihre E-Mails zu öffnen, wenn die Seite danach fragt. Switchover liest sie nur und kopiert sie.',
    },
    oauthWrongAccount: {
      text: 'Sie haben sich im Browser mit einem anderen Konto angemeldet als dem, das hier eingetragen ist.',
      next: 'Bitte fangen Sie noch einmal an und wählen Sie auf der Anmeldeseite dieselbe Adresse.',
      textNamed: 'Sie haben sich im Browser als {{chosen}} angemeldet, nicht als {{expected}}.',
      nextNamed:
        'Bitte fangen Sie noch einmal an und wählen Sie auf der Anmeldeseite {{expected}}. Meldet die Seite Sie von selbst als jemand anderen an, melden Sie sich dort zuerst ab.',
    },
    oauthRevoked: {
      text: 'Ihr Anbieter lässt Switchover diese E-Mails nicht mehr öffnen: Die Erlaubnis wurde zurückgenommen oder ist abgelaufen.',
      next: 'Bitte melden Sie sich erneut auf der Seite Ihres Anbieters an.',
    },
    oauthBlocked: {
      text: 'Der Administrator Ihres Arbeits- oder Schulkontos hat Switchover nicht erlaubt, diese E-Mails zu öffnen.',
      next: 'Bitte bitten Sie Ihren Administrator, Switchover zu erlauben, und zeigen Sie ihm den Code unter „Einzelheiten zu diesem Problem“. Oder bitten Sie Ihren Helfer, Ihre E-Mails auf anderem Weg umzuziehen.',
    },
    oauthNoClientId: {
      text: 'Diese Version von Switchover kann sich nicht über die eigene Seite Ihres Anbieters anmelden.',
      next: 'Bitte fragen Sie Ihren Helfer: Er kann Ihre E-Mails auf anderem Weg umziehen oder Ihnen eine Version von Switchover besorgen, die das kann.',
    },
    oauthFailed: {
      text: 'Die Anmeldung auf der Seite Ihres Anbieters hat nicht funktioniert.',
      next: 'Bitte versuchen Sie es gleich noch einmal. Wenn es wieder passiert, fragen Sie Ihren Helfer und zeigen Sie ihm die Einzelheiten unten.',
    },
    genericNext:
      'Bitte versuchen Sie es erneut. Wenn es immer wieder passiert, fragen Sie Ihren Helfer und zeigen Sie ihm die Einzelheiten.',
  },
  copy: {
    intro:
      'Ziehen Sie einen Ordner von Ihrem alten Konto auf Ihr neues, oder kopieren Sie alles auf einmal. In Ihrem alten Konto wird nichts gelöscht, und erneutes Kopieren erzeugt nie doppelte Nachrichten.',
    loadingFolders: 'Die Ordner beider Konten werden angesehen…',
    interrupted:
      'Das letzte Kopieren wurde vor dem Ende unterbrochen ({{done}} von {{total}} Nachrichten wurden kopiert).',
    continue: 'Dort weitermachen, wo es aufgehört hat',
    dragHint:
      'Ziehen Sie einen Ordner auf Ihr neues Konto, damit er an seinem Platz bleibt, oder auf einen Ordner dort, um ihn hineinzulegen. Ohne Maus: Ordner auswählen, dann „Kopieren nach…“.',
    copyTo: 'Kopieren nach…',
    copyToHint: 'Wählen Sie zuerst einen Ordner Ihres alten Kontos.',
    copyToSelected: 'Ausgewählt: {{folder}}',
    size: {
      bytes_one: '{{n}} Byte',
      bytes_other: '{{n}} Bytes',
    },
    errors: {
      busy: 'Es läuft bereits ein Kopiervorgang. Warten Sie, bis er fertig ist, oder beenden Sie ihn zuerst.',
      cancelled:
        'Das Kopieren wurde beendet. Wenn Sie wieder kopieren, geht es dort weiter, wo es aufgehört hat.',
      noJob: 'Gerade läuft kein Kopiervorgang.',
      quotaExceeded:
        'Ihr neues Postfach ist voll, der Rest hat nicht mehr hineingepasst. Schaffen Sie dort Platz oder fragen Sie Ihre Hilfe; wenn Sie wieder kopieren, geht es dort weiter, wo es aufgehört hat.',
      messageTooBig:
        'Eine Nachricht ist zu groß für Ihren neuen Anbieter. Sie bleibt sicher in Ihrem alten Konto.',
      connectionLost:
        'Die Verbindung zu einem der Mailserver ist abgebrochen. Prüfen Sie Ihre Internetverbindung; wenn Sie wieder kopieren, geht es dort weiter, wo es aufgehört hat.',
      serverUnreadable:
        'Einer der Mailserver hat eine Antwort geschickt, die Switchover nicht lesen kann. Versuchen Sie es später noch einmal; wenn Sie wieder kopieren, geht es dort weiter, wo es aufgehört hat.',
      tooManyConnections:
        'Einer der Mailserver hat gerade zu viele offene Verbindungen. Warten Sie ein paar Minuten; wenn Sie wieder kopieren, geht es dort weiter, wo es aufgehört hat.',
      network:
        'Einer der Mailserver ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann noch einmal.',
      authFailed:
        'Das Passwort eines Ihrer Konten wurde nicht angenommen; vielleicht wurde es geändert. Bitte gehen Sie zurück und melden Sie sich erneut an.',
      accountMissing: 'Bitte melden Sie sich zuerst bei Ihrem alten und Ihrem neuen Konto an.',
      oauthRevoked:
        'Ihr Anbieter lässt Switchover eines Ihrer Konten nicht mehr öffnen. Bitte gehen Sie zurück und melden Sie sich erneut an.',
      oauthBlocked:
        'Der Administrator Ihres Arbeits- oder Schulkontos erlaubt Switchover nicht, Ihre E-Mails zu öffnen. Bitte fragen Sie ihn oder Ihren Helfer.',
      providerThrottled:
        'Einer Ihrer E-Mail-Anbieter hat Switchover gebeten, langsamer zu kopieren, und immer wieder darum gebeten. Warten Sie ein paar Minuten; wenn Sie wieder kopieren, geht es dort weiter, wo es aufgehört hat.',
      providerUnavailable:
        'Einer Ihrer E-Mail-Anbieter ist gerade nicht erreichbar. Warten Sie ein paar Minuten; wenn Sie wieder kopieren, geht es dort weiter, wo es aufgehört hat.',
      providerDailyLimit:
        'Einer Ihrer E-Mail-Anbieter erlaubt Switchover nur eine bestimmte Menge pro Tag, und der Anteil für heute ist aufgebraucht. Versuchen Sie es morgen wieder; wenn Sie wieder kopieren, geht es dort weiter, wo es aufgehört hat.',
      signInAgain: 'Zurück zur Anmeldung',
    },
    roles: {
      inbox: 'Posteingang',
      sent: 'Gesendet',
      drafts: 'Entwürfe',
      trash: 'Papierkorb',
      junk: 'Spam',
      archive: 'Archiv',
    },
    tree: {
      oldTitle: 'Ihr altes Konto',
      newTitle: 'Ihr neues Konto',
      oldListLabel: 'Ordner in Ihrem alten Konto',
      newListLabel: 'Ordner in Ihrem neuen Konto',
      wholeAccount: 'Ganz {{email}}',
      container: 'enthält nur Ordner',
      messages_one: '{{n}} Nachricht',
      messages_other: '{{n}} Nachrichten',
      recounting: 'wird neu gezählt…',
    },
    everything: {
      button: 'Alles kopieren',
      hint_one: '{{n}} Nachricht, alle Ordner, wie unter „Wohin jeder Ordner kommt“ aufgeführt.',
      hint_other:
        '{{n}} Nachrichten, alle Ordner, wie unter „Wohin jeder Ordner kommt“ aufgeführt.',
      started: 'Alles wird kopiert.',
    },
    plan: {
      summary_one: 'Wohin jeder Ordner kommt ({{count}} Ordner)',
      summary_other: 'Wohin jeder Ordner kommt ({{count}} Ordner insgesamt)',
      mapping: '{{source}} kommt nach {{target}}',
      skipped: '{{source}}: wird nicht kopiert',
      skipDropped: 'Sie haben ihn weggelassen',
      skipVirtual: 'seine Nachrichten liegen schon in Ihren anderen Ordnern',
      change: 'Ändern…',
      changeLabel: 'Ändern, wohin {{folder}} kommt',
      leaveOut: 'Weglassen',
      leaveOutLabel: '{{folder}} weglassen',
      include: 'Doch kopieren',
      includeLabel: '{{folder}} doch kopieren',
      changed: 'Geändert, wohin {{folder}} kommt.',
    },
    labels: {
      unlabelled: 'Nachrichten ohne Label',
      unlabelledNote: 'die Nachrichten, die Sie archiviert haben',
      question: 'Wie sollen Ihre Labels erhalten bleiben?',
      keywords: 'Labels als Schlagwörter behalten, jede Nachricht einmal',
      keywordsRecommended: 'Labels als Schlagwörter behalten, jede Nachricht einmal (empfohlen)',
      keywordsHint:
        'Eine Nachricht kommt in den Ordner ihres ersten Labels in der Liste unten; ihre anderen Labels kommen als Schlagwörter mit.',
      keywordsLost:
        'Eine Nachricht kommt in den Ordner ihres ersten Labels in der Liste unten; ihre anderen Labels gehen verloren.',
      folders: 'Eine Kopie im Ordner jedes Labels',
      foldersRecommended: 'Eine Kopie im Ordner jedes Labels (empfohlen)',
      foldersHint:
        'Eine Nachricht mit drei Labels liegt in allen drei Ordnern. Das braucht mehr Platz in Ihrem neuen Konto.',
      noTags:
        'Ihr neues Konto kann keine Schlagwörter speichern. Damit kein Label verloren geht, bekommt der Ordner jedes Labels eine eigene Kopie der Nachricht.',
      orderTitle:
        'Ihre Labels der Reihe nach: Eine Nachricht mit mehreren Labels kommt in den Ordner des ersten.',
      foldersTitle: 'Ihre Labels: Jedes wird ein Ordner.',
      othersTitle: 'Weitere Ordner',
      place_ordinal_one: '{{count}}.',
      place_ordinal_two: '{{count}}.',
      place_ordinal_few: '{{count}}.',
      place_ordinal_other: '{{count}}.',
      moveUp: 'Nach oben',
      moveUpLabel: '{{folder}} nach oben',
      putFirst: 'An den Anfang',
      putFirstLabel: '{{folder}} an den Anfang',
      moved: '{{folder}} steht jetzt an {{place}} Stelle.',
    },
    dialog: {
      title: 'Wohin soll „{{folder}}“?',
      where: 'Ablegen',
      keepPlace: 'An derselben Stelle wie im alten Konto',
      inside: 'In „{{folder}}“',
      confirm: 'Dorthin kopieren',
      save: 'Dorthin legen',
      cancel: 'Abbrechen',
    },
    drop: {
      created: '{{target}} wird angelegt.',
      exists: 'Er kommt in {{target}}, das es schon gibt.',
      keepPlace: 'Jeder Ordner bleibt an seinem Platz.',
      started: '{{folder}} wird kopiert. {{result}}',
    },
    progress: {
      title: 'Ihre E-Mails werden kopiert',
      titlePaused: 'Das Kopieren ist angehalten',
      percent: '{{percent}} % erledigt',
      preparing: 'Vorbereitung: beide Konten werden verglichen…',
      verifying: 'Es wird geprüft, ob alles angekommen ist…',
      paused: 'Angehalten. Nichts geht verloren; drücken Sie „Weiter“, um fortzufahren.',
      estimating: 'Die Dauer wird berechnet…',
      lessThanMinute: 'weniger als eine Minute übrig',
      minutesLeft_one: 'noch etwa {{count}} Minute',
      minutesLeft_other: 'noch etwa {{count}} Minuten',
      hoursLeft_one: 'noch etwa {{count}} Stunde',
      hoursLeft_other: 'noch etwa {{count}} Stunden',
      daysLeft_one: 'noch etwa {{count}} Tag',
      daysLeft_other: 'noch etwa {{count}} Tage',
      counts_one: '{{done}} von {{total}} Nachricht kopiert',
      counts_other: '{{done}} von {{total}} Nachrichten kopiert',
      folder: 'Wird gerade kopiert: {{folder}}',
      pause: 'Anhalten',
      resume: 'Weiter',
      cancel: 'Kopieren beenden',
      cancelQuestion: 'Kopieren jetzt beenden?',
      cancelExplain:
        'Was schon kopiert ist, bleibt in Ihrem neuen Konto. Wenn Sie später wieder kopieren, geht es dort weiter, wo es aufgehört hat.',
      cancelKeep: 'Nein, weiter kopieren',
      cancelYes: 'Ja, Kopieren beenden',
      safeToClose:
        'Sie können dieses Fenster schließen: Das Kopieren geht weiter, und Sie finden es hier wieder, wenn Sie zurückkommen.',
    },
    wait: {
      throttled:
        'Einer Ihrer E-Mail-Anbieter hat Switchover gebeten, kurz langsamer zu kopieren. Es geht nichts verloren.',
      unavailable:
        'Einer Ihrer E-Mail-Anbieter ist gerade kurz beschäftigt. Es geht nichts verloren.',
      other: 'Switchover wartet kurz auf einen Ihrer E-Mail-Anbieter. Es geht nichts verloren.',
      throttled_old:
        'Ihr alter E-Mail-Anbieter hat Switchover gebeten, kurz langsamer zu machen. Es geht nichts verloren.',
      throttled_new:
        'Ihr neuer E-Mail-Anbieter hat Switchover gebeten, kurz langsamer zu machen. Es geht nichts verloren.',
      unavailable_old:
        'Ihr alter E-Mail-Anbieter ist gerade kurz beschäftigt. Es geht nichts verloren.',
      unavailable_new:
        'Ihr neuer E-Mail-Anbieter ist gerade kurz beschäftigt. Es geht nichts verloren.',
      other_old: 'Switchover wartet kurz auf Ihren alten E-Mail-Anbieter. Es geht nichts verloren.',
      other_new: 'Switchover wartet kurz auf Ihren neuen E-Mail-Anbieter. Es geht nichts verloren.',
      inSeconds_one: 'Es geht in {{count}} Sekunde von selbst weiter.',
      inSeconds_other: 'Es geht in {{count}} Sekunden von selbst weiter.',
      inMinutes_one: 'Es geht in etwa {{count}} Minute von selbst weiter.',
      inMinutes_other: 'Es geht in etwa {{count}} Minuten von selbst weiter.',
      phase: 'kurze Pause für Ihren E-Mail-Anbieter',
    },
    waiting: {
      title: 'Das Kopieren geht {{when}} weiter',
      phase: 'der Anteil für heute ist kopiert',
      limit: 'Einer Ihrer E-Mail-Anbieter erlaubt Switchover nur eine bestimmte Menge pro Tag.',
      limitNamed: '{{provider}} erlaubt Switchover, etwa {{size}} pro Tag zu kopieren.',
      share: 'Der Anteil für heute ist kopiert; es geht {{when}} von selbst weiter.',
      other:
        'Einer Ihrer E-Mail-Anbieter hat Switchover gebeten zu warten; es geht {{when}} von selbst weiter.',
      leaveOpen:
        'Lassen Sie Switchover geöffnet oder öffnen Sie es später wieder: Es macht dort weiter, wo es aufgehört hat.',
      whenSoon: 'gleich',
      whenToday_one: 'um {{time}}',
      whenToday_other: 'um {{time}}',
      whenTomorrow_one: 'morgen um {{time}}',
      whenTomorrow_other: 'morgen um {{time}}',
      whenOnDay_one: 'am {{day}} um {{time}}',
      whenOnDay_other: 'am {{day}} um {{time}}',
    },
    schedule: {
      text_one:
        '{{provider}} erlaubt Switchover, etwa {{size}} pro Tag zu kopieren: Das dauert etwa {{count}} Tag. Lassen Sie Switchover geöffnet oder öffnen Sie es morgen wieder: Es macht dort weiter, wo es aufgehört hat.',
      text_other:
        '{{provider}} erlaubt Switchover, etwa {{size}} pro Tag zu kopieren: Das dauert etwa {{count}} Tage. Lassen Sie Switchover geöffnet oder öffnen Sie es morgen wieder: Es macht dort weiter, wo es aufgehört hat.',
    },
    report: {
      titleDone: 'Ihre E-Mails sind kopiert',
      titleIncomplete: 'Der größte Teil Ihrer E-Mails ist kopiert',
      titleCancelled: 'Sie haben das Kopieren beendet',
      titleFailed: 'Das Kopieren wurde nicht fertig',
      failedNext: 'Bitte versuchen Sie es noch einmal. Was schon kopiert ist, bleibt kopiert.',
      allThere_one: 'Die {{n}} Nachricht ist in Ihrem neuen Konto.',
      allThere_other: 'Alle {{n}} Nachrichten sind in Ihrem neuen Konto.',
      nothingNew_zero: 'Nichts zu kopieren: Es gab keine Nachrichten zum Kopieren.',
      nothingNew_one:
        'Nichts Neues zu kopieren: Die {{n}} Nachricht war schon in Ihrem neuen Konto.',
      nothingNew_other:
        'Nichts Neues zu kopieren: Alle {{n}} Nachrichten waren schon in Ihrem neuen Konto.',
      someThere_one: 'Ihr neues Konto hat {{n}} von {{total}} Nachricht.',
      someThere_other: 'Ihr neues Konto hat {{n}} der {{total}} Nachrichten.',
      cancelled_one:
        '{{n}} Nachricht wurde kopiert, bevor Sie beendet haben. Erneutes Kopieren macht dort weiter.',
      cancelled_other:
        '{{n}} Nachrichten wurden kopiert, bevor Sie beendet haben. Erneutes Kopieren macht dort weiter.',
      quotaFull_one:
        'Ihr neues Postfach ist voll: {{n}} Nachricht hat nicht mehr hineingepasst. Schaffen Sie dort Platz oder fragen Sie Ihre Hilfe; wenn Sie wieder kopieren, geht es dort weiter, wo es aufgehört hat.',
      quotaFull_other:
        'Ihr neues Postfach ist voll: {{n}} Nachrichten haben nicht mehr hineingepasst. Schaffen Sie dort Platz oder fragen Sie Ihre Hilfe; wenn Sie wieder kopieren, geht es dort weiter, wo es aufgehört hat.',
      stopped: 'Das Kopieren wurde wegen eines Verbindungsproblems unterbrochen.',
      failed_one: '{{n}} Nachricht konnte nicht kopiert werden.',
      failed_other: '{{n}} Nachrichten konnten nicht kopiert werden.',
      deletedLeft_one: '{{n}} als gelöscht markierte Nachricht blieb in Ihrem alten Konto.',
      deletedLeft_other: '{{n}} als gelöscht markierte Nachrichten blieben in Ihrem alten Konto.',
      tooBig_one: '{{n}} Nachricht war zu groß für Ihren neuen Anbieter:',
      tooBig_other: '{{n}} Nachrichten waren zu groß für Ihren neuen Anbieter:',
      tooBigItem: 'eine mit {{size}} in {{folder}}',
      tooBigNext:
        'Sie bleiben sicher in Ihrem alten Konto. Sie können sie sich ohne den großen Anhang selbst weiterleiten oder Ihren Helfer fragen.',
      next: 'Als Nächstes: Senden Sie eine Testnachricht, um zu prüfen, dass Ihr neues Konto E-Mails empfängt.',
      again: 'Sie können jederzeit erneut kopieren: Was schon da ist, wird nicht doppelt kopiert.',
      leftOut_one:
        '{{n}} von {{total}} Nachrichten sind in Ihrem neuen Konto; eine weitere haben Sie weggelassen.',
      leftOut_other:
        '{{n}} von {{total}} Nachrichten sind in Ihrem neuen Konto; die anderen {{left}} haben Sie weggelassen.',
      severalTags_one:
        'Eine hatte mehrere Labels: Sie ist einmal dort, im Ordner ihres ersten Labels, die anderen Labels als Schlagwörter.',
      severalTags_other:
        '{{n}} hatten mehrere Labels: Jede ist einmal dort, im Ordner ihres ersten Labels, die anderen Labels als Schlagwörter.',
      severalFolders_one: 'Eine hatte mehrere Labels: Sie liegt im Ordner jedes ihrer Labels.',
      severalFolders_other: '{{n}} hatten mehrere Labels: Jede liegt im Ordner jedes ihrer Labels.',
      severalNoTags_one:
        'Eine hatte mehrere Labels: Sie ist einmal dort, im Ordner ihres ersten Labels; Ihr neues Konto speichert keine Schlagwörter, daher fehlen ihre anderen Labels (eine Kopie im Ordner jedes Labels behält sie).',
      severalNoTags_other:
        '{{n}} hatten mehrere Labels: Jede ist einmal dort, im Ordner ihres ersten Labels; Ihr neues Konto speichert keine Schlagwörter, daher fehlen ihre anderen Labels (eine Kopie im Ordner jedes Labels behält sie).',
      unlabelledRow: '{{folder}} (Nachrichten ohne Label)',
      tableCaption: 'Nachrichten in jedem Ordner',
      folderColumn: 'Ordner',
      oldColumn: 'Altes Konto',
      newColumn: 'Neues Konto',
    },
  },
  errors: {
    disconnected:
      'Dieses Fenster hat die Verbindung zu Switchover verloren. Bitte prüfen Sie, ob Switchover noch geöffnet ist, und versuchen Sie es dann erneut.',
    unauthorized:
      'Dieses Fenster darf nicht mit Switchover sprechen. Bitte schließen Sie es und öffnen Sie Switchover erneut.',
    internal: 'In Switchover ist etwas schiefgelaufen. Bitte versuchen Sie es erneut.',
    serverUnreadable:
      'Der Mailserver hat eine Antwort geschickt, die Switchover nicht lesen kann. Bitte versuchen Sie es später noch einmal.',
    filesWriteFailed:
      'Switchover konnte die Datei auf diesem Computer nicht speichern. Bitte prüfen Sie, ob genug Platz frei ist, und versuchen Sie es dann erneut.',
    backupCancelled: 'Das Speichern Ihrer alten E-Mails wurde angehalten.',
    providerThrottled:
      'Ihr E-Mail-Anbieter hat Switchover gebeten, langsamer zu arbeiten. Bitte warten Sie ein paar Minuten und versuchen Sie es dann erneut.',
    providerUnavailable:
      'Ihr E-Mail-Anbieter ist gerade nicht erreichbar. Bitte versuchen Sie es in ein paar Minuten erneut.',
    providerDailyLimit:
      'Ihr E-Mail-Anbieter erlaubt Switchover nur eine bestimmte Menge E-Mails pro Tag, und der Anteil für heute ist aufgebraucht. Bitte versuchen Sie es morgen erneut.',
    passwordMissing: 'Switchover braucht das Passwort für dieses Konto. Bitte geben Sie es ein.',
  },
  done: {
    intro: 'Ihre E-Mails sind umgezogen. Noch drei Dinge, jedes wann Sie möchten:',
    phone: {
      title: 'Ihr Telefon einrichten',
      intro:
        'Auch Ihr Telefon braucht Ihre neue E-Mail. Wählen Sie den Weg, der zu Ihrem Telefon passt.',
      loading: 'Die Einstellungen für Ihr Telefon werden geholt…',
      qrLabel:
        'QR-Code mit den Einstellungen für Ihr Telefon. Eine Telefonkamera, die darauf zeigt, zeigt dieselben Einstellungen wie die Liste unter „Einstellungen für Ihr Telefon“.',
      qrHint:
        'Halten Sie die Kamera Ihres Telefons auf diesen Code, um die Einstellungen dort zu sehen.',
      iphoneTitle: 'iPhone oder iPad',
      saveProfile: 'Einrichtungsdatei für iPhone und iPad speichern',
      saving: 'Wird gespeichert…',
      iphoneStep1:
        'Schicken Sie die gespeicherte Datei an Ihr iPhone oder iPad (zum Beispiel per E-Mail an sich selbst oder mit AirDrop) und öffnen Sie sie dort.',
      iphoneStep2:
        'Öffnen Sie die Einstellungen, tippen Sie auf „Profil geladen“ und dann auf „Installieren“.',
      iphoneStep3: 'Geben Sie auf Nachfrage das Passwort Ihrer neuen E-Mail ein.',
      androidTitle: 'Android und andere Telefone',
      androidText:
        'Öffnen Sie Ihre E-Mail-App, wählen Sie „Konto hinzufügen“ und dann „Andere“. Geben Sie Ihre neue E-Mail-Adresse und ihr Passwort ein. Fragt die App nach mehr, nehmen Sie die Einstellungen unten.',
      detailsSummary: 'Einstellungen für Ihr Telefon',
      tableCaption: 'Einstellungen für {{address}}',
      settingColumn: 'Einstellung',
      valueColumn: 'Was Sie eingeben',
      address: 'E-Mail-Adresse',
      accountType: 'Art des Kontos',
      incomingServer: 'Server für eingehende E-Mails',
      incomingPort: 'Port (eingehend)',
      incomingSecurity: 'Sicherheit (eingehend)',
      outgoingServer: 'Server für ausgehende E-Mails',
      outgoingPort: 'Port (ausgehend)',
      outgoingSecurity: 'Sicherheit (ausgehend)',
      username: 'Benutzername',
      incomingUsername: 'Benutzername (eingehend)',
      outgoingUsername: 'Benutzername (ausgehend)',
      password: 'Passwort',
      passwordValue: 'Das Passwort Ihrer neuen E-Mail',
      securityPlain: 'Keine',
    },
    backup: {
      title: 'Eine Kopie Ihrer alten E-Mails auf diesem Computer behalten',
      intro:
        'Switchover speichert jeden Ordner Ihrer alten E-Mail als Dateien auf diesem Computer. In Ihrer alten E-Mail ändert sich nichts.',
      loading: 'Wird geprüft…',
      start: 'Kopie behalten',
      startAgain: 'Neue Kopie speichern',
      running: 'Ihre alten E-Mails werden gespeichert…',
      percent: '{{percent}} Prozent',
      estimating: 'die Dauer wird ermittelt…',
      lessThanMinute: 'weniger als eine Minute übrig',
      minutesLeft_one: 'etwa {{count}} Minute übrig',
      minutesLeft_other: 'etwa {{count}} Minuten übrig',
      hoursLeft_one: 'etwa {{count}} Stunde übrig',
      hoursLeft_other: 'etwa {{count}} Stunden übrig',
      counts: '{{done}} von {{total}} Nachrichten gespeichert',
      folder: 'Gerade: {{folder}}',
      cancel: 'Speichern anhalten',
      stopping: 'Wird angehalten…',
      keepsRunning: 'Sie können Switchover währenddessen weiter benutzen.',
      finished: 'Ihre alten E-Mails sind gespeichert',
      finishedCount_one: '{{count}} Nachricht, in „{{place}}“.',
      finishedCount_other: '{{count}} Nachrichten, in „{{place}}“.',
      cancelled: 'Das Speichern Ihrer alten E-Mails wurde angehalten',
      cancelledNext: 'Halb Gespeichertes wurde nicht behalten. Sie können jederzeit neu beginnen.',
      failed: 'Das Speichern Ihrer alten E-Mails wurde nicht fertig',
    },
    report: {
      titleNamed: 'Einen Bericht für {{helper}} speichern',
      titleUnnamed: 'Einen Bericht für Ihren Helfer speichern',
      introNamed:
        'Wenn etwas nicht geklappt hat, sagt diese Datei {{helper}}, was passiert ist. Sie enthält keine Passwörter und keine Ihrer Nachrichten.',
      introUnnamed:
        'Wenn etwas nicht geklappt hat, sagt diese Datei Ihrem Helfer, was passiert ist. Sie enthält keine Passwörter und keine Ihrer Nachrichten.',
      save: 'Bericht speichern',
      saveAgain: 'Neuen Bericht speichern',
      saving: 'Wird gespeichert…',
      sendNamed: 'Schicken Sie diese Datei an {{helper}}, zum Beispiel per E-Mail.',
      sendUnnamed: 'Schicken Sie diese Datei an Ihren Helfer, zum Beispiel per E-Mail.',
    },
    files: {
      savedIn: 'Gespeichert in „{{place}}“.',
      showInFolder: 'Im Ordner zeigen',
      notShown:
        'Switchover kann den Ordner von hier aus nicht öffnen. Der vollständige Ort steht unten: Sie können ihn markieren und kopieren.',
      fullPath: 'Vollständiger Ort:',
    },
  },
  sendTest: {
    intro:
      'Wir senden eine kurze Nachricht von Ihrer neuen Adresse an sich selbst und schauen, ob sie ankommt.',
    button: 'Test senden',
    sendAnother: 'Noch einen Test senden',
    starting: 'Der Test wird gestartet …',
    extraLabel: 'Auch senden an (zum Beispiel an einen Verwandten)',
    extraHint: 'Freiwillig. Danach sagen Sie Switchover, ob sie dort angekommen ist.',
    extraInvalid:
      'Bitte geben Sie eine vollständige E-Mail-Adresse ein, zum Beispiel name@beispiel.de, oder lassen Sie das Feld leer.',
    sending: 'Die Testnachricht wird gesendet …',
    waiting_one: 'Warten, bis sie ankommt … {{count}} Sekunde',
    waiting_other: 'Warten, bis sie ankommt … {{count}} Sekunden',
    ringValue: '{{elapsed}} von höchstens {{total}} Sekunden',
    canGoOn:
      'Sie können hier warten oder zum nächsten Schritt gehen: Das Ergebnis finden Sie hier, wenn Sie zurückkommen.',
    arrived_one: 'Sie ist in {{count}} Sekunde angekommen ✓',
    arrived_other: 'Sie ist in {{count}} Sekunden angekommen ✓',
    arrivedNext: 'Ihr neues E-Mail-Konto kann E-Mails senden und empfangen.',
    portNotice:
      'Dieses Netzwerk sperrt den üblichen Weg zum Senden von E-Mails. Switchover hat deshalb einen anderen Weg genommen, und der hat funktioniert. Wenn Ihr E-Mail-Programm in diesem Netzwerk nicht senden kann, zeigen Sie Ihrem Helfer die Einzelheiten unten.',
    failedTitle: 'Der Test hat nicht geklappt',
    junkTitle: 'Sie ist angekommen, aber im Spam-Ordner',
    serverSaid: 'Der Server sagte: „{{words}}“',
    signInAgain: 'Zu „Ihr neues E-Mail-Konto“',
    optional: 'Der Test wird empfohlen, aber Sie können auch ohne ihn zum nächsten Schritt gehen.',
    extra: {
      alsoTo: 'Auch gesendet an {{address}}.',
      question: 'Ist die Nachricht bei {{address}} angekommen?',
      askThem:
        'Fragen Sie nach (es kann ein paar Minuten dauern) und sagen Sie es dann Switchover.',
      arrived: 'Sie ist angekommen',
      notArrived: 'Sie ist nicht angekommen',
      thanksArrived: '{{address}} hat sie erhalten ✓',
      thanksNotArrived:
        'Sie ist nicht bei {{address}} angekommen. E-Mails an andere können länger dauern: Fragen Sie später noch einmal, und wenn sie dann noch fehlt, sagen Sie es bitte Ihrem Helfer.',
      refused: 'Die Nachricht konnte nicht an {{address}} gesendet werden.',
    },
    details: {
      summary: 'Einzelheiten für Ihren Helfer',
      port: 'Postausgangsserver (SMTP), Port {{port}}',
      sentAfter: 'Vom Server angenommen nach {{ms}} ms',
      arrivedAfter: 'Im Postfach (IMAP) gefunden nach {{ms}} ms',
      messageId: 'Nachrichten-ID (Message-ID): {{id}}',
      transcript: 'Gespräch mit dem Postausgangsserver (ohne Passwörter):',
      noTranscript: 'Switchover ist nicht bis zum Gespräch mit dem Postausgangsserver gekommen.',
    },
    errors: {
      authFailed: {
        text: 'Der Server zum Senden von E-Mails hat das Passwort Ihres neuen Kontos nicht angenommen.',
        next: 'Vielleicht wurde das Passwort seit der Anmeldung geändert. Gehen Sie zu „Ihr neues E-Mail-Konto“, melden Sie sich mit dem aktuellen Passwort neu an und versuchen Sie es dann erneut.',
      },
      portBlocked: {
        text: 'Dieses Netzwerk sperrt das Senden von E-Mails: Switchover hat beide üblichen Wege versucht.',
        next: 'Bitte versuchen Sie es in einem anderen Netzwerk (zum Beispiel zu Hause) oder fragen Sie Ihren Helfer.',
      },
      tlsUntrusted: {
        text: 'Switchover konnte nicht sicherstellen, dass es wirklich mit Ihrem neuen Anbieter spricht, und hat deshalb nichts gesendet.',
        next: 'Bitte lassen Sie Ihren Helfer die Einstellungen zum Senden prüfen.',
      },
      rejected: {
        text: 'Der Server zum Senden von E-Mails hat die Testnachricht abgelehnt.',
        next: 'Bitte zeigen Sie Ihrem Helfer, was der Server gesagt hat.',
      },
      relayDenied: {
        text: 'Der Server zum Senden von E-Mails wollte die Nachricht nicht weiterleiten.',
        next: 'Meist sind dann die Einstellungen zum Senden nicht ganz richtig. Bitte lassen Sie Ihren Helfer sie prüfen.',
      },
      senderRejected: {
        text: 'Der Server zum Senden von E-Mails lässt Sie nicht von {{address}} aus senden.',
        next: 'Bitte bitten Sie Ihren Helfer oder Ihren Anbieter, das Senden von dieser Adresse zu erlauben.',
      },
      notArrived: {
        text_one:
          'Die Testnachricht wurde gesendet, ist aber nicht innerhalb von {{count}} Sekunde angekommen.',
        text_other:
          'Die Testnachricht wurde gesendet, ist aber nicht innerhalb von {{count}} Sekunden angekommen.',
        next: 'E-Mails sind manchmal langsam. Bitte versuchen Sie es in ein paar Minuten erneut; wenn sie dann immer noch nicht ankommt, fragen Sie Ihren Helfer.',
      },
      inJunk: {
        text_one:
          'Die Testnachricht ist nach {{count}} Sekunde angekommen, aber im Spam-Ordner statt im Posteingang.',
        text_other:
          'Die Testnachricht ist nach {{count}} Sekunden angekommen, aber im Spam-Ordner statt im Posteingang.',
        next: 'Senden und Empfangen funktionieren. Öffnen Sie den Spam-Ordner Ihres neuen Kontos und markieren Sie die Nachricht als „kein Spam“. Wenn es wieder passiert, bitten Sie Ihren Helfer, die Spam-Einstellungen Ihrer neuen Adresse anzusehen.',
      },
      accountMissing: {
        text: 'Sie sind noch nicht bei Ihrem neuen E-Mail-Konto angemeldet.',
        next: 'Gehen Sie zu „Ihr neues E-Mail-Konto“, melden Sie sich an und senden Sie dann den Test.',
      },
    },
  },
  switchComplete: {
    intro:
      'Switchover prüft, wohin E-Mails an {{address}} jetzt gehen, und sagt Ihnen, wann Ihr altes Konto wirklich keine E-Mails mehr bekommt.',
    signInFirst:
      'Bitte melden Sie sich zuerst bei Ihrem alten und Ihrem neuen E-Mail-Konto an (Schritte 2 und 3) und kommen Sie dann hierher zurück.',
    loading: 'Wir schauen nach, wohin Ihre E-Mails gehen…',
    route: {
      heading: 'Wohin Ihre E-Mails jetzt gehen',
      pictureLabel: 'Wohin E-Mails an Ihre Adresse gehen',
      senders: 'Leute, die Ihnen schreiben',
      oldBox: 'Ihr altes Konto',
      newBox: 'Ihr neues Konto',
      arrivesHere: 'E-Mails kommen hier an',
      stillArrives: 'E-Mails kommen noch hier an',
      noLonger: 'Hier kommen keine neuen E-Mails mehr an',
      notYet: 'Hier kommen noch keine E-Mails an',
      someArrives: 'Ein Teil der E-Mails kommt hier an',
      notKnown: 'Gerade nicht bekannt',
      switched: 'E-Mails an {{address}} gehen jetzt in Ihr neues Konto.',
      notSwitched:
        'Noch nicht: E-Mails an {{address}} gehen noch in Ihr altes Konto, weil die Umstellung noch nicht passiert ist.',
      mixed:
        'Halb umgestellt: Ein Teil der E-Mails an {{address}} geht in Ihr neues Konto, ein Teil noch in das alte.',
      unknown: 'Switchover konnte gerade nicht herausfinden, wohin E-Mails an {{address}} gehen.',
      notSwitchedNext:
        'Ihr Helfer nimmt diese Änderung vor. Sie müssen nichts tun: Diese Seite bemerkt die Änderung von selbst.',
      mixedNext:
        'Ihr Helfer ist wahrscheinlich mitten in der Umstellung. Bitte warten Sie ein wenig.',
      unknownNext: 'Bitte prüfen Sie Ihre Internetverbindung und drücken Sie dann „Jetzt prüfen“.',
      estimate_one: 'Die meisten Absender nutzen Ihren neuen Anbieter in etwa {{count}} Stunde.',
      estimate_other: 'Die meisten Absender nutzen Ihren neuen Anbieter in etwa {{count}} Stunden.',
      estimateAfter_one:
        'Sobald die Änderung gemacht ist, nutzen die meisten Absender Ihren neuen Anbieter in etwa {{count}} Stunde.',
      estimateAfter_other:
        'Sobald die Änderung gemacht ist, nutzen die meisten Absender Ihren neuen Anbieter in etwa {{count}} Stunden.',
      cached:
        'Dieser Computer merkt sich noch eine Weile eine ältere Antwort; die neuere ist schon unterwegs.',
      checkNow: 'Jetzt prüfen',
      checking: 'Wird geprüft…',
      lastChecked_one: 'Zuletzt geprüft um {{time}} Uhr.',
      lastChecked_other: 'Zuletzt geprüft um {{time}} Uhr.',
      watching_one: 'Solange diese Seite offen ist, prüft Switchover jede Minute erneut.',
      watching_other:
        'Solange diese Seite offen ist, prüft Switchover alle {{count}} Minuten erneut.',
      details: 'Details für Ihren Helfer',
      resolver: 'MX-Einträge vom Resolver dieses Computers:',
      nameServer: 'MX-Einträge vom Nameserver {{server}} ({{address}}):',
      host: '{{exchange}}, Priorität {{priority}}, TTL {{ttl}} s: {{side}}',
      sideNew: 'der neue Anbieter',
      sideOld: 'nicht der neue Anbieter',
      noRecords: 'keine MX-Einträge',
      lookupError: 'Abfrage fehlgeschlagen: {{error}}',
      expected: 'MX-Server laut Kit: {{hosts}}',
      estimateBasis: 'Schätzung aus: {{basis}}',
    },
    probes: {
      heading: 'Test-E-Mails in beide Richtungen',
      intro:
        'Switchover schickt eine Test-E-Mail über Ihren alten Anbieter und eine über Ihren neuen Anbieter, beide an {{address}}, und schaut, wo sie ankommen.',
      button: 'Test-E-Mails in beide Richtungen senden',
      again: 'Test-E-Mails noch einmal senden',
      starting: 'Der Test startet…',
      sending: 'Die Test-E-Mails werden gesendet…',
      waiting: 'Warten auf die Test-E-Mails: noch {{time}}',
      viaOld: 'Über Ihren alten Anbieter gesendet:',
      viaNew: 'Über Ihren neuen Anbieter gesendet:',
      status: {
        pending: 'noch nicht gesendet',
        sending: 'wird gesendet',
        waiting: 'unterwegs',
        arrivedNew: 'in Ihrem neuen Konto angekommen ✓',
        arrivedNewJunk: 'in Ihrem neuen Konto angekommen, im Spam-Ordner',
        arrivedOld: 'in Ihrem alten Konto angekommen',
        notArrived: 'nicht angekommen',
        skipped:
          'nicht gesendet, weil Switchover nicht weiß, wie Ihr altes Konto E-Mails verschickt',
        failed: 'konnte nicht gesendet werden',
      },
      skippedNote:
        'Nur der Test über Ihren neuen Anbieter wurde gesendet: Switchover weiß nicht, wie Ihr altes Konto E-Mails verschickt. Das ist in Ordnung; Ihr Helfer kann den alten Anbieter getrennt prüfen.',
      outcome: {
        done: {
          title: 'Beide Test-E-Mails sind in Ihrem neuen Konto angekommen ✓',
          text: 'E-Mails an Ihre Adresse erreichen Ihr neues Konto, egal auf welchem Weg sie gesendet werden.',
        },
        deliversInternally: {
          title: 'Ihr alter Anbieter hält sich noch für zuständig für Ihre Adresse',
          text: 'Die Test-E-Mail über Ihren alten Anbieter ist in Ihrem alten Konto geblieben, obwohl Ihre Adresse schon auf den neuen Anbieter zeigt. E-Mails von anderen Kunden Ihres alten Anbieters können dort weiter landen.',
          next: 'Bitten Sie Ihren Helfer, Ihre Domain {{domain}} bei Ihrem alten Anbieter zu entfernen. Senden Sie danach die Test-E-Mails noch einmal.',
        },
        notSwitched: {
          title: 'Ihre E-Mails gehen noch nicht in Ihr neues Konto',
          text: 'Die Test-E-Mail über Ihren neuen Anbieter ist in Ihrem alten Konto angekommen: Die Umstellung ist noch nicht passiert, oder irgendwo ist noch eine ältere Antwort gespeichert.',
          next: 'Bitte warten Sie und senden Sie die Test-E-Mails dann noch einmal. Switchover prüft in der Zwischenzeit weiter.',
        },
        notArrived: {
          title: 'Die Test-E-Mails sind nicht angekommen',
          text_one: 'Innerhalb von {{count}} Minute ist nichts angekommen.',
          text_other: 'Innerhalb von {{count}} Minuten ist nichts angekommen.',
          next: 'E-Mails sind manchmal langsam. Bitte warten Sie einige Minuten und versuchen Sie es erneut; wenn nichts ankommt, fragen Sie Ihren Helfer.',
        },
        sendFailed: {
          title: 'Eine Test-E-Mail konnte nicht gesendet werden',
          text: 'Switchover konnte eine der Test-E-Mails nicht senden.',
          next: 'Bitte versuchen Sie es später noch einmal. Wenn es wieder passiert, zeigen Sie Ihrem Helfer die Details unten.',
        },
      },
      details: 'Details für Ihren Helfer',
      arrivedAfter: '{{via}} nach {{seconds}} s gefunden, im Ordner {{folder}} des Kontos {{side}}',
    },
    stragglers: {
      heading: 'Späte E-Mails in Ihrem alten Konto',
      watching:
        'Switchover behält Ihr altes Konto im Auge: Was dort noch ankommt, wird in Ihr neues Konto kopiert.',
      copiedToday_one:
        '{{count}} E-Mail ist heute in Ihrem alten Konto angekommen und wurde in Ihr neues Konto kopiert:',
      copiedToday_other:
        '{{count}} E-Mails sind heute in Ihrem alten Konto angekommen und wurden in Ihr neues Konto kopiert:',
      copiedSince_one:
        '{{count}} E-Mail ist seit dem {{date}} in Ihrem alten Konto angekommen und wurde in Ihr neues Konto kopiert:',
      copiedSince_other:
        '{{count}} E-Mails sind seit dem {{date}} in Ihrem alten Konto angekommen und wurden in Ihr neues Konto kopiert:',
      item: 'von {{from}}, {{time}}',
      noSubject: '(kein Betreff)',
      problem:
        'Switchover konnte gerade nicht in Ihr altes Konto schauen. Es versucht es von selbst erneut.',
    },
    completion: {
      completeTitle: 'Ihr Umzug ist fertig ✓',
      completeText: 'Ihr altes Konto bekommt keine E-Mails mehr: Alles geht in Ihr neues Konto.',
      keepOld:
        'Behalten Sie Ihr altes Konto bis zum {{date}} und kündigen Sie es dann. Manche schreiben nur selten (zum Beispiel eine Jahresrechnung); bis dahin kopiert Switchover alles, was dort noch ankommt.',
      notYet: 'Der Umzug ist noch nicht fertig. Es fehlt noch:',
      waitingMx: 'dass Ihre E-Mails zu Ihrem neuen Anbieter gehen',
      waitingProbes: 'dass beide Test-E-Mails in Ihrem neuen Konto ankommen',
      waitingQuiet: 'zwei ruhige Tage ohne neue E-Mails in Ihrem alten Konto',
      quietUntil:
        'Wenn keine E-Mails mehr in Ihrem alten Konto ankommen, ist Ihr Umzug am {{date}} fertig. Sie können Switchover bis dahin schließen; es prüft erneut, wenn Sie es öffnen.',
    },
    newAddress: {
      intro:
        'Sie nutzen jetzt {{newAddress}}. Ihre alte Adresse {{address}} bekommt weiter E-Mails, bis alle Ihre neue kennen.',
      sendersHeading: 'Wer noch an Ihre alte Adresse schreibt',
      loading: 'Wir schauen in Ihr altes Konto…',
      none: 'Seit dem {{date}} hat niemand an {{address}} geschrieben.',
      since: 'Seit dem {{date}}:',
      sender_one: '{{count}} E-Mail, die letzte am {{date}}',
      sender_other: '{{count}} E-Mails, die letzte am {{date}}',
      tellThem:
        'Teilen Sie ihnen Ihre neue Adresse mit, oder ändern Sie sie dort, wo sie gespeichert ist (zum Beispiel bei Ihrer Bank).',
      copyButton: 'Ihre E-Mails herüberkopieren',
      copying: 'Wird kopiert…',
      copied_one: '{{count}} E-Mail wurde in Ihr neues Konto kopiert.',
      copied_other: '{{count}} E-Mails wurden in Ihr neues Konto kopiert.',
      alreadyThere_one: '{{count}} E-Mail war schon dort.',
      alreadyThere_other: '{{count}} E-Mails waren schon dort.',
      forwardingHeading: 'E-Mails von Ihrer alten Adresse weiterleiten',
      forwardingText:
        'Ihr alter Anbieter kann alles, was an {{address}} ankommt, an {{newAddress}} weiterleiten. Dann müssen Sie nicht mehr in Ihr altes Konto schauen. Ihr Helfer kann das mit Ihnen einrichten.',
      forwardingLink: 'Seite Ihres alten Anbieters ({{site}})',
      forwardingHowTo: 'So leiten Sie E-Mails bei {{provider}} weiter',
      opensInBrowser: '(öffnet sich in Ihrem Webbrowser)',
    },
    health: {
      summary: 'Für Ihren Helfer: wie Ihre Domain eingerichtet ist',
      intro:
        'Diese Prüfungen sind für Ihren Helfer. Zeigen Sie ihm diesen Teil, oder lesen Sie vor, was nach „Sagen Sie Ihrem Helfer“ steht.',
      loading: 'Wird geprüft…',
      retry: 'Erneut prüfen',
      domain: 'Domäne: {{domain}}',
      tellHelper: 'Sagen Sie Ihrem Helfer:',
      verdict: {
        good: 'Gut',
        warning: 'Könnte besser sein',
        bad: 'Muss behoben werden',
        unknown: 'Nicht bekannt',
      },
      unknownCode: 'Für dieses Ergebnis hat Switchover keinen Satz ({{code}}).',
      codes: {
        spfOk: {
          text: 'Andere Mailserver können prüfen, dass E-Mails von Ihrer Adresse wirklich von Ihrem neuen Anbieter kommen.',
          helper: 'SPF ist in Ordnung: {{record}}',
        },
        spfMissing: {
          text: 'Andere Mailserver können nicht prüfen, woher E-Mails von Ihrer Adresse kommen dürfen; Ihre E-Mails landen daher vielleicht im Spam.',
          helper:
            'Es gibt keinen SPF-Eintrag. Bitte einen anlegen, der den neuen Anbieter enthält und auf -all oder ~all endet.',
        },
        spfMultiple: {
          text: 'Ihre Adresse hat zwei widersprüchliche Angaben dazu, wer ihre E-Mails senden darf; andere Server beachten daher keine.',
          helper: 'Es gibt mehr als einen SPF-Eintrag. Bitte zu einem zusammenführen.',
        },
        spfNoNewProvider: {
          text: 'Ihr neuer Anbieter darf laut Ihrer Adresse noch keine E-Mails für Sie senden; Ihre E-Mails landen daher vielleicht im Spam.',
          helper: 'Der SPF-Eintrag enthält den neuen Anbieter nicht: {{record}}',
        },
        spfOpen: {
          text: 'Jeder darf E-Mails in Ihrem Namen senden; andere Server können Fälschungen nicht erkennen.',
          helper: 'Der SPF-Eintrag erlaubt jeden Server (+all oder kein all): {{record}}',
        },
        spfNeutralAll: {
          text: 'Andere Server sollen E-Mails von Ihrer Adresse nicht beurteilen; das hilft kaum gegen Fälschungen.',
          helper: 'Der SPF-Eintrag endet auf ?all; -all oder ~all wäre besser: {{record}}',
        },
        dkimOk: {
          text: 'Ihre E-Mails sind signiert, so sehen andere Server, dass sie unterwegs nicht verändert wurden.',
          helper: 'DKIM-Schlüssel gefunden (Selektor {{selectors}}).',
        },
        dkimRevoked: {
          text: 'Der Signaturschlüssel für Ihre E-Mails wurde zurückgezogen; signierte E-Mails lassen sich nicht prüfen.',
          helper: 'Der DKIM-Schlüssel ist leer (widerrufen) für Selektor {{selectors}}.',
        },
        dkimMissing: {
          text: 'Ihre E-Mails sind nicht signiert; sie landen daher öfter im Spam.',
          helper: 'Kein DKIM-Schlüssel für den Selektor aus dem Kit gefunden ({{selectors}}).',
        },
        dkimNotFound: {
          text: 'Switchover hat keinen Signaturschlüssel gefunden; Ihr Anbieter nutzt vielleicht einen Namen, den es nicht kennt.',
          helper:
            'Kein DKIM-Schlüssel unter den üblichen Selektoren; bitte den Selektor des Anbieters prüfen.',
        },
        dmarcOk: {
          text: 'Andere Server wissen, was mit gefälschten E-Mails in Ihrem Namen zu tun ist.',
          helper: 'DMARC ist in Ordnung (Richtlinie {{policy}}).',
        },
        dmarcMissing: {
          text: 'Andere Server erfahren nicht, was mit gefälschten E-Mails in Ihrem Namen zu tun ist.',
          helper:
            'Es gibt keinen DMARC-Eintrag unter _dmarc. Bitte einen anlegen (p=quarantine oder p=reject).',
        },
        dmarcMultiple: {
          text: 'Ihre Adresse hat zwei widersprüchliche Angaben zu gefälschten E-Mails; andere Server beachten daher keine.',
          helper: 'Es gibt mehr als einen DMARC-Eintrag. Bitte nur einen behalten.',
        },
        dmarcPolicyNone: {
          text: 'Andere Server sollen gefälschte E-Mails in Ihrem Namen durchlassen.',
          helper:
            'Die DMARC-Richtlinie ist p=none; sobald alles läuft, ist p=quarantine oder p=reject besser.',
        },
        dmarcInvalid: {
          text: 'Die Angabe zu gefälschten E-Mails in Ihrem Namen können andere Server nicht lesen.',
          helper: 'Der DMARC-Eintrag hat keine gültige Richtlinie: {{record}}',
        },
        ptrOk: {
          text: 'Der Server, der Ihre E-Mails empfängt, hat einen ordentlichen Namen.',
          helper: 'Reverse-DNS (PTR) von {{host}} passt.',
        },
        ptrMissing: {
          text: 'Der Server, der Ihre E-Mails empfängt, hat keinen ordentlichen Namen; das mögen manche Server nicht.',
          helper: 'Kein PTR-Eintrag für die Adresse von {{host}}.',
        },
        ptrMismatch: {
          text: 'Der Name des Servers, der Ihre E-Mails empfängt, passt nicht ganz zu seiner Adresse.',
          helper: 'Der PTR von {{host}} führt nicht zu seiner Adresse zurück.',
        },
        ptrNoAddress: {
          text: 'Switchover konnte die Adresse des Servers, der Ihre E-Mails empfängt, nicht finden.',
          helper: 'Der MX-Server {{host}} hat keine Adresse.',
        },
      },
    },
  },
};
