package de.stammkunde.service.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.stammkunde.domain.customers.CustomerListRow;
import de.stammkunde.domain.customers.CustomerStatus;
import de.stammkunde.domain.customers.SearchableRow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tag filter's choices follow every change to the index, although they are worked out once per state. */
class CustomerIndexTagsTest {

    private static SearchableRow row(long id, String lastName, String... tags) {
        return new SearchableRow(new CustomerListRow(id, "K-" + id, "", lastName, "", "", "", "", "", "",
                CustomerStatus.ACTIVE, false, 0, List.of(tags), lastName.toLowerCase()), "|" + lastName.toLowerCase() + "|");
    }

    @Test
    void tagsFollowLoadPutAndRemove() {
        CustomerIndex index = new CustomerIndex();
        index.load(List.of(row(1, "Adler", "Kaffee", "Tee"), row(2, "Berg", "kaffee")));
        assertEquals(List.of("Kaffee", "Tee"), index.tags());
        assertEquals(List.of("Kaffee", "Tee"), index.tags(), "asked twice, same answer");

        index.put(row(3, "Cramer", "Bio"));
        assertEquals(List.of("Bio", "Kaffee", "Tee"), index.tags());

        index.put(row(1, "Adler"));
        assertEquals(List.of("Bio", "kaffee"), index.tags(), "Tee was Adler's only; Berg now spells Kaffee first");

        index.remove(3);
        assertEquals(List.of("kaffee"), index.tags());
    }
}
