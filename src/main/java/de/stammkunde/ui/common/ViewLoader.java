package de.stammkunde.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

/**
 * Loads a screen: {@code FooView} is the controller of {@code Foo.fxml} in the same package path,
 * created by the controller factory (so it gets its ViewModel and services by constructor), with the
 * user's resource bundle for {@code %key} texts.
 */
public final class ViewLoader {

    private final ResourceBundle bundle;
    private final Callback<Class<?>, Object> controllerFactory;

    public ViewLoader(ResourceBundle bundle, Callback<Class<?>, Object> controllerFactory) {
        this.bundle = bundle;
        this.controllerFactory = controllerFactory;
    }

    public record Loaded<T>(Parent root, T controller) {
    }

    public <T> Loaded<T> load(Class<T> viewType) {
        return loadWith(viewType, controllerFactory);
    }

    /** Loads a screen whose controller was built by the caller, e.g. a form for one customer. */
    public <T> Loaded<T> load(Class<T> viewType, T controller) {
        return loadWith(viewType, type -> controller);
    }

    private <T> Loaded<T> loadWith(Class<T> viewType, Callback<Class<?>, Object> factory) {
        String name = viewType.getSimpleName().replaceFirst("View$", "") + ".fxml";
        URL fxml = viewType.getResource(name);
        if (fxml == null) {
            throw new IllegalStateException("No " + name + " beside " + viewType.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, bundle);
        loader.setControllerFactory(factory);
        try {
            Parent root = loader.load();
            return new Loaded<>(root, viewType.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
