package de.stammkunde.domain.purchases;

import java.math.BigDecimal;

/** One line of a receipt: a product or category, how many, at what price. */
public record PurchaseItem(String description, BigDecimal quantity, BigDecimal unitPrice) {

    public BigDecimal lineTotal() {
        return Money.of(quantity.multiply(unitPrice));
    }
}
