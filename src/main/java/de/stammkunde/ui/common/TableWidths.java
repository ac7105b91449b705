package de.stammkunde.ui.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.util.Callback;

/**
 * A table whose columns share its width down to their minimum widths; narrower than that, it scrolls
 * sideways. JavaFX's constrained resize policies never scroll: in a small window they cut every column
 * short, or leave the last ones out of reach.
 */
public final class TableWidths {

    /** Room for the vertical scroll bar and the table's border. */
    private static final double SLACK = 12;
    /** Room for the sort arrow beside a header's text: only the column sorted by shows one. */
    private static final double ARROW = 12;
    /** A cell's padding left and right (0.5em each in the theme), and a pixel for rounding. */
    private static final double CELL_PADDING = 18;
    /** Longer lists are not measured: the widest text of 100,000 customers is not worth the wait. */
    private static final int MAX_MEASURED = 1000;
    private static final String FIT_CONTENT = TableWidths.class.getName() + ".fitContent";
    private static final String FLOOR = TableWidths.class.getName() + ".floor";
    private static final String CEILING = TableWidths.class.getName() + ".ceiling";
    private static final String BEFORE = TableWidths.class.getName() + ".before";
    private static final String ONLY = TableWidths.class.getName() + ".only";
    private static final String WRAPPED = TableWidths.class.getName() + ".wrapped";
    private static final String WORDS = TableWidths.class.getName() + ".words";
    private static final String TEXTS = TableWidths.class.getName() + ".texts";

    private TableWidths() {
    }

    /**
     * Fits the columns with {@code policy} (e.g. {@link TableView#CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS}).
     * No column gets narrower than its header's text, in whichever language, nor than the widest text of a
     * column marked with {@link #fitContent}; one marked with {@link #fitContentOrWrap} only when the table
     * has the width for every text on one line, else no narrower than the widest part of its texts; one marked
     * with {@link #wholeWords} no narrower than its longest word while the table has the width for that.
     */
    public static <S> void fitOrScroll(TableView<S> table, Callback<TableView.ResizeFeatures, Boolean> policy) {
        table.setMinWidth(0);
        Runnable fit = () -> {
            Map<TableColumnBase<?, ?>, Widths> widths = measure(table);
            double whole = SLACK;
            double wrapped = SLACK;
            double squeezed = SLACK;
            for (TableColumn<S, ?> column : table.getVisibleLeafColumns()) {
                Widths w = widths.get(column);
                whole += w == null ? column.getMinWidth() : w.whole();
                wrapped += w == null ? column.getMinWidth() : w.wrapped();
                squeezed += w == null ? column.getMinWidth() : w.squeezed();
            }
            // A column that may wrap does so only when the table is too narrow for every text on one line; a
            // word is broken only when the table is too narrow for the longest words as well.
            double width = table.getWidth();
            Fit how = width >= whole ? Fit.WHOLE : width >= wrapped ? Fit.WRAPPED : Fit.SQUEEZED;
            // Too narrow for the longest words: the columns keeping whole words get what is left over their least,
            // the first (a campaign's name) first.
            double spare = Math.max(0, width - squeezed);
            boolean changed = false;
            Map<TableColumnBase<?, ?>, Double> mins = new HashMap<>();
            for (TableColumn<S, ?> column : table.getVisibleLeafColumns()) {
                Widths w = widths.get(column);
                if (w != null) {
                    double min = w.least(how);
                    if (how == Fit.SQUEEZED) {
                        double more = Math.min(spare, w.wrapped() - min);
                        min += more;
                        spare -= more;
                    }
                    mins.put(column, min);
                }
            }
            Map<TableColumnBase<?, ?>, Double> back = widthsBeforePush(table, mins);
            for (TableColumn<S, ?> column : table.getVisibleLeafColumns()) {
                Widths w = widths.remove(column);
                if (w != null) {
                    changed |= w.applyTo(column, mins.get(column));
                }
            }
            // hidden columns
            widths.forEach((column, w) -> w.applyTo(column, w.least(how)));
            double needed = switch (how) {
                case WHOLE -> whole;
                case WRAPPED -> wrapped;
                case SQUEEZED -> squeezed;
            };
            var wanted = width >= needed ? policy : TableView.UNCONSTRAINED_RESIZE_POLICY;
            if (table.getColumnResizePolicy() != wanted) {
                table.setColumnResizePolicy(wanted);
            } else if (changed && wanted != TableView.UNCONSTRAINED_RESIZE_POLICY) {
                // The policy shares the width anew only when it is set: a column that grew to its new least width
                // would else push the last ones out of view (the table as wide as before).
                table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
                table.setColumnResizePolicy(wanted);
            }
            if (!back.isEmpty()) {
                // Each column as wide as before, set one by one, then shared anew: what is left over (a scroll bar
                // come or gone) goes to all in proportion.
                table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
                for (TableColumn<S, ?> column : table.getVisibleLeafColumns()) {
                    Double before = back.get(column);
                    if (before != null) {
                        table.resizeColumn(column, Math.max(before, column.getMinWidth()) - column.getWidth());
                    }
                }
                table.setColumnResizePolicy(wanted);
            }
        };
        table.widthProperty().addListener(o -> fit.run());
        // The column sorted by needs room for its arrow, the one sorted by before no longer.
        table.getSortOrder().addListener((InvalidationListener) o -> {
            if (table.getWidth() > 0) {
                fit.run();
            }
        });
        // New rows may bring a wider text into a column that fits its content.
        InvalidationListener rowsChanged = o -> {
            if (table.getWidth() > 0) {
                fit.run();
            }
        };
        table.getItems().addListener(rowsChanged);
        table.itemsProperty().addListener((o, old, now) -> {
            if (old != null) {
                old.removeListener(rowsChanged);
            }
            if (now != null) {
                now.addListener(rowsChanged);
            }
            rowsChanged.invalidated(o);
        });
    }

