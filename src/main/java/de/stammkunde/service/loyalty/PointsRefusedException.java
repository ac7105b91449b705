package de.stammkunde.service.loyalty;

import de.stammkunde.service.Refusal;

/** A redemption or correction the rules do not allow; {@code reason} picks the user's message. */
public final class PointsRefusedException extends RuntimeException implements Refusal {

    public enum Reason {
        /** more points than the balance */
        INSUFFICIENT,
        /** fewer points than the owner's minimum */
        BELOW_MINIMUM,
        /** the points are worth more than is left to pay */
        MORE_THAN_PAYABLE,
        /** a manual correction without a reason */
        REASON_MISSING,
        /** a manual correction's reason longer than {@link LoyaltyService#MAX_REASON} characters */
        REASON_TOO_LONG,
        /** zero or negative points asked for */
        NOT_POSITIVE,
        /** a manual correction of more than {@link LoyaltyService#MAX_CORRECTION} points either way */
        CORRECTION_TOO_LARGE,
        /** a manual correction that would lift the balance above {@link LoyaltyService#MAX_CORRECTION} */
        BALANCE_TOO_HIGH
    }

    private final Reason reason;
    private final int balance;

    public PointsRefusedException(Reason reason, int balance) {
        super(reason + " (balance " + balance + ")");
        this.reason = reason;
        this.balance = balance;
    }

    public Reason reason() {
        return reason;
    }

    public int balance() {
        return balance;
    }
}
