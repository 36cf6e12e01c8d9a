package io.deskprov.portal.mail;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

import io.deskprov.portal.PortalSettings;
import io.deskprov.store.Store;
import io.deskprov.store.Tx;
import io.deskprov.store.account.Account;
import io.deskprov.store.account.Role;
import io.deskprov.store.account.RoleName;
import io.deskprov.store.company.Group;
import io.deskprov.store.workplace.Workplace;

/**
 * Queues the portal's mails on the outbox, in the caller's transaction, so that a mail goes out
 * exactly when the change it tells of is committed.
 */
public final class Mailer {
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                                                                       .withZone(ZoneOffset.UTC);

    private final Store store;
    private final PortalSettings settings;

    public Mailer(Store store, PortalSettings settings) {
        this.store = requireNonNull(store, "store");
        this.settings = requireNonNull(settings, "settings");
    }

    /** The mail that tells a new account its username and where to log in first. */
    public void activation(Tx tx, Account account) throws SQLException {
        queue(tx, account, "activation", Map.of("username", account.username(),
                                               "link", settings.firstLoginLink(account.username())));
    }

    /** The mail with a temporary password; the outbox seals it and clears it once sent. */
    public void temporaryPassword(Tx tx, Account account, String password, Instant expiresAt) throws SQLException {
        queue(tx, account, "temporary-password", Map.of("username", account.username(), "password", password,
                                                       "expires", UTC_TIME.format(expiresAt),
                                                       "link", settings.baseUrl().toString()));
    }

    private void queue(Tx tx, Account account, String template, Map<String, String> values) throws SQLException {
        final MailTemplates.Rendered mail = MailTemplates.render(template, language(tx, account), values);
        store.mailOutbox().enqueue(tx, account.email(), mail.subject(), mail.body());
    }

    /** The language of the user's group, else of the admin's company's default group, else English. */
    private String language(Tx tx, Account account) throws SQLException {
        for (Role role : account.roles()) {
            if (role.role() == RoleName.USER && role.workplaceId() != null) {
                final Optional<Workplace> workplace = store.workplaces().find(tx, role.workplaceId());
                final Optional<Group> group = workplace.isEmpty() ? Optional.empty()
                                              : store.groups().find(tx, workplace.get().groupId());
                if (group.isPresent()) {
                    return group.get().language();
                }
            }
        }
        for (Role role : account.roles()) {
            if (role.role() == RoleName.ADMIN && role.companyId() != null) {
                return store.groups().listForCompany(tx, role.companyId()).stream()
                            .filter(Group::isDefault).map(Group::language).findFirst().orElse("en");
            }
        }
        return "en";
    }
}