    /**
     * The columns' widths from before a longer text pushed some wider (the archive's "Interessent · archiviert"),
     * once {@code mins} no longer need the room, nothing was dragged wider since and the table is as wide as
     * then; empty else. Remembers the widths when {@code mins} push a column wider. Without, the status column
     * kept the archive's width after it was left, and the names and addresses were short of that room.
     */
    private static Map<TableColumnBase<?, ?>, Double> widthsBeforePush(TableView<?> table,
            Map<TableColumnBase<?, ?>, Double> mins) {
        List<TableColumnBase<?, ?>> pushed = mins.entrySet().stream()
                .filter(e -> e.getKey().getWidth() > 0 && e.getValue() > e.getKey().getWidth())
                .<TableColumnBase<?, ?>>map(Map.Entry::getKey).toList();
        if (!pushed.isEmpty()) {
            Map<TableColumnBase<?, ?>, Double> shown = new HashMap<>();
            table.getVisibleLeafColumns().forEach(column -> shown.put(column, column.getWidth()));
            table.getProperties().put(BEFORE, new Pushed(table.getWidth(), shown, pushed));
            return Map.of();
        }
        if (!(table.getProperties().get(BEFORE) instanceof Pushed before)) {
            return Map.of();
        }
        boolean roomAgain = before.columns().stream().allMatch(column -> mins.containsKey(column)
                && mins.get(column) <= before.widths().get(column) + 0.5);
        if (!roomAgain) {
            return Map.of();
        }
        table.getProperties().remove(BEFORE);
        // The pushed columns still held at their least, the others no wider than before: nothing was dragged.
        boolean untouched = table.getWidth() == before.tableWidth()
                && before.columns().stream().allMatch(c -> Math.abs(c.getWidth() - c.getMinWidth()) < 0.5)
                && before.widths().entrySet().stream().allMatch(e -> before.columns().contains(e.getKey())
                        || e.getKey().isVisible() && e.getKey().getWidth() <= e.getValue() + 0.5);
        return untouched ? before.widths() : Map.of();
    }

    /** The columns' widths when {@code columns} were pushed wider, in a table {@code tableWidth} wide. */
    private record Pushed(double tableWidth, Map<TableColumnBase<?, ?>, Double> widths,
            List<TableColumnBase<?, ?>> columns) {
    }

    /**
     * Keeps {@code column} at least as wide as the widest text it shows (e.g. the campaigns' validity,
     * whose dates are longer in English). Only for short lists: longer ones are not measured.
     */
    public static void fitContent(TableColumn<?, ?> column) {
        column.getProperties().put(FIT_CONTENT, Boolean.TRUE);
    }

    /**
     * Keeps {@code column} exactly as wide as the widest of its header and its texts, as {@link #fitContent}
     * does, and no wider: the rest of the table's width goes to the columns whose texts need it (a campaign's
     * name and whom it is for), not to a count of one digit under a long header. In a list too long to be
     * measured, as {@link #fitContent}.
     */
    public static void fitContentOnly(TableColumn<?, ?> column) {
        fitContent(column);
        column.getProperties().put(ONLY, Boolean.TRUE);
    }

    /**
     * As {@link #fitContentOnly}, but in a narrow window {@code column} may narrow down to the widest part of
     * its texts between ordinary spaces (a no-break space holds a date together), its cells wrapping them onto
     * more lines ({@link FullText#wrappedInCells}): "04.11.2026 –" above "03.01.2027" leaves the width to a
     * campaign's name.
     */
    public static void fitContentOrWrap(TableColumn<?, ?> column) {
        fitContentOnly(column);
        column.getProperties().put(WRAPPED, Boolean.TRUE);
    }

    /**
     * Keeps {@code column}, whose cells wrap their texts ({@link FullText#wrappedInCells}), at least as wide as
     * the longest word of its texts, so that "Kaffee-Stammkunden" is never broken into "Kaffee-Stammkun" and
     * "den": only where the table is too narrow for the longest words of all such columns does it break them
     * (the tooltip shows the text). Only for short lists: longer ones are not measured.
     */
    public static void wholeWords(TableColumn<?, ?> column) {
        column.getProperties().put(WORDS, Boolean.TRUE);
    }

