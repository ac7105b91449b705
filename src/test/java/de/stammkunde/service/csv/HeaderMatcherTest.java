package de.stammkunde.service.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Header names as spreadsheets on different systems write them. */
class HeaderMatcherTest {

    private final HeaderMatcher<CustomerColumn> matcher = new HeaderMatcher<>(CustomerColumn.values());

    @Test
    void umlautsWrittenAsALetterAndACombiningMarkAreRecognised() {
        // As a Mac may save "Tätigkeit" and "Straße": "a" followed by U+0308. "Tätigkeit" was an unknown column.
        assertEquals(Optional.of(CustomerColumn.OCCUPATION), matcher.forHeader("Ta\u0308tigkeit"));
        assertEquals(Optional.of(CustomerColumn.OCCUPATION), matcher.forHeader("Tätigkeit"));
        assertEquals(Optional.of(CustomerColumn.LAST_NAME), matcher.forHeader("NACHNAME"));
    }
}
