package de.stammkunde;

import de.stammkunde.cli.StammkundeCommand;

/**
 * The main class. It must not extend {@code Application}: started from the class path, such a class
 * fails with "JavaFX runtime components are missing". No arguments start the window; anything else
 * is a command-line command.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        int exit = StammkundeCommand.run(args);
        if (exit >= 0) {
            System.exit(exit);
        }
    }
}
