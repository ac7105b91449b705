package de.stammkunde.service.purchases;

import de.stammkunde.domain.purchases.SaleProblem;
import de.stammkunde.service.Refusal;
import java.util.List;

/** A sale that was not booked because of what was entered; nothing was written. */
public final class SaleRejectedException extends RuntimeException implements Refusal {

    private final List<SaleProblem> problems;

    public SaleRejectedException(List<SaleProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<SaleProblem> problems() {
        return problems;
    }
}
