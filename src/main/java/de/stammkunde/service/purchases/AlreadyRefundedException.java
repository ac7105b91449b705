package de.stammkunde.service.purchases;

import de.stammkunde.service.Refusal;

/** The purchase was refunded already (perhaps a moment ago at another counter), or is itself a refund. */
public final class AlreadyRefundedException extends RuntimeException implements Refusal {

    public AlreadyRefundedException(long purchaseId) {
        super("Purchase " + purchaseId + " cannot be refunded again");
    }
}
