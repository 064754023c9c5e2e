import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export type MailListener = (mail: Mail) => void;

/**
 * Outgoing mail (password resets, invitations). With SMTP_URL it goes through nodemailer; without,
 * outside production it is written to the log so a developer can follow the link, and in
 * production it is refused loudly (a reset nobody receives must not look sent).
 */
export class Mailer {
  private readonly transport: Transporter | null;
  private readonly listeners: MailListener[] = [];

  constructor(
    smtpUrl: string | null,
    private readonly from: string,
    private readonly logInstead: boolean,
    private readonly log: Logger,
  ) {
    this.transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : null;
  }

  /** Hears every mail handed over for sending (tests read reset links from here). */
  onSend(listener: MailListener): () => void {
    this.listeners.push(listener);
    return () => this.listeners.splice(this.listeners.indexOf(listener), 1);
  }

  async send(mail: Mail): Promise<void> {
    for (const listener of this.listeners) listener(mail);
    if (this.transport) {
      await this.transport.sendMail({ from: this.from, ...mail });
      return;
    }
    if (this.logInstead) {
      this.log.info({ to: mail.to, subject: mail.subject, text: mail.text }, 'mail (no SMTP_URL)');
      return;
    }
    this.log.error({ subject: mail.subject }, 'mail not sent: SMTP_URL is not set');
  }
}
