package de.stammkunde.ui.common;

import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/**
 * A cell's text that sorts by a value behind it: "21" after "9", "1.234,50 €" after "349,90 €",
 * "04.11.2026" by date, not by the characters shown. The table shows {@link #toString()}.
 */
public record SortKeyed(String text, Comparable<?> key) implements Comparable<SortKeyed> {

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Comparator<Comparable> KEYS = Comparator.nullsFirst(Comparator.naturalOrder());

    /** Shows {@code text} of each row in {@code column}, sorted by {@code key} (nulls first). */
    public static <S> void column(TableColumn<S, SortKeyed> column, Function<S, String> text,
            Function<S, ? extends Comparable<?>> key) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                new SortKeyed(text.apply(cell.getValue()), key.apply(cell.getValue()))));
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public int compareTo(SortKeyed other) {
        return KEYS.compare((Comparable) key, (Comparable) other.key);
    }

    @Override
    public String toString() {
        return text;
    }
}
