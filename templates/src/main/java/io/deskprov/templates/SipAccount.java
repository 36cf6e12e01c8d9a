package io.deskprov.templates;

import static io.deskprov.templates.internal.Fields.nonBlankLine;
import static io.deskprov.templates.internal.Fields.oneLine;

/**
 * One SIP account (line) to register on the phone.
 *
 * @param userName the SIP user part of the address of record
 * @param authUserName the digest user name; often equal to {@code userName}
 * @param password the digest password; never logged or shown by {@link #toString()}
 * @param domain the SIP domain; also the registrar unless the {@code sip.server} parameter names one
 * @param displayName the caller name sent with calls
 * @param label the text the phone shows beside the line key; empty to show the user name
 */
public record SipAccount(String userName, String authUserName, String password, String domain,
                         String displayName, String label) {

    public SipAccount {
        nonBlankLine("userName", userName);
        nonBlankLine("authUserName", authUserName);
        oneLine("password", password);
        nonBlankLine("domain", domain);
        oneLine("displayName", displayName);
        oneLine("label", label);
    }

    @Override
    public String toString() {
        return "SipAccount[" + userName + '@' + domain + ", authUserName=" + authUserName + ", password=********]";
    }
}
