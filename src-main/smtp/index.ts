// SMTP for the capabilities: the one nodemailer transport, the redacted conversation, and how a
// refusal or failure becomes a stable code with the server's own words.

export { createSmtpTransport } from './smtpTransport';
export type { SmtpTransportOptions, SmtpCredential } from './smtpTransport';
export { classifySendFailure, classifyRefusal } from './classifySendFailure';
export { SmtpTranscript } from './smtpTranscript';
