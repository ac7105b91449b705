package de.stammkunde.service.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.app.AppContext;
import de.stammkunde.data.Database;
import de.stammkunde.data.TestDatabases;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.MergeParticipant;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** A feature that adds a table pointing at customers must also move its rows when customers merge. */
class MergeCoverageTest {

    @Test
    void everyForeignKeyToCustomerIsMovedOrKeptByTheMerge() {
        Database db = TestDatabases.h2();
        try (AppContext app = new AppContext(Path.of("unused"), db, new Messages(Locale.GERMAN),
                CustomerServiceTest.CLOCK)) {
            List<String> foreignKeys = TestDatabases.foreignKeysTo(db, "customer");
            Set<String> referencing = new TreeSet<>(foreignKeys);
            assertTrue(referencing.contains("customer_tag.customer_id"), "the query finds foreign keys");
            Set<String> covered = new HashSet<>(CustomerService.ownMergeColumns());
            for (MergeParticipant participant : app.customers().mergeParticipants()) {
                covered.addAll(participant.columns());
            }

            referencing.removeAll(covered);

            assertEquals(Set.of(), referencing);
        }
    }
}
