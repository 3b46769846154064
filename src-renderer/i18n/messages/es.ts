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
  comingSoon: 'Este paso estará disponible pronto.',
  errors: {
    disconnected:
      'Esta ventana ha perdido el contacto con Switchover. Compruebe que Switchover sigue abierto y vuelva a intentarlo.',
    unauthorized:
      'Esta ventana no tiene permiso para comunicarse con Switchover. Ciérrela y vuelva a abrir Switchover.',
    internal: 'Algo ha salido mal dentro de Switchover. Vuelva a intentarlo.',
  },
};
