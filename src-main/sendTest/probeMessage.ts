import crypto from 'node:crypto';
import type { Language } from '../contract';

/** The header that tags a probe; the watcher searches for it (SEARCH HEADER). */
export const probeHeader = 'X-Switchover-Probe';

export const probeSubject = 'Switchover test — you can delete this';

const bodies: Record<Language, string> = {
  en: 'Hello!\n\nThis is a test message from Switchover. It checks that your new email address can send and receive mail.\n\nEverything is fine if you can read this. You can delete this message.\n',
  de: 'Hallo!\n\nDas ist eine Testnachricht von Switchover. Sie prüft, ob Ihre neue E-Mail-Adresse Nachrichten senden und empfangen kann.\n\nWenn Sie das lesen können, ist alles in Ordnung. Sie können diese Nachricht löschen.\n',
  fr: 'Bonjour !\n\nCeci est un message de test envoyé par Switchover. Il vérifie que votre nouvelle adresse e-mail peut envoyer et recevoir des messages.\n\nSi vous pouvez lire ceci, tout va bien. Vous pouvez supprimer ce message.\n',
  es: '¡Hola!\n\nEste es un mensaje de prueba de Switchover. Comprueba que su nueva dirección de correo puede enviar y recibir mensajes.\n\nSi puede leer esto, todo está bien. Puede borrar este mensaje.\n',
};

export interface ProbeMessage {
  token: string;
  messageId: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  headers: Record<string, string>;
}

/** A uniquely tagged message from the new address to itself (and to `extra` when given). */
export function probeMessage(address: string, language: Language, extra?: string): ProbeMessage {
  const token = crypto.randomUUID();
  const domain = address.slice(address.lastIndexOf('@') + 1) || 'switchover.invalid';
  const to = extra && extra.toLowerCase() !== address.toLowerCase() ? [address, extra] : [address];
  return {
    token,
    messageId: `<switchover-probe-${token}@${domain}>`,
    from: address,
    to,
    subject: probeSubject,
    text: bodies[language],
    headers: { [probeHeader]: token },
  };
}
