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
    continue: 'Continue',
    signIn: 'Sign in',
    useDifferent: 'Use a different account',
    openKit: 'Open kit…',
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
  account: {
    oldIntro:
      'Type the address of the email account you are moving away from. Switchover only reads it and never deletes anything there.',
    newIntro: 'Type the address of your new email account: the one your mail is moving to.',
    newIntroKit: 'Your helper has filled in your new account. Just type your password.',
    emailLabel: 'Your email address',
    emailHint: 'For example: name@example.com',
    emailInvalid: 'Please type your whole email address, for example name@example.com.',
    detecting: 'Looking for your provider’s settings…',
    passwordLabel: 'Password',
    passwordHint: 'The password you use to read this email.',
    showPassword: 'Show password',
    signingIn: 'Checking your password…',
    signingInNew: 'Checking your password and that you can send mail…',
    signedIn: 'Signed in ✓',
    signedInAs: 'Switchover can now open {{email}}.',
    sessionOnly:
      'This computer has no safe place to keep your password, so Switchover keeps it only until you close it. You may be asked for it again next time.',
    removing: 'One moment…',
    nextBlocked: 'Sign in first, then you can go on.',
    confirmIntro:
      'These settings came over a connection that is not protected. Compare the server names below with what your helper or your provider says.',
    confirmDns:
      'These settings were found through the internet’s address book (DNS), which whoever runs this network could fake. Compare the server names below with what your helper or your provider says.',
    confirmServers: 'Switchover would send your password to:',
    confirmLabel: 'I have checked the settings',
    confirmMissing: 'Please check the settings first, then tick the box.',
    passwordMissing: 'Please type your password.',
    opensInBrowser: '(opens in your web browser)',
    instructionsTitle: 'Your provider says:',
    checkSettings: 'Please check the settings under “Details” below, then sign in.',
    newPassword: {
      action: 'Type a new password',
      legend: 'New password for {{email}}',
      intro:
        'If you changed your password, or made an app password for Switchover, type it here. Your settings stay as they are.',
      save: 'Save new password',
      cancel: 'Cancel',
      saving: 'Checking the new password…',
      savingNew: 'Checking the new password and that you can send mail…',
      saved: 'New password saved. Switchover is signed in again.',
      rejected:
        'The saved password no longer works. If you changed it, or made an app password, type the new one.',
    },
    oauth: {
      intro:
        'Sign in on {{provider}}’s own page. It opens in your web browser, and your password stays with {{provider}}.',
      button: 'Sign in with {{provider}}',
      waitingTitle: 'Finish signing in in your browser',
      waitingText:
        '{{provider}}’s sign-in page is open in your web browser. Sign in there and allow Switchover to open your mail, then come back here.',
      timeLimit: 'You have {{minutes}} minutes for this. After that, simply start again.',
      openAgain: 'Open the sign-in page again',
      checking: 'Signed in. Checking that your mail can be reached this way…',
      cancel: 'Cancel',
      waitingStatus: 'Waiting for you to finish signing in in your browser…',
      orAppPassword: 'Or use an app password',
      orPassword: 'Or sign in with your password',
      unavailableTitle: 'This version of Switchover cannot sign in with {{provider}}',
      unavailableHelper:
        'Please ask your helper: they can move your mail another way, for example with Thunderbird, or get you a version of Switchover that can sign in with {{provider}}. Please show them this message.',
      unavailableAppPassword: 'You can still sign in with an app password, as explained below.',
      unavailablePassword: 'You can still sign in with your password below.',
      signedInWith: 'Signed in with {{provider}}',
      sessionOnly:
        'This computer has no safe place to keep your sign-in, so Switchover keeps it only until you close it. You may have to sign in again next time.',
      again: 'Sign in with {{provider}} again',
      rejected:
        '{{provider}} no longer lets Switchover open this mail. Please sign in with {{provider}} again.',
      signedInAgain: 'Signed in with {{provider}} again.',
    },
  },
  source: {
    kit: 'Prepared by your helper',
    provider: 'Found your provider’s settings',
    'provider-http': 'Found your provider’s settings — please check them',
    ispdb: 'Found your provider’s settings',
    mx: 'Found your provider’s settings',
    srv: 'Found your provider’s settings',
    guess: 'Settings guessed — please check',
    unconfirmed: 'Found settings for your address — please check them',
    manual: 'Settings typed in by you',
  },
  details: {
    summary: 'Details',
    source: 'Where the settings came from: {{source}}',
    sourceNames: {
      kit: 'the switchover kit from your helper',
      provider: 'the provider’s autoconfig file (HTTPS)',
      'provider-http': 'the provider’s autoconfig file over plain HTTP (not protected)',
      ispdb: 'Thunderbird’s provider database (ISPDB)',
      mx: 'the MX records, then the mail host’s autoconfig file',
      srv: 'the DNS SRV records (RFC 6186)',
      guess: 'guessed server names, accepted only with a valid certificate',
      manual: 'typed in by hand',
    },
    imap: 'Receiving mail (IMAP)',
    smtp: 'Sending mail (SMTP)',
    host: 'Server address',
    port: 'Port number',
    security: 'Security',
    securityTls: 'SSL/TLS (encrypted from the start)',
    securityStarttls: 'STARTTLS (encryption switched on after connecting)',
    securityPlain: 'None (only for this computer)',
    username: 'User name',
    hostInvalid: 'Please type a server name such as imap.example.com.',
    portInvalid: 'Please type a number from 1 to 65535.',
    usernameInvalid: 'Please type the user name (often your email address).',
    technical: 'For your helper: {{message}}',
    errorCode: 'Error code: {{code}}',
    problemSummary: 'Details about this problem',
    adminCode: 'Code for your administrator: {{code}}',
  },
  cards: {
    heading: '{{provider}}: please do this first',
    headingNoPassword: '{{provider}}: Switchover cannot sign in here yet',
    gmail:
      'Gmail does not accept your normal password from programs like Switchover. Turn on 2-Step Verification in your Google Account, then create an app password and type it below instead of your normal password.',
    gmailMore:
      'With a work or school Google account, the administrator may have turned off access for email programs (IMAP). Then please ask them to turn it on.',
    microsoft:
      'Outlook.com, Hotmail, Live and Microsoft 365 no longer let programs sign in with just a password, and Switchover cannot use Microsoft’s own sign-in page yet.',
    microsoftMore:
      'Your helper can still move your mail, for example with Thunderbird or by forwarding new mail to your new address. Please show them this message.',
    yahoo:
      'Yahoo Mail needs an app password for programs like Switchover. In your Yahoo account’s security settings, choose “Generate app password”, then type that password below instead of your normal one.',
    aol: 'AOL Mail needs an app password for programs like Switchover. In your AOL account’s security settings, choose “Generate app password”, then type that password below instead of your normal one.',
    icloud:
      'iCloud Mail needs an app-specific password. In your Apple Account, open “Sign-In and Security”, then “App-Specific Passwords”, create one and type it below instead of your Apple Account password.',
    gmx: 'At GMX, access for email programs must be turned on first: in GMX’s webmail, open Settings, then “POP3 & IMAP”, and allow access. Then type your normal GMX password below.',
    webde:
      'At WEB.DE, access for email programs must be turned on first: in WEB.DE’s webmail, open Settings, then “POP3 & IMAP”, and allow access. Then type your normal WEB.DE password below.',
    fastmail:
      'Fastmail needs an app password for programs like Switchover. In Fastmail’s settings, open “Privacy & Security”, then “App passwords”, create one with access to your mail and type it below.',
    linkCreateAppPassword: 'Create an app password',
    linkAppPassword: 'How app passwords work at {{provider}}',
    linkAccount: 'Open your {{provider}} account’s security settings',
    linkEnableImap: 'Allow access for email programs',
    linkHelp: 'Read {{provider}}’s help page',
  },
  kit: {
    greeting: 'Prepared for you by {{name}}',
    contact: 'If anything is unclear, you can reach them here: {{contact}}',
    question:
      'Did your helper send you a Switchover kit? Open it, and your new account is filled in for you.',
    opening: 'Opening the kit…',
    opened: 'The kit from {{name}} is open: your new account will be filled in for you.',
    dropHint: 'You can also drag the kit file onto this window.',
  },
  serverNames: {
    incoming: 'Incoming mail: {{host}}',
    outgoing: 'Outgoing mail: {{host}}',
  },
  kitOffer: {
    title: 'Use these settings for your new email?',
    from: '{{name}} sent settings for your new email. Only use them if you were expecting them from {{name}}.',
    servers: 'Switchover would send your new email’s password to these servers:',
    replaces: 'They would replace the settings from {{name}} that you opened before.',
    unrelated:
      'Careful: {{hosts}} is not part of {{domain}}. If you do not know why, do not use these settings and ask your helper.',
    accept: 'Use these settings',
    decline: 'Don’t use them',
  },
  signInErrors: {
    authFailed: {
      text: 'The email address or the password is not right.',
      next: 'Please check the password (is Caps Lock on?) and try again.',
    },
    authAppPasswordRequired: {
      text: 'Your provider does not accept your normal password here: it needs a special app password.',
      next: 'Create an app password in your provider’s account settings and type it instead of your normal password.',
    },
    authOauthOnly: {
      text: 'Your provider only lets programs sign in through its own sign-in page, which Switchover cannot use yet.',
      next: 'Please ask your helper: they can move this mail another way.',
    },
    imapDisabled: {
      text: 'Access for email programs is turned off for this account.',
      next: 'Turn it on in your provider’s webmail settings (often called “IMAP” or “POP/IMAP”), then try again.',
    },
    netDnsNotFound: {
      text: 'Switchover could not find your provider’s mail server on the internet.',
      next: 'Please check the email address for typing mistakes, and that this computer is online.',
    },
    netUnreachable: {
      text: 'Switchover could not reach your provider’s mail server.',
      next: 'Please check that this computer is connected to the internet, then try again. If it keeps happening, a firewall may be blocking email programs.',
    },
    netTimeout: {
      text: 'Your provider’s mail server did not answer in time.',
      next: 'Please wait a moment and try again.',
    },
    tlsUntrusted: {
      text: 'Switchover could not make sure it is really talking to your provider, so it did not send your password.',
      next: 'Please check the server address under “Details”, or ask your helper.',
    },
    tlsSelfSigned:
      'The server’s security certificate was made by the server itself, not by a recognised authority.',
    tlsExpired: 'The server’s security certificate has expired.',
    tlsWrongHost: 'The server’s security certificate belongs to a different name.',
    tlsNotYetValid:
      'The server’s security certificate is not valid yet (is this computer’s date right?).',
    tlsUntrustedIssuer:
      'The server’s security certificate comes from an authority this computer does not recognise.',
    tlsRequired: {
      text: 'The mail server does not offer a protected connection, so Switchover did not send your password.',
      next: 'Please ask your helper or your provider for the right settings. Switchover never sends a password unprotected.',
    },
    smtpAuthFailed: {
      text: 'Receiving mail works, but the server for sending mail did not accept the user name or password.',
      next: 'Please check the sending settings under “Details”, or ask your helper.',
    },
    smtpPortBlocked: {
      text: 'Sending mail seems to be blocked by this network (port 587).',
      next: 'Under “Details”, set the sending server to port 465 with “SSL/TLS”, then sign in again.',
    },
    settingsNotFound: {
      text: 'Switchover could not find the settings for this address by itself.',
      next: 'Please open “Details” and type the server settings your provider or your helper gave you.',
    },
    vaultUnavailable: {
      text: 'Switchover could not keep your password safely on this computer.',
      next: 'Please try again. If it keeps happening, ask your helper.',
    },
    kitInvalid: {
      text: 'This file is not a Switchover kit that Switchover can read.',
      next: 'Please ask your helper to send the kit again.',
    },
    oauthCancelled: {
      text: 'You stopped signing in.',
      next: 'Whenever you are ready, press the sign-in button again.',
    },
    oauthTimeout: {
      text: 'Signing in on your provider’s page was not finished in time.',
      next: 'Please press the sign-in button again and finish signing in in your browser.',
    },
    oauthConsentRefused: {
      text: 'On the sign-in page, Switchover was not allowed to open your mail.',
      next: 'Please start again, and when the page asks, allow Switchover to open your mail. Switchover only reads it and copies it.',
    },
    oauthWrongAccount: {
      text: 'In your browser you signed in with a different account than the one typed here.',
      next: 'Please start again and choose the same address on the sign-in page.',
      textNamed: 'In your browser you signed in as {{chosen}}, not as {{expected}}.',
      nextNamed:
        'Please start again and choose {{expected}} on the sign-in page. If it signs you in as someone else by itself, sign out there first.',
    },
    oauthRevoked: {
      text: 'Your provider no longer lets Switchover open this mail: the permission was taken back or has run out.',
      next: 'Please sign in again on your provider’s page.',
    },
    oauthBlocked: {
      text: 'The administrator of your work or school account has not allowed Switchover to open this mail.',
      next: 'Please ask your administrator to allow Switchover, and show them the code under “Details about this problem”. Or ask your helper to move your mail another way.',
    },
    oauthNoClientId: {
      text: 'This version of Switchover cannot sign in with your provider’s own page.',
      next: 'Please ask your helper: they can move your mail another way, or get you a version of Switchover that can.',
    },
    oauthFailed: {
      text: 'Signing in on your provider’s page did not work.',
      next: 'Please try again in a moment. If it keeps happening, ask your helper and show them the details below.',
    },
    genericNext:
      'Please try again. If it keeps happening, ask your helper and show them the details.',
  },
  copy: {
    intro:
      'Drag a folder from your old account onto your new one, or copy everything at once. Nothing is deleted from your old account, and copying again never makes doubles.',
    loadingFolders: 'Looking at the folders of both accounts…',
    interrupted:
      'The last copy stopped before it was finished ({{done}} of {{total}} messages were copied).',
    continue: 'Continue where it stopped',
    dragHint:
      'Drag a folder onto your new account to keep its place, or onto a folder there to put it inside. Without a mouse: choose a folder, then “Copy to…”.',
    copyTo: 'Copy to…',
    copyToHint: 'Choose a folder of your old account first.',
    copyToSelected: 'Chosen: {{folder}}',
    size: {
      bytes_one: '{{n}} byte',
      bytes_other: '{{n}} bytes',
    },
    errors: {
      busy: 'A copy is already running. Wait for it to finish, or stop it first.',
      cancelled: 'The copy was stopped. Copying again continues where it stopped.',
      noJob: 'No copy is running just now.',
      quotaExceeded:
        'Your new mailbox is full, so the rest did not fit. Free some space there or ask your helper; copying again continues where it stopped.',
      messageTooBig:
        'A message is too big for your new provider. It stays safe in your old account.',
      connectionLost:
        'The connection to one of the mail servers broke off. Check your internet connection; copying again continues where it stopped.',
      serverUnreadable:
        'One of the mail servers sent an answer Switchover cannot read. Try again later; copying again continues where it stopped.',
      tooManyConnections:
        'One of the mail servers has too many connections open just now. Wait a few minutes; copying again continues where it stopped.',
      network:
        'One of the mail servers cannot be reached. Check your internet connection, then try again.',
      authFailed:
        'The password of one of your accounts was not accepted; perhaps it was changed. Please go back and sign in again.',
      accountMissing: 'Please sign in to both your old and your new account first.',
      oauthRevoked:
        'Your provider no longer lets Switchover open one of your accounts. Please go back and sign in again.',
      oauthBlocked:
        'The administrator of your work or school account does not allow Switchover to open your mail. Please ask them, or your helper.',
      providerThrottled:
        'One of your email providers asked Switchover to slow down, and kept asking. Wait a few minutes; copying again continues where it stopped.',
      providerUnavailable:
        'One of your email providers is not available just now. Wait a few minutes; copying again continues where it stopped.',
      providerDailyLimit:
        'One of your email providers lets Switchover copy only so much a day, and today’s share is used up. Try again tomorrow; copying again continues where it stopped.',
      signInAgain: 'Go back to sign in',
    },
    roles: {
      inbox: 'Inbox',
      sent: 'Sent',
      drafts: 'Drafts',
      trash: 'Trash',
      junk: 'Junk',
      archive: 'Archive',
    },
    tree: {
      oldTitle: 'Your old account',
      newTitle: 'Your new account',
      oldListLabel: 'Folders in your old account',
      newListLabel: 'Folders in your new account',
      wholeAccount: 'All of {{email}}',
      container: 'holds only folders',
      messages_one: '{{n}} message',
      messages_other: '{{n}} messages',
      recounting: 'counting again…',
    },
    everything: {
      button: 'Copy everything',
      hint_one: '{{n}} message, every folder, as listed under “Where each folder goes”.',
      hint_other: '{{n}} messages, every folder, as listed under “Where each folder goes”.',
      started: 'Copying everything.',
    },
    plan: {
      summary_one: 'Where each folder goes ({{count}} folder)',
      summary_other: 'Where each folder goes ({{count}} folders)',
      mapping: '{{source}} goes to {{target}}',
      skipped: '{{source}}: not copied',
      skipDropped: 'you left it out',
      skipVirtual: 'its messages are already in your other folders',
      change: 'Change…',
      changeLabel: 'Change where {{folder}} goes',
      leaveOut: 'Leave out',
      leaveOutLabel: 'Leave {{folder}} out',
      include: 'Copy it after all',
      includeLabel: 'Copy {{folder}} after all',
      changed: 'Changed where {{folder}} goes.',
    },
    labels: {
      unlabelled: 'Mail without a label',
      unlabelledNote: 'the mail you archived',
      question: 'How should your labels be kept?',
      keywords: 'Keep labels as tags, each message once',
      keywordsRecommended: 'Keep labels as tags, each message once (recommended)',
      keywordsHint:
        'A message goes into the folder of its first label in the list below; its other labels come along as tags.',
      keywordsLost:
        'A message goes into the folder of its first label in the list below; its other labels are lost.',
      folders: 'A copy in every label’s folder',
      foldersRecommended: 'A copy in every label’s folder (recommended)',
      foldersHint:
        'A message with three labels is in all three folders. This takes more space in your new account.',
      noTags:
        'Your new account cannot keep tags. So that no label is lost, each label’s folder gets its own copy of the message.',
      orderTitle:
        'Your labels, in order: a message with several labels goes into the folder of the first one.',
      foldersTitle: 'Your labels: each one becomes a folder.',
      othersTitle: 'Other folders',
      place_ordinal_one: '{{count}}st',
      place_ordinal_two: '{{count}}nd',
      place_ordinal_few: '{{count}}rd',
      place_ordinal_other: '{{count}}th',
      moveUp: 'Move up',
      moveUpLabel: 'Move {{folder}} up',
      putFirst: 'Put first',
      putFirstLabel: 'Put {{folder}} first',
      moved: '{{folder}} is now {{place}}.',
    },
    dialog: {
      title: 'Where should “{{folder}}” go?',
      where: 'Put it',
      keepPlace: 'In the same place as in your old account',
      inside: 'Inside “{{folder}}”',
      confirm: 'Copy it there',
      save: 'Put it there',
      cancel: 'Cancel',
    },
    drop: {
      created: '{{target}} will be created.',
      exists: 'It goes into {{target}}, which is already there.',
      keepPlace: 'Every folder keeps its place.',
      started: 'Copying {{folder}}. {{result}}',
    },
    progress: {
      title: 'Copying your mail',
      titlePaused: 'The copy is paused',
      percent: '{{percent}}% done',
      preparing: 'Getting ready: comparing both accounts…',
      verifying: 'Checking that everything arrived…',
      paused: 'Paused. Nothing is lost; press “Continue” to go on.',
      estimating: 'Working out how long it takes…',
      lessThanMinute: 'less than a minute left',
      minutesLeft_one: 'about {{count}} minute left',
      minutesLeft_other: 'about {{count}} minutes left',
      hoursLeft_one: 'about {{count}} hour left',
      hoursLeft_other: 'about {{count}} hours left',
      daysLeft_one: 'about {{count}} day left',
      daysLeft_other: 'about {{count}} days left',
      counts_one: '{{done}} of {{total}} message copied',
      counts_other: '{{done}} of {{total}} messages copied',
      folder: 'Now copying: {{folder}}',
      pause: 'Pause',
      resume: 'Continue',
      cancel: 'Stop copying',
      cancelQuestion: 'Stop copying now?',
      cancelExplain:
        'What is already copied stays in your new account. Copying again later continues where it stopped.',
      cancelKeep: 'No, keep copying',
      cancelYes: 'Yes, stop copying',
      safeToClose:
        'You can close this window: the copy goes on, and you find it here again when you come back.',
    },
    wait: {
      throttled:
        'One of your email providers asked Switchover to slow down for a moment. Nothing is lost.',
      unavailable: 'One of your email providers is busy for a moment. Nothing is lost.',
      other: 'Switchover is waiting a moment for one of your email providers. Nothing is lost.',
      throttled_old:
        'Your old email provider asked Switchover to slow down for a moment. Nothing is lost.',
      throttled_new:
        'Your new email provider asked Switchover to slow down for a moment. Nothing is lost.',
      unavailable_old: 'Your old email provider is busy for a moment. Nothing is lost.',
      unavailable_new: 'Your new email provider is busy for a moment. Nothing is lost.',
      other_old: 'Switchover is waiting a moment for your old email provider. Nothing is lost.',
      other_new: 'Switchover is waiting a moment for your new email provider. Nothing is lost.',
      inSeconds_one: 'It goes on by itself in {{count}} second.',
      inSeconds_other: 'It goes on by itself in {{count}} seconds.',
      inMinutes_one: 'It goes on by itself in about {{count}} minute.',
      inMinutes_other: 'It goes on by itself in about {{count}} minutes.',
      phase: 'waiting a moment for your email provider',
    },
    waiting: {
      title: 'The copy goes on {{when}}',
      phase: 'today’s share is copied',
      limit: 'One of your email providers lets Switchover copy only so much a day.',
      limitNamed: '{{provider}} lets Switchover copy about {{size}} a day.',
      share: 'Today’s share is copied; it goes on by itself {{when}}.',
      other: 'One of your email providers asked Switchover to wait; it goes on by itself {{when}}.',
      leaveOpen: 'Leave Switchover open, or open it again later: it goes on where it stopped.',
      whenSoon: 'in a moment',
      whenToday_one: 'at {{time}}',
      whenToday_other: 'at {{time}}',
      whenTomorrow_one: 'tomorrow at {{time}}',
      whenTomorrow_other: 'tomorrow at {{time}}',
      whenOnDay_one: 'on {{day}} at {{time}}',
      whenOnDay_other: 'on {{day}} at {{time}}',
    },
    schedule: {
      text_one:
        '{{provider}} lets Switchover copy about {{size}} a day: this takes about {{count}} day. Leave Switchover open, or open it again tomorrow: it goes on where it stopped.',
      text_other:
        '{{provider}} lets Switchover copy about {{size}} a day: this takes about {{count}} days. Leave Switchover open, or open it again tomorrow: it goes on where it stopped.',
    },
    report: {
      titleDone: 'Your mail is copied',
      titleIncomplete: 'Most of your mail is copied',
      titleCancelled: 'You stopped the copy',
      titleFailed: 'The copy did not finish',
      failedNext: 'Please try again. Everything copied so far stays copied.',
      allThere_one: 'The {{n}} message is in your new account.',
      allThere_other: 'All {{n}} messages are in your new account.',
      nothingNew_zero: 'Nothing to copy: there were no messages to copy.',
      nothingNew_one: 'Nothing new to copy: the {{n}} message was already in your new account.',
      nothingNew_other: 'Nothing new to copy: all {{n}} messages were already in your new account.',
      someThere_one: 'Your new account has {{n}} of {{total}} message.',
      someThere_other: 'Your new account has {{n}} of the {{total}} messages.',
      cancelled_one:
        '{{n}} message was copied before you stopped. Copying again continues where it stopped.',
      cancelled_other:
        '{{n}} messages were copied before you stopped. Copying again continues where it stopped.',
      quotaFull_one:
        'Your new mailbox is full: {{n}} message did not fit. Free some space there or ask your helper; copying again continues where it stopped.',
      quotaFull_other:
        'Your new mailbox is full: {{n}} messages did not fit. Free some space there or ask your helper; copying again continues where it stopped.',
      stopped: 'The copy stopped because of a problem with the connection.',
      failed_one: '{{n}} message could not be copied.',
      failed_other: '{{n}} messages could not be copied.',
      deletedLeft_one: '{{n}} message marked as deleted stayed in your old account.',
      deletedLeft_other: '{{n}} messages marked as deleted stayed in your old account.',
      tooBig_one: '{{n}} message was too big for your new provider:',
      tooBig_other: '{{n}} messages were too big for your new provider:',
      tooBigItem: 'one of {{size}} in {{folder}}',
      tooBigNext:
        'They stay safe in your old account. You can forward them to yourself without the large attachment, or ask your helper.',
      next: 'Next: send a test message to check that your new account receives mail.',
      again: 'You can copy again at any time: what is already there is not copied twice.',
      leftOut_one:
        '{{n}} of {{total}} messages are in your new account; you left out the other one.',
      leftOut_other:
        '{{n}} of {{total}} messages are in your new account; you left out the other {{left}}.',
      severalTags_one:
        'One had several labels: it is there once, in the folder of its first label, with the other labels kept as tags.',
      severalTags_other:
        '{{n}} had several labels: each is there once, in the folder of its first label, with the other labels kept as tags.',
      severalFolders_one: 'One had several labels: it is in the folder of every label.',
      severalFolders_other: '{{n}} had several labels: each is in the folder of every label.',
      severalNoTags_one:
        'One had several labels: it is there once, in the folder of its first label; your new account keeps no tags, so its other labels were not kept (a copy in every label’s folder keeps them).',
      severalNoTags_other:
        '{{n}} had several labels: each is there once, in the folder of its first label; your new account keeps no tags, so their other labels were not kept (a copy in every label’s folder keeps them).',
      unlabelledRow: '{{folder}} (mail without a label)',
      tableCaption: 'Messages in each folder',
      folderColumn: 'Folder',
      oldColumn: 'Old account',
      newColumn: 'New account',
    },
  },
  errors: {
    disconnected:
      'This window lost touch with Switchover. Please check that Switchover is still open, then try again.',
    unauthorized:
      'This window is not allowed to talk to Switchover. Please close it and open Switchover again.',
    internal: 'Something went wrong inside Switchover. Please try again.',
    serverUnreadable:
      'The mail server sent an answer Switchover cannot read. Please try again later.',
    filesWriteFailed:
      'Switchover could not save the file on this computer. Please check that there is free space, then try again.',
    backupCancelled: 'Saving your old mail was stopped.',
    providerThrottled:
      'Your email provider asked Switchover to slow down. Please wait a few minutes, then try again.',
    providerUnavailable:
      'Your email provider is not available just now. Please try again in a few minutes.',
    providerDailyLimit:
      'Your email provider lets Switchover read only so much mail a day, and today’s share is used up. Please try again tomorrow.',
    passwordMissing: 'Switchover needs the password for this account. Please type it in.',
  },
  done: {
    intro: 'Your mail has moved. Three last things, each whenever you like:',
    phone: {
      title: 'Set up your phone',
      intro: 'Your phone needs your new email too. Choose the way that fits your phone.',
      loading: 'Getting the settings for your phone…',
      qrLabel:
        'QR code of the settings for your phone. A phone camera pointed at it shows the same settings as the list under “Settings for your phone”.',
      qrHint: 'Point your phone’s camera at this code to see the settings on your phone.',
      iphoneTitle: 'iPhone or iPad',
      saveProfile: 'Save the set-up file for iPhone and iPad',
      saving: 'Saving…',
      iphoneStep1:
        'Send the saved file to your iPhone or iPad (for example by email to yourself, or with AirDrop) and open it there.',
      iphoneStep2: 'Open Settings, tap “Profile Downloaded”, then “Install”.',
      iphoneStep3: 'When asked, type the password of your new email.',
      androidTitle: 'Android and other phones',
      androidText:
        'Open your mail app and choose to add an account, then “Other”. Type your new email address and its password. If the app asks for more, use the settings below.',
      detailsSummary: 'Settings for your phone',
      tableCaption: 'Settings for {{address}}',
      settingColumn: 'Setting',
      valueColumn: 'What to type',
      address: 'Email address',
      accountType: 'Kind of account',
      incomingServer: 'Incoming mail server',
      incomingPort: 'Incoming port',
      incomingSecurity: 'Incoming security',
      outgoingServer: 'Outgoing mail server',
      outgoingPort: 'Outgoing port',
      outgoingSecurity: 'Outgoing security',
      username: 'User name',
      incomingUsername: 'User name (incoming)',
      outgoingUsername: 'User name (outgoing)',
      password: 'Password',
      passwordValue: 'The password of your new email',
      securityPlain: 'None',
    },
    backup: {
      title: 'Keep a copy of your old mail on this computer',
      intro:
        'Switchover saves every folder of your old email as files on this computer. Nothing changes in your old email.',
      loading: 'Checking…',
      start: 'Keep a copy',
      startAgain: 'Save a new copy',
      running: 'Saving your old mail…',
      percent: '{{percent}} percent',
      estimating: 'working out how long it takes…',
      lessThanMinute: 'less than a minute left',
      minutesLeft_one: 'about {{count}} minute left',
      minutesLeft_other: 'about {{count}} minutes left',
      hoursLeft_one: 'about {{count}} hour left',
      hoursLeft_other: 'about {{count}} hours left',
      counts: '{{done}} of {{total}} messages saved',
      folder: 'Now saving: {{folder}}',
      cancel: 'Stop saving',
      stopping: 'Stopping…',
      keepsRunning: 'You can go on using Switchover meanwhile.',
      finished: 'Your old mail is saved',
      finishedCount_one: '{{count}} message, in “{{place}}”.',
      finishedCount_other: '{{count}} messages, in “{{place}}”.',
      cancelled: 'Saving your old mail was stopped',
      cancelledNext: 'Nothing half-saved was kept. You can start again at any time.',
      failed: 'Saving your old mail did not finish',
    },
    report: {
      titleNamed: 'Save a report for {{helper}}',
      titleUnnamed: 'Save a report for your helper',
      introNamed:
        'If something did not work, this file tells {{helper}} what happened. It holds no passwords and none of your messages.',
      introUnnamed:
        'If something did not work, this file tells your helper what happened. It holds no passwords and none of your messages.',
      save: 'Save the report',
      saveAgain: 'Save a new report',
      saving: 'Saving…',
      sendNamed: 'Send this file to {{helper}}, for example by email.',
      sendUnnamed: 'Send this file to your helper, for example by email.',
    },
    files: {
      savedIn: 'Saved in “{{place}}”.',
      showInFolder: 'Show in folder',
      notShown:
        'Switchover cannot open the folder from here. The full location is below: you can select and copy it.',
      fullPath: 'Full location:',
    },
  },
  sendTest: {
    intro: 'We send a short message from your new address to itself and watch for it to arrive.',
    button: 'Send a test',
    sendAnother: 'Send another test',
    starting: 'Starting the test…',
    extraLabel: 'Also send to (for example a relative)',
    extraHint: 'Optional. Afterwards you tell Switchover whether it arrived there.',
    extraInvalid:
      'Please type a whole email address, for example name@example.com, or leave this empty.',
    sending: 'Sending the test message…',
    waiting_one: 'Waiting for it to arrive… {{count}} second',
    waiting_other: 'Waiting for it to arrive… {{count}} seconds',
    ringValue: '{{elapsed}} of at most {{total}} seconds',
    canGoOn:
      'You can wait here or go on to the next step: the result will be here when you come back.',
    arrived_one: 'It arrived in {{count}} second ✓',
    arrived_other: 'It arrived in {{count}} seconds ✓',
    arrivedNext: 'Your new email account sends and receives mail.',
    portNotice:
      'This network blocks the usual way of sending mail, so Switchover used another way, and that worked. If your email program cannot send on this network, show your helper the details below.',
    failedTitle: 'The test did not work',
    junkTitle: 'It arrived, but in the Junk folder',
    serverSaid: 'The server said: “{{words}}”',
    signInAgain: 'Go to “Your new email”',
    optional: 'The test is recommended, but you can go on to the next step without it.',
    extra: {
      alsoTo: 'Also sent to {{address}}.',
      question: 'Did the message reach {{address}}?',
      askThem: 'Ask them (it can take a few minutes), then tell Switchover.',
      arrived: 'It arrived',
      notArrived: 'It didn’t arrive',
      thanksArrived: '{{address}} received it ✓',
      thanksNotArrived:
        'It did not reach {{address}}. Mail to others can be slow: ask again later, and if it still has not come, please tell your helper.',
      refused: 'The message could not be sent to {{address}}.',
    },
    details: {
      summary: 'Details for your helper',
      port: 'Outgoing mail server (SMTP), port {{port}}',
      sentAfter: 'Accepted by the server after {{ms}} ms',
      arrivedAfter: 'Found in the mailbox (IMAP) after {{ms}} ms',
      messageId: 'Message-ID: {{id}}',
      transcript: 'Conversation with the outgoing mail server (passwords removed):',
      noTranscript: 'Switchover did not get as far as talking to the outgoing mail server.',
    },
    errors: {
      authFailed: {
        text: 'The server for sending mail did not accept the password of your new account.',
        next: 'Perhaps the password was changed since you signed in. Go to “Your new email”, sign in again with the current password, then try again.',
      },
      portBlocked: {
        text: 'This network blocks sending mail: Switchover tried both usual ways.',
        next: 'Please try again on another network (for example at home), or ask your helper.',
      },
      tlsUntrusted: {
        text: 'Switchover could not make sure it was really talking to your new provider, so it sent nothing.',
        next: 'Please ask your helper to check the sending settings.',
      },
      rejected: {
        text: 'The server for sending mail refused the test message.',
        next: 'Please show your helper what the server said.',
      },
      relayDenied: {
        text: 'The server for sending mail would not pass the message on.',
        next: 'This usually means the sending settings are not quite right. Please ask your helper to check them.',
      },
      senderRejected: {
        text: 'The server for sending mail does not let you send from {{address}}.',
        next: 'Please ask your helper or your provider to allow sending from this address.',
      },
      notArrived: {
        text_one: 'The test message was sent, but it did not arrive within {{count}} second.',
        text_other: 'The test message was sent, but it did not arrive within {{count}} seconds.',
        next: 'Mail is sometimes slow. Please try again in a few minutes; if it still does not arrive, ask your helper.',
      },
      inJunk: {
        text_one:
          'The test message arrived after {{count}} second, but in the Junk folder instead of your inbox.',
        text_other:
          'The test message arrived after {{count}} seconds, but in the Junk folder instead of your inbox.',
        next: 'Sending and receiving work. Open the Junk folder of your new account and mark the message as “not junk”. If it happens again, ask your helper to look at the spam settings of your new address.',
      },
      accountMissing: {
        text: 'You are not signed in to your new email account yet.',
        next: 'Go to “Your new email”, sign in, then send the test.',
      },
    },
  },
  switchComplete: {
    intro:
      'Switchover checks where mail to {{address}} goes now, and tells you when your old account has really stopped receiving mail.',
    signInFirst:
      'Please sign in to your old and your new email account first (steps 2 and 3), then come back here.',
    loading: 'Looking at where your mail goes…',
    route: {
      heading: 'Where your mail goes now',
      pictureLabel: 'Where mail to your address goes',
      senders: 'People who write to you',
      oldBox: 'Your old account',
      newBox: 'Your new account',
      arrivesHere: 'Mail arrives here',
      stillArrives: 'Mail still arrives here',
      noLonger: 'No new mail arrives here any more',
      notYet: 'No mail arrives here yet',
      someArrives: 'Some mail arrives here',
      notKnown: 'Not known right now',
      switched: 'Mail to {{address}} now goes to your new account.',
      notSwitched:
        'Not yet: mail to {{address}} still goes to your old account, because the switch has not happened yet.',
      mixed:
        'Half-way: some mail to {{address}} goes to your new account, some still to your old one.',
      unknown: 'Switchover could not find out where mail to {{address}} goes right now.',
      notSwitchedNext:
        'Your helper makes this change. You don’t need to do anything: this screen notices the change by itself.',
      mixedNext: 'Your helper is probably in the middle of the change. Please wait a little.',
      unknownNext: 'Please check your internet connection, then press “Check now”.',
      estimate_one: 'Most senders will use your new provider within about {{count}} hour.',
      estimate_other: 'Most senders will use your new provider within about {{count}} hours.',
      estimateAfter_one:
        'Once the change is made, most senders will use your new provider within about {{count}} hour.',
      estimateAfter_other:
        'Once the change is made, most senders will use your new provider within about {{count}} hours.',
      cached:
        'This computer still remembers an older answer for a while; the newer one is already out there.',
      checkNow: 'Check now',
      checking: 'Checking…',
      lastChecked_one: 'Last checked at {{time}}.',
      lastChecked_other: 'Last checked at {{time}}.',
      watching_one: 'While this screen is open, Switchover checks again every minute.',
      watching_other: 'While this screen is open, Switchover checks again every {{count}} minutes.',
      details: 'Details for your helper',
      resolver: 'MX records from this computer’s resolver:',
      nameServer: 'MX records from the name server {{server}} ({{address}}):',
      host: '{{exchange}}, priority {{priority}}, TTL {{ttl}} s: {{side}}',
      sideNew: 'the new provider',
      sideOld: 'not the new provider',
      noRecords: 'no MX records',
      lookupError: 'lookup failed: {{error}}',
      expected: 'MX hosts the kit expects: {{hosts}}',
      estimateBasis: 'Estimate from: {{basis}}',
    },
    probes: {
      heading: 'Test messages both ways',
      intro:
        'Switchover sends one test message through your old provider and one through your new provider, both to {{address}}, and looks where they arrive.',
      button: 'Send test messages both ways',
      again: 'Send the test messages again',
      starting: 'Starting the test…',
      sending: 'Sending the test messages…',
      waiting: 'Waiting for the test messages: {{time}} left',
      viaOld: 'Sent through your old provider:',
      viaNew: 'Sent through your new provider:',
      status: {
        pending: 'not sent yet',
        sending: 'being sent',
        waiting: 'on its way',
        arrivedNew: 'arrived in your new account ✓',
        arrivedNewJunk: 'arrived in your new account, in the Junk folder',
        arrivedOld: 'arrived in your old account',
        notArrived: 'did not arrive',
        skipped: 'not sent, because Switchover does not know how your old account sends mail',
        failed: 'could not be sent',
      },
      skippedNote:
        'Only the test through your new provider was sent: Switchover does not know how your old account sends mail. That is fine; your helper can check the old provider separately.',
      outcome: {
        done: {
          title: 'Both test messages arrived in your new account ✓',
          text: 'Mail to your address reaches your new account, whichever way it is sent.',
        },
        deliversInternally: {
          title: 'Your old provider still thinks it handles your address',
          text: 'The test message sent through your old provider stayed in your old account, although your address already points to your new provider. Mail from other people at your old provider can still end up there.',
          next: 'Please ask your helper to remove your domain {{domain}} at your old provider. Then send the test messages again.',
        },
        notSwitched: {
          title: 'Your mail does not go to your new account yet',
          text: 'The test message sent through your new provider arrived in your old account: the switch has not happened yet, or an older answer is still remembered somewhere.',
          next: 'Please wait, then send the test messages again. Switchover keeps checking meanwhile.',
        },
        notArrived: {
          title: 'The test messages did not arrive',
          text_one: 'Nothing arrived within {{count}} minute.',
          text_other: 'Nothing arrived within {{count}} minutes.',
          next: 'Mail is sometimes slow. Please wait a few minutes and try again; if nothing arrives, ask your helper.',
        },
        sendFailed: {
          title: 'A test message could not be sent',
          text: 'Switchover could not send one of the test messages.',
          next: 'Please try again later. If it happens again, show your helper the details below.',
        },
      },
      details: 'Details for your helper',
      arrivedAfter: '{{via}}: found after {{seconds}} s in the {{folder}} of the {{side}} account',
    },
    stragglers: {
      heading: 'Late mail at your old account',
      watching:
        'Switchover keeps an eye on your old account: anything that still arrives there is copied to your new account.',
      copiedToday_one:
        '{{count}} message arrived at your old account today and was copied to your new account:',
      copiedToday_other:
        '{{count}} messages arrived at your old account today and were copied to your new account:',
      copiedSince_one:
        '{{count}} message arrived at your old account since {{date}} and was copied to your new account:',
      copiedSince_other:
        '{{count}} messages arrived at your old account since {{date}} and were copied to your new account:',
      item: 'from {{from}}, {{time}}',
      noSubject: '(no subject)',
      problem: 'Switchover could not look at your old account just now. It tries again by itself.',
    },
    completion: {
      completeTitle: 'Your switch is complete ✓',
      completeText:
        'Your old account no longer receives mail: everything goes to your new account.',
      keepOld:
        'Keep your old account until {{date}}, then close it. Some people write only rarely (a yearly bill, for example); until then, Switchover still copies anything that arrives there.',
      notYet: 'The switch is not complete yet. Still to come:',
      waitingMx: 'your mail going to your new provider',
      waitingProbes: 'both test messages arriving in your new account',
      waitingQuiet: 'two quiet days without new mail at your old account',
      quietUntil:
        'If no more mail arrives at your old account, your switch is complete on {{date}}. You can close Switchover meanwhile; it checks again when you open it.',
    },
    newAddress: {
      intro:
        'You now use {{newAddress}}. Your old address {{address}} keeps receiving mail until everyone knows your new one.',
      sendersHeading: 'Who still writes to your old address',
      loading: 'Looking at your old account…',
      none: 'Nobody has written to {{address}} since {{date}}.',
      since: 'Since {{date}}:',
      sender_one: '{{count}} message, the last on {{date}}',
      sender_other: '{{count}} messages, the last on {{date}}',
      tellThem:
        'Tell them your new address, or change it where they keep it (for example at your bank).',
      copyButton: 'Copy their mail across',
      copying: 'Copying…',
      copied_one: '{{count}} message was copied to your new account.',
      copied_other: '{{count}} messages were copied to your new account.',
      alreadyThere_one: '{{count}} message was already there.',
      alreadyThere_other: '{{count}} messages were already there.',
      forwardingHeading: 'Forward mail from your old address',
      forwardingText:
        'Your old provider can forward everything that arrives for {{address}} to {{newAddress}}. Then you don’t need to look at your old account any more. Your helper can set this up with you.',
      forwardingLink: 'Your old provider’s page ({{site}})',
      forwardingHowTo: 'How to forward mail at {{provider}}',
      opensInBrowser: '(opens in your web browser)',
    },
    health: {
      summary: 'For your helper: how your domain is set up',
      intro:
        'These checks are for your helper. Show them this part, or read out what follows “Tell your helper”.',
      loading: 'Checking…',
      retry: 'Check again',
      domain: 'Domain: {{domain}}',
      tellHelper: 'Tell your helper:',
      verdict: {
        good: 'Good',
        warning: 'Could be better',
        bad: 'Needs fixing',
        unknown: 'Not known',
      },
      unknownCode: 'Switchover has no sentence for this result ({{code}}).',
      codes: {
        spfOk: {
          text: 'Other mail servers can check that mail from your address really comes from your new provider.',
          helper: 'SPF is fine: {{record}}',
        },
        spfMissing: {
          text: 'Other mail servers cannot check where mail from your address may come from, so your mail may land in junk folders.',
          helper:
            'There is no SPF record. Please add one that includes the new provider and ends in -all or ~all.',
        },
        spfMultiple: {
          text: 'Your address has two conflicting entries about who may send its mail, so other servers ignore both.',
          helper: 'There is more than one SPF record. Please merge them into one.',
        },
        spfNoNewProvider: {
          text: 'Your new provider is not yet named as allowed to send mail for your address, so your mail may land in junk folders.',
          helper: 'The SPF record does not include the new provider: {{record}}',
        },
        spfOpen: {
          text: 'Anyone may send mail pretending to be you; other servers cannot tell it apart.',
          helper: 'The SPF record allows every server (+all or no all): {{record}}',
        },
        spfNeutralAll: {
          text: 'Other servers are told not to judge mail from your address, which helps little against fakes.',
          helper: 'The SPF record ends in ?all; -all or ~all would be better: {{record}}',
        },
        dkimOk: {
          text: 'Your mail is signed, so other servers can tell it has not been changed on the way.',
          helper: 'DKIM key found (selector {{selectors}}).',
        },
        dkimRevoked: {
          text: 'The signature key for your mail has been withdrawn, so signed mail cannot be checked.',
          helper: 'The DKIM key is empty (revoked) for selector {{selectors}}.',
        },
        dkimMissing: {
          text: 'Your mail is not signed, so it may land in junk folders more often.',
          helper: 'No DKIM key found for the selector from the kit ({{selectors}}).',
        },
        dkimNotFound: {
          text: 'Switchover could not find a signature key, but your provider may use a name it does not know.',
          helper: 'No DKIM key under the common selectors; please check the provider’s selector.',
        },
        dmarcOk: {
          text: 'Other servers know what to do with fake mail in your name.',
          helper: 'DMARC is fine (policy {{policy}}).',
        },
        dmarcMissing: {
          text: 'Other servers are not told what to do with fake mail in your name.',
          helper: 'There is no DMARC record at _dmarc. Please add one (p=quarantine or p=reject).',
        },
        dmarcMultiple: {
          text: 'Your address has two conflicting entries about fake mail, so other servers ignore both.',
          helper: 'There is more than one DMARC record. Please keep only one.',
        },
        dmarcPolicyNone: {
          text: 'Other servers are told to let fake mail in your name through.',
          helper:
            'DMARC policy is p=none; once everything works, p=quarantine or p=reject is better.',
        },
        dmarcInvalid: {
          text: 'The entry about fake mail in your name cannot be read by other servers.',
          helper: 'The DMARC record has no valid policy: {{record}}',
        },
        ptrOk: {
          text: 'The server that receives your mail has a proper name.',
          helper: 'Reverse DNS (PTR) of {{host}} matches.',
        },
        ptrMissing: {
          text: 'The server that receives your mail has no proper name, which some other servers dislike.',
          helper: 'No PTR record for the address of {{host}}.',
        },
        ptrMismatch: {
          text: 'The name of the server that receives your mail does not quite match its address.',
          helper: 'The PTR of {{host}} does not lead back to its address.',
        },
        ptrNoAddress: {
          text: 'Switchover could not find the address of the server that receives your mail.',
          helper: 'The MX host {{host}} has no address.',
        },
      },
    },
  },
};

export type Messages = typeof en;
