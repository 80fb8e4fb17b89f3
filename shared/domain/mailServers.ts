/** How a mail server connection is protected: implicit TLS, an upgrade with STARTTLS, or none (localhost only). */
export const MAIL_SECURITY = ['tls', 'starttls', 'none'] as const;
export type MailSecurity = (typeof MAIL_SECURITY)[number];

/** The standard port for each protocol and protection (RFC 8314 for the TLS ones). */
export const DEFAULT_MAIL_PORTS: Record<'imap' | 'smtp', Record<MailSecurity, number>> = {
  imap: { tls: 993, starttls: 143, none: 143 },
  smtp: { tls: 465, starttls: 587, none: 25 },
};
