package io.deskprov.portal.order;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

import io.deskprov.portal.http.Json;
import io.deskprov.store.company.Product;
import io.deskprov.store.order.ItemKind;
import io.deskprov.store.order.NewOrderItem;
import io.deskprov.store.order.Order;
import io.deskprov.store.order.OrderItem;

/**
 * The lines a workplace order becomes: a WORKPLACE line with the workplace order, and an ADD_ON
 * line for each add-on package booked with it, naming its product. Running the order records on
 * every line the workplace it made.
 */
public final class OrderLines {
    private OrderLines() {
    }

    /** The lines to place for the workplace order. */
    static List<NewOrderItem> of(WorkplaceOrder order) {
        final List<NewOrderItem> lines = new ArrayList<>();
        lines.add(new NewOrderItem(ItemKind.WORKPLACE, Json.writeString(order)));
        for (Product product : order.addOns()) {
            lines.add(new NewOrderItem(ItemKind.ADD_ON, Json.writeString(new AddOn(product))));
        }
        return lines;
    }

    /** The workplace order a WORKPLACE line holds. */
    public static WorkplaceOrder workplace(OrderItem line) {
        if (line.kind() != ItemKind.WORKPLACE) {
            throw new IllegalArgumentException("line " + line.id() + ": " + line.kind() + " (expected: WORKPLACE)");
        }
        return Json.readStored(line.payload(), WorkplaceOrder.class);
    }

    /** The package an ADD_ON line books. */
    static Product addOn(OrderItem line) {
        if (line.kind() != ItemKind.ADD_ON) {
            throw new IllegalArgumentException("line " + line.id() + ": " + line.kind() + " (expected: ADD_ON)");
        }
        return Json.readStored(line.payload(), AddOn.class).product();
    }

    /**
     * The add-on packages the order books with its workplace. An order placed before add-ons
     * became lines of their own has none; the clients its WORKPLACE line names count instead.
     */
    public static List<Product> addOns(Order order) {
        final List<Product> lines = order.items().stream()
                                         .filter(item -> item.kind() == ItemKind.ADD_ON)
                                         .map(OrderLines::addOn)
                                         .toList();
        if (!lines.isEmpty()) {
            return lines;
        }
        return order.items().stream()
                    .filter(item -> item.kind() == ItemKind.WORKPLACE)
                    .flatMap(item -> workplace(item).addOns().stream())
                    .toList();
    }

    /** What an ADD_ON line keeps. */
    record AddOn(Product product) {

        AddOn {
            requireNonNull(product, "product");
            if (!product.isAddOn()) {
                throw new IllegalArgumentException("product: " + product + " (expected: an add-on package)");
            }
        }
    }
}
