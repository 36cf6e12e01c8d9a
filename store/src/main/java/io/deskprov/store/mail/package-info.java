/**
 * The mail outbox: mails wait here until an SMTP server took them, their bodies sealed since they
 * may carry temporary passwords. Entry point: {@link io.deskprov.store.mail.MailOutboxRepository}.
 */
@NullMarked
package io.deskprov.store.mail;

import org.jspecify.annotations.NullMarked;
