package de.stammkunde.ui.common;

import de.stammkunde.i18n.Messages;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;

/**
 * Saves one document (a card, a coupon) where the user says: asks for the file, writes it in the
 * background while {@code busy}, then says where it went, or in a dialog what to do instead. Texts
 * under a prefix: {@code .save.title}, {@code .filter.pdf}/{@code .png}, {@code .saved},
 * {@code .save.accessDenied}, {@code .save.failed}; the task is {@code <prefix>.save}.
 */
public final class FileSaver {

    /** Writes the document into the file the user chose; runs in the background. */
    @FunctionalInterface
    public interface Writer {
        void write(Path file) throws IOException;
    }

    private final DialogService dialogs;
    private final TaskRunner runner;
    private final Messages messages;

    public FileSaver(DialogService dialogs, TaskRunner runner, Messages messages) {
        this.dialogs = dialogs;
        this.runner = runner;
        this.messages = messages;
    }

    /** {@code name}: the suggested file name without extension; {@code extension} "pdf" or "png". */
    public void save(String prefix, String name, String extension, Writer writer, BooleanProperty busy,
            Consumer<String> message) {
        String title = messages.get(prefix + ".save.title");
        dialogs.chooseFileToSave(title, name + "." + extension, messages.get(prefix + ".filter." + extension),
                "*." + extension).ifPresent(target -> {
                    busy.set(true);
                    runner.submit(prefix + ".save", p -> {
                        writer.write(target);
                        return target;
                    }, saved -> {
                        busy.set(false);
                        message.accept(messages.get(prefix + ".saved", saved.toString()));
                    }, error -> {
                        busy.set(false);
                        dialogs.showError(title, failure(prefix, error, target));
                    });
                });
    }

    private String failure(String prefix, Throwable error, Path file) {
        if (error instanceof AccessDeniedException) {
            return messages.get(prefix + ".save.accessDenied", file.toString());
        }
        if (error instanceof IOException) {
            return messages.get(prefix + ".save.failed", file.toString(), FileFailures.writeReason(error, messages));
        }
        return messages.get("error.unexpected", String.valueOf(error.getMessage()));
    }
}
