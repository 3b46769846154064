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
      'Ces réglages sont arrivés par une connexion non protégée. Comparez les noms de serveurs ci-dessous avec ce que dit votre aidant ou votre fournisseur.',
    confirmDns:
      'Ces réglages ont été trouvés dans l’annuaire d’Internet (DNS), que la personne qui gère ce réseau pourrait falsifier. Comparez les noms de serveurs ci-dessous avec ce que dit votre aidant ou votre fournisseur.',
    confirmServers: 'Switchover enverrait votre mot de passe à :',
    confirmLabel: 'J’ai vérifié les réglages',
    confirmMissing: 'Vérifiez d’abord les réglages, puis cochez la case.',
    passwordMissing: 'Veuillez saisir votre mot de passe.',
    opensInBrowser: '(s’ouvre dans votre navigateur)',
    instructionsTitle: 'Votre fournisseur indique\u00a0:',
    checkSettings:
      'Vérifiez les réglages sous «\u00a0Détails\u00a0» ci-dessous, puis connectez-vous.',
    newPassword: {
      action: 'Saisir un nouveau mot de passe',
      legend: 'Nouveau mot de passe pour {{email}}',
      intro:
        'Si vous avez changé votre mot de passe, ou créé un mot de passe d’application pour Switchover, saisissez-le ici. Vos réglages restent les mêmes.',
      save: 'Enregistrer le nouveau mot de passe',
      cancel: 'Annuler',
      saving: 'Vérification du nouveau mot de passe…',
      savingNew: 'Vérification du nouveau mot de passe et de l’envoi des e-mails…',
      saved: 'Nouveau mot de passe enregistré. Switchover est de nouveau connecté.',
      rejected:
        'Le mot de passe enregistré ne fonctionne plus. Si vous l’avez changé, ou avez créé un mot de passe d’application, saisissez le nouveau.',
    },
    oauth: {
      intro:
        'Connectez-vous sur la page de {{provider}}. Elle s’ouvre dans votre navigateur, et votre mot de passe reste chez {{provider}}.',
      button: 'Se connecter avec {{provider}}',
      waitingTitle: 'Terminez la connexion dans votre navigateur',
      waitingText:
        'La page de connexion de {{provider}} est ouverte dans votre navigateur. Connectez-vous-y et autorisez Switchover à ouvrir vos e-mails, puis revenez ici.',
      timeLimit: 'Vous avez {{minutes}}\u00a0minutes pour cela. Ensuite, recommencez simplement.',
      openAgain: 'Rouvrir la page de connexion',
      checking: 'Connecté. Switchover vérifie que vos e-mails sont accessibles ainsi…',
      cancel: 'Annuler',
      waitingStatus: 'En attente de la fin de votre connexion dans le navigateur…',
      orAppPassword: 'Ou utilisez un mot de passe d’application',
      orPassword: 'Ou connectez-vous avec votre mot de passe',
      unavailableTitle: 'Cette version de Switchover ne peut pas se connecter avec {{provider}}',
      unavailableHelper:
        'Demandez à votre aidant\u00a0: il peut déplacer vos e-mails autrement, par exemple avec Thunderbird, ou vous procurer une version de Switchover qui sait se connecter avec {{provider}}. Montrez-lui ce message.',
      unavailableAppPassword:
        'Vous pouvez quand même vous connecter avec un mot de passe d’application, comme expliqué ci-dessous.',
      unavailablePassword:
        'Vous pouvez quand même vous connecter avec votre mot de passe ci-dessous.',
      signedInWith: 'Connecté avec {{provider}}',
      sessionOnly:
        'Cet ordinateur n’a pas d’endroit sûr pour garder votre connexion\u00a0: Switchover la garde seulement jusqu’à ce que vous le fermiez. Il faudra peut-être vous reconnecter la prochaine fois.',
      again: 'Se reconnecter avec {{provider}}',
      rejected:
        '{{provider}} ne laisse plus Switchover ouvrir ces e-mails. Reconnectez-vous avec {{provider}}.',
      signedInAgain: 'De nouveau connecté avec {{provider}}.',
    },
  },
  source: {
    kit: 'Préparé par votre aidant',
    provider: 'Les réglages de votre fournisseur ont été trouvés',
    'provider-http': 'Les réglages de votre fournisseur ont été trouvés — vérifiez-les',
    ispdb: 'Les réglages de votre fournisseur ont été trouvés',
    mx: 'Les réglages de votre fournisseur ont été trouvés',
    srv: 'Les réglages de votre fournisseur ont été trouvés',
    guess: 'Réglages devinés — vérifiez-les',
    unconfirmed: 'Réglages trouvés pour votre adresse — vérifiez-les',
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
    adminCode: 'Code pour votre administrateur\u00a0: {{code}}',
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
  serverNames: {
    incoming: 'Courrier entrant\u00a0: {{host}}',
    outgoing: 'Courrier sortant\u00a0: {{host}}',
  },
  kitOffer: {
    title: 'Utiliser ces réglages pour votre nouvelle adresse ?',
    from: '{{name}} a envoyé des réglages pour votre nouvelle adresse. Ne les utilisez que si vous les attendiez de {{name}}.',
    servers: 'Switchover enverrait le mot de passe de votre nouvelle adresse à ces serveurs :',
    replaces: 'Ils remplaceraient les réglages de {{name}} que vous avez ouverts avant.',
    unrelated:
      'Attention : {{hosts}} ne fait pas partie de {{domain}}. Si vous ne savez pas pourquoi, n’utilisez pas ces réglages et demandez à la personne qui vous aide.',
    accept: 'Utiliser ces réglages',
    decline: 'Ne pas les utiliser',
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
    oauthCancelled: {
      text: 'Vous avez arrêté la connexion.',
      next: 'Quand vous êtes prêt, appuyez de nouveau sur le bouton de connexion.',
    },
    oauthTimeout: {
      text: 'La connexion sur la page de votre fournisseur n’a pas été terminée à temps.',
      next: 'Appuyez de nouveau sur le bouton de connexion et terminez la connexion dans votre navigateur.',
    },
    oauthConsentRefused: {
      text: 'Sur la page de connexion, Switchover n’a pas été autorisé à ouvrir vos e-mails.',
      next: 'Recommencez et, quand la page le demande, autorisez Switchover à ouvrir vos e-mails. Switchover les lit et les copie seulement.',
    },
    oauthWrongAccount: {
      text: 'Dans votre navigateur, vous vous êtes connecté avec un autre compte que celui saisi ici.',
      next: 'Recommencez et choisissez la même adresse sur la page de connexion.',
      textNamed:
        'Dans votre navigateur, vous vous êtes connecté en tant que {{chosen}}, et non {{expected}}.',
      nextNamed:
        'Recommencez et choisissez {{expected}} sur la page de connexion. Si elle vous connecte d’elle-même avec quelqu’un d’autre, déconnectez-vous d’abord sur cette page.',
    },
    oauthRevoked: {
      text: 'Votre fournisseur ne laisse plus Switchover ouvrir ces e-mails\u00a0: l’autorisation a été retirée ou a expiré.',
      next: 'Reconnectez-vous sur la page de votre fournisseur.',
    },
    oauthBlocked: {
      text: 'L’administrateur de votre compte professionnel ou scolaire n’a pas autorisé Switchover à ouvrir ces e-mails.',
      next: 'Demandez à votre administrateur d’autoriser Switchover, et montrez-lui le code sous «\u00a0Détails sur ce problème\u00a0». Ou demandez à votre aidant de déplacer vos e-mails autrement.',
    },
    oauthNoClientId: {
      text: 'Cette version de Switchover ne peut pas se connecter par la page de votre fournisseur.',
      next: 'Demandez à votre aidant\u00a0: il peut déplacer vos e-mails autrement, ou vous procurer une version de Switchover qui le peut.',
    },
    oauthFailed: {
      text: 'La connexion sur la page de votre fournisseur n’a pas fonctionné.',
      next: 'Réessayez dans un instant. Si cela se reproduit, demandez à votre aidant et montrez-lui les détails ci-dessous.',
    },
    genericNext:
      'Réessayez. Si cela se reproduit, demandez à votre aidant et montrez-lui les détails.',
  },
  copy: {
    intro:
      'Faites glisser un dossier de votre ancien compte vers le nouveau, ou copiez tout d’un coup. Rien n’est supprimé de votre ancien compte, et copier à nouveau ne crée jamais de doublons.',
    loadingFolders: 'Examen des dossiers des deux comptes…',
    interrupted:
      'La dernière copie s’est arrêtée avant la fin ({{done}} messages sur {{total}} ont été copiés).',
    continue: 'Reprendre là où elle s’est arrêtée',
    dragHint:
      'Faites glisser un dossier sur votre nouveau compte pour garder sa place, ou sur un dossier de celui-ci pour l’y ranger. Sans souris : choisissez un dossier, puis « Copier vers… ».',
    copyTo: 'Copier vers…',
    copyToHint: 'Choisissez d’abord un dossier de votre ancien compte.',
    copyToSelected: 'Choisi : {{folder}}',
    size: {
      bytes_one: '{{n}} octet',
      bytes_other: '{{n}} octets',
    },
    errors: {
      busy: 'Une copie est déjà en cours. Attendez qu’elle se termine, ou arrêtez-la d’abord.',
      cancelled:
        'La copie a été arrêtée. Si vous copiez à nouveau, elle reprend là où elle s’est arrêtée.',
      noJob: 'Aucune copie n’est en cours pour le moment.',
      quotaExceeded:
        'Votre nouvelle boîte mail est pleine, le reste n’a pas pu y entrer. Libérez de la place ou demandez à la personne qui vous aide ; si vous copiez à nouveau, la copie reprend là où elle s’est arrêtée.',
      messageTooBig:
        'Un message est trop gros pour votre nouveau fournisseur. Il reste en sécurité dans votre ancien compte.',
      connectionLost:
        'La connexion à l’un des serveurs de messagerie a été coupée. Vérifiez votre connexion Internet ; si vous copiez à nouveau, la copie reprend là où elle s’est arrêtée.',
      serverUnreadable:
        'L’un des serveurs de messagerie a envoyé une réponse que Switchover ne peut pas lire. Réessayez plus tard ; si vous copiez à nouveau, la copie reprend là où elle s’est arrêtée.',
      tooManyConnections:
        'L’un des serveurs de messagerie a trop de connexions ouvertes en ce moment. Attendez quelques minutes ; si vous copiez à nouveau, la copie reprend là où elle s’est arrêtée.',
      network:
        'L’un des serveurs de messagerie est injoignable. Vérifiez votre connexion Internet, puis réessayez.',
      authFailed:
        'Le mot de passe de l’un de vos comptes n’a pas été accepté ; il a peut-être été changé. Revenez en arrière et reconnectez-vous.',
      accountMissing: 'Connectez-vous d’abord à votre ancien et à votre nouveau compte.',
      oauthRevoked:
        'Votre fournisseur ne laisse plus Switchover ouvrir l’un de vos comptes. Revenez en arrière et reconnectez-vous.',
      oauthBlocked:
        'L’administrateur de votre compte professionnel ou scolaire n’autorise pas Switchover à ouvrir vos e-mails. Demandez-lui, ou demandez à votre aidant.',
      providerThrottled:
        'L’un de vos fournisseurs de messagerie a demandé à Switchover de ralentir, et a continué à le demander. Attendez quelques minutes ; si vous copiez à nouveau, la copie reprend là où elle s’est arrêtée.',
      providerUnavailable:
        'L’un de vos fournisseurs de messagerie n’est pas disponible en ce moment. Attendez quelques minutes ; si vous copiez à nouveau, la copie reprend là où elle s’est arrêtée.',
      providerDailyLimit:
        'L’un de vos fournisseurs de messagerie ne laisse Switchover copier qu’une certaine quantité par jour, et la part d’aujourd’hui est épuisée. Réessayez demain ; si vous copiez à nouveau, la copie reprend là où elle s’est arrêtée.',
      signInAgain: 'Revenir à la connexion',
    },
    roles: {
      inbox: 'Boîte de réception',
      sent: 'Envoyés',
      drafts: 'Brouillons',
      trash: 'Corbeille',
      junk: 'Indésirables',
      archive: 'Archives',
    },
    tree: {
      oldTitle: 'Votre ancien compte',
      newTitle: 'Votre nouveau compte',
      oldListLabel: 'Dossiers de votre ancien compte',
      newListLabel: 'Dossiers de votre nouveau compte',
      wholeAccount: 'Tout {{email}}',
      container: 'ne contient que des dossiers',
      messages_one: '{{n}} e-mail',
      messages_other: '{{n}} e-mails',
      recounting: 'nouveau comptage…',
    },
    everything: {
      button: 'Tout copier',
      hint_one: '{{n}} message, tous les dossiers, comme indiqué sous « Où va chaque dossier ».',
      hint_other: '{{n}} messages, tous les dossiers, comme indiqué sous « Où va chaque dossier ».',
      started: 'Copie de tout en cours.',
    },
    plan: {
      summary_one: 'Où va chaque dossier ({{count}} dossier)',
      summary_other: 'Où va chaque dossier ({{count}} dossiers)',
      mapping: '{{source}} va dans {{target}}',
      skipped: '{{source}} : pas copié',
      skipDropped: 'vous l’avez laissé de côté',
      skipVirtual: 'ses messages sont déjà dans vos autres dossiers',
      change: 'Modifier…',
      changeLabel: 'Modifier où va {{folder}}',
      leaveOut: 'Laisser de côté',
      leaveOutLabel: 'Laisser {{folder}} de côté',
      include: 'Le copier quand même',
      includeLabel: 'Copier {{folder}} quand même',
      changed: 'L’emplacement de {{folder}} a été modifié.',
    },
    labels: {
      unlabelled: 'Messages sans libellé',
      unlabelledNote: 'les messages que vous avez archivés',
      question: 'Comment garder vos libellés ?',
      keywords: 'Garder les libellés comme étiquettes, chaque message une fois',
      keywordsRecommended:
        'Garder les libellés comme étiquettes, chaque message une fois (recommandé)',
      keywordsHint:
        'Un message va dans le dossier de son premier libellé dans la liste ci-dessous ; ses autres libellés le suivent comme étiquettes.',
      keywordsLost:
        'Un message va dans le dossier de son premier libellé dans la liste ci-dessous ; ses autres libellés sont perdus.',
      folders: 'Une copie dans le dossier de chaque libellé',
      foldersRecommended: 'Une copie dans le dossier de chaque libellé (recommandé)',
      foldersHint:
        'Un message avec trois libellés est dans les trois dossiers. Cela prend plus de place dans votre nouveau compte.',
      noTags:
        'Votre nouveau compte ne peut pas garder d’étiquettes. Pour qu’aucun libellé ne soit perdu, le dossier de chaque libellé reçoit sa propre copie du message.',
      orderTitle:
        'Vos libellés, dans l’ordre : un message avec plusieurs libellés va dans le dossier du premier.',
      foldersTitle: 'Vos libellés : chacun devient un dossier.',
      othersTitle: 'Autres dossiers',
      place_ordinal_one: '{{count}}er',
      place_ordinal_two: '{{count}}e',
      place_ordinal_few: '{{count}}e',
      place_ordinal_other: '{{count}}e',
      moveUp: 'Monter',
      moveUpLabel: 'Monter {{folder}}',
      putFirst: 'Mettre en premier',
      putFirstLabel: 'Mettre {{folder}} en premier',
      moved: 'Place de {{folder}} : {{place}}.',
    },
    dialog: {
      title: 'Où doit aller « {{folder}} » ?',
      where: 'Le mettre',
      keepPlace: 'Au même endroit que dans votre ancien compte',
      inside: 'Dans « {{folder}} »',
      confirm: 'Le copier là',
      save: 'Le mettre là',
      cancel: 'Annuler',
    },
    drop: {
      created: '{{target}} sera créé.',
      exists: 'Il va dans {{target}}, qui existe déjà.',
      keepPlace: 'Chaque dossier garde sa place.',
      started: 'Copie de {{folder}}. {{result}}',
    },
    progress: {
      title: 'Copie de vos e-mails',
      titlePaused: 'La copie est en pause',
      percent: '{{percent}} % fait',
      preparing: 'Préparation : comparaison des deux comptes…',
      verifying: 'Vérification que tout est bien arrivé…',
      paused: 'En pause. Rien n’est perdu ; appuyez sur « Continuer » pour reprendre.',
      estimating: 'Calcul du temps nécessaire…',
      lessThanMinute: 'moins d’une minute restante',
      minutesLeft_one: 'environ {{count}} minute restante',
      minutesLeft_other: 'environ {{count}} minutes restantes',
      hoursLeft_one: 'environ {{count}} heure restante',
      hoursLeft_other: 'environ {{count}} heures restantes',
      daysLeft_one: 'environ {{count}} jour restant',
      daysLeft_other: 'environ {{count}} jours restants',
      counts_one: '{{done}} message copié sur {{total}}',
      counts_other: '{{done}} sur {{total}} messages copiés',
      folder: 'Copie en cours : {{folder}}',
      pause: 'Mettre en pause',
      resume: 'Continuer',
      cancel: 'Arrêter la copie',
      cancelQuestion: 'Arrêter la copie maintenant ?',
      cancelExplain:
        'Ce qui est déjà copié reste dans votre nouveau compte. Si vous copiez à nouveau plus tard, la copie reprend là où elle s’est arrêtée.',
      cancelKeep: 'Non, continuer la copie',
      cancelYes: 'Oui, arrêter la copie',
      safeToClose:
        'Vous pouvez fermer cette fenêtre : la copie continue, et vous la retrouverez ici à votre retour.',
    },
    wait: {
      throttled:
        'L’un de vos fournisseurs de messagerie a demandé à Switchover de ralentir un instant. Rien n’est perdu.',
      unavailable:
        'L’un de vos fournisseurs de messagerie est occupé pour un instant. Rien n’est perdu.',
      other:
        'Switchover attend un instant l’un de vos fournisseurs de messagerie. Rien n’est perdu.',
      throttled_old:
        'Votre ancien fournisseur de messagerie a demandé à Switchover de ralentir un instant. Rien n’est perdu.',
      throttled_new:
        'Votre nouveau fournisseur de messagerie a demandé à Switchover de ralentir un instant. Rien n’est perdu.',
      unavailable_old:
        'Votre ancien fournisseur de messagerie est occupé pour un instant. Rien n’est perdu.',
      unavailable_new:
        'Votre nouveau fournisseur de messagerie est occupé pour un instant. Rien n’est perdu.',
      other_old:
        'Switchover attend un instant votre ancien fournisseur de messagerie. Rien n’est perdu.',
      other_new:
        'Switchover attend un instant votre nouveau fournisseur de messagerie. Rien n’est perdu.',
      inSeconds_one: 'La copie reprend d’elle-même dans {{count}} seconde.',
      inSeconds_other: 'La copie reprend d’elle-même dans {{count}} secondes.',
      inMinutes_one: 'La copie reprend d’elle-même dans environ {{count}} minute.',
      inMinutes_other: 'La copie reprend d’elle-même dans environ {{count}} minutes.',
      phase: 'courte pause pour votre fournisseur de messagerie',
    },
    waiting: {
      title: 'La copie reprend {{when}}',
      phase: 'la part d’aujourd’hui est copiée',
      limit:
        'L’un de vos fournisseurs de messagerie ne laisse Switchover copier qu’une certaine quantité par jour.',
      limitNamed: '{{provider}} laisse Switchover copier environ {{size}} par jour.',
      share: 'La part d’aujourd’hui est copiée ; la copie reprend d’elle-même {{when}}.',
      other:
        'L’un de vos fournisseurs de messagerie a demandé à Switchover d’attendre ; la copie reprend d’elle-même {{when}}.',
      leaveOpen:
        'Laissez Switchover ouvert, ou rouvrez-le plus tard : la copie reprend là où elle s’est arrêtée.',
      whenSoon: 'dans un instant',
      whenToday_one: 'à {{time}}',
      whenToday_other: 'à {{time}}',
      whenTomorrow_one: 'demain à {{time}}',
      whenTomorrow_other: 'demain à {{time}}',
      whenOnDay_one: 'le {{day}} à {{time}}',
      whenOnDay_other: 'le {{day}} à {{time}}',
    },
    schedule: {
      text_one:
        '{{provider}} laisse Switchover copier environ {{size}} par jour : cela prend environ {{count}} jour. Laissez Switchover ouvert, ou rouvrez-le demain : la copie reprend là où elle s’est arrêtée.',
      text_other:
        '{{provider}} laisse Switchover copier environ {{size}} par jour : cela prend environ {{count}} jours. Laissez Switchover ouvert, ou rouvrez-le demain : la copie reprend là où elle s’est arrêtée.',
    },
    report: {
      titleDone: 'Vos e-mails sont copiés',
      titleIncomplete: 'La plupart de vos e-mails sont copiés',
      titleCancelled: 'Vous avez arrêté la copie',
      titleFailed: 'La copie n’est pas allée au bout',
      failedNext: 'Veuillez réessayer. Ce qui est déjà copié le reste.',
      allThere_one: 'Le message ({{n}}) est dans votre nouveau compte.',
      allThere_other: 'Les {{n}} messages sont tous dans votre nouveau compte.',
      nothingNew_zero: 'Rien à copier : il n’y avait aucun message à copier.',
      nothingNew_one:
        'Rien de nouveau à copier : le message ({{n}}) était déjà dans votre nouveau compte.',
      nothingNew_other:
        'Rien de nouveau à copier : les {{n}} messages étaient déjà dans votre nouveau compte.',
      someThere_one: 'Votre nouveau compte contient {{n}} message sur {{total}}.',
      someThere_other: 'Votre nouveau compte contient {{n}} des {{total}} messages.',
      cancelled_one:
        '{{n}} message a été copié avant l’arrêt. Copier à nouveau reprend là où la copie s’est arrêtée.',
      cancelled_other:
        '{{n}} messages ont été copiés avant l’arrêt. Copier à nouveau reprend là où la copie s’est arrêtée.',
      quotaFull_one:
        'Votre nouvelle boîte mail est pleine : {{n}} message n’a pas pu y entrer. Libérez de la place ou demandez à la personne qui vous aide ; si vous copiez à nouveau, la copie reprend là où elle s’est arrêtée.',
      quotaFull_other:
        'Votre nouvelle boîte mail est pleine : {{n}} messages n’ont pas pu y entrer. Libérez de la place ou demandez à la personne qui vous aide ; si vous copiez à nouveau, la copie reprend là où elle s’est arrêtée.',
      stopped: 'La copie s’est arrêtée à cause d’un problème de connexion.',
      failed_one: '{{n}} message n’a pas pu être copié.',
      failed_other: '{{n}} messages n’ont pas pu être copiés.',
      deletedLeft_one: '{{n}} message marqué comme supprimé est resté dans votre ancien compte.',
      deletedLeft_other:
        '{{n}} messages marqués comme supprimés sont restés dans votre ancien compte.',
      tooBig_one: '{{n}} message était trop gros pour votre nouveau fournisseur :',
      tooBig_other: '{{n}} messages étaient trop gros pour votre nouveau fournisseur :',
      tooBigItem: 'un de {{size}} dans {{folder}}',
      tooBigNext:
        'Ils restent en sécurité dans votre ancien compte. Vous pouvez vous les transférer sans la grosse pièce jointe, ou demander à la personne qui vous aide.',
      next: 'Ensuite : envoyez un message de test pour vérifier que votre nouveau compte reçoit bien le courrier.',
      again:
        'Vous pouvez copier à nouveau à tout moment : ce qui est déjà là n’est pas copié deux fois.',
      leftOut_one:
        '{{n}} messages sur {{total}} sont dans votre nouveau compte ; vous avez laissé l’autre de côté.',
      leftOut_other:
        '{{n}} messages sur {{total}} sont dans votre nouveau compte ; vous avez laissé les {{left}} autres de côté.',
      severalTags_one:
        'L’un d’eux avait plusieurs libellés : il y est une seule fois, dans le dossier de son premier libellé, avec les autres libellés gardés comme étiquettes.',
      severalTags_other:
        '{{n}} avaient plusieurs libellés : chacun y est une seule fois, dans le dossier de son premier libellé, avec les autres libellés gardés comme étiquettes.',
      severalFolders_one:
        'L’un d’eux avait plusieurs libellés : il est dans le dossier de chacun de ses libellés.',
      severalFolders_other:
        '{{n}} avaient plusieurs libellés : chacun est dans le dossier de chacun de ses libellés.',
      severalNoTags_one:
        'L’un d’eux avait plusieurs libellés : il y est une seule fois, dans le dossier de son premier libellé ; votre nouveau compte ne garde pas d’étiquettes, donc ses autres libellés n’ont pas été gardés (une copie dans le dossier de chaque libellé les garde).',
      severalNoTags_other:
        '{{n}} avaient plusieurs libellés : chacun y est une seule fois, dans le dossier de son premier libellé ; votre nouveau compte ne garde pas d’étiquettes, donc leurs autres libellés n’ont pas été gardés (une copie dans le dossier de chaque libellé les garde).',
      unlabelledRow: '{{folder}} (messages sans libellé)',
      tableCaption: 'Messages dans chaque dossier',
      folderColumn: 'Dossier',
      oldColumn: 'Ancien compte',
      newColumn: 'Nouveau compte',
    },
  },
  errors: {
    disconnected:
      'Cette fenêtre a perdu le contact avec Switchover. Vérifiez que Switchover est toujours ouvert, puis réessayez.',
    unauthorized:
      'Cette fenêtre n’a pas le droit de communiquer avec Switchover. Fermez-la et ouvrez Switchover à nouveau.',
    internal: 'Un problème est survenu dans Switchover. Veuillez réessayer.',
    serverUnreadable:
      'Le serveur de messagerie a envoyé une réponse que Switchover ne peut pas lire. Veuillez réessayer plus tard.',
    filesWriteFailed:
      'Switchover n’a pas pu enregistrer le fichier sur cet ordinateur. Vérifiez qu’il reste de la place, puis réessayez.',
    backupCancelled: 'L’enregistrement de vos anciens e-mails a été arrêté.',
    providerThrottled:
      'Votre fournisseur de messagerie a demandé à Switchover de ralentir. Attendez quelques minutes, puis réessayez.',
    providerUnavailable:
      'Votre fournisseur de messagerie n’est pas disponible en ce moment. Réessayez dans quelques minutes.',
    providerDailyLimit:
      'Votre fournisseur de messagerie ne laisse Switchover lire qu’une certaine quantité de messages par jour, et la part d’aujourd’hui est épuisée. Réessayez demain.',
    passwordMissing: 'Switchover a besoin du mot de passe de ce compte. Veuillez le saisir.',
  },
  done: {
    intro: 'Vos e-mails ont déménagé. Encore trois choses, chacune quand vous voulez\u00a0:',
    phone: {
      title: 'Configurer votre téléphone',
      intro:
        'Votre téléphone a lui aussi besoin de votre nouvelle messagerie. Choisissez la façon qui convient à votre téléphone.',
      loading: 'Récupération des réglages pour votre téléphone…',
      qrLabel:
        'Code QR des réglages pour votre téléphone. L’appareil photo d’un téléphone pointé dessus affiche les mêmes réglages que la liste «\u00a0Réglages pour votre téléphone\u00a0».',
      qrHint: 'Pointez l’appareil photo de votre téléphone sur ce code pour y voir les réglages.',
      iphoneTitle: 'iPhone ou iPad',
      saveProfile: 'Enregistrer le fichier de configuration pour iPhone et iPad',
      saving: 'Enregistrement…',
      iphoneStep1:
        'Envoyez le fichier enregistré à votre iPhone ou iPad (par exemple par e-mail à vous-même, ou avec AirDrop) et ouvrez-le là-bas.',
      iphoneStep2:
        'Ouvrez Réglages, touchez «\u00a0Profil téléchargé\u00a0», puis «\u00a0Installer\u00a0».',
      iphoneStep3:
        'Quand on vous le demande, saisissez le mot de passe de votre nouvelle messagerie.',
      androidTitle: 'Android et autres téléphones',
      androidText:
        'Ouvrez votre application de messagerie et choisissez d’ajouter un compte, puis «\u00a0Autre\u00a0». Saisissez votre nouvelle adresse et son mot de passe. Si l’application en demande plus, utilisez les réglages ci-dessous.',
      detailsSummary: 'Réglages pour votre téléphone',
      tableCaption: 'Réglages pour {{address}}',
      settingColumn: 'Réglage',
      valueColumn: 'À saisir',
      address: 'Adresse e-mail',
      accountType: 'Type de compte',
      incomingServer: 'Serveur de réception',
      incomingPort: 'Port de réception',
      incomingSecurity: 'Sécurité de réception',
      outgoingServer: 'Serveur d’envoi',
      outgoingPort: 'Port d’envoi',
      outgoingSecurity: 'Sécurité d’envoi',
      username: 'Nom d’utilisateur',
      incomingUsername: 'Nom d’utilisateur (réception)',
      outgoingUsername: 'Nom d’utilisateur (envoi)',
      password: 'Mot de passe',
      passwordValue: 'Le mot de passe de votre nouvelle messagerie',
      securityPlain: 'Aucune',
    },
    backup: {
      title: 'Garder une copie de vos anciens e-mails sur cet ordinateur',
      intro:
        'Switchover enregistre chaque dossier de votre ancienne messagerie sous forme de fichiers sur cet ordinateur. Rien ne change dans votre ancienne messagerie.',
      loading: 'Vérification…',
      start: 'Garder une copie',
      startAgain: 'Enregistrer une nouvelle copie',
      running: 'Enregistrement de vos anciens e-mails…',
      percent: '{{percent}} pour cent',
      estimating: 'calcul de la durée…',
      lessThanMinute: 'moins d’une minute restante',
      minutesLeft_one: 'environ {{count}} minute restante',
      minutesLeft_other: 'environ {{count}} minutes restantes',
      hoursLeft_one: 'environ {{count}} heure restante',
      hoursLeft_other: 'environ {{count}} heures restantes',
      counts: '{{done}} messages sur {{total}} enregistrés',
      folder: 'En cours\u00a0: {{folder}}',
      cancel: 'Arrêter l’enregistrement',
      stopping: 'Arrêt…',
      keepsRunning: 'Vous pouvez continuer à utiliser Switchover pendant ce temps.',
      finished: 'Vos anciens e-mails sont enregistrés',
      finishedCount_one: '{{count}} message, dans «\u00a0{{place}}\u00a0».',
      finishedCount_other: '{{count}} messages, dans «\u00a0{{place}}\u00a0».',
      cancelled: 'L’enregistrement de vos anciens e-mails a été arrêté',
      cancelledNext:
        'Rien d’enregistré à moitié n’a été gardé. Vous pouvez recommencer à tout moment.',
      failed: 'L’enregistrement de vos anciens e-mails n’a pas abouti',
    },
    report: {
      titleNamed: 'Enregistrer un rapport pour {{helper}}',
      titleUnnamed: 'Enregistrer un rapport pour votre aidant',
      introNamed:
        'Si quelque chose n’a pas marché, ce fichier explique à {{helper}} ce qui s’est passé. Il ne contient aucun mot de passe et aucun de vos messages.',
      introUnnamed:
        'Si quelque chose n’a pas marché, ce fichier explique à votre aidant ce qui s’est passé. Il ne contient aucun mot de passe et aucun de vos messages.',
      save: 'Enregistrer le rapport',
      saveAgain: 'Enregistrer un nouveau rapport',
      saving: 'Enregistrement…',
      sendNamed: 'Envoyez ce fichier à {{helper}}, par exemple par e-mail.',
      sendUnnamed: 'Envoyez ce fichier à votre aidant, par exemple par e-mail.',
    },
    files: {
      savedIn: 'Enregistré dans «\u00a0{{place}}\u00a0».',
      showInFolder: 'Afficher dans le dossier',
      notShown:
        'Switchover ne peut pas ouvrir le dossier d’ici. L’emplacement complet est ci-dessous\u00a0: vous pouvez le sélectionner et le copier.',
      fullPath: 'Emplacement complet\u00a0:',
    },
  },
  sendTest: {
    intro:
      'Nous envoyons un court message de votre nouvelle adresse à elle-même et nous guettons son arrivée.',
    button: 'Envoyer un test',
    sendAnother: 'Envoyer un autre test',
    starting: 'Le test démarre…',
    extraLabel: 'Envoyer aussi à (par exemple un proche)',
    extraHint: 'Facultatif. Ensuite, vous indiquez à Switchover s’il est bien arrivé.',
    extraInvalid:
      'Veuillez saisir une adresse e-mail complète, par exemple nom@exemple.fr, ou laisser ce champ vide.',
    sending: 'Envoi du message de test…',
    waiting_one: 'En attente de son arrivée… {{count}} seconde',
    waiting_other: 'En attente de son arrivée… {{count}} secondes',
    ringValue: '{{elapsed}} sur {{total}} secondes au plus',
    canGoOn:
      'Vous pouvez attendre ici ou passer à l’étape suivante : le résultat vous attendra ici à votre retour.',
    arrived_one: 'Il est arrivé en {{count}} seconde ✓',
    arrived_other: 'Il est arrivé en {{count}} secondes ✓',
    arrivedNext: 'Votre nouvelle messagerie envoie et reçoit des e-mails.',
    portNotice:
      'Ce réseau bloque la voie habituelle d’envoi des e-mails : Switchover en a donc utilisé une autre, et cela a fonctionné. Si votre logiciel de messagerie n’arrive pas à envoyer sur ce réseau, montrez les détails ci-dessous à la personne qui vous aide.',
    failedTitle: 'Le test n’a pas fonctionné',
    junkTitle: 'Il est arrivé, mais dans le dossier Courrier indésirable',
    serverSaid: 'Le serveur a répondu : « {{words}} »',
    signInAgain: 'Aller à « Votre nouvelle messagerie »',
    optional: 'Le test est recommandé, mais vous pouvez passer à l’étape suivante sans le faire.',
    extra: {
      alsoTo: 'Envoyé aussi à {{address}}.',
      question: 'Le message est-il arrivé chez {{address}} ?',
      askThem: 'Demandez-lui (cela peut prendre quelques minutes), puis dites-le à Switchover.',
      arrived: 'Il est arrivé',
      notArrived: 'Il n’est pas arrivé',
      thanksArrived: '{{address}} l’a bien reçu ✓',
      thanksNotArrived:
        'Il n’est pas arrivé chez {{address}}. Les e-mails vers d’autres personnes peuvent être lents : redemandez plus tard et, s’il n’est toujours pas là, prévenez la personne qui vous aide.',
      refused: 'Le message n’a pas pu être envoyé à {{address}}.',
    },
    details: {
      summary: 'Détails pour la personne qui vous aide',
      port: 'Serveur d’envoi (SMTP), port {{port}}',
      sentAfter: 'Accepté par le serveur après {{ms}} ms',
      arrivedAfter: 'Trouvé dans la boîte (IMAP) après {{ms}} ms',
      messageId: 'Identifiant du message (Message-ID) : {{id}}',
      transcript: 'Échange avec le serveur d’envoi (mots de passe retirés) :',
      noTranscript: 'Switchover n’a pas pu commencer l’échange avec le serveur d’envoi.',
    },
    errors: {
      authFailed: {
        text: 'Le serveur d’envoi n’a pas accepté le mot de passe de votre nouveau compte.',
        next: 'Le mot de passe a peut-être changé depuis votre connexion. Allez à « Votre nouvelle messagerie », reconnectez-vous avec le mot de passe actuel, puis réessayez.',
      },
      portBlocked: {
        text: 'Ce réseau bloque l’envoi d’e-mails : Switchover a essayé les deux voies habituelles.',
        next: 'Veuillez réessayer depuis un autre réseau (par exemple chez vous), ou demandez à la personne qui vous aide.',
      },
      tlsUntrusted: {
        text: 'Switchover n’a pas pu s’assurer qu’il parlait bien à votre nouveau fournisseur, il n’a donc rien envoyé.',
        next: 'Veuillez demander à la personne qui vous aide de vérifier les réglages d’envoi.',
      },
      rejected: {
        text: 'Le serveur d’envoi a refusé le message de test.',
        next: 'Veuillez montrer à la personne qui vous aide ce que le serveur a répondu.',
      },
      relayDenied: {
        text: 'Le serveur d’envoi n’a pas voulu transmettre le message.',
        next: 'Cela signifie souvent que les réglages d’envoi ne sont pas tout à fait justes. Veuillez demander à la personne qui vous aide de les vérifier.',
      },
      senderRejected: {
        text: 'Le serveur d’envoi ne vous laisse pas envoyer depuis {{address}}.',
        next: 'Veuillez demander à la personne qui vous aide ou à votre fournisseur d’autoriser l’envoi depuis cette adresse.',
      },
      notArrived: {
        text_one: 'Le message de test a été envoyé, mais il n’est pas arrivé en {{count}} seconde.',
        text_other:
          'Le message de test a été envoyé, mais il n’est pas arrivé en {{count}} secondes.',
        next: 'Les e-mails sont parfois lents. Réessayez dans quelques minutes ; s’il n’arrive toujours pas, demandez à la personne qui vous aide.',
      },
      inJunk: {
        text_one:
          'Le message de test est arrivé après {{count}} seconde, mais dans le dossier Courrier indésirable au lieu de la boîte de réception.',
        text_other:
          'Le message de test est arrivé après {{count}} secondes, mais dans le dossier Courrier indésirable au lieu de la boîte de réception.',
        next: 'L’envoi et la réception fonctionnent. Ouvrez le dossier Courrier indésirable de votre nouveau compte et marquez le message comme « non indésirable ». Si cela se reproduit, demandez à la personne qui vous aide de regarder les réglages anti-spam de votre nouvelle adresse.',
      },
      accountMissing: {
        text: 'Vous n’êtes pas encore connecté à votre nouvelle messagerie.',
        next: 'Allez à « Votre nouvelle messagerie », connectez-vous, puis envoyez le test.',
      },
    },
  },
  switchComplete: {
    intro:
      'Switchover vérifie où vont maintenant les messages envoyés à {{address}}, et vous dit quand votre ancien compte ne reçoit vraiment plus rien.',
    signInFirst:
      'Connectez-vous d’abord à votre ancienne et à votre nouvelle messagerie (étapes 2 et 3), puis revenez ici.',
    loading: 'Nous regardons où vont vos messages…',
    route: {
      heading: 'Où vont vos messages maintenant',
      pictureLabel: 'Où vont les messages envoyés à votre adresse',
      senders: 'Les personnes qui vous écrivent',
      oldBox: 'Votre ancien compte',
      newBox: 'Votre nouveau compte',
      arrivesHere: 'Les messages arrivent ici',
      stillArrives: 'Les messages arrivent encore ici',
      noLonger: 'Plus aucun nouveau message n’arrive ici',
      notYet: 'Aucun message n’arrive encore ici',
      someArrives: 'Une partie des messages arrive ici',
      notKnown: 'Inconnu pour le moment',
      switched: 'Les messages envoyés à {{address}} vont maintenant dans votre nouveau compte.',
      notSwitched:
        'Pas encore : les messages envoyés à {{address}} vont encore dans votre ancien compte, car le changement n’a pas encore eu lieu.',
      mixed:
        'À moitié : une partie des messages envoyés à {{address}} va dans votre nouveau compte, une partie encore dans l’ancien.',
      unknown:
        'Switchover n’a pas pu savoir où vont en ce moment les messages envoyés à {{address}}.',
      notSwitchedNext:
        'C’est votre aide qui fait ce changement. Vous n’avez rien à faire : cet écran le remarque tout seul.',
      mixedNext: 'Votre aide est sans doute en plein changement. Patientez un peu.',
      unknownNext: 'Vérifiez votre connexion à Internet, puis appuyez sur « Vérifier maintenant ».',
      estimate_one:
        'La plupart des expéditeurs utiliseront votre nouveau fournisseur d’ici environ {{count}} heure.',
      estimate_other:
        'La plupart des expéditeurs utiliseront votre nouveau fournisseur d’ici environ {{count}} heures.',
      estimateAfter_one:
        'Une fois le changement fait, la plupart des expéditeurs utiliseront votre nouveau fournisseur d’ici environ {{count}} heure.',
      estimateAfter_other:
        'Une fois le changement fait, la plupart des expéditeurs utiliseront votre nouveau fournisseur d’ici environ {{count}} heures.',
      cached:
        'Cet ordinateur garde encore un moment une réponse plus ancienne ; la nouvelle est déjà en route.',
      checkNow: 'Vérifier maintenant',
      checking: 'Vérification…',
      lastChecked_one: 'Dernière vérification à {{time}}.',
      lastChecked_other: 'Dernière vérification à {{time}}.',
      watching_one: 'Tant que cet écran est ouvert, Switchover vérifie de nouveau chaque minute.',
      watching_other:
        'Tant que cet écran est ouvert, Switchover vérifie de nouveau toutes les {{count}} minutes.',
      details: 'Détails pour votre aide',
      resolver: 'Enregistrements MX selon le résolveur de cet ordinateur :',
      nameServer: 'Enregistrements MX selon le serveur de noms {{server}} ({{address}}) :',
      host: '{{exchange}}, priorité {{priority}}, TTL {{ttl}} s : {{side}}',
      sideNew: 'le nouveau fournisseur',
      sideOld: 'pas le nouveau fournisseur',
      noRecords: 'aucun enregistrement MX',
      lookupError: 'échec de la requête : {{error}}',
      expected: 'Serveurs MX attendus par le kit : {{hosts}}',
      estimateBasis: 'Estimation d’après : {{basis}}',
    },
    probes: {
      heading: 'Messages de test dans les deux sens',
      intro:
        'Switchover envoie un message de test par votre ancien fournisseur et un par votre nouveau fournisseur, tous deux à {{address}}, et regarde où ils arrivent.',
      button: 'Envoyer les messages de test dans les deux sens',
      again: 'Renvoyer les messages de test',
      starting: 'Le test démarre…',
      sending: 'Envoi des messages de test…',
      waiting: 'En attente des messages de test : encore {{time}}',
      viaOld: 'Envoyé par votre ancien fournisseur :',
      viaNew: 'Envoyé par votre nouveau fournisseur :',
      status: {
        pending: 'pas encore envoyé',
        sending: 'en cours d’envoi',
        waiting: 'en route',
        arrivedNew: 'arrivé dans votre nouveau compte ✓',
        arrivedNewJunk: 'arrivé dans votre nouveau compte, dans le dossier Spam',
        arrivedOld: 'arrivé dans votre ancien compte',
        notArrived: 'pas arrivé',
        skipped:
          'pas envoyé, car Switchover ne sait pas comment votre ancien compte envoie des messages',
        failed: 'n’a pas pu être envoyé',
      },
      skippedNote:
        'Seul le test par votre nouveau fournisseur a été envoyé : Switchover ne sait pas comment votre ancien compte envoie des messages. Ce n’est pas grave ; votre aide peut vérifier l’ancien fournisseur à part.',
      outcome: {
        done: {
          title: 'Les deux messages de test sont arrivés dans votre nouveau compte ✓',
          text: 'Les messages envoyés à votre adresse arrivent dans votre nouveau compte, quel que soit le chemin.',
        },
        deliversInternally: {
          title: 'Votre ancien fournisseur croit encore gérer votre adresse',
          text: 'Le message de test envoyé par votre ancien fournisseur est resté dans votre ancien compte, alors que votre adresse pointe déjà vers le nouveau. Les messages d’autres clients de votre ancien fournisseur peuvent encore y arriver.',
          next: 'Demandez à votre aide de retirer votre domaine {{domain}} chez votre ancien fournisseur. Ensuite, renvoyez les messages de test.',
        },
        notSwitched: {
          title: 'Vos messages ne vont pas encore dans votre nouveau compte',
          text: 'Le message de test envoyé par votre nouveau fournisseur est arrivé dans votre ancien compte : le changement n’a pas encore eu lieu, ou une réponse plus ancienne est encore gardée quelque part.',
          next: 'Patientez, puis renvoyez les messages de test. Switchover continue de vérifier en attendant.',
        },
        notArrived: {
          title: 'Les messages de test ne sont pas arrivés',
          text_one: 'Rien n’est arrivé en {{count}} minute.',
          text_other: 'Rien n’est arrivé en {{count}} minutes.',
          next: 'Le courrier est parfois lent. Attendez quelques minutes et réessayez ; si rien n’arrive, demandez à votre aide.',
        },
        sendFailed: {
          title: 'Un message de test n’a pas pu être envoyé',
          text: 'Switchover n’a pas pu envoyer l’un des messages de test.',
          next: 'Réessayez plus tard. Si cela se reproduit, montrez les détails ci-dessous à votre aide.',
        },
      },
      details: 'Détails pour votre aide',
      arrivedAfter:
        '{{via}} trouvé après {{seconds}} s dans le dossier {{folder}} du compte {{side}}',
    },
    stragglers: {
      heading: 'Messages tardifs dans votre ancien compte',
      watching:
        'Switchover garde un œil sur votre ancien compte : ce qui y arrive encore est copié dans votre nouveau compte.',
      copiedToday_one:
        '{{count}} message est arrivé aujourd’hui dans votre ancien compte et a été copié dans votre nouveau compte :',
      copiedToday_other:
        '{{count}} messages sont arrivés aujourd’hui dans votre ancien compte et ont été copiés dans votre nouveau compte :',
      copiedSince_one:
        '{{count}} message est arrivé depuis le {{date}} dans votre ancien compte et a été copié dans votre nouveau compte :',
      copiedSince_other:
        '{{count}} messages sont arrivés depuis le {{date}} dans votre ancien compte et ont été copiés dans votre nouveau compte :',
      item: 'de {{from}}, {{time}}',
      noSubject: '(sans objet)',
      problem:
        'Switchover n’a pas pu regarder votre ancien compte à l’instant. Il réessaiera tout seul.',
    },
    completion: {
      completeTitle: 'Votre changement est terminé ✓',
      completeText:
        'Votre ancien compte ne reçoit plus de messages : tout va dans votre nouveau compte.',
      keepOld:
        'Gardez votre ancien compte jusqu’au {{date}}, puis fermez-le. Certaines personnes écrivent rarement (une facture annuelle, par exemple) ; d’ici là, Switchover copie encore ce qui y arrive.',
      notYet: 'Le changement n’est pas encore terminé. Il manque encore :',
      waitingMx: 'que vos messages aillent chez votre nouveau fournisseur',
      waitingProbes: 'que les deux messages de test arrivent dans votre nouveau compte',
      waitingQuiet: 'deux jours calmes sans nouveau message dans votre ancien compte',
      quietUntil:
        'Si plus aucun message n’arrive dans votre ancien compte, votre changement sera terminé le {{date}}. Vous pouvez fermer Switchover d’ici là ; il vérifiera de nouveau à la prochaine ouverture.',
    },
    newAddress: {
      intro:
        'Vous utilisez maintenant {{newAddress}}. Votre ancienne adresse {{address}} continue de recevoir des messages jusqu’à ce que tout le monde connaisse la nouvelle.',
      sendersHeading: 'Qui écrit encore à votre ancienne adresse',
      loading: 'Nous regardons votre ancien compte…',
      none: 'Personne n’a écrit à {{address}} depuis le {{date}}.',
      since: 'Depuis le {{date}} :',
      sender_one: '{{count}} message, le dernier le {{date}}',
      sender_other: '{{count}} messages, le dernier le {{date}}',
      tellThem:
        'Donnez-leur votre nouvelle adresse, ou changez-la là où elle est enregistrée (par exemple à votre banque).',
      copyButton: 'Copier leurs messages',
      copying: 'Copie en cours…',
      copied_one: '{{count}} message a été copié dans votre nouveau compte.',
      copied_other: '{{count}} messages ont été copiés dans votre nouveau compte.',
      alreadyThere_one: '{{count}} message y était déjà.',
      alreadyThere_other: '{{count}} messages y étaient déjà.',
      forwardingHeading: 'Faire suivre les messages de votre ancienne adresse',
      forwardingText:
        'Votre ancien fournisseur peut faire suivre tout ce qui arrive pour {{address}} vers {{newAddress}}. Vous n’aurez alors plus besoin de regarder votre ancien compte. Votre aide peut le régler avec vous.',
      forwardingLink: 'Page de votre ancien fournisseur ({{site}})',
      forwardingHowTo: 'Comment faire suivre vos e-mails chez {{provider}}',
      opensInBrowser: '(s’ouvre dans votre navigateur)',
    },
    health: {
      summary: 'Pour votre aide : comment votre domaine est configuré',
      intro:
        'Ces vérifications sont pour votre aide. Montrez-lui cette partie, ou lisez ce qui suit « Dites à votre aide ».',
      loading: 'Vérification…',
      retry: 'Vérifier de nouveau',
      domain: 'Domaine : {{domain}}',
      tellHelper: 'Dites à votre aide :',
      verdict: {
        good: 'Bien',
        warning: 'Pourrait être mieux',
        bad: 'À corriger',
        unknown: 'Inconnu',
      },
      unknownCode: 'Switchover n’a pas de phrase pour ce résultat ({{code}}).',
      codes: {
        spfOk: {
          text: 'Les autres serveurs peuvent vérifier que les messages de votre adresse viennent bien de votre nouveau fournisseur.',
          helper: 'Le SPF est correct : {{record}}',
        },
        spfMissing: {
          text: 'Les autres serveurs ne peuvent pas vérifier d’où peuvent venir les messages de votre adresse ; ils risquent d’arriver dans les spams.',
          helper:
            'Il n’y a pas d’enregistrement SPF. Merci d’en ajouter un qui inclut le nouveau fournisseur et finit par -all ou ~all.',
        },
        spfMultiple: {
          text: 'Votre adresse a deux indications contradictoires sur qui peut envoyer ses messages ; les autres serveurs n’en tiennent donc aucun compte.',
          helper: 'Il y a plus d’un enregistrement SPF. Merci de les fusionner en un seul.',
        },
        spfNoNewProvider: {
          text: 'Votre nouveau fournisseur n’est pas encore autorisé à envoyer des messages pour votre adresse ; ils risquent d’arriver dans les spams.',
          helper: 'L’enregistrement SPF n’inclut pas le nouveau fournisseur : {{record}}',
        },
        spfOpen: {
          text: 'N’importe qui peut envoyer des messages en se faisant passer pour vous ; les autres serveurs ne font pas la différence.',
          helper:
            'L’enregistrement SPF autorise tous les serveurs (+all ou pas de all) : {{record}}',
        },
        spfNeutralAll: {
          text: 'Les autres serveurs sont priés de ne pas juger les messages de votre adresse, ce qui protège peu contre les faux.',
          helper: 'L’enregistrement SPF finit par ?all ; -all ou ~all serait mieux : {{record}}',
        },
        dkimOk: {
          text: 'Vos messages sont signés : les autres serveurs voient qu’ils n’ont pas été modifiés en route.',
          helper: 'Clé DKIM trouvée (sélecteur {{selectors}}).',
        },
        dkimRevoked: {
          text: 'La clé de signature de vos messages a été retirée ; les messages signés ne peuvent pas être vérifiés.',
          helper: 'La clé DKIM est vide (révoquée) pour le sélecteur {{selectors}}.',
        },
        dkimMissing: {
          text: 'Vos messages ne sont pas signés ; ils risquent plus souvent d’arriver dans les spams.',
          helper: 'Aucune clé DKIM pour le sélecteur du kit ({{selectors}}).',
        },
        dkimNotFound: {
          text: 'Switchover n’a pas trouvé de clé de signature, mais votre fournisseur utilise peut-être un nom qu’il ne connaît pas.',
          helper:
            'Aucune clé DKIM sous les sélecteurs courants ; merci de vérifier le sélecteur du fournisseur.',
        },
        dmarcOk: {
          text: 'Les autres serveurs savent quoi faire des faux messages envoyés en votre nom.',
          helper: 'Le DMARC est correct (politique {{policy}}).',
        },
        dmarcMissing: {
          text: 'Les autres serveurs ne savent pas quoi faire des faux messages envoyés en votre nom.',
          helper:
            'Il n’y a pas d’enregistrement DMARC sous _dmarc. Merci d’en ajouter un (p=quarantine ou p=reject).',
        },
        dmarcMultiple: {
          text: 'Votre adresse a deux indications contradictoires sur les faux messages ; les autres serveurs n’en tiennent donc aucun compte.',
          helper: 'Il y a plus d’un enregistrement DMARC. Merci de n’en garder qu’un.',
        },
        dmarcPolicyNone: {
          text: 'Les autres serveurs sont priés de laisser passer les faux messages envoyés en votre nom.',
          helper:
            'La politique DMARC est p=none ; une fois que tout fonctionne, p=quarantine ou p=reject est préférable.',
        },
        dmarcInvalid: {
          text: 'L’indication sur les faux messages en votre nom est illisible pour les autres serveurs.',
          helper: 'L’enregistrement DMARC n’a pas de politique valide : {{record}}',
        },
        ptrOk: {
          text: 'Le serveur qui reçoit vos messages a un nom en règle.',
          helper: 'Le DNS inverse (PTR) de {{host}} correspond.',
        },
        ptrMissing: {
          text: 'Le serveur qui reçoit vos messages n’a pas de nom en règle, ce que certains serveurs n’aiment pas.',
          helper: 'Aucun enregistrement PTR pour l’adresse de {{host}}.',
        },
        ptrMismatch: {
          text: 'Le nom du serveur qui reçoit vos messages ne correspond pas tout à fait à son adresse.',
          helper: 'Le PTR de {{host}} ne ramène pas à son adresse.',
        },
        ptrNoAddress: {
          text: 'Switchover n’a pas trouvé l’adresse du serveur qui reçoit vos messages.',
          helper: 'Le serveur MX {{host}} n’a pas d’adresse.',
        },
      },
    },
  },
};
