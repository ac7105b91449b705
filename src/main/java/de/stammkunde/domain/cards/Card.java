package de.stammkunde.domain.cards;

import java.time.LocalDateTime;

/** A customer card. A blocked card (lost, stolen) points to the card that replaced it. */
public record Card(long id, String number, long customerId, LocalDateTime issuedAt, String issuedBy,
        LocalDateTime blockedAt, String blockReason, Long replacedById) {

    public boolean isBlocked() {
        return blockedAt != null;
    }
}
