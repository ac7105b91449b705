package de.stammkunde.ui.common;

import java.util.Comparator;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/**
 * A cell's text that sorts by a value behind it: "21" after "9", "1.234,50 €" after "349,90 €",
 * "04.11.2026" by date, not by the characters shown. The table shows {@link #toString()}.
 *
 * <p>The text is made only when a cell shows it: sorting asks every row's cell value again for each
 * comparison, and formatting an amount each time made sorting 8,000 purchases by amount stall the
 * window for a second.
 */
public final class SortKeyed implements Comparable<SortKeyed> {

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Comparator<Comparable> KEYS = Comparator.nullsFirst(Comparator.naturalOrder());

    private final Supplier<String> makeText;
    private final Comparable<?> key;
    private String text;

    public SortKeyed(String text, Comparable<?> key) {
        this(() -> text, key);
    }

    private SortKeyed(Supplier<String> makeText, Comparable<?> key) {
        this.makeText = makeText;
        this.key = key;
    }

    /** Shows {@code text} of each row in {@code column}, sorted by {@code key} (nulls first). */
    public static <S> void column(TableColumn<S, SortKeyed> column, Function<S, String> text,
            Function<S, ? extends Comparable<?>> key) {
        column.setCellValueFactory(cell -> {
            S row = cell.getValue();
            return new ReadOnlyObjectWrapper<>(new SortKeyed(() -> text.apply(row), key.apply(row)));
        });
    }

    /** The text shown, made the first time it is asked for. */
    public String text() {
        if (text == null) {
            text = makeText.get();
        }
        return text;
    }

    public Comparable<?> key() {
        return key;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public int compareTo(SortKeyed other) {
        return KEYS.compare((Comparable) key, (Comparable) other.key);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SortKeyed other && Objects.equals(key, other.key) && Objects.equals(text(), other.text());
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, text());
    }

    @Override
    public String toString() {
        return text();
    }
}
