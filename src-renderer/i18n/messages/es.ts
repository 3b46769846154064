import type { Messages } from './en';

export const es: Messages = {
  app: {
    name: 'Switchover',
  },
  steps: {
    label: 'Pasos',
    progress: 'Paso {{current}} de {{total}}',
    completed: 'completado',
    welcome: 'Bienvenida',
    oldAccount: 'Su correo antiguo',
    newAccount: 'Su correo nuevo',
    copy: 'Copiar su correo',
    test: 'Enviar una prueba',
    complete: '¿Se ha completado el cambio?',
    done: 'Listo',
  },
  buttons: {
    back: 'Atrás',
    next: 'Siguiente',
    start: 'Empezar',
    retry: 'Intentar de nuevo',
    continue: 'Continuar',
    signIn: 'Iniciar sesión',
    useDifferent: 'Usar otra cuenta',
    openKit: 'Abrir kit…',
  },
  welcome: {
    title: 'Le damos la bienvenida a Switchover',
    intro: 'Switchover traslada sus correos de su cuenta antigua a la nueva, paso a paso.',
    reassurance:
      'No se borra nada de su cuenta antigua. Al final, Switchover comprueba que el correo nuevo llega de verdad a su cuenta nueva.',
    version: 'Versión {{version}}',
    loading: 'Un momento, por favor…',
  },
  language: {
    label: 'Idioma',
  },
  account: {
    oldIntro:
      'Escriba la dirección de la cuenta de correo que deja. Switchover solo la lee y nunca borra nada en ella.',
    newIntro:
      'Escriba la dirección de su nueva cuenta de correo: la cuenta a la que se mudan sus correos.',
    newIntroKit:
      'La persona que le ayuda ya ha rellenado su cuenta nueva. Solo tiene que escribir su contraseña.',
    emailLabel: 'Su dirección de correo',
    emailHint: 'Por ejemplo: nombre@ejemplo.es',
    emailInvalid: 'Escriba su dirección de correo completa, por ejemplo nombre@ejemplo.es.',
    detecting: 'Buscando la configuración de su proveedor…',
    passwordLabel: 'Contraseña',
    passwordHint: 'La contraseña que usa para leer este correo.',
    showPassword: 'Mostrar la contraseña',
    signingIn: 'Comprobando su contraseña…',
    signingInNew: 'Comprobando su contraseña y que puede enviar correo…',
    signedIn: 'Sesión iniciada ✓',
    signedInAs: 'Switchover ya puede abrir {{email}}.',
    sessionOnly:
      'Este ordenador no tiene un lugar seguro para guardar su contraseña, así que Switchover solo la guarda hasta que lo cierre. Es posible que se la pida de nuevo la próxima vez.',
    removing: 'Un momento…',
    nextBlocked: 'Primero inicie sesión; después podrá continuar.',
    confirmIntro:
      'Esta configuración llegó por una conexión no protegida. Compare los nombres de servidor de abajo con lo que le indique la persona que le ayuda o su proveedor.',
    confirmDns:
      'Esta configuración se encontró en la guía de direcciones de internet (DNS), que quien gestiona esta red podría falsificar. Compare los nombres de servidor de abajo con lo que le indique la persona que le ayuda o su proveedor.',
    confirmServers: 'Switchover enviaría su contraseña a:',
    confirmLabel: 'He comprobado la configuración',
    confirmMissing: 'Compruebe primero la configuración y después marque la casilla.',
    passwordMissing: 'Escriba su contraseña.',
    opensInBrowser: '(se abre en su navegador)',
    instructionsTitle: 'Su proveedor indica:',
    checkSettings: 'Compruebe la configuración en «Detalles», más abajo, y después inicie sesión.',
    newPassword: {
      action: 'Escribir una contraseña nueva',
      legend: 'Contraseña nueva para {{email}}',
      intro:
        'Si ha cambiado su contraseña, o ha creado una contraseña de aplicación para Switchover, escríbala aquí. Su configuración no cambia.',
      save: 'Guardar la contraseña nueva',
      cancel: 'Cancelar',
      saving: 'Comprobando la contraseña nueva…',
      savingNew: 'Comprobando la contraseña nueva y que puede enviar correo…',
      saved: 'Contraseña nueva guardada. Switchover ha vuelto a iniciar sesión.',
      rejected:
        'La contraseña guardada ya no funciona. Si la ha cambiado, o ha creado una contraseña de aplicación, escriba la nueva.',
    },
    oauth: {
      intro:
        'Inicie sesión en la propia página de {{provider}}. Se abre en su navegador, y su contraseña se queda en {{provider}}.',
      button: 'Iniciar sesión con {{provider}}',
      waitingTitle: 'Termine de iniciar sesión en su navegador',
      waitingText:
        'La página de inicio de sesión de {{provider}} está abierta en su navegador. Inicie sesión allí y permita que Switchover abra su correo; después vuelva aquí.',
      timeLimit: 'Tiene {{minutes}} minutos para hacerlo. Después, simplemente empiece de nuevo.',
      openAgain: 'Abrir otra vez la página de inicio de sesión',
      checking: 'Sesión iniciada. Switchover comprueba que su correo es accesible así…',
      cancel: 'Cancelar',
      waitingStatus: 'Esperando a que termine de iniciar sesión en su navegador…',
      orAppPassword: 'O use una contraseña de aplicación',
      orPassword: 'O inicie sesión con su contraseña',
      unavailableTitle: 'Esta versión de Switchover no puede iniciar sesión con {{provider}}',
      unavailableHelper:
        'Pregunte a la persona que le ayuda: puede mudar su correo de otra forma, por ejemplo con Thunderbird, o conseguirle una versión de Switchover que pueda iniciar sesión con {{provider}}. Enséñele este mensaje.',
      unavailableAppPassword:
        'Aun así puede iniciar sesión con una contraseña de aplicación, como se explica abajo.',
      unavailablePassword: 'Aun así puede iniciar sesión con su contraseña abajo.',
      signedInWith: 'Sesión iniciada con {{provider}}',
      sessionOnly:
        'Este ordenador no tiene un lugar seguro para guardar su inicio de sesión, así que Switchover lo guarda solo hasta que lo cierre. Puede que tenga que iniciar sesión otra vez la próxima vez.',
      again: 'Iniciar sesión otra vez con {{provider}}',
      rejected:
        '{{provider}} ya no deja que Switchover abra este correo. Inicie sesión otra vez con {{provider}}.',
      signedInAgain: 'Sesión iniciada otra vez con {{provider}}.',
    },
  },
  source: {
    kit: 'Preparado por la persona que le ayuda',
    provider: 'Se encontró la configuración de su proveedor',
    'provider-http': 'Se encontró la configuración de su proveedor; compruébela, por favor',
    ispdb: 'Se encontró la configuración de su proveedor',
    mx: 'Se encontró la configuración de su proveedor',
    srv: 'Se encontró la configuración de su proveedor',
    guess: 'Configuración supuesta; compruébela, por favor',
    unconfirmed: 'Se encontró una configuración para su dirección; compruébela, por favor',
    manual: 'Configuración escrita por usted',
  },
  details: {
    summary: 'Detalles',
    source: 'De dónde viene la configuración: {{source}}',
    sourceNames: {
      kit: 'el kit de Switchover de la persona que le ayuda',
      provider: 'el archivo autoconfig del proveedor (HTTPS)',
      'provider-http': 'el archivo autoconfig del proveedor por HTTP simple (sin protección)',
      ispdb: 'la base de datos de proveedores de Thunderbird (ISPDB)',
      mx: 'los registros MX y luego el archivo autoconfig del servidor de correo',
      srv: 'los registros DNS SRV (RFC 6186)',
      guess: 'nombres de servidor supuestos, aceptados solo con un certificado válido',
      manual: 'escrita a mano',
    },
    imap: 'Recibir correo (IMAP)',
    smtp: 'Enviar correo (SMTP)',
    host: 'Dirección del servidor',
    port: 'Número de puerto',
    security: 'Seguridad',
    securityTls: 'SSL/TLS (cifrado desde el principio)',
    securityStarttls: 'STARTTLS (cifrado activado tras conectar)',
    securityPlain: 'Ninguna (solo para este ordenador)',
    username: 'Nombre de usuario',
    hostInvalid: 'Escriba un nombre de servidor, por ejemplo imap.ejemplo.es.',
    portInvalid: 'Escriba un número del 1 al 65535.',
    usernameInvalid: 'Escriba el nombre de usuario (a menudo, su dirección de correo).',
    technical: 'Para la persona que le ayuda: {{message}}',
    errorCode: 'Código de error: {{code}}',
    problemSummary: 'Detalles de este problema',
    adminCode: 'Código para su administrador: {{code}}',
  },
  cards: {
    heading: '{{provider}}: haga esto primero',
    headingNoPassword: '{{provider}}: Switchover todavía no puede iniciar sesión aquí',
    gmail:
      'Gmail no acepta su contraseña normal desde programas como Switchover. Active la verificación en dos pasos en su cuenta de Google, cree una contraseña de aplicación y escríbala abajo en lugar de su contraseña normal.',
    gmailMore:
      'Con una cuenta de Google del trabajo o del centro de estudios, puede que el administrador haya desactivado el acceso para programas de correo (IMAP). En ese caso, pídale que lo active.',
    microsoft:
      'Outlook.com, Hotmail, Live y Microsoft 365 ya no dejan que los programas inicien sesión solo con una contraseña, y Switchover todavía no puede usar la página de inicio de sesión de Microsoft.',
    microsoftMore:
      'La persona que le ayuda puede mudar su correo de otra forma, por ejemplo con Thunderbird o reenviando el correo nuevo a su nueva dirección. Enséñele este mensaje.',
    yahoo:
      'Yahoo Mail necesita una contraseña de aplicación para programas como Switchover. En la configuración de seguridad de su cuenta de Yahoo, elija «Generar contraseña de aplicación» y escríbala abajo en lugar de la normal.',
    aol: 'AOL Mail necesita una contraseña de aplicación para programas como Switchover. En la configuración de seguridad de su cuenta de AOL, elija «Generar contraseña de aplicación» y escríbala abajo en lugar de la normal.',
    icloud:
      'iCloud Mail necesita una contraseña específica para apps. En su cuenta de Apple, abra «Inicio de sesión y seguridad» y luego «Contraseñas específicas para apps», cree una y escríbala abajo en lugar de la contraseña de su cuenta de Apple.',
    gmx: 'En GMX primero hay que activar el acceso para programas de correo: en el correo web de GMX, abra los ajustes, luego «POP3 & IMAP», y permita el acceso. Después escriba abajo su contraseña normal de GMX.',
    webde:
      'En WEB.DE primero hay que activar el acceso para programas de correo: en el correo web de WEB.DE, abra los ajustes, luego «POP3 & IMAP», y permita el acceso. Después escriba abajo su contraseña normal de WEB.DE.',
    fastmail:
      'Fastmail necesita una contraseña de aplicación para programas como Switchover. En los ajustes de Fastmail, abra «Privacidad y seguridad» y luego «Contraseñas de aplicación», cree una con acceso a su correo y escríbala abajo.',
    linkCreateAppPassword: 'Crear una contraseña de aplicación',
    linkAppPassword: 'Cómo funcionan las contraseñas de aplicación en {{provider}}',
    linkAccount: 'Abrir la seguridad de su cuenta de {{provider}}',
    linkEnableImap: 'Permitir el acceso para programas de correo',
    linkHelp: 'Leer la página de ayuda de {{provider}}',
  },
  kit: {
    greeting: 'Preparado para usted por {{name}}',
    contact: 'Si algo no está claro, puede contactar aquí: {{contact}}',
    question:
      '¿La persona que le ayuda le ha enviado un kit de Switchover? Ábralo y su cuenta nueva se rellenará por usted.',
    opening: 'Abriendo el kit…',
    opened: 'El kit de {{name}} está abierto: su cuenta nueva se rellenará por usted.',
    dropHint: 'También puede arrastrar el archivo del kit a esta ventana.',
  },
  serverNames: {
    incoming: 'Correo entrante: {{host}}',
    outgoing: 'Correo saliente: {{host}}',
  },
  kitOffer: {
    title: '¿Usar estos ajustes para su nuevo correo?',
    from: '{{name}} le envió ajustes para su nuevo correo. Úselos solo si los esperaba de {{name}}.',
    servers: 'Switchover enviaría la contraseña de su nuevo correo a estos servidores:',
    replaces: 'Sustituirían los ajustes de {{name}} que abrió antes.',
    unrelated:
      'Cuidado: {{hosts}} no forma parte de {{domain}}. Si no sabe por qué, no use estos ajustes y pregunte a quien le ayuda.',
    accept: 'Usar estos ajustes',
    decline: 'No usarlos',
  },
  signInErrors: {
    authFailed: {
      text: 'La dirección de correo o la contraseña no es correcta.',
      next: 'Compruebe la contraseña (¿están activadas las mayúsculas?) e inténtelo de nuevo.',
    },
    authAppPasswordRequired: {
      text: 'Su proveedor no acepta aquí su contraseña normal: necesita una contraseña de aplicación.',
      next: 'Cree una contraseña de aplicación en la configuración de su cuenta del proveedor y escríbala en lugar de su contraseña normal.',
    },
    authOauthOnly: {
      text: 'Su proveedor solo deja entrar a los programas a través de su propia página de inicio de sesión, que Switchover todavía no puede usar.',
      next: 'Pregunte a la persona que le ayuda: puede mudar este correo de otra forma.',
    },
    imapDisabled: {
      text: 'El acceso para programas de correo está desactivado en esta cuenta.',
      next: 'Actívelo en los ajustes de su correo web (suele llamarse «IMAP» o «POP/IMAP») e inténtelo de nuevo.',
    },
    netDnsNotFound: {
      text: 'Switchover no encontró en internet el servidor de correo de su proveedor.',
      next: 'Compruebe que la dirección de correo no tenga errores y que este ordenador esté conectado.',
    },
    netUnreachable: {
      text: 'Switchover no pudo conectar con el servidor de correo de su proveedor.',
      next: 'Compruebe que este ordenador está conectado a internet e inténtelo de nuevo. Si vuelve a pasar, quizá un cortafuegos bloquee los programas de correo.',
    },
    netTimeout: {
      text: 'El servidor de correo de su proveedor no respondió a tiempo.',
      next: 'Espere un momento e inténtelo de nuevo.',
    },
    tlsUntrusted: {
      text: 'Switchover no pudo asegurarse de que habla de verdad con su proveedor, así que no envió su contraseña.',
      next: 'Compruebe la dirección del servidor en «Detalles» o pregunte a la persona que le ayuda.',
    },
    tlsSelfSigned:
      'El certificado de seguridad del servidor lo creó el propio servidor, no una autoridad reconocida.',
    tlsExpired: 'El certificado de seguridad del servidor ha caducado.',
    tlsWrongHost: 'El certificado de seguridad del servidor pertenece a otro nombre.',
    tlsNotYetValid:
      'El certificado de seguridad del servidor todavía no es válido (¿es correcta la fecha de este ordenador?).',
    tlsUntrustedIssuer:
      'El certificado de seguridad del servidor procede de una autoridad que este ordenador no reconoce.',
    tlsRequired: {
      text: 'El servidor de correo no ofrece una conexión protegida, así que Switchover no envió su contraseña.',
      next: 'Pida la configuración correcta a la persona que le ayuda o a su proveedor. Switchover nunca envía una contraseña sin protección.',
    },
    smtpAuthFailed: {
      text: 'Recibir correo funciona, pero el servidor de envío no aceptó el nombre de usuario o la contraseña.',
      next: 'Compruebe la configuración de envío en «Detalles» o pregunte a la persona que le ayuda.',
    },
    smtpPortBlocked: {
      text: 'Parece que esta red bloquea el envío de correo (puerto 587).',
      next: 'En «Detalles», ponga el servidor de envío en el puerto 465 con «SSL/TLS» y vuelva a iniciar sesión.',
    },
    settingsNotFound: {
      text: 'Switchover no encontró por sí solo la configuración de esta dirección.',
      next: 'Abra «Detalles» y escriba la configuración del servidor que le dio su proveedor o la persona que le ayuda.',
    },
    vaultUnavailable: {
      text: 'Switchover no pudo guardar su contraseña de forma segura en este ordenador.',
      next: 'Inténtelo de nuevo. Si vuelve a pasar, pregunte a la persona que le ayuda.',
    },
    kitInvalid: {
      text: 'Este archivo no es un kit de Switchover que Switchover pueda leer.',
      next: 'Pida a la persona que le ayuda que le envíe el kit otra vez.',
    },
    oauthCancelled: {
      text: 'Usted detuvo el inicio de sesión.',
      next: 'Cuando esté listo, pulse otra vez el botón para iniciar sesión.',
    },
    oauthTimeout: {
      text: 'El inicio de sesión en la página de su proveedor no terminó a tiempo.',
      next: 'Pulse otra vez el botón para iniciar sesión y termine en su navegador.',
    },
    oauthConsentRefused: {
      text: 'En la página de inicio de sesión no se permitió que Switchover abra su correo.',
      next: 'Empiece de nuevo y, cuando la página lo pregunte, permita que Switchover abra su correo. Switchover solo lo lee y lo copia.',
    },
    oauthWrongAccount: {
      text: 'En su navegador inició sesión con una cuenta distinta de la que escribió aquí.',
      next: 'Empiece de nuevo y elija la misma dirección en la página de inicio de sesión.',
      textNamed: 'En su navegador inició sesión como {{chosen}}, no como {{expected}}.',
      nextNamed:
        'Empiece de nuevo y elija {{expected}} en la página de inicio de sesión. Si la página le identifica sola como otra persona, cierre allí la sesión primero.',
    },
    oauthRevoked: {
      text: 'Su proveedor ya no deja que Switchover abra este correo: el permiso se retiró o caducó.',
      next: 'Inicie sesión otra vez en la página de su proveedor.',
    },
    oauthBlocked: {
      text: 'El administrador de su cuenta del trabajo o de la escuela no ha permitido que Switchover abra este correo.',
      next: 'Pida a su administrador que permita Switchover y enséñele el código de «Detalles de este problema». O pida a la persona que le ayuda que mude su correo de otra forma.',
    },
    oauthNoClientId: {
      text: 'Esta versión de Switchover no puede iniciar sesión con la propia página de su proveedor.',
      next: 'Pregunte a la persona que le ayuda: puede mudar su correo de otra forma, o conseguirle una versión de Switchover que sí pueda.',
    },
    oauthFailed: {
      text: 'El inicio de sesión en la página de su proveedor no funcionó.',
      next: 'Inténtelo de nuevo en un momento. Si vuelve a pasar, pregunte a la persona que le ayuda y enséñele los detalles de abajo.',
    },
    genericNext:
      'Inténtelo de nuevo. Si vuelve a pasar, pregunte a la persona que le ayuda y enséñele los detalles.',
  },
  copy: {
    intro:
      'Arrastre una carpeta de su cuenta antigua a la nueva, o cópielo todo de una vez. No se borra nada de su cuenta antigua, y copiar de nuevo nunca crea duplicados.',
    loadingFolders: 'Revisando las carpetas de ambas cuentas…',
    interrupted:
      'La última copia se detuvo antes de terminar (se copiaron {{done}} de {{total}} mensajes).',
    continue: 'Seguir donde se detuvo',
    dragHint:
      'Arrastre una carpeta a su cuenta nueva para que mantenga su lugar, o sobre una carpeta de allí para ponerla dentro. Sin ratón: elija una carpeta y luego «Copiar a…».',
    copyTo: 'Copiar a…',
    copyToHint: 'Elija primero una carpeta de su cuenta antigua.',
    copyToSelected: 'Elegida: {{folder}}',
    size: {
      bytes_one: '{{n}} byte',
      bytes_other: '{{n}} bytes',
    },
    errors: {
      busy: 'Ya hay una copia en marcha. Espere a que termine, o deténgala primero.',
      cancelled: 'La copia se detuvo. Si vuelve a copiar, sigue donde se detuvo.',
      noJob: 'Ahora mismo no hay ninguna copia en marcha.',
      quotaExceeded:
        'Su buzón nuevo está lleno y el resto no cupo. Libere espacio allí o pida ayuda a quien le ayuda; si vuelve a copiar, la copia sigue donde se detuvo.',
      messageTooBig:
        'Un mensaje es demasiado grande para su nuevo proveedor. Sigue a salvo en su cuenta antigua.',
      connectionLost:
        'Se cortó la conexión con uno de los servidores de correo. Compruebe su conexión a internet; si vuelve a copiar, la copia sigue donde se detuvo.',
      serverUnreadable:
        'Uno de los servidores de correo envió una respuesta que Switchover no puede leer. Vuelva a intentarlo más tarde; si vuelve a copiar, la copia sigue donde se detuvo.',
      tooManyConnections:
        'Uno de los servidores de correo tiene demasiadas conexiones abiertas en este momento. Espere unos minutos; si vuelve a copiar, la copia sigue donde se detuvo.',
      network:
        'No se puede llegar a uno de los servidores de correo. Compruebe su conexión a internet y vuelva a intentarlo.',
      authFailed:
        'No se aceptó la contraseña de una de sus cuentas; quizá se cambió. Vuelva atrás e inicie sesión de nuevo.',
      accountMissing: 'Inicie sesión primero en su cuenta antigua y en su cuenta nueva.',
      oauthRevoked:
        'Su proveedor ya no deja que Switchover abra una de sus cuentas. Vuelva atrás e inicie sesión otra vez.',
      oauthBlocked:
        'El administrador de su cuenta del trabajo o de la escuela no permite que Switchover abra su correo. Pregúntele a él o a la persona que le ayuda.',
      providerThrottled:
        'Uno de sus proveedores de correo pidió a Switchover que fuera más despacio, y siguió pidiéndolo. Espere unos minutos; si vuelve a copiar, la copia sigue donde se detuvo.',
      providerUnavailable:
        'Uno de sus proveedores de correo no está disponible en este momento. Espere unos minutos; si vuelve a copiar, la copia sigue donde se detuvo.',
      providerDailyLimit:
        'Uno de sus proveedores de correo solo deja a Switchover copiar cierta cantidad al día, y la parte de hoy ya se agotó. Inténtelo mañana; si vuelve a copiar, la copia sigue donde se detuvo.',
      signInAgain: 'Volver a iniciar sesión',
    },
    roles: {
      inbox: 'Bandeja de entrada',
      sent: 'Enviados',
      drafts: 'Borradores',
      trash: 'Papelera',
      junk: 'Correo no deseado',
      archive: 'Archivo',
    },
    tree: {
      oldTitle: 'Su cuenta antigua',
      newTitle: 'Su cuenta nueva',
      oldListLabel: 'Carpetas de su cuenta antigua',
      newListLabel: 'Carpetas de su cuenta nueva',
      wholeAccount: 'Todo {{email}}',
      container: 'solo contiene carpetas',
      messages_one: '{{n}} mensaje',
      messages_other: '{{n}} mensajes',
      recounting: 'contando de nuevo…',
    },
    everything: {
      button: 'Copiar todo',
      hint_one: '{{n}} mensaje, todas las carpetas, como se indica en «Adónde va cada carpeta».',
      hint_other: '{{n}} mensajes, todas las carpetas, como se indica en «Adónde va cada carpeta».',
      started: 'Copiando todo.',
    },
    plan: {
      summary_one: 'Adónde va cada carpeta ({{count}} carpeta)',
      summary_other: 'Adónde va cada carpeta ({{count}} carpetas)',
      mapping: '{{source}} va a {{target}}',
      skipped: '{{source}}: no se copia',
      skipDropped: 'usted la dejó fuera',
      skipVirtual: 'sus mensajes ya están en sus otras carpetas',
      change: 'Cambiar…',
      changeLabel: 'Cambiar adónde va {{folder}}',
      leaveOut: 'Dejar fuera',
      leaveOutLabel: 'Dejar fuera {{folder}}',
      include: 'Copiarla igualmente',
      includeLabel: 'Copiar {{folder}} igualmente',
      changed: 'Se cambió adónde va {{folder}}.',
    },
    labels: {
      unlabelled: 'Mensajes sin etiqueta',
      unlabelledNote: 'los mensajes que usted archivó',
      question: '¿Cómo se conservan sus etiquetas?',
      keywords: 'Conservar las etiquetas como marcas, cada mensaje una vez',
      keywordsRecommended:
        'Conservar las etiquetas como marcas, cada mensaje una vez (recomendado)',
      keywordsHint:
        'Un mensaje va a la carpeta de su primera etiqueta en la lista de abajo; sus otras etiquetas lo acompañan como marcas.',
      keywordsLost:
        'Un mensaje va a la carpeta de su primera etiqueta en la lista de abajo; sus otras etiquetas se pierden.',
      folders: 'Una copia en la carpeta de cada etiqueta',
      foldersRecommended: 'Una copia en la carpeta de cada etiqueta (recomendado)',
      foldersHint:
        'Un mensaje con tres etiquetas está en las tres carpetas. Ocupa más espacio en su cuenta nueva.',
      noTags:
        'Su cuenta nueva no puede guardar marcas. Para que no se pierda ninguna etiqueta, la carpeta de cada etiqueta recibe su propia copia del mensaje.',
      orderTitle:
        'Sus etiquetas, en orden: un mensaje con varias etiquetas va a la carpeta de la primera.',
      foldersTitle: 'Sus etiquetas: cada una se convierte en una carpeta.',
      othersTitle: 'Otras carpetas',
      place_ordinal_one: '{{count}}.º',
      place_ordinal_two: '{{count}}.º',
      place_ordinal_few: '{{count}}.º',
      place_ordinal_other: '{{count}}.º',
      moveUp: 'Subir',
      moveUpLabel: 'Subir {{folder}}',
      putFirst: 'Poner en primer lugar',
      putFirstLabel: 'Poner {{folder}} en primer lugar',
      moved: '{{folder}} está ahora en el {{place}} lugar.',
    },
    dialog: {
      title: '¿Adónde debe ir «{{folder}}»?',
      where: 'Ponerla',
      keepPlace: 'En el mismo lugar que en su cuenta antigua',
      inside: 'Dentro de «{{folder}}»',
      confirm: 'Copiarla allí',
      save: 'Ponerla allí',
      cancel: 'Cancelar',
    },
    drop: {
      created: 'Se creará {{target}}.',
      exists: 'Va a {{target}}, que ya existe.',
      keepPlace: 'Cada carpeta mantiene su lugar.',
      started: 'Copiando {{folder}}. {{result}}',
    },
    progress: {
      title: 'Copiando su correo',
      titlePaused: 'La copia está en pausa',
      percent: '{{percent}} % hecho',
      preparing: 'Preparando: comparando ambas cuentas…',
      verifying: 'Comprobando que todo ha llegado…',
      paused: 'En pausa. No se pierde nada; pulse «Seguir» para continuar.',
      estimating: 'Calculando cuánto tardará…',
      lessThanMinute: 'queda menos de un minuto',
      minutesLeft_one: 'queda aproximadamente {{count}} minuto',
      minutesLeft_other: 'quedan aproximadamente {{count}} minutos',
      hoursLeft_one: 'queda aproximadamente {{count}} hora',
      hoursLeft_other: 'quedan aproximadamente {{count}} horas',
      daysLeft_one: 'queda aproximadamente {{count}} día',
      daysLeft_other: 'quedan aproximadamente {{count}} días',
      counts_one: '{{done}} de {{total}} mensaje copiado',
      counts_other: '{{done}} de {{total}} mensajes copiados',
      folder: 'Copiando ahora: {{folder}}',
      pause: 'Pausar',
      resume: 'Seguir',
      cancel: 'Dejar de copiar',
      cancelQuestion: '¿Dejar de copiar ahora?',
      cancelExplain:
        'Lo que ya está copiado se queda en su cuenta nueva. Si vuelve a copiar más tarde, la copia sigue donde se detuvo.',
      cancelKeep: 'No, seguir copiando',
      cancelYes: 'Sí, dejar de copiar',
      safeToClose:
        'Puede cerrar esta ventana: la copia continúa, y la encontrará aquí de nuevo cuando vuelva.',
    },
    wait: {
      throttled:
        'Uno de sus proveedores de correo pidió a Switchover que fuera más despacio un momento. No se pierde nada.',
      unavailable: 'Uno de sus proveedores de correo está ocupado un momento. No se pierde nada.',
      other: 'Switchover espera un momento a uno de sus proveedores de correo. No se pierde nada.',
      throttled_old:
        'Su proveedor de correo antiguo pidió a Switchover que fuera más despacio un momento. No se pierde nada.',
      throttled_new:
        'Su proveedor de correo nuevo pidió a Switchover que fuera más despacio un momento. No se pierde nada.',
      unavailable_old: 'Su proveedor de correo antiguo está ocupado un momento. No se pierde nada.',
      unavailable_new: 'Su proveedor de correo nuevo está ocupado un momento. No se pierde nada.',
      other_old:
        'Switchover espera un momento a su proveedor de correo antiguo. No se pierde nada.',
      other_new: 'Switchover espera un momento a su proveedor de correo nuevo. No se pierde nada.',
      inSeconds_one: 'La copia sigue por sí sola en {{count}} segundo.',
      inSeconds_other: 'La copia sigue por sí sola en {{count}} segundos.',
      inMinutes_one: 'La copia sigue por sí sola en aproximadamente {{count}} minuto.',
      inMinutes_other: 'La copia sigue por sí sola en aproximadamente {{count}} minutos.',
      phase: 'esperando un momento a su proveedor de correo',
    },
    waiting: {
      title: 'La copia sigue {{when}}',
      phase: 'la parte de hoy está copiada',
      limit:
        'Uno de sus proveedores de correo solo deja a Switchover copiar cierta cantidad al día.',
      limitNamed: '{{provider}} deja a Switchover copiar unos {{size}} al día.',
      share: 'La parte de hoy está copiada; la copia sigue por sí sola {{when}}.',
      other:
        'Uno de sus proveedores de correo pidió a Switchover que esperara; la copia sigue por sí sola {{when}}.',
      leaveOpen:
        'Deje Switchover abierto, o vuelva a abrirlo más tarde: la copia sigue donde se detuvo.',
      whenSoon: 'en un momento',
      whenToday_one: 'a la {{time}}',
      whenToday_other: 'a las {{time}}',
      whenTomorrow_one: 'mañana a la {{time}}',
      whenTomorrow_other: 'mañana a las {{time}}',
      whenOnDay_one: 'el {{day}} a la {{time}}',
      whenOnDay_other: 'el {{day}} a las {{time}}',
    },
    schedule: {
      text_one:
        '{{provider}} deja a Switchover copiar unos {{size}} al día: esto lleva aproximadamente {{count}} día. Deje Switchover abierto, o vuelva a abrirlo mañana: la copia sigue donde se detuvo.',
      text_other:
        '{{provider}} deja a Switchover copiar unos {{size}} al día: esto lleva aproximadamente {{count}} días. Deje Switchover abierto, o vuelva a abrirlo mañana: la copia sigue donde se detuvo.',
    },
    report: {
      titleDone: 'Su correo está copiado',
      titleIncomplete: 'La mayor parte de su correo está copiada',
      titleCancelled: 'Usted detuvo la copia',
      titleFailed: 'La copia no terminó',
      failedNext: 'Vuelva a intentarlo. Lo que ya está copiado sigue copiado.',
      allThere_one: 'El mensaje ({{n}}) está en su cuenta nueva.',
      allThere_other: 'Los {{n}} mensajes están en su cuenta nueva.',
      nothingNew_zero: 'Nada que copiar: no había mensajes que copiar.',
      nothingNew_one: 'Nada nuevo que copiar: el mensaje ({{n}}) ya estaba en su cuenta nueva.',
      nothingNew_other: 'Nada nuevo que copiar: los {{n}} mensajes ya estaban en su cuenta nueva.',
      someThere_one: 'Su cuenta nueva tiene {{n}} de {{total}} mensaje.',
      someThere_other: 'Su cuenta nueva tiene {{n}} de los {{total}} mensajes.',
      cancelled_one:
        'Se copió {{n}} mensaje antes de que usted parara. Copiar de nuevo sigue donde se detuvo.',
      cancelled_other:
        'Se copiaron {{n}} mensajes antes de que usted parara. Copiar de nuevo sigue donde se detuvo.',
      quotaFull_one:
        'Su buzón nuevo está lleno: {{n}} mensaje no cupo. Libere espacio allí o pida ayuda a quien le ayuda; si vuelve a copiar, la copia sigue donde se detuvo.',
      quotaFull_other:
        'Su buzón nuevo está lleno: {{n}} mensajes no cupieron. Libere espacio allí o pida ayuda a quien le ayuda; si vuelve a copiar, la copia sigue donde se detuvo.',
      stopped: 'La copia se detuvo por un problema con la conexión.',
      failed_one: 'No se pudo copiar {{n}} mensaje.',
      failed_other: 'No se pudieron copiar {{n}} mensajes.',
      deletedLeft_one: '{{n}} mensaje marcado como borrado se quedó en su cuenta antigua.',
      deletedLeft_other: '{{n}} mensajes marcados como borrados se quedaron en su cuenta antigua.',
      tooBig_one: '{{n}} mensaje era demasiado grande para su nuevo proveedor:',
      tooBig_other: '{{n}} mensajes eran demasiado grandes para su nuevo proveedor:',
      tooBigItem: 'uno de {{size}} en {{folder}}',
      tooBigNext:
        'Siguen seguros en su cuenta antigua. Puede reenviárselos sin el archivo adjunto grande, o pedir ayuda a quien le ayuda.',
      next: 'Lo siguiente: envíe un mensaje de prueba para comprobar que su cuenta nueva recibe correo.',
      again:
        'Puede copiar de nuevo en cualquier momento: lo que ya está allí no se copia dos veces.',
      leftOut_one:
        '{{n}} de {{total}} mensajes están en su cuenta nueva; usted dejó fuera el otro.',
      leftOut_other:
        '{{n}} de {{total}} mensajes están en su cuenta nueva; usted dejó fuera los otros {{left}}.',
      severalTags_one:
        'Uno tenía varias etiquetas: está una sola vez, en la carpeta de su primera etiqueta, con las demás etiquetas conservadas como marcas.',
      severalTags_other:
        '{{n}} tenían varias etiquetas: cada uno está una sola vez, en la carpeta de su primera etiqueta, con las demás etiquetas conservadas como marcas.',
      severalFolders_one: 'Uno tenía varias etiquetas: está en la carpeta de cada una de ellas.',
      severalFolders_other:
        '{{n}} tenían varias etiquetas: cada uno está en la carpeta de cada una de sus etiquetas.',
      severalNoTags_one:
        'Uno tenía varias etiquetas: está una sola vez, en la carpeta de su primera etiqueta; su cuenta nueva no guarda marcas, así que sus otras etiquetas no se conservaron (una copia en la carpeta de cada etiqueta las conserva).',
      severalNoTags_other:
        '{{n}} tenían varias etiquetas: cada uno está una sola vez, en la carpeta de su primera etiqueta; su cuenta nueva no guarda marcas, así que sus otras etiquetas no se conservaron (una copia en la carpeta de cada etiqueta las conserva).',
      unlabelledRow: '{{folder}} (mensajes sin etiqueta)',
      tableCaption: 'Mensajes en cada carpeta',
      folderColumn: 'Carpeta',
      oldColumn: 'Cuenta antigua',
      newColumn: 'Cuenta nueva',
    },
  },
  errors: {
    disconnected:
      'Esta ventana ha perdido el contacto con Switchover. Compruebe que Switchover sigue abierto y vuelva a intentarlo.',
    unauthorized:
      'Esta ventana no tiene permiso para comunicarse con Switchover. Ciérrela y vuelva a abrir Switchover.',
    internal: 'Algo ha salido mal dentro de Switchover. Vuelva a intentarlo.',
    serverUnreadable:
      'El servidor de correo envió una respuesta que Switchover no puede leer. Vuelva a intentarlo más tarde.',
    filesWriteFailed:
      'Switchover no pudo guardar el archivo en este ordenador. Compruebe que queda espacio libre y vuelva a intentarlo.',
    backupCancelled: 'Se detuvo el guardado de su correo antiguo.',
    providerThrottled:
      'Su proveedor de correo pidió a Switchover que fuera más despacio. Espere unos minutos y vuelva a intentarlo.',
    providerUnavailable:
      'Su proveedor de correo no está disponible en este momento. Vuelva a intentarlo en unos minutos.',
    providerDailyLimit:
      'Su proveedor de correo solo deja a Switchover leer cierta cantidad de correo al día, y la parte de hoy ya se agotó. Vuelva a intentarlo mañana.',
    passwordMissing: 'Switchover necesita la contraseña de esta cuenta. Escríbala, por favor.',
  },
  done: {
    intro: 'Su correo se ha mudado. Quedan tres cosas, cada una cuando usted quiera:',
    phone: {
      title: 'Configurar su teléfono',
      intro:
        'Su teléfono también necesita su correo nuevo. Elija la forma que corresponda a su teléfono.',
      loading: 'Obteniendo la configuración para su teléfono…',
      qrLabel:
        'Código QR de la configuración para su teléfono. La cámara de un teléfono que lo enfoque muestra la misma configuración que la lista «Configuración para su teléfono».',
      qrHint: 'Enfoque este código con la cámara de su teléfono para ver allí la configuración.',
      iphoneTitle: 'iPhone o iPad',
      saveProfile: 'Guardar el archivo de configuración para iPhone y iPad',
      saving: 'Guardando…',
      iphoneStep1:
        'Envíe el archivo guardado a su iPhone o iPad (por ejemplo por correo a usted mismo, o con AirDrop) y ábralo allí.',
      iphoneStep2: 'Abra Ajustes, toque «Perfil descargado» y luego «Instalar».',
      iphoneStep3: 'Cuando se lo pida, escriba la contraseña de su correo nuevo.',
      androidTitle: 'Android y otros teléfonos',
      androidText:
        'Abra su aplicación de correo, elija añadir una cuenta y luego «Otra». Escriba su nueva dirección y su contraseña. Si la aplicación pide más, use la configuración de abajo.',
      detailsSummary: 'Configuración para su teléfono',
      tableCaption: 'Configuración para {{address}}',
      settingColumn: 'Ajuste',
      valueColumn: 'Qué escribir',
      address: 'Dirección de correo',
      accountType: 'Tipo de cuenta',
      incomingServer: 'Servidor de correo entrante',
      incomingPort: 'Puerto de entrada',
      incomingSecurity: 'Seguridad de entrada',
      outgoingServer: 'Servidor de correo saliente',
      outgoingPort: 'Puerto de salida',
      outgoingSecurity: 'Seguridad de salida',
      username: 'Nombre de usuario',
      incomingUsername: 'Nombre de usuario (entrada)',
      outgoingUsername: 'Nombre de usuario (salida)',
      password: 'Contraseña',
      passwordValue: 'La contraseña de su correo nuevo',
      securityPlain: 'Ninguna',
    },
    backup: {
      title: 'Guardar una copia de su correo antiguo en este ordenador',
      intro:
        'Switchover guarda cada carpeta de su correo antiguo como archivos en este ordenador. En su correo antiguo no cambia nada.',
      loading: 'Comprobando…',
      start: 'Guardar una copia',
      startAgain: 'Guardar una copia nueva',
      running: 'Guardando su correo antiguo…',
      percent: '{{percent}} por ciento',
      estimating: 'calculando cuánto tarda…',
      lessThanMinute: 'queda menos de un minuto',
      minutesLeft_one: 'queda alrededor de {{count}} minuto',
      minutesLeft_other: 'quedan alrededor de {{count}} minutos',
      hoursLeft_one: 'queda alrededor de {{count}} hora',
      hoursLeft_other: 'quedan alrededor de {{count}} horas',
      counts: '{{done}} de {{total}} mensajes guardados',
      folder: 'Ahora: {{folder}}',
      cancel: 'Detener el guardado',
      stopping: 'Deteniendo…',
      keepsRunning: 'Mientras tanto puede seguir usando Switchover.',
      finished: 'Su correo antiguo está guardado',
      finishedCount_one: '{{count}} mensaje, en «{{place}}».',
      finishedCount_other: '{{count}} mensajes, en «{{place}}».',
      cancelled: 'Se detuvo el guardado de su correo antiguo',
      cancelledNext:
        'No se ha conservado nada guardado a medias. Puede empezar de nuevo cuando quiera.',
      failed: 'El guardado de su correo antiguo no terminó',
    },
    report: {
      titleNamed: 'Guardar un informe para {{helper}}',
      titleUnnamed: 'Guardar un informe para la persona que le ayuda',
      introNamed:
        'Si algo no funcionó, este archivo le cuenta a {{helper}} lo que pasó. No contiene contraseñas ni ninguno de sus mensajes.',
      introUnnamed:
        'Si algo no funcionó, este archivo le cuenta a la persona que le ayuda lo que pasó. No contiene contraseñas ni ninguno de sus mensajes.',
      save: 'Guardar el informe',
      saveAgain: 'Guardar un informe nuevo',
      saving: 'Guardando…',
      sendNamed: 'Envíe este archivo a {{helper}}, por ejemplo por correo.',
      sendUnnamed: 'Envíe este archivo a la persona que le ayuda, por ejemplo por correo.',
    },
    files: {
      savedIn: 'Guardado en «{{place}}».',
      showInFolder: 'Mostrar en la carpeta',
      notShown:
        'Switchover no puede abrir la carpeta desde aquí. La ubicación completa está abajo: puede seleccionarla y copiarla.',
      fullPath: 'Ubicación completa:',
    },
  },
  sendTest: {
    intro:
      'Enviamos un mensaje corto desde su dirección nueva a sí misma y esperamos a que llegue.',
    button: 'Enviar una prueba',
    sendAnother: 'Enviar otra prueba',
    starting: 'Iniciando la prueba…',
    extraLabel: 'Enviar también a (por ejemplo, a un familiar)',
    extraHint: 'Opcional. Después le dice a Switchover si llegó allí.',
    extraInvalid:
      'Escriba una dirección de correo completa, por ejemplo nombre@ejemplo.es, o deje este campo vacío.',
    sending: 'Enviando el mensaje de prueba…',
    waiting_one: 'Esperando a que llegue… {{count}} segundo',
    waiting_other: 'Esperando a que llegue… {{count}} segundos',
    ringValue: '{{elapsed}} de {{total}} segundos como máximo',
    canGoOn:
      'Puede esperar aquí o pasar al siguiente paso: el resultado estará aquí cuando vuelva.',
    arrived_one: 'Llegó en {{count}} segundo ✓',
    arrived_other: 'Llegó en {{count}} segundos ✓',
    arrivedNext: 'Su cuenta de correo nueva envía y recibe mensajes.',
    portNotice:
      'Esta red bloquea la forma habitual de enviar correo, así que Switchover usó otra, y funcionó. Si su programa de correo no puede enviar en esta red, muestre los detalles de abajo a quien le ayuda.',
    failedTitle: 'La prueba no ha funcionado',
    junkTitle: 'Llegó, pero a la carpeta de correo no deseado',
    serverSaid: 'El servidor dijo: «{{words}}»',
    signInAgain: 'Ir a «Su correo nuevo»',
    optional: 'Se recomienda la prueba, pero puede pasar al siguiente paso sin hacerla.',
    extra: {
      alsoTo: 'Enviado también a {{address}}.',
      question: '¿Le llegó el mensaje a {{address}}?',
      askThem: 'Pregúntele (puede tardar unos minutos) y luego dígaselo a Switchover.',
      arrived: 'Llegó',
      notArrived: 'No llegó',
      thanksArrived: '{{address}} lo recibió ✓',
      thanksNotArrived:
        'No le llegó a {{address}}. El correo a otras personas puede tardar: pregunte más tarde y, si sigue sin llegar, dígaselo a quien le ayuda.',
      refused: 'No se pudo enviar el mensaje a {{address}}.',
    },
    details: {
      summary: 'Detalles para quien le ayuda',
      port: 'Servidor de salida (SMTP), puerto {{port}}',
      sentAfter: 'Aceptado por el servidor tras {{ms}} ms',
      arrivedAfter: 'Encontrado en el buzón (IMAP) tras {{ms}} ms',
      messageId: 'Identificador del mensaje (Message-ID): {{id}}',
      transcript: 'Conversación con el servidor de salida (sin contraseñas):',
      noTranscript: 'Switchover no llegó a hablar con el servidor de salida.',
    },
    errors: {
      authFailed: {
        text: 'El servidor de envío no aceptó la contraseña de su cuenta nueva.',
        next: 'Quizá la contraseña cambió desde que inició sesión. Vaya a «Su correo nuevo», inicie sesión de nuevo con la contraseña actual y vuelva a intentarlo.',
      },
      portBlocked: {
        text: 'Esta red bloquea el envío de correo: Switchover probó las dos formas habituales.',
        next: 'Inténtelo de nuevo desde otra red (por ejemplo, en casa) o pregunte a quien le ayuda.',
      },
      tlsUntrusted: {
        text: 'Switchover no pudo asegurarse de que hablaba de verdad con su proveedor nuevo, así que no envió nada.',
        next: 'Pida a quien le ayuda que revise los ajustes de envío.',
      },
      rejected: {
        text: 'El servidor de envío rechazó el mensaje de prueba.',
        next: 'Muestre a quien le ayuda lo que dijo el servidor.',
      },
      relayDenied: {
        text: 'El servidor de envío no quiso hacer llegar el mensaje.',
        next: 'Normalmente significa que los ajustes de envío no son del todo correctos. Pida a quien le ayuda que los revise.',
      },
      senderRejected: {
        text: 'El servidor de envío no le deja enviar desde {{address}}.',
        next: 'Pida a quien le ayuda o a su proveedor que permita enviar desde esta dirección.',
      },
      notArrived: {
        text_one: 'El mensaje de prueba se envió, pero no llegó en {{count}} segundo.',
        text_other: 'El mensaje de prueba se envió, pero no llegó en {{count}} segundos.',
        next: 'A veces el correo tarda. Vuelva a intentarlo en unos minutos; si sigue sin llegar, pregunte a quien le ayuda.',
      },
      inJunk: {
        text_one:
          'El mensaje de prueba llegó tras {{count}} segundo, pero a la carpeta de correo no deseado en lugar de a la bandeja de entrada.',
        text_other:
          'El mensaje de prueba llegó tras {{count}} segundos, pero a la carpeta de correo no deseado en lugar de a la bandeja de entrada.',
        next: 'El envío y la recepción funcionan. Abra la carpeta de correo no deseado de su cuenta nueva y marque el mensaje como «no es correo no deseado». Si vuelve a pasar, pida a quien le ayuda que revise los ajustes antispam de su dirección nueva.',
      },
      accountMissing: {
        text: 'Todavía no ha iniciado sesión en su cuenta de correo nueva.',
        next: 'Vaya a «Su correo nuevo», inicie sesión y luego envíe la prueba.',
      },
    },
  },
  switchComplete: {
    intro:
      'Switchover comprueba adónde van ahora los mensajes enviados a {{address}} y le dice cuándo su cuenta antigua ha dejado de verdad de recibir correo.',
    signInFirst:
      'Primero inicie sesión en su correo antiguo y en el nuevo (pasos 2 y 3) y luego vuelva aquí.',
    loading: 'Estamos mirando adónde va su correo…',
    route: {
      heading: 'Adónde va su correo ahora',
      pictureLabel: 'Adónde van los mensajes enviados a su dirección',
      senders: 'Las personas que le escriben',
      oldBox: 'Su cuenta antigua',
      newBox: 'Su cuenta nueva',
      arrivesHere: 'El correo llega aquí',
      stillArrives: 'El correo todavía llega aquí',
      noLonger: 'Aquí ya no llega correo nuevo',
      notYet: 'Aquí todavía no llega correo',
      someArrives: 'Parte del correo llega aquí',
      notKnown: 'Desconocido por ahora',
      switched: 'Los mensajes enviados a {{address}} ahora van a su cuenta nueva.',
      notSwitched:
        'Todavía no: los mensajes enviados a {{address}} siguen yendo a su cuenta antigua, porque el cambio aún no se ha hecho.',
      mixed:
        'A medias: parte de los mensajes enviados a {{address}} va a su cuenta nueva y parte todavía a la antigua.',
      unknown: 'Switchover no pudo averiguar adónde van ahora los mensajes enviados a {{address}}.',
      notSwitchedNext:
        'Este cambio lo hace la persona que le ayuda. Usted no tiene que hacer nada: esta pantalla lo nota sola.',
      mixedNext: 'Probablemente la persona que le ayuda está en pleno cambio. Espere un poco.',
      unknownNext: 'Compruebe su conexión a internet y pulse «Comprobar ahora».',
      estimate_one:
        'La mayoría de los remitentes usarán su proveedor nuevo en aproximadamente {{count}} hora.',
      estimate_other:
        'La mayoría de los remitentes usarán su proveedor nuevo en aproximadamente {{count}} horas.',
      estimateAfter_one:
        'Una vez hecho el cambio, la mayoría de los remitentes usarán su proveedor nuevo en aproximadamente {{count}} hora.',
      estimateAfter_other:
        'Una vez hecho el cambio, la mayoría de los remitentes usarán su proveedor nuevo en aproximadamente {{count}} horas.',
      cached:
        'Este ordenador todavía recuerda una respuesta anterior durante un rato; la nueva ya está en camino.',
      checkNow: 'Comprobar ahora',
      checking: 'Comprobando…',
      lastChecked_one: 'Última comprobación a la {{time}}.',
      lastChecked_other: 'Última comprobación a las {{time}}.',
      watching_one:
        'Mientras esta pantalla esté abierta, Switchover vuelve a comprobar cada minuto.',
      watching_other:
        'Mientras esta pantalla esté abierta, Switchover vuelve a comprobar cada {{count}} minutos.',
      details: 'Detalles para quien le ayuda',
      resolver: 'Registros MX según el resolvedor de este ordenador:',
      nameServer: 'Registros MX según el servidor de nombres {{server}} ({{address}}):',
      host: '{{exchange}}, prioridad {{priority}}, TTL {{ttl}} s: {{side}}',
      sideNew: 'el proveedor nuevo',
      sideOld: 'no es el proveedor nuevo',
      noRecords: 'ningún registro MX',
      lookupError: 'la consulta falló: {{error}}',
      expected: 'Servidores MX que espera el kit: {{hosts}}',
      estimateBasis: 'Estimación según: {{basis}}',
    },
    probes: {
      heading: 'Mensajes de prueba en ambos sentidos',
      intro:
        'Switchover envía un mensaje de prueba a través de su proveedor antiguo y otro a través del nuevo, ambos a {{address}}, y mira dónde llegan.',
      button: 'Enviar mensajes de prueba en ambos sentidos',
      again: 'Enviar de nuevo los mensajes de prueba',
      starting: 'Iniciando la prueba…',
      sending: 'Enviando los mensajes de prueba…',
      waiting: 'Esperando los mensajes de prueba: quedan {{time}}',
      viaOld: 'Enviado a través de su proveedor antiguo:',
      viaNew: 'Enviado a través de su proveedor nuevo:',
      status: {
        pending: 'todavía no enviado',
        sending: 'enviándose',
        waiting: 'en camino',
        arrivedNew: 'llegó a su cuenta nueva ✓',
        arrivedNewJunk: 'llegó a su cuenta nueva, a la carpeta de correo no deseado',
        arrivedOld: 'llegó a su cuenta antigua',
        notArrived: 'no llegó',
        skipped: 'no enviado, porque Switchover no sabe cómo envía correo su cuenta antigua',
        failed: 'no se pudo enviar',
      },
      skippedNote:
        'Solo se envió la prueba a través de su proveedor nuevo: Switchover no sabe cómo envía correo su cuenta antigua. No pasa nada; quien le ayuda puede comprobar el proveedor antiguo aparte.',
      outcome: {
        done: {
          title: 'Los dos mensajes de prueba llegaron a su cuenta nueva ✓',
          text: 'El correo enviado a su dirección llega a su cuenta nueva, sea cual sea el camino.',
        },
        deliversInternally: {
          title: 'Su proveedor antiguo todavía cree que gestiona su dirección',
          text: 'El mensaje de prueba enviado a través de su proveedor antiguo se quedó en su cuenta antigua, aunque su dirección ya apunta al proveedor nuevo. El correo de otros clientes de su proveedor antiguo todavía puede acabar allí.',
          next: 'Pida a quien le ayuda que quite su dominio {{domain}} en su proveedor antiguo. Después, envíe de nuevo los mensajes de prueba.',
        },
        notSwitched: {
          title: 'Su correo todavía no va a su cuenta nueva',
          text: 'El mensaje de prueba enviado a través de su proveedor nuevo llegó a su cuenta antigua: el cambio aún no se ha hecho, o en algún sitio se recuerda todavía una respuesta anterior.',
          next: 'Espere y luego envíe de nuevo los mensajes de prueba. Mientras tanto, Switchover sigue comprobando.',
        },
        notArrived: {
          title: 'Los mensajes de prueba no llegaron',
          text_one: 'No llegó nada en {{count}} minuto.',
          text_other: 'No llegó nada en {{count}} minutos.',
          next: 'El correo a veces tarda. Espere unos minutos y vuelva a intentarlo; si no llega nada, pregunte a quien le ayuda.',
        },
        sendFailed: {
          title: 'No se pudo enviar un mensaje de prueba',
          text: 'Switchover no pudo enviar uno de los mensajes de prueba.',
          next: 'Vuelva a intentarlo más tarde. Si pasa otra vez, enseñe los detalles de abajo a quien le ayuda.',
        },
      },
      details: 'Detalles para quien le ayuda',
      arrivedAfter:
        '{{via}} encontrado tras {{seconds}} s en la carpeta {{folder}} de la cuenta {{side}}',
    },
    stragglers: {
      heading: 'Correo tardío en su cuenta antigua',
      watching:
        'Switchover vigila su cuenta antigua: lo que todavía llegue allí se copia a su cuenta nueva.',
      copiedToday_one:
        'Hoy llegó {{count}} mensaje a su cuenta antigua y se copió a su cuenta nueva:',
      copiedToday_other:
        'Hoy llegaron {{count}} mensajes a su cuenta antigua y se copiaron a su cuenta nueva:',
      copiedSince_one:
        'Desde el {{date}} llegó {{count}} mensaje a su cuenta antigua y se copió a su cuenta nueva:',
      copiedSince_other:
        'Desde el {{date}} llegaron {{count}} mensajes a su cuenta antigua y se copiaron a su cuenta nueva:',
      item: 'de {{from}}, {{time}}',
      noSubject: '(sin asunto)',
      problem:
        'Switchover no pudo mirar su cuenta antigua hace un momento. Lo volverá a intentar solo.',
    },
    completion: {
      completeTitle: 'Su cambio está completo ✓',
      completeText: 'Su cuenta antigua ya no recibe correo: todo va a su cuenta nueva.',
      keepOld:
        'Conserve su cuenta antigua hasta el {{date}} y luego ciérrela. Algunas personas escriben muy de vez en cuando (una factura anual, por ejemplo); hasta entonces, Switchover sigue copiando lo que llegue allí.',
      notYet: 'El cambio todavía no está completo. Falta:',
      waitingMx: 'que su correo vaya a su proveedor nuevo',
      waitingProbes: 'que los dos mensajes de prueba lleguen a su cuenta nueva',
      waitingQuiet: 'dos días tranquilos sin correo nuevo en su cuenta antigua',
      quietUntil:
        'Si no llega más correo a su cuenta antigua, su cambio estará completo el {{date}}. Puede cerrar Switchover mientras tanto; volverá a comprobar cuando lo abra.',
    },
    newAddress: {
      intro:
        'Ahora usa {{newAddress}}. Su dirección antigua {{address}} sigue recibiendo correo hasta que todos conozcan la nueva.',
      sendersHeading: 'Quién escribe todavía a su dirección antigua',
      loading: 'Estamos mirando su cuenta antigua…',
      none: 'Nadie ha escrito a {{address}} desde el {{date}}.',
      since: 'Desde el {{date}}:',
      sender_one: '{{count}} mensaje, el último el {{date}}',
      sender_other: '{{count}} mensajes, el último el {{date}}',
      tellThem:
        'Dígales su dirección nueva, o cámbiela donde la tengan guardada (por ejemplo en su banco).',
      copyButton: 'Copiar su correo',
      copying: 'Copiando…',
      copied_one: 'Se copió {{count}} mensaje a su cuenta nueva.',
      copied_other: 'Se copiaron {{count}} mensajes a su cuenta nueva.',
      alreadyThere_one: '{{count}} mensaje ya estaba allí.',
      alreadyThere_other: '{{count}} mensajes ya estaban allí.',
      forwardingHeading: 'Reenviar el correo de su dirección antigua',
      forwardingText:
        'Su proveedor antiguo puede reenviar todo lo que llegue a {{address}} a {{newAddress}}. Así ya no tendrá que mirar su cuenta antigua. Quien le ayuda puede configurarlo con usted.',
      forwardingLink: 'Página de su proveedor antiguo ({{site}})',
      forwardingHowTo: 'Cómo reenviar el correo en {{provider}}',
      opensInBrowser: '(se abre en su navegador)',
    },
    health: {
      summary: 'Para quien le ayuda: cómo está configurado su dominio',
      intro:
        'Estas comprobaciones son para quien le ayuda. Enséñele esta parte, o lea lo que sigue a «Dígale a quien le ayuda».',
      loading: 'Comprobando…',
      retry: 'Comprobar de nuevo',
      domain: 'Dominio: {{domain}}',
      tellHelper: 'Dígale a quien le ayuda:',
      verdict: {
        good: 'Bien',
        warning: 'Podría estar mejor',
        bad: 'Hay que arreglarlo',
        unknown: 'Desconocido',
      },
      unknownCode: 'Switchover no tiene una frase para este resultado ({{code}}).',
      codes: {
        spfOk: {
          text: 'Otros servidores de correo pueden comprobar que el correo de su dirección viene de verdad de su proveedor nuevo.',
          helper: 'El SPF está bien: {{record}}',
        },
        spfMissing: {
          text: 'Otros servidores no pueden comprobar desde dónde puede venir el correo de su dirección; puede acabar en el correo no deseado.',
          helper:
            'No hay registro SPF. Añada uno que incluya al proveedor nuevo y termine en -all o ~all.',
        },
        spfMultiple: {
          text: 'Su dirección tiene dos indicaciones contradictorias sobre quién puede enviar su correo; por eso otros servidores no hacen caso a ninguna.',
          helper: 'Hay más de un registro SPF. Únalos en uno solo.',
        },
        spfNoNewProvider: {
          text: 'Su proveedor nuevo todavía no figura como autorizado para enviar correo de su dirección; puede acabar en el correo no deseado.',
          helper: 'El registro SPF no incluye al proveedor nuevo: {{record}}',
        },
        spfOpen: {
          text: 'Cualquiera puede enviar correo haciéndose pasar por usted; otros servidores no pueden distinguirlo.',
          helper: 'El registro SPF permite cualquier servidor (+all o sin all): {{record}}',
        },
        spfNeutralAll: {
          text: 'Se pide a otros servidores que no juzguen el correo de su dirección, lo que protege poco contra falsificaciones.',
          helper: 'El registro SPF termina en ?all; sería mejor -all o ~all: {{record}}',
        },
        dkimOk: {
          text: 'Su correo va firmado: otros servidores ven que no se ha cambiado por el camino.',
          helper: 'Clave DKIM encontrada (selector {{selectors}}).',
        },
        dkimRevoked: {
          text: 'La clave de firma de su correo se ha retirado; el correo firmado no se puede comprobar.',
          helper: 'La clave DKIM está vacía (revocada) para el selector {{selectors}}.',
        },
        dkimMissing: {
          text: 'Su correo no va firmado; puede acabar más a menudo en el correo no deseado.',
          helper: 'No hay clave DKIM para el selector del kit ({{selectors}}).',
        },
        dkimNotFound: {
          text: 'Switchover no encontró una clave de firma, pero puede que su proveedor use un nombre que no conoce.',
          helper:
            'No hay clave DKIM con los selectores habituales; compruebe el selector del proveedor.',
        },
        dmarcOk: {
          text: 'Otros servidores saben qué hacer con el correo falso en su nombre.',
          helper: 'El DMARC está bien (política {{policy}}).',
        },
        dmarcMissing: {
          text: 'A otros servidores no se les dice qué hacer con el correo falso en su nombre.',
          helper: 'No hay registro DMARC en _dmarc. Añada uno (p=quarantine o p=reject).',
        },
        dmarcMultiple: {
          text: 'Su dirección tiene dos indicaciones contradictorias sobre el correo falso; por eso otros servidores no hacen caso a ninguna.',
          helper: 'Hay más de un registro DMARC. Deje solo uno.',
        },
        dmarcPolicyNone: {
          text: 'Se pide a otros servidores que dejen pasar el correo falso en su nombre.',
          helper:
            'La política DMARC es p=none; cuando todo funcione, es mejor p=quarantine o p=reject.',
        },
        dmarcInvalid: {
          text: 'Otros servidores no pueden leer la indicación sobre el correo falso en su nombre.',
          helper: 'El registro DMARC no tiene una política válida: {{record}}',
        },
        ptrOk: {
          text: 'El servidor que recibe su correo tiene un nombre en regla.',
          helper: 'El DNS inverso (PTR) de {{host}} coincide.',
        },
        ptrMissing: {
          text: 'El servidor que recibe su correo no tiene un nombre en regla, lo que a algunos servidores no les gusta.',
          helper: 'No hay registro PTR para la dirección de {{host}}.',
        },
        ptrMismatch: {
          text: 'El nombre del servidor que recibe su correo no coincide del todo con su dirección.',
          helper: 'El PTR de {{host}} no lleva de vuelta a su dirección.',
        },
        ptrNoAddress: {
          text: 'Switchover no encontró la dirección del servidor que recibe su correo.',
          helper: 'El servidor MX {{host}} no tiene dirección.',
        },
      },
    },
  },
};
