package de.stammkunde.domain.loyalty;

/** Why a ledger row exists. */
public enum PointsKind {
    EARN, REDEEM, EXPIRE, REVERSAL, CORRECTION
}
