package de.stammkunde;

import de.stammkunde.cli.StammkundeCommand;
import de.stammkunde.ui.shell.StammkundeApp;
import java.nio.file.Path;

/**
 * The main class. It must not extend {@code Application}: started from the class path, such a class
 * fails with "JavaFX runtime components are missing". No arguments start the window; anything else
 * is a command-line command.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            // The common case goes straight to the window: setting up the command line costs some
            // 150 ms of start-up.
            StammkundeApp.launch((Path) null);
            return;
        }
        StammkundeCommand.Outcome outcome = StammkundeCommand.run(args);
        if (outcome.startGui()) {
            StammkundeApp.launch(outcome.dataDir());
        } else {
            System.exit(outcome.exitCode());
        }
    }
}
