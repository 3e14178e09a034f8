import nodemailer from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** Stable per notice, so a mail that did leave twice can be recognised as one by the receiving side. */
  messageId: string;
}

export interface Mailer {
  enabled: boolean;
  send(mail: OutgoingMail): Promise<void>;
}

/** SMTP through nodemailer when SMTP_URL is set; otherwise e-mail is off and notices go to the inbox only. */
export function createMailer({ url, from }: { url: string | undefined; from: string }): Mailer {
  if (!url) {
    return {
      enabled: false,
      send: () => Promise.reject(new Error('e-mail is not configured')),
    };
  }
  const transport = nodemailer.createTransport({
    url,
    // A stuck mail server must not hold a job (or a shutdown) for nodemailer's default ten minutes.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    enabled: true,
    async send(mail) {
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: mail.messageId,
      });
    },
  };
}
