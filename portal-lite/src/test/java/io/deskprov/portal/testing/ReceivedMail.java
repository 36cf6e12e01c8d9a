package io.deskprov.portal.testing;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/** A mail as it reached the directory or the SMTP server. */
public record ReceivedMail(String to, String subject, String body) {

    public static ReceivedMail of(MimeMessage message) throws Exception {
        return new ReceivedMail(message.getRecipients(Message.RecipientType.TO)[0].toString(), message.getSubject(),
                                String.valueOf(message.getContent()).replace("\r\n", "\n"));
    }
}
