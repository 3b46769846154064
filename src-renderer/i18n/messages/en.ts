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
      'These settings came over a connection that is not protected. Please open “Details” and compare them with what your helper or your provider says.',
    confirmLabel: 'I have checked the settings',
    confirmMissing: 'Please check the settings first, then tick the box.',
    passwordMissing: 'Please type your password.',
    opensInBrowser: '(opens in your web browser)',
    instructionsTitle: 'Your provider says:',
    checkSettings: 'Please check the settings under “Details” below, then sign in.',
  },
  source: {
    kit: 'Prepared by your helper',
    provider: 'Found your provider’s settings',
    'provider-http': 'Found your provider’s settings — please check them',
    ispdb: 'Found your provider’s settings',
    mx: 'Found your provider’s settings',
    srv: 'Found your provider’s settings',
    guess: 'Settings guessed — please check',
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
    genericNext:
      'Please try again. If it keeps happening, ask your helper and show them the details.',
  },
  copy: {
    intro:
      'Drag a folder from your old account onto your new one, or copy everything at once. Nothing is deleted from your old account, and copying again never makes doubles.',
    startFailed: 'The copy could not start.',
    loadingFolders: 'Looking at the folders of both accounts…',
    interrupted:
      'The last copy stopped before it was finished ({{done}} of {{total}} messages were copied).',
    continue: 'Continue where it stopped',
    dragHint:
      'Drag a folder onto your new account to keep its place, or onto a folder there to put it inside. Without a mouse: choose a folder, then “Copy to…”.',
    copyTo: 'Copy to…',
    copyToHint: 'Choose a folder of your old account first.',
    copyToSelected: 'Chosen: {{folder}}',
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
      counts_one: '{{done}} of {{total}} message copied',
      counts_other: '{{done}} of {{total}} messages copied',
      folder: 'Now copying: {{folder}}',
      pause: 'Pause',
      resume: 'Continue',
      cancel: 'Stop copying',
      safeToClose:
        'You can close this window: the copy goes on, and you find it here again when you come back.',
    },
    report: {
      titleDone: 'Your mail is copied',
      titleIncomplete: 'Most of your mail is copied',
      titleCancelled: 'You stopped the copy',
      titleFailed: 'The copy did not finish',
      failedNext: 'Please try again. Everything copied so far stays copied.',
      allThere_one: 'The {{n}} message is in your new account.',
      allThere_other: 'All {{n}} messages are in your new account.',
      nothingNew_one: 'Nothing new to copy: the {{n}} message was already in your new account.',
      nothingNew_other: 'Nothing new to copy: all {{n}} messages were already in your new account.',
      someThere_one: '{{n}} of {{total}} message is in your new account.',
      someThere_other: '{{n}} of {{total}} messages are in your new account.',
      cancelled_one:
        '{{n}} message was copied before you stopped. Copying again continues where it stopped.',
      cancelled_other:
        '{{n}} messages were copied before you stopped. Copying again continues where it stopped.',
      quotaFull_one: 'Your new account is full: {{n}} message did not fit.',
      quotaFull_other: 'Your new account is full: {{n}} messages did not fit.',
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
      tableCaption: 'Messages in each folder',
      folderColumn: 'Folder',
      oldColumn: 'Old account',
      newColumn: 'New account',
    },
  },
  comingSoon: 'This step is coming soon.',
  errors: {
    disconnected:
      'This window lost touch with Switchover. Please check that Switchover is still open, then try again.',
    unauthorized:
      'This window is not allowed to talk to Switchover. Please close it and open Switchover again.',
    internal: 'Something went wrong inside Switchover. Please try again.',
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
};

export type Messages = typeof en;
