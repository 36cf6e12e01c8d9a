package io.deskprov.portal.mail;

/** Hands one mail to whatever delivers it. */
interface MailTransport {

    /**
     * Sends the mail.
     *
     * @throws PermanentMailException if retrying cannot help, such as a refused recipient
     * @throws Exception for anything that may pass, such as a server that is down
     */
    void send(String from, String to, String subject, String body) throws Exception;
}
