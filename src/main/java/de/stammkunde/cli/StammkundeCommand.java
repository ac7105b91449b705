package de.stammkunde.cli;

import de.stammkunde.ui.shell.StammkundeApp;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stammkunde [--data-dir DIR] [command …]}: without a command, the window opens. */
@Command(name = "stammkunde", mixinStandardHelpOptions = true, versionProvider = Version.class,
        resourceBundle = "de.stammkunde.i18n.messages")
public final class StammkundeCommand implements Runnable {

    @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "cli.option.dataDir")
    Path dataDir;

    boolean startGui;

    @Override
    public void run() {
        startGui = true;
    }

    /** Runs the command line; returns the exit code, or -1 when the window ran and has closed. */
    public static int run(String[] args) {
        StammkundeCommand top = new StammkundeCommand();
        CommandLine cli = new CommandLine(top);
        int exit = cli.execute(args);
        if (top.startGui && exit == 0) {
            StammkundeApp.launch(top.dataDir);
            return -1;
        }
        return exit;
    }
}
