package io.deskprov.portal.order;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import io.deskprov.portal.PortalSettings;
import io.deskprov.portal.account.Usernames;
import io.deskprov.portal.auth.Secrets;
import io.deskprov.portal.device.NewDevices;
import io.deskprov.portal.mail.Mailer;
import io.deskprov.store.Store;
import io.deskprov.store.Tx;
import io.deskprov.store.account.Account;
import io.deskprov.store.account.Role;
import io.deskprov.store.audit.AuditEntry;
import io.deskprov.store.company.Product;
import io.deskprov.store.device.Device;
import io.deskprov.store.order.ItemKind;
import io.deskprov.store.order.Order;
import io.deskprov.store.order.OrderItem;
import io.deskprov.store.sip.NewSipAccount;
import io.deskprov.store.workplace.NewWorkplace;
import io.deskprov.store.workplace.Person;
import io.deskprov.store.workplace.Workplace;

/**
 * Carries out a claimed order in the caller's transaction: for each workplace line the workplace,
 * its user account, its SIP account, its desk phones and the activation mail, and for each add-on
 * line the booking for that workplace, so that either all of it exists afterwards or none.
 */
public final class WorkplaceSetup {
    static final String ACTOR = "order-runner";
    private static final int SIP_SECRET_LENGTH = 24;

    private final Store store;
    private final Clock clock;
    private final Mailer mailer;
    private final PortalSettings settings;

    public WorkplaceSetup(Store store, Clock clock, Mailer mailer, PortalSettings settings) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
        this.mailer = requireNonNull(mailer, "mailer");
        this.settings = requireNonNull(settings, "settings");
    }

    /**
     * Makes what the order's lines buy, books its add-ons for the workplace made, and marks it
     * executed.
     *
     * @throws OrderFailedException when a line cannot be carried out, naming why
     */
    void execute(Tx tx, Order order) throws SQLException {
        final Map<Long, Long> made = new HashMap<>();
        for (OrderItem item : order.items()) {
            if (item.kind() == ItemKind.WORKPLACE) {
                made.put(item.id(), create(tx, order, OrderLines.workplace(item)).id());
            }
        }
        final List<Product> addOns = bookAddOns(order, made);
        store.orders().markExecuted(tx, order.id(), made);
        store.auditLog().append(tx, new AuditEntry(ACTOR, order.companyId(), "order.execute", "order",
                                                   String.valueOf(order.id()), "workplaces "
                                                   + new TreeSet<>(made.values()) + " add-ons " + addOns,
                                                   null, clock.instant()));
    }

    /**
     * Notes each ADD_ON line as booked for the workplace the order made; an order holds one
     * workplace, which its add-ons come with.
     */
    private static List<Product> bookAddOns(Order order, Map<Long, Long> made) {
        final List<Product> booked = new ArrayList<>();
        final Optional<Long> workplace = made.values().stream().findFirst();
        for (OrderItem item : order.items()) {
            if (item.kind() != ItemKind.ADD_ON) {
                continue;
            }
            final Product product = OrderLines.addOn(item);
            if (workplace.isEmpty()) {
                throw new OrderFailedException("add-on " + product + " has no workplace in its order to come with");
            }
            made.put(item.id(), workplace.get());
            booked.add(product);
        }
        return booked;
    }

    private Workplace create(Tx tx, Order order, WorkplaceOrder wanted) throws SQLException {
        checkPhonesFree(tx, wanted);
        final Instant now = clock.instant();
        final long companyId = order.companyId();
        final Workplace workplace = store.workplaces().createActive(
                tx, new NewWorkplace(companyId, wanted.groupId(), wanted.person(), wanted.profile()), now);
        final String username = Usernames.unique(store, tx, wanted.firstName() + '.' + wanted.lastName());
        final Account account = store.accounts().create(tx, username, wanted.email(),
                                                        List.of(Role.user(companyId, workplace.id())));
        store.sipAccounts().create(tx, new NewSipAccount(workplace.id(), sipUsername(wanted.person()),
                                                         "wp" + workplace.id(), settings.sipDomain(),
                                                         wanted.person().fullName(),
                                                         Secrets.secret(SIP_SECRET_LENGTH)));
        for (WorkplaceOrder.DeskPhone phone : wanted.deskPhones()) {
            store.devices().create(tx, NewDevices.of(phone.macAddress(), phone.vendor(), phone.model(), companyId,
                                                     workplace.id()));
        }
        mailer.activation(tx, account);
        return workplace;
    }

    /** The user part of a workplace's SIP account: the number without its plus, which phones dial and register as. */
    public static String sipUsername(Person person) {
        return person.phoneNumber().substring(1);
    }

    private void checkPhonesFree(Tx tx, WorkplaceOrder wanted) throws SQLException {
        for (WorkplaceOrder.DeskPhone phone : wanted.deskPhones()) {
            final Optional<Device> known = store.devices().findByMac(tx, phone.macAddress());
            if (known.isPresent()) {
                throw new OrderFailedException("desk phone " + phone.mac() + " is already registered");
            }
        }
    }
}
