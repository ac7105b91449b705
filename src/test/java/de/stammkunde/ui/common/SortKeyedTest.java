package de.stammkunde.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import javafx.scene.control.TableColumn;
import org.junit.jupiter.api.Test;

class SortKeyedTest {

    private record Amount(int cents) {
    }

    @Test
    void sortingByTheKeyFormatsNoTextOnlyTheCellsShownDo() {
        // A table sorts by asking each row's cell value again for every comparison: with the text made
        // each time, sorting 8,000 purchases by amount formatted 200,000 amounts and stalled the window.
        AtomicInteger formatted = new AtomicInteger();
        TableColumn<Amount, SortKeyed> column = new TableColumn<>();
        SortKeyed.column(column, a -> {
            formatted.incrementAndGet();
            return a.cents() + " ct";
        }, Amount::cents);
        List<Amount> rows = new ArrayList<>(IntStream.range(0, 2_000).mapToObj(i -> new Amount(i * 7919 % 2_000))
                .toList());

        // what the table does for each comparison (TableColumn.getCellData, which wants a table around it)
        Function<Amount, SortKeyed> cellData = row -> column.getCellValueFactory()
                .call(new TableColumn.CellDataFeatures<>(null, column, row)).getValue();

        rows.sort(Comparator.comparing(cellData));

        assertEquals(0, formatted.get());
        assertEquals(List.of(new Amount(0), new Amount(1), new Amount(2)), rows.subList(0, 3));
        assertEquals("1999 ct", cellData.apply(rows.get(1_999)).toString());
        assertEquals(1, formatted.get());
    }

    @Test
    void theTextShownIsMadeOnceAndSortsByTheKeyNotByTheText() {
        SortKeyed nine = new SortKeyed("9", 9);
        SortKeyed twentyOne = new SortKeyed("21", 21);

        assertEquals(-1, Integer.signum(nine.compareTo(twentyOne)));
        assertEquals("21", twentyOne.toString());
        assertEquals(new SortKeyed("21", 21), twentyOne);
    }
}
