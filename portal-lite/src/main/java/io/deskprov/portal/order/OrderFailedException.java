package io.deskprov.portal.order;

/** An order that cannot be carried out as it stands; the message is the reason kept in its history. */
final class OrderFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OrderFailedException(String reason) {
        super(reason);
    }
}
