package de.stammkunde.ui.shell;

import de.stammkunde.service.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the main window was and how large, kept in {@code window.properties} in the data folder so
 * that the window comes back as it was left. The FX thread only notes every move and resize in
 * memory; the file is written by {@link #save()}, which needs neither the FX thread nor the database
 * and so can run in a JVM shutdown hook: after a normal close and after SIGTERM (the session logs
 * out) alike, when the window never closes and {@code Application.stop()} is not called.
 */
final class WindowPlacement {

    private static final Logger LOG = Logger.getLogger(WindowPlacement.class.getName());
    static final String FILE_NAME = "window.properties";
    /** At least this much of the title bar must lie on a screen, or the window could not be moved back. */
    private static final double VISIBLE = 100;

    /** The window's normal (not maximized) bounds and whether it was maximized. */
    record Bounds(double x, double y, double width, double height, boolean maximized) {
    }

    private final Path file;
    /** Written on the FX thread, read by the shutdown hook: an immutable value, swapped whole. */
    private volatile Bounds latest;
    private volatile Bounds saved;

    WindowPlacement(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    /** The bounds last saved, empty without a file or with one that cannot be read (then the designed size). */
    Optional<Bounds> load() {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            Bounds b = new Bounds(number(p, "x"), number(p, "y"), number(p, "width"), number(p, "height"),
                    Boolean.parseBoolean(p.getProperty("maximized")));
            if (!(b.width() > 0 && b.height() > 0)) {
                return Optional.empty();
            }
            saved = b;
            return Optional.of(b);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.INFO, "Window placement not read from " + file, e);
            return Optional.empty();
        }
    }

    private static double number(Properties p, String key) {
        double value = Double.parseDouble(p.getProperty(key, ""));
        if (!Double.isFinite(value)) {
            throw new NumberFormatException(key + " = " + value);
        }
        return value;
    }

    /**
     * Puts the stage where {@code bounds} say, kept within the screen and not below its minimum size;
     * false (and nothing changed) when no screen shows enough of it, e.g. a second monitor that is
     * gone. On the FX thread.
     */
    static boolean apply(Stage stage, Bounds bounds) {
        Rectangle2D titleBar = new Rectangle2D(bounds.x(), bounds.y(), Math.max(bounds.width(), 1), 30);
        Screen screen = Screen.getScreensForRectangle(titleBar).stream()
                .filter(s -> overlap(s.getVisualBounds(), titleBar) >= Math.min(VISIBLE, bounds.width()))
                .findFirst().orElse(null);
        if (screen == null) {
            return false;
        }
        if (bounds.maximized() && stage.isMaximized()) {
            return true; // asked again once shown: a new size would take it out of maximized
        }
        Rectangle2D area = screen.getVisualBounds();
        stage.setWidth(Math.min(Math.max(bounds.width(), stage.getMinWidth()), area.getWidth()));
        stage.setHeight(Math.min(Math.max(bounds.height(), stage.getMinHeight()), area.getHeight()));
        stage.setX(bounds.x());
        stage.setY(Math.max(bounds.y(), area.getMinY()));
        stage.setMaximized(bounds.maximized());
        return true;
    }

    private static double overlap(Rectangle2D area, Rectangle2D titleBar) {
        boolean rowVisible = titleBar.getMinY() >= area.getMinY() - 1 && titleBar.getMinY() < area.getMaxY();
        double width = Math.min(area.getMaxX(), titleBar.getMaxX()) - Math.max(area.getMinX(), titleBar.getMinX());
        return rowVisible ? Math.max(0, width) : 0;
    }

    /** Notes the stage's bounds now and after every move, resize, maximize. On the FX thread. */
    void track(Stage stage) {
        InvalidationListener note = o -> note(stage);
        stage.xProperty().addListener(note);
        stage.yProperty().addListener(note);
        stage.widthProperty().addListener(note);
        stage.heightProperty().addListener(note);
        stage.maximizedProperty().addListener(note);
        stage.iconifiedProperty().addListener(note);
        note(stage);
    }

    private void note(Stage stage) {
        if (stage.isIconified() || !(stage.getWidth() > 0 && stage.getHeight() > 0)) {
            return;
        }
        Bounds before = latest;
        if (stage.isMaximized() || stage.isFullScreen()) {
            // the size to come back to when it is no longer maximized stays the normal one
            latest = before == null ? null : new Bounds(before.x(), before.y(), before.width(), before.height(),
                    stage.isMaximized());
            return;
        }
        latest = new Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
    }

    /** The bounds {@link #save()} would write; null before the window was shown. */
    Bounds latest() {
        return latest;
    }

    /**
     * Writes the bounds last noted, unless nothing changed since the file was read or written. Any
     * thread; never throws (a window that opens at its designed size is no reason to fail a shutdown).
     */
    synchronized void save() {
        Bounds b = latest;
        if (b == null || b.equals(saved)) {
            return;
        }
        Properties p = new Properties();
        p.setProperty("x", Double.toString(b.x()));
        p.setProperty("y", Double.toString(b.y()));
        p.setProperty("width", Double.toString(b.width()));
        p.setProperty("height", Double.toString(b.height()));
        p.setProperty("maximized", Boolean.toString(b.maximized()));
        try {
            AtomicFiles.write(file, out -> p.store(out, "Stammkunde main window"));
            saved = b;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "Window placement not saved to " + file, e);
        }
    }

    /** Saves once the JVM shuts down: a normal exit and SIGTERM alike. Touches neither FX nor the database. */
    void saveOnShutdown() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::save, "save-window-placement"));
    }
}
