package de.stammkunde.domain.loyalty;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One ledger row: signed points, why, for which purchase, who and when. */
public record PointsEntry(long id, long customerId, PointsKind kind, int points, int remaining, LocalDate expiresOn,
        Long purchaseId, String reason, String createdBy, LocalDateTime createdAt) {
}
