package io.deskprov.portal.order;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.deskprov.portal.auth.Caller;
import io.deskprov.portal.device.PhoneModels;
import io.deskprov.portal.http.ApiException;
import io.deskprov.portal.http.Json;
import io.deskprov.store.Store;
import io.deskprov.store.company.Group;
import io.deskprov.store.order.ItemKind;
import io.deskprov.store.session.CartItem;

/** The cart of an admin's login session; it ends with the session. */
public final class CartService {
    private final Store store;
    private final Clock clock;
    private final PhoneModels models;

    public CartService(Store store, Clock clock, PhoneModels models) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
        this.models = requireNonNull(models, "models");
    }

    /**
     * Adds a workplace order to the cart.
     *
     * @throws ApiException 400 for bad input or an activation date already past in the group's
     *         time zone, 404 for a group of another company, 409 {@code MAC_TAKEN} for a phone
     *         deskprov knows already or the cart holds
     */
    CartLine add(Caller admin, OrderRequest request) {
        final String session = admin.requiredSession();
        final WorkplaceOrder order = request.toOrder(models);
        return store.transaction(tx -> {
            final Group group = CompanyGroups.require(store, tx, admin.companyId(), order.groupId());
            final Set<String> inCart = store.carts().list(tx, session).stream()
                                            .flatMap(i -> CartLine.of(i).workplace().deskPhones().stream())
                                            .map(WorkplaceOrder.DeskPhone::mac)
                                            .collect(Collectors.toSet());
            for (WorkplaceOrder.DeskPhone phone : order.deskPhones()) {
                if (inCart.contains(phone.mac()) || store.devices().findByMac(tx, phone.macAddress()).isPresent()) {
                    throw ApiException.conflict("MAC_TAKEN", "a desk phone with MAC " + phone.mac()
                                                + " is already registered or in the cart");
                }
            }
            final LocalDate today = CompanyGroups.today(group, clock.instant());
            final LocalDate date = request.activationDate() == null ? today : request.activationDate();
            if (date.isBefore(today)) {
                throw ApiException.badRequest("ACTIVATION_DATE_PAST", "activationDate: " + date
                        + " has passed in " + group.timeZone() + " (expected: " + today + " or later)");
            }
            final CartItem item = store.carts().add(tx, session, admin.companyId(), ItemKind.WORKPLACE,
                                                    Json.writeString(order), date);
            store.auditLog().append(tx, admin.audit(admin.companyId(), "cart.add", "cart_item", item.id(),
                                                    order.firstName() + ' ' + order.lastName(), clock.instant()));
            return CartLine.of(item);
        });
    }

    List<CartLine> list(Caller admin) {
        final String session = admin.requiredSession();
        return store.transaction(tx -> store.carts().list(tx, session)).stream().map(CartLine::of).toList();
    }

    /** @throws ApiException 404 when the session's cart has no such line */
    void remove(Caller admin, long itemId) {
        final String session = admin.requiredSession();
        store.inTransaction(tx -> {
            if (!store.carts().remove(tx, itemId, session)) {
                throw ApiException.notFound("cart item " + itemId);
            }
            store.auditLog().append(tx, admin.audit(admin.companyId(), "cart.remove", "cart_item", itemId, null,
                                                    clock.instant()));
        });
    }
}
