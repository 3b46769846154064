import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { ServerSettings } from '../contract';
import type { Network } from '../net';
import { providerTlsOptions } from '../net';

/** A password, or an OAuth2 access token (nodemailer then speaks XOAUTH2). */
export type SmtpCredential = { password: string } | { accessToken: string };

export interface SmtpTransportOptions {
  network: Network;
  credential: SmtpCredential;
  /** Connect, greeting and each reply (the socket gets twice this). */
  timeoutMs: number;
  /** A bunyan-shaped logger for the SMTP conversation (never the message: no `debug`). */
  logger?: SMTPTransport.Options['logger'];
}

/**
 * The one nodemailer transport (sign-in check and send test). nodemailer resolves host names
 * with the system's DNS and takes no `lookup`, so it connects to `address`, resolved through the
 * app's network (resolveProvider), and verifies the certificate against the host name (SNI too).
 * STARTTLS is demanded where the settings say so and never skipped; plain only to loopback.
 */
export function createSmtpTransport(
  server: ServerSettings,
  address: string,
  options: SmtpTransportOptions,
): Transporter<SMTPTransport.SentMessageInfo> {
  const { network, credential, timeoutMs } = options;
  return nodemailer.createTransport({
    host: address,
    port: network.port(server.port),
    secure: server.security === 'tls',
    requireTLS: server.security === 'starttls',
    ignoreTLS: server.security === 'plain',
    auth:
      'password' in credential
        ? { user: server.username, pass: credential.password }
        : { type: 'OAuth2', user: server.username, accessToken: credential.accessToken },
    tls: providerTlsOptions(server.host, network.ca),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs * 2,
    logger: options.logger ?? false,
    transactionLog: options.logger !== undefined,
    debug: false,
  });
}
