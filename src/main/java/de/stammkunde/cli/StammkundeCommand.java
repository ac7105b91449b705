package de.stammkunde.cli;

import de.stammkunde.i18n.Messages;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code stammkunde [--data-dir DIR] [command …]}: without a command, the window opens. */
@Command(name = "stammkunde", mixinStandardHelpOptions = true, versionProvider = Version.class,
        resourceBundle = "de.stammkunde.i18n.messages",
        subcommands = {DemoDataCommand.class, ExportCustomersCommand.class, ExportCustomerDataCommand.class,
            ImportCustomersCommand.class,
            ImportPurchasesCommand.class, RedeemCheckCommand.class, CommandLine.HelpCommand.class})
public final class StammkundeCommand implements Runnable {

    @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "cli.option.dataDir")
    Path dataDir;

    boolean startGui;

    @Override
    public void run() {
        startGui = true;
    }

    /** What the command line asked for: a finished command's exit code, or to open the window. */
    public record Outcome(int exitCode, boolean startGui, Path dataDir) {
    }

    public static Outcome run(String[] args) {
        StammkundeCommand top = new StammkundeCommand();
        int exit = commandLine(top).execute(args);
        return new Outcome(exit, top.startGui && exit == 0, top.dataDir);
    }

    /** The command line around {@code top}; wrong usage and failures are told in the user's language. */
    static CommandLine commandLine(StammkundeCommand top) {
        // As the window does: picocli looks up the help texts for the system's language, and on a
        // Turkish, French or Polish system (no bundle of their own, none without a language) every
        // command failed with "MissingResourceException: Can't find bundle … locale tr_TR".
        Locale.setDefault(Messages.supported(Locale.getDefault()));
        CliErrors errors = new CliErrors(new Messages(Locale.getDefault()));
        return new CommandLine(top).registerConverter(Path.class, StammkundeCommand::path)
                .setParameterExceptionHandler(errors).setExecutionExceptionHandler(errors);
    }

    /**
     * A file or folder named on the command line. An empty name (a script's unset variable in
     * {@code --data-dir "$DIR"}) is refused: it meant the current folder, and demo-data filled that.
     */
    private static Path path(String name) {
        if (name.isBlank()) {
            throw new TypeConversionException("empty name");
        }
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
