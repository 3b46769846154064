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
      'Esta configuración llegó por una conexión no protegida. Abra «Detalles» y compárela con lo que le indique la persona que le ayuda o su proveedor.',
    confirmLabel: 'He comprobado la configuración',
    confirmMissing: 'Compruebe primero la configuración y después marque la casilla.',
    passwordMissing: 'Escriba su contraseña.',
    opensInBrowser: '(se abre en su navegador)',
    instructionsTitle: 'Su proveedor indica:',
    checkSettings: 'Compruebe la configuración en «Detalles», más abajo, y después inicie sesión.',
  },
  source: {
    kit: 'Preparado por la persona que le ayuda',
    provider: 'Se encontró la configuración de su proveedor',
    'provider-http': 'Se encontró la configuración de su proveedor; compruébela, por favor',
    ispdb: 'Se encontró la configuración de su proveedor',
    mx: 'Se encontró la configuración de su proveedor',
    srv: 'Se encontró la configuración de su proveedor',
    guess: 'Configuración supuesta; compruébela, por favor',
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
    genericNext:
      'Inténtelo de nuevo. Si vuelve a pasar, pregunte a la persona que le ayuda y enséñele los detalles.',
  },
  copy: {
    intro:
      'Arrastre una carpeta de su cuenta antigua a la nueva, o cópielo todo de una vez. No se borra nada de su cuenta antigua, y copiar de nuevo nunca crea duplicados.',
    startFailed: 'No se pudo empezar a copiar.',
    loadingFolders: 'Revisando las carpetas de ambas cuentas…',
    interrupted:
      'La última copia se detuvo antes de terminar (se copiaron {{done}} de {{total}} mensajes).',
    continue: 'Seguir donde se detuvo',
    dragHint:
      'Arrastre una carpeta a su cuenta nueva para que mantenga su lugar, o sobre una carpeta de allí para ponerla dentro. Sin ratón: elija una carpeta y luego «Copiar a…».',
    copyTo: 'Copiar a…',
    copyToHint: 'Elija primero una carpeta de su cuenta antigua.',
    copyToSelected: 'Elegida: {{folder}}',
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
      counts_one: '{{done}} de {{total}} mensaje copiado',
      counts_other: '{{done}} de {{total}} mensajes copiados',
      folder: 'Copiando ahora: {{folder}}',
      pause: 'Pausar',
      resume: 'Seguir',
      cancel: 'Dejar de copiar',
      safeToClose:
        'Puede cerrar esta ventana: la copia continúa, y la encontrará aquí de nuevo cuando vuelva.',
    },
    report: {
      titleDone: 'Su correo está copiado',
      titleIncomplete: 'La mayor parte de su correo está copiada',
      titleCancelled: 'Usted detuvo la copia',
      titleFailed: 'La copia no terminó',
      failedNext: 'Vuelva a intentarlo. Lo que ya está copiado sigue copiado.',
      allThere_one: 'El mensaje ({{n}}) está en su cuenta nueva.',
      allThere_other: 'Los {{n}} mensajes están en su cuenta nueva.',
      nothingNew_one: 'Nada nuevo que copiar: el mensaje ({{n}}) ya estaba en su cuenta nueva.',
      nothingNew_other: 'Nada nuevo que copiar: los {{n}} mensajes ya estaban en su cuenta nueva.',
      someThere_one: '{{n}} de {{total}} mensaje está en su cuenta nueva.',
      someThere_other: '{{n}} de {{total}} mensajes están en su cuenta nueva.',
      cancelled_one:
        'Se copió {{n}} mensaje antes de que usted parara. Copiar de nuevo sigue donde se detuvo.',
      cancelled_other:
        'Se copiaron {{n}} mensajes antes de que usted parara. Copiar de nuevo sigue donde se detuvo.',
      quotaFull_one: 'Su cuenta nueva está llena: {{n}} mensaje no cupo.',
      quotaFull_other: 'Su cuenta nueva está llena: {{n}} mensajes no cupieron.',
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
      tableCaption: 'Mensajes en cada carpeta',
      folderColumn: 'Carpeta',
      oldColumn: 'Cuenta antigua',
      newColumn: 'Cuenta nueva',
    },
  },
  comingSoon: 'Este paso estará disponible pronto.',
  errors: {
    disconnected:
      'Esta ventana ha perdido el contacto con Switchover. Compruebe que Switchover sigue abierto y vuelva a intentarlo.',
    unauthorized:
      'Esta ventana no tiene permiso para comunicarse con Switchover. Ciérrela y vuelva a abrir Switchover.',
    internal: 'Algo ha salido mal dentro de Switchover. Vuelva a intentarlo.',
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
};
