package de.stammkunde.data.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ByIdTest {

    private static ById<String> of(long... ids) {
        ById.Builder<String> builder = new ById.Builder<>();
        for (long id : ids) {
            builder.group(id, () -> "v" + id);
        }
        return builder.build(Function.identity());
    }

    @Test
    void denseIdsWithGapsFindTheirValuesAndNothingElse() {
        ById<String> dense = of(5, 6, 9, 10, 2000);
        assertEquals("v5", dense.get(5));
        assertEquals("v9", dense.get(9));
        assertEquals("v2000", dense.get(2000));
        assertNull(dense.get(7), "a gap");
        assertNull(dense.get(4), "before the first");
        assertNull(dense.get(2001), "after the last");
        assertNull(dense.get(-1));
    }

    @Test
    void sparseIdsAreFoundByBinarySearch() {
        ById<String> sparse = of(1, 1_000_000, 5_000_000_000L);
        assertEquals("v1", sparse.get(1));
        assertEquals("v5000000000", sparse.get(5_000_000_000L));
        assertNull(sparse.get(2));
    }

    @Test
    void rowsOfOneIdAreGatheredAndFinished() {
        ById.Builder<List<String>> builder = new ById.Builder<>();
        builder.group(3, ArrayList::new).add("a");
        builder.group(3, ArrayList::new).add("b");
        builder.group(4, ArrayList::new).add("c");
        ById<List<String>> gathered = builder.build(List::copyOf);

        assertEquals(List.of("a", "b"), gathered.get(3));
        assertEquals(List.of("c"), gathered.get(4));
    }

    @Test
    void emptyFindsNothingAndIdsMustAscend() {
        assertNull(ById.empty().get(1));
        assertNull(of().get(1));
        ById.Builder<String> builder = new ById.Builder<>();
        builder.group(3, () -> "a");
        assertThrows(IllegalArgumentException.class, () -> builder.group(2, () -> "b"));
    }
}
