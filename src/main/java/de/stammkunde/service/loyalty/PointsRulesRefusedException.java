package de.stammkunde.service.loyalty;

import de.stammkunde.service.Refusal;
import java.util.List;

/**
 * Points rules the service will not save: {@link #problems()} names each broken rule as in
 * {@link de.stammkunde.domain.loyalty.PointsMath#PROBLEMS}, each with a text under {@code points.rules.<name>}.
 */
public final class PointsRulesRefusedException extends IllegalArgumentException implements Refusal {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public PointsRulesRefusedException(List<String> problems) {
        super("Invalid points rules: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
