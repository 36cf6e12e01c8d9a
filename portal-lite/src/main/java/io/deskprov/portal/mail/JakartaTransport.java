package io.deskprov.portal.mail;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** Builds MIME messages with Jakarta Mail and either sends them over SMTP or writes them as .eml files. */
final class JakartaTransport implements MailTransport {
    private static final String TIMEOUT_MILLIS = "20000";

    private final MailSettings settings;
    private final Session session;

    JakartaTransport(MailSettings settings) {
        this.settings = settings;
        this.session = Session.getInstance(properties(settings));
    }

    @Override
    public void send(String from, String to, String subject, String body) throws Exception {
        final MimeMessage message;
        try {
            message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from, true));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        } catch (AddressException e) {
            throw new PermanentMailException("unusable address: " + e.getRef(), e);
        }
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.saveChanges();
        final Path directory = settings.directory();
        if (directory != null) {
            write(message, directory);
        } else {
            deliver(message);
        }
    }

    private void deliver(MimeMessage message) throws MessagingException, PermanentMailException {
        try {
            if (settings.username() != null) {
                Transport.send(message, settings.username(), settings.password());
            } else {
                Transport.send(message);
            }
        } catch (SendFailedException e) {
            // The server refused the recipient or sender; sending again gets the same answer.
            if (e.getValidUnsentAddresses() == null || e.getValidUnsentAddresses().length == 0) {
                throw new PermanentMailException("refused by the SMTP server: " + e.getMessage(), e);
            }
            throw e;
        }
    }

    private static void write(MimeMessage message, Path directory) throws Exception {
        Files.createDirectories(directory);
        final Path partial = directory.resolve(UUID.randomUUID() + ".eml.part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            message.writeTo(out);
        }
        // Readers only ever see whole files.
        Files.move(partial, directory.resolve(partial.getFileName().toString().replace(".part", "")),
                   StandardCopyOption.ATOMIC_MOVE);
    }

    private static Properties properties(MailSettings settings) {
        final Properties props = new Properties();
        props.put("mail.smtp.host", settings.host());
        props.put("mail.smtp.port", String.valueOf(settings.port()));
        props.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        props.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        props.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        props.put("mail.smtp.auth", String.valueOf(settings.username() != null));
        switch (settings.security()) {
            case STARTTLS -> {
                props.put("mail.smtp.starttls.enable", "true");
                props.put("mail.smtp.starttls.required", "true");
                props.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case TLS -> {
                props.put("mail.smtp.ssl.enable", "true");
                props.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case PLAIN -> {
            }
        }
        return props;
    }
}
