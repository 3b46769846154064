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
    continue: 'Continuer',
    signIn: 'Se connecter',
    useDifferent: 'Utiliser un autre compte',
    openKit: 'Ouvrir un kit…',
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
  account: {
    oldIntro:
      'Saisissez l’adresse de la messagerie que vous quittez. Switchover ne fait que la lire et n’y supprime jamais rien.',
    newIntro:
      'Saisissez l’adresse de votre nouvelle messagerie, celle où vos e-mails vont arriver.',
    newIntroKit:
      'Votre aidant a déjà rempli votre nouveau compte. Il ne reste qu’à saisir votre mot de passe.',
    emailLabel: 'Votre adresse e-mail',
    emailHint: 'Par exemple\u00a0: nom@exemple.fr',
    emailInvalid: 'Veuillez saisir votre adresse e-mail complète, par exemple nom@exemple.fr.',
    detecting: 'Recherche des réglages de votre fournisseur…',
    passwordLabel: 'Mot de passe',
    passwordHint: 'Le mot de passe que vous utilisez pour lire ces e-mails.',
    showPassword: 'Afficher le mot de passe',
    signingIn: 'Vérification de votre mot de passe…',
    signingInNew: 'Vérification de votre mot de passe et de l’envoi des e-mails…',
    signedIn: 'Connecté ✓',
    signedInAs: 'Switchover peut maintenant ouvrir {{email}}.',
    sessionOnly:
      'Cet ordinateur n’a pas d’endroit sûr pour garder votre mot de passe\u00a0: Switchover le garde donc seulement jusqu’à sa fermeture. Il vous sera peut-être redemandé la prochaine fois.',
    removing: 'Un instant…',
    nextBlocked: 'Connectez-vous d’abord, ensuite vous pourrez continuer.',
    confirmIntro:
      'Ces réglages sont arrivés par une connexion non protégée. Ouvrez «\u00a0Détails\u00a0» et comparez-les avec ce que dit votre aidant ou votre fournisseur.',
    confirmLabel: 'J’ai vérifié les réglages',
    confirmMissing: 'Vérifiez d’abord les réglages, puis cochez la case.',
    passwordMissing: 'Veuillez saisir votre mot de passe.',
    opensInBrowser: '(s’ouvre dans votre navigateur)',
    instructionsTitle: 'Votre fournisseur indique\u00a0:',
    checkSettings:
      'Vérifiez les réglages sous «\u00a0Détails\u00a0» ci-dessous, puis connectez-vous.',
  },
  source: {
    kit: 'Préparé par votre aidant',
    provider: 'Les réglages de votre fournisseur ont été trouvés',
    'provider-http': 'Les réglages de votre fournisseur ont été trouvés — vérifiez-les',
    ispdb: 'Les réglages de votre fournisseur ont été trouvés',
    mx: 'Les réglages de votre fournisseur ont été trouvés',
    srv: 'Les réglages de votre fournisseur ont été trouvés',
    guess: 'Réglages devinés — vérifiez-les',
    manual: 'Réglages saisis par vous',
  },
  details: {
    summary: 'Détails',
    source: 'Origine des réglages\u00a0: {{source}}',
    sourceNames: {
      kit: 'le kit Switchover de votre aidant',
      provider: 'le fichier autoconfig du fournisseur (HTTPS)',
      'provider-http': 'le fichier autoconfig du fournisseur en HTTP simple (non protégé)',
      ispdb: 'la base de fournisseurs de Thunderbird (ISPDB)',
      mx: 'les enregistrements MX, puis le fichier autoconfig de l’hébergeur',
      srv: 'les enregistrements DNS SRV (RFC 6186)',
      guess: 'des noms de serveurs devinés, acceptés seulement avec un certificat valide',
      manual: 'saisis à la main',
    },
    imap: 'Recevoir les e-mails (IMAP)',
    smtp: 'Envoyer les e-mails (SMTP)',
    host: 'Adresse du serveur',
    port: 'Numéro de port',
    security: 'Sécurité',
    securityTls: 'SSL/TLS (chiffré dès le début)',
    securityStarttls: 'STARTTLS (chiffrement activé après la connexion)',
    securityPlain: 'Aucune (seulement pour cet ordinateur)',
    username: 'Nom d’utilisateur',
    hostInvalid: 'Saisissez un nom de serveur, par exemple imap.exemple.fr.',
    portInvalid: 'Saisissez un nombre de 1 à 65535.',
    usernameInvalid: 'Saisissez le nom d’utilisateur (souvent votre adresse e-mail).',
    technical: 'Pour votre aidant\u00a0: {{message}}',
    errorCode: 'Code d’erreur\u00a0: {{code}}',
    problemSummary: 'Détails sur ce problème',
  },
  cards: {
    heading: '{{provider}}\u00a0: à faire d’abord',
    headingNoPassword: '{{provider}}\u00a0: Switchover ne peut pas encore s’y connecter',
    gmail:
      'Gmail n’accepte pas votre mot de passe habituel depuis des programmes comme Switchover. Activez la validation en deux étapes dans votre compte Google, puis créez un mot de passe d’application et saisissez-le ci-dessous à la place de votre mot de passe habituel.',
    gmailMore:
      'Avec un compte Google professionnel ou scolaire, l’administrateur a peut-être désactivé l’accès pour les logiciels de messagerie (IMAP). Demandez-lui alors de l’activer.',
    microsoft:
      'Outlook.com, Hotmail, Live et Microsoft 365 ne laissent plus les programmes se connecter avec un simple mot de passe, et Switchover ne peut pas encore utiliser la page de connexion de Microsoft.',
    microsoftMore:
      'Votre aidant peut quand même déplacer vos e-mails, par exemple avec Thunderbird ou en transférant les nouveaux e-mails vers votre nouvelle adresse. Montrez-lui ce message.',
    yahoo:
      'Yahoo Mail demande un mot de passe d’application pour les programmes comme Switchover. Dans les réglages de sécurité de votre compte Yahoo, choisissez «\u00a0Générer un mot de passe d’application\u00a0», puis saisissez-le ci-dessous à la place de votre mot de passe habituel.',
    aol: 'AOL Mail demande un mot de passe d’application pour les programmes comme Switchover. Dans les réglages de sécurité de votre compte AOL, choisissez «\u00a0Générer un mot de passe d’application\u00a0», puis saisissez-le ci-dessous à la place de votre mot de passe habituel.',
    icloud:
      'iCloud Mail demande un mot de passe pour app. Dans votre compte Apple, ouvrez «\u00a0Connexion et sécurité\u00a0», puis «\u00a0Mots de passe pour app\u00a0», créez-en un et saisissez-le ci-dessous à la place du mot de passe de votre compte Apple.',
    gmx: 'Chez GMX, l’accès pour les logiciels de messagerie doit d’abord être activé\u00a0: dans la messagerie web de GMX, ouvrez les paramètres, puis «\u00a0POP3 & IMAP\u00a0», et autorisez l’accès. Saisissez ensuite ci-dessous votre mot de passe GMX habituel.',
    webde:
      'Chez WEB.DE, l’accès pour les logiciels de messagerie doit d’abord être activé\u00a0: dans la messagerie web de WEB.DE, ouvrez les paramètres, puis «\u00a0POP3 & IMAP\u00a0», et autorisez l’accès. Saisissez ensuite ci-dessous votre mot de passe WEB.DE habituel.',
    fastmail:
      'Fastmail demande un mot de passe d’application pour les programmes comme Switchover. Dans les réglages de Fastmail, ouvrez «\u00a0Confidentialité et sécurité\u00a0», puis «\u00a0Mots de passe d’application\u00a0», créez-en un avec accès à vos e-mails et saisissez-le ci-dessous.',
    linkCreateAppPassword: 'Créer un mot de passe d’application',
    linkAppPassword: 'Les mots de passe d’application chez {{provider}}',
    linkAccount: 'Ouvrir les réglages de sécurité de votre compte {{provider}}',
    linkEnableImap: 'Autoriser l’accès pour les logiciels de messagerie',
    linkHelp: 'Lire la page d’aide de {{provider}}',
  },
  kit: {
    greeting: 'Préparé pour vous par {{name}}',
    contact:
      'Si quelque chose n’est pas clair, vous pouvez le ou la joindre ici\u00a0: {{contact}}',
    question:
      'Votre aidant vous a-t-il envoyé un kit Switchover\u00a0? Ouvrez-le, et votre nouveau compte sera rempli pour vous.',
    opening: 'Ouverture du kit…',
    opened: 'Le kit de {{name}} est ouvert\u00a0: votre nouveau compte sera rempli pour vous.',
    dropHint: 'Vous pouvez aussi faire glisser le fichier du kit sur cette fenêtre.',
  },
  signInErrors: {
    authFailed: {
      text: 'L’adresse e-mail ou le mot de passe n’est pas correct.',
      next: 'Vérifiez le mot de passe (la touche Verr. Maj est-elle activée\u00a0?) et réessayez.',
    },
    authAppPasswordRequired: {
      text: 'Votre fournisseur n’accepte pas ici votre mot de passe habituel\u00a0: il faut un mot de passe d’application.',
      next: 'Créez un mot de passe d’application dans les réglages de votre compte chez votre fournisseur et saisissez-le à la place de votre mot de passe habituel.',
    },
    authOauthOnly: {
      text: 'Votre fournisseur n’accepte les programmes que via sa propre page de connexion, que Switchover ne peut pas encore utiliser.',
      next: 'Demandez à votre aidant\u00a0: il peut déplacer ces e-mails autrement.',
    },
    imapDisabled: {
      text: 'L’accès pour les logiciels de messagerie est désactivé pour ce compte.',
      next: 'Activez-le dans les paramètres de votre messagerie web (souvent appelé «\u00a0IMAP\u00a0» ou «\u00a0POP/IMAP\u00a0»), puis réessayez.',
    },
    netDnsNotFound: {
      text: 'Switchover n’a pas trouvé le serveur de messagerie de votre fournisseur sur Internet.',
      next: 'Vérifiez qu’il n’y a pas de faute de frappe dans l’adresse e-mail et que cet ordinateur est connecté.',
    },
    netUnreachable: {
      text: 'Switchover n’a pas pu joindre le serveur de messagerie de votre fournisseur.',
      next: 'Vérifiez que cet ordinateur est connecté à Internet, puis réessayez. Si cela se reproduit, un pare-feu bloque peut-être les logiciels de messagerie.',
    },
    netTimeout: {
      text: 'Le serveur de messagerie de votre fournisseur n’a pas répondu à temps.',
      next: 'Patientez un instant et réessayez.',
    },
    tlsUntrusted: {
      text: 'Switchover n’a pas pu s’assurer qu’il parle bien à votre fournisseur, il n’a donc pas envoyé votre mot de passe.',
      next: 'Vérifiez l’adresse du serveur sous «\u00a0Détails\u00a0», ou demandez à votre aidant.',
    },
    tlsSelfSigned:
      'Le certificat de sécurité du serveur a été créé par le serveur lui-même, et non par une autorité reconnue.',
    tlsExpired: 'Le certificat de sécurité du serveur a expiré.',
    tlsWrongHost: 'Le certificat de sécurité du serveur appartient à un autre nom.',
    tlsNotYetValid:
      'Le certificat de sécurité du serveur n’est pas encore valable (la date de cet ordinateur est-elle juste\u00a0?).',
    tlsUntrustedIssuer:
      'Le certificat de sécurité du serveur vient d’une autorité que cet ordinateur ne reconnaît pas.',
    tlsRequired: {
      text: 'Le serveur de messagerie ne propose pas de connexion protégée, Switchover n’a donc pas envoyé votre mot de passe.',
      next: 'Demandez les bons réglages à votre aidant ou à votre fournisseur. Switchover n’envoie jamais un mot de passe sans protection.',
    },
    smtpAuthFailed: {
      text: 'La réception fonctionne, mais le serveur d’envoi n’a pas accepté le nom d’utilisateur ou le mot de passe.',
      next: 'Vérifiez les réglages d’envoi sous «\u00a0Détails\u00a0», ou demandez à votre aidant.',
    },
    smtpPortBlocked: {
      text: 'L’envoi d’e-mails semble bloqué par ce réseau (port 587).',
      next: 'Sous «\u00a0Détails\u00a0», réglez le serveur d’envoi sur le port 465 avec «\u00a0SSL/TLS\u00a0», puis reconnectez-vous.',
    },
    settingsNotFound: {
      text: 'Switchover n’a pas trouvé tout seul les réglages de cette adresse.',
      next: 'Ouvrez «\u00a0Détails\u00a0» et saisissez les réglages du serveur donnés par votre fournisseur ou votre aidant.',
    },
    vaultUnavailable: {
      text: 'Switchover n’a pas pu garder votre mot de passe en sécurité sur cet ordinateur.',
      next: 'Réessayez. Si cela se reproduit, demandez à votre aidant.',
    },
    kitInvalid: {
      text: 'Ce fichier n’est pas un kit Switchover que Switchover sait lire.',
      next: 'Demandez à votre aidant de vous renvoyer le kit.',
    },
    genericNext:
      'Réessayez. Si cela se reproduit, demandez à votre aidant et montrez-lui les détails.',
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
