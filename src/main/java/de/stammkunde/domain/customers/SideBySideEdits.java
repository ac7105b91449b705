package de.stammkunde.domain.customers;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Two edits of one customer made side by side from the same state, e.g. a form left open while a sale
 * made the prospect active: each field takes the edit that changed it. Where both changed the same
 * field (one consent channel counts as a field) to different values, there is no answer.
 */
public final class SideBySideEdits {

    private boolean conflict;

    private SideBySideEdits() {
    }

    /**
     * {@code mine} on top of {@code theirs}, both edits of {@code base}; empty where they changed a
     * field each their own way.
     */
    public static Optional<CustomerDetails> combine(CustomerDetails base, CustomerDetails mine,
            CustomerDetails theirs) {
        SideBySideEdits edits = new SideBySideEdits();
        Map<ConsentChannel, Consent> consents = new EnumMap<>(ConsentChannel.class);
        for (ConsentChannel channel : ConsentChannel.values()) {
            Consent consent = edits.pick(base.consents().get(channel), mine.consents().get(channel),
                    theirs.consents().get(channel));
            if (consent != null) {
                consents.put(channel, consent);
            }
        }
        CustomerDetails combined = new CustomerDetails(
                edits.pick(base.gender(), mine.gender(), theirs.gender()),
                edits.pick(base.firstName(), mine.firstName(), theirs.firstName()),
                edits.pick(base.lastName(), mine.lastName(), theirs.lastName()),
                edits.pick(base.company(), mine.company(), theirs.company()),
                edits.pick(base.street(), mine.street(), theirs.street()),
                edits.pick(base.postcode(), mine.postcode(), theirs.postcode()),
                edits.pick(base.city(), mine.city(), theirs.city()),
                edits.pick(base.country(), mine.country(), theirs.country()),
                edits.pick(base.phone(), mine.phone(), theirs.phone()),
                edits.pick(base.mobile(), mine.mobile(), theirs.mobile()),
                edits.pick(base.email(), mine.email(), theirs.email()),
                edits.pick(base.birthDate(), mine.birthDate(), theirs.birthDate()),
                edits.pick(base.occupation(), mine.occupation(), theirs.occupation()),
                edits.pick(base.notes(), mine.notes(), theirs.notes()),
                edits.pick(base.status(), mine.status(), theirs.status()),
                edits.pick(base.tags(), mine.tags(), theirs.tags()),
                consents);
        return edits.conflict ? Optional.empty() : Optional.of(combined);
    }

    private <T> T pick(T base, T mine, T theirs) {
        if (Objects.equals(mine, base)) {
            return theirs;
        }
        if (!Objects.equals(theirs, base) && !Objects.equals(theirs, mine)) {
            conflict = true;
        }
        return mine;
    }
}
