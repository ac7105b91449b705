package de.stammkunde.cli;

import de.stammkunde.i18n.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What the user reads when the command line is wrong or a command fails: one sentence in their
 * language and what to do, instead of picocli's English and the usage help, or a Java stack trace
 * (that goes to the log file).
 */
final class CliErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {

    static final int EXIT_FAILED = 1;

    private static final Logger LOG = Logger.getLogger(CliErrors.class.getName());

    private final Messages messages;

    CliErrors(Messages messages) {
        this.messages = messages;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        List<String> unknown = command.getUnmatchedArguments();
        if (e instanceof MissingParameterException && !unknown.isEmpty() && unknown.get(0).startsWith("-")) {
            // picocli asks for a required option before it names an unknown one: "--ouput x.csv" was
            // answered with "Please give --out=FILE." (a file name alone still is: "--out" is missing)
            return handleParseException(new UnmatchedArgumentException(command, unknown), args);
        }
        PrintWriter err = command.getErr();
        err.println(message(e));
        if (e instanceof UnmatchedArgumentException unmatched && unmatched.getUnmatched().get(0).startsWith("-")
                && !unmatched.getSuggestions().isEmpty()) {
            err.println(messages.get("cli.usage.suggestions", String.join(", ", unmatched.getSuggestions())));
        }
        err.println(messages.get("cli.usage.help", command.getCommandSpec().qualifiedName()));
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    private String unknownCommand(ParameterException e, String name) {
        var commands = e.getCommandLine().getSubcommands().keySet();
        return commands.isEmpty() ? messages.get("cli.usage.extra", name)
                : messages.get("cli.usage.unknownCommand", name, String.join(", ", commands));
    }

    private String message(ParameterException e) {
        if (e instanceof MissingParameterException missing) {
            return messages.get("cli.usage.missing", names(missing.getMissing()));
        }
        if (e instanceof UnmatchedArgumentException unmatched) {
            List<String> args = unmatched.getUnmatched();
            String first = args.isEmpty() ? "" : args.get(0);
            if (first.startsWith("-")) {
                return messages.get("cli.usage.unknownOption", first);
            }
            return unknownCommand(e, first);
        }
        if (e.getClass() == ParameterException.class && e.getArgSpec() == null && e.getValue() != null
                && !e.getCommandLine().getSubcommands().isEmpty()) {
            // "stammkunde help frobnicate": picocli's help command says so in English only
            return unknownCommand(e, e.getValue());
        }
        if (e instanceof OverwrittenOptionException overwritten) {
            return messages.get("cli.usage.twice", name(overwritten.getOverwritten()));
        }
        if (e.getCause() instanceof TypeConversionException && e.getArgSpec() != null) {
            ArgSpec spec = e.getArgSpec();
            String name = spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
            if (!(spec instanceof OptionSpec) && spec.type() == Path.class && blank(e.getValue())) {
                // "" (an unset variable in a script) for the file to import: as if it was not given
                return messages.get("cli.usage.missing", name);
            }
            return messages.get(valueKey(spec.type(), e.getValue()), e.getValue(), name);
        }
        return messages.get("cli.usage.other", e.getMessage());
    }

    private static String valueKey(Class<?> type, String value) {
        if (type == Path.class && blank(value)) {
            return "cli.usage.emptyName";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            // 99999999999 is a whole number, only too large for the option
            return value != null && value.strip().matches("[-+]?\\d+") ? "cli.usage.tooLarge"
                    : "cli.usage.notWholeNumber";
        }
        if (type == double.class || type == Double.class) {
            return "cli.usage.notNumber";
        }
        return "cli.usage.badValue";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String names(List<ArgSpec> specs) {
        return specs.stream().map(CliErrors::name).collect(Collectors.joining(", "));
    }

    private static String name(ArgSpec spec) {
        if (spec instanceof OptionSpec option) {
            return option.arity().max() == 0 ? option.longestName() : option.longestName() + "=" + option.paramLabel();
        }
        return spec.paramLabel();
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
        LOG.log(Level.SEVERE, "Command " + command.getCommandSpec().qualifiedName() + " failed", e);
        command.getErr().println(messages.get("cli.failed", String.valueOf(e.getMessage())));
        return EXIT_FAILED;
    }
}
