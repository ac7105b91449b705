package de.stammkunde.domain.purchases;

/** What is wrong with a sale as entered; each has a message in the bundles ({@code sale.problem.<name>}). */
public enum SaleProblem {
    TOTAL_MISSING,
    TOTAL_NOT_POSITIVE,
    TOTAL_TOO_LARGE,
    TOTAL_TOO_MANY_DECIMALS,
    ITEM_DESCRIPTION_MISSING,
    ITEM_DESCRIPTION_TOO_LONG,
    ITEM_QUANTITY_NOT_POSITIVE,
    ITEM_QUANTITY_TOO_LARGE,
    ITEM_PRICE_NEGATIVE,
    ITEM_TOO_MANY_DECIMALS,
    ITEMS_DO_NOT_MATCH_TOTAL,
    RECEIPT_TOO_LONG,
    DATE_IN_FUTURE,
    DATE_TOO_EARLY,
    POINTS_NEGATIVE
}
