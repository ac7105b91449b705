package de.stammkunde.ui.common;

import java.util.regex.Pattern;
import javafx.event.EventTarget;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A tab or line break pasted into a one-line field becomes a space. JavaFX drops them without a word, so
 * "Anna⇥Müller" copied from a spreadsheet row became "AnnaMüller" and "R-1⇥2" became "R-12". Text areas
 * (the notes) keep their line breaks.
 *
 * <p>The paste (Ctrl+V, Shift+Insert, the Paste key, the context menu's "Paste") runs through the field's
 * {@link TextFormatter} filter before the field drops the characters, so a field gets a formatter with
 * {@link #spaced} as its filter. A field with a formatter of its own keeps it, and its filter may call
 * {@link #spaced} itself. The formatter comes only with a key pressed in the field or its context menu,
 * the ways to paste, and goes again with Esc: a field with any formatter keeps Esc to itself, so Esc in a
 * form no longer pressed "Cancel" nor closed the window.
 */
public final class PastedLines {

    private static final Pattern BREAK = Pattern.compile("\r\n|[\t\n\r]");

    private PastedLines() {
    }

    /** Gives the one-line fields in {@code scene} their filter, each when it is about to get text. */
    static void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                remove(e.getTarget());
            } else {
                add(e.getTarget());
            }
        });
        scene.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> add(e.getTarget()));
    }

    /** The change with each tab and line break ("\r\n" as one) in the text it inserts turned into a space. */
    public static TextFormatter.Change spaced(TextFormatter.Change change) {
        String text = change.getText();
        if (text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            change.setText(BREAK.matcher(text).replaceAll(" "));
        }
        return change;
    }

    private static void add(EventTarget target) {
        if (target instanceof TextField field && field.getTextFormatter() == null) {
            field.setTextFormatter(new Spacing());
        }
    }

    private static void remove(EventTarget target) {
        if (target instanceof TextField field && field.getTextFormatter() instanceof Spacing) {
            field.setTextFormatter(null);
        }
    }

    /** The formatter this class gives a field: the filter alone, no value. */
    private static final class Spacing extends TextFormatter<Void> {
        Spacing() {
            super(PastedLines::spaced);
        }
    }
}