    /**
     * Keeps {@code column} at least as wide as the widest of {@code texts}, the few it can ever show (a status
     * in the user's language), however long the list: "Interessent" needs more room than "Prospect".
     */
    public static void fitTexts(TableColumn<?, ?> column, List<String> texts) {
        column.getProperties().put(TEXTS, List.copyOf(texts));
    }

    /** How much room the table gives its columns: every text on one line, wrapped at spaces, or less. */
    private enum Fit { WHOLE, WRAPPED, SQUEEZED }

    /**
     * What a column needs: {@code whole} for its header and, where it fits its content, its widest text on one
     * line (no more where it fits its content only), or where it keeps whole words, its longest word;
     * {@code wrapped} where its texts may wrap, else {@code whole}; {@code squeezed} the least it takes in a
     * table too narrow for that: its header, or the widest part of its texts where they may wrap.
     */
    private record Widths(double whole, double wrapped, double squeezed, boolean only, double ceiling) {

        double least(Fit how) {
            return switch (how) {
                case WHOLE -> whole;
                case WRAPPED -> wrapped;
                case SQUEEZED -> squeezed;
            };
        }

        /** Returns whether the least or most width of {@code column} changed. */
        boolean applyTo(TableColumnBase<?, ?> column, double min) {
            boolean changed = false;
            if (column.getMinWidth() != min) {
                column.setMinWidth(min);
                changed = true;
            }
            // Once its texts are shorter again (the archive left), the column goes back to the most the FXML gives it:
            // held at the widest it ever needed, the status kept the room of "Interessent · archiviert".
            double most = only ? whole : Math.max(ceiling, whole);
            if (column.getMaxWidth() != most) {
                column.setMaxWidth(most);
                changed = true;
            }
            return changed;
        }
    }

    private static Map<TableColumnBase<?, ?>, Widths> measure(TableView<?> table) {
        Map<TableColumnBase<?, ?>, Widths> widths = new HashMap<>();
        Font cellFont = null;
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.lookup(".label") instanceof Label label) {
                TableColumnBase<?, ?> column = header.getTableColumn();
                if (column == null) {
                    continue;
                }
                // What the FXML asks for stays the least; header and content only ever add to it.
                double floor = (double) column.getProperties().computeIfAbsent(FLOOR, k -> column.getMinWidth());
                double ceiling = (double) column.getProperties().computeIfAbsent(CEILING, k -> column.getMaxWidth());
                // Room for the arrow only where it shows: "Postcode" took 99 pixels for 5 digits in every list.
                double arrow = table.getSortOrder().contains(column) ? ARROW : header.snappedRightInset();
                double least = Math.max(floor, Math.ceil(label.prefWidth(-1)) + arrow);
                if (cellFont == null) {
                    // The cells' font is the header's, without its bold.
                    cellFont = Font.font(label.getFont().getFamily(), FontWeight.NORMAL, label.getFont().getSize());
                }
                if (column.getProperties().get(TEXTS) instanceof List<?> texts) {
                    least = Math.max(least, widest(cellFont, texts.stream().map(String::valueOf).toList())
                            + CELL_PADDING);
                }
                double widest = least;
                double wrapped = least;
                double squeezed = least;
                boolean fits = column.getProperties().containsKey(FIT_CONTENT);
                boolean words = column.getProperties().containsKey(WORDS);
                if ((fits || words) && column instanceof TableColumn<?, ?> c) {
                    List<String> texts = texts(table.getItems(), c);
                    double partWidth = Math.max(least, widest(cellFont, parts(texts)) + CELL_PADDING);
                    if (fits) {
                        widest = Math.max(least, widest(cellFont, texts) + CELL_PADDING);
                        wrapped = column.getProperties().containsKey(WRAPPED) ? partWidth : widest;
                        squeezed = wrapped;
                    } else {
                        widest = partWidth;
                        wrapped = partWidth;
                    }
                }
                // A list too long to measure does not hold its columns to their headers' width.
                boolean only = column.getProperties().containsKey(ONLY) && table.getItems().size() <= MAX_MEASURED;
                widths.put(column, new Widths(widest, wrapped, squeezed, only, ceiling));
            }
        }
        return widths;
    }

    private static List<String> texts(ObservableList<?> rows, TableColumn<?, ?> column) {
        if (rows.size() > MAX_MEASURED) {
            return List.of();
        }
        List<String> texts = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Object value = column.getCellData(i);
            if (value != null) {
                texts.add(value.toString());
            }
        }
        return texts;
    }

    /** The parts of {@code texts} a wrapped line may break between: split at ordinary spaces. */
    private static List<String> parts(List<String> texts) {
        List<String> parts = new ArrayList<>();
        for (String text : texts) {
            parts.addAll(List.of(text.split(" ")));
        }
        return parts;
    }

    /** How wide the widest of {@code texts} is in {@code font}, rounded up to whole pixels. */
    public static double widest(Font font, List<String> texts) {
        Text text = new Text();
        text.setFont(font);
        double widest = 0;
        for (String t : texts) {
            text.setText(t);
            widest = Math.max(widest, text.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest);
    }
}
