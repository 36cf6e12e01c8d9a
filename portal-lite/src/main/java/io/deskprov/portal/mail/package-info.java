/**
 * Mail: templates in German and English queued on the store's outbox inside the transaction
 * that causes them, and a {@link io.deskprov.portal.mail.MailSender} that drains the outbox over
 * SMTP or into a directory of .eml files. Entry points: {@link io.deskprov.portal.mail.Mailer},
 * {@link io.deskprov.portal.mail.MailSettings}.
 */
@NullMarked
package io.deskprov.portal.mail;

import org.jspecify.annotations.NullMarked;
