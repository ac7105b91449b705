package de.stammkunde.domain.customers;

/** Marketing channels that need the customer's consent before the shop may use them. */
public enum ConsentChannel {
    EMAIL, POST, SMS;

    /** Bit of this channel in a compact set of granted channels. */
    public int bit() {
        return 1 << ordinal();
    }
}
