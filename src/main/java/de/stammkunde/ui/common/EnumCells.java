package de.stammkunde.ui.common;

import de.stammkunde.i18n.Messages;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** Combo boxes over enums, showing each value in the user's language ({@code prefix + NAME}). */
public final class EnumCells {

    private EnumCells() {
    }

    /** {@code null} is shown as {@code nullKey} (e.g. "all"), for filters. */
    public static <E extends Enum<E>> void setUp(ComboBox<E> box, E[] values, Messages messages, String prefix,
            String nullKey) {
        box.getItems().setAll(values);
        if (nullKey != null) {
            box.getItems().add(0, null);
        }
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? (nullKey == null ? "" : messages.get(nullKey)) : messages.get(prefix + value.name());
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        });
        box.setButtonCell(convertedCell(box, true));
        if (nullKey != null) {
            box.setCellFactory(list -> convertedCell(box, false));
        }
    }

    /**
     * A cell that shows the converter's text for {@code null} too: the box's own cells show its prompt
     * there, so "All statuses" on the closed box was "Status" in the list. The closed box's cell
     * ({@code button}) shows it also while empty, which it is whenever nothing is chosen.
     */
    private static <T> ListCell<T> convertedCell(ComboBox<T> box, boolean button) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty && !button ? null : box.getConverter().toString(item));
            }
        };
    }

    public static <E extends Enum<E>> void setUp(ComboBox<E> box, E[] values, Messages messages, String prefix) {
        setUp(box, values, messages, prefix, null);
    }

    /**
     * A filter over interests (tags) in the box: {@code null} is shown as "all interests", in the list
     * and on the closed box (where it said only "Interest", unlike "All statuses" beside it).
     */
    public static void setUpTagFilter(ComboBox<String> box, Messages messages) {
        box.setConverter(tagFilter(messages));
        box.setCellFactory(list -> convertedCell(box, false));
        box.setButtonCell(convertedCell(box, true));
    }

    private static StringConverter<String> tagFilter(Messages messages) {
        return new StringConverter<>() {
            @Override
            public String toString(String tag) {
                return tag == null ? messages.get("filter.tag.all") : tag;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
    }
}
