package de.stammkunde;

import de.stammkunde.cli.StammkundeCommand;
import de.stammkunde.ui.shell.StammkundeApp;
import java.nio.file.Path;

/**
 * The main class. It must not extend {@code Application}: started from the class path, such a class
 * fails with "JavaFX runtime components are missing". No arguments start the window; anything else
 * is a command-line command. Exit code 1 when the window cannot open (no display).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            // The common case goes straight to the window: setting up the command line costs some
            // 150 ms of start-up.
            if (!StammkundeApp.launch((Path) null)) {
                System.exit(1);
            }
            return;
        }
        StammkundeCommand.Outcome outcome = StammkundeCommand.run(args);
        if (outcome.startGui()) {
            if (!StammkundeApp.launch(outcome.dataDir())) {
                System.exit(1);
            }
        } else {
            System.exit(outcome.exitCode());
        }
    }
}
