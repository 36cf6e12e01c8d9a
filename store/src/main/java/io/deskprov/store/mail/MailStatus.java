package io.deskprov.store.mail;

/** Where a mail in the outbox stands. */
public enum MailStatus {
    /** Waiting for its next attempt. */
    PENDING,
    /** Taken by an SMTP server; its body is gone. */
    SENT,
    /** Given up on; an operator must look at it. */
    FAILED
}
