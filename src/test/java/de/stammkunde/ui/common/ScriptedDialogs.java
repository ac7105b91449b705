package de.stammkunde.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A {@link DialogService} for UI tests: records every dialog the app opens (kind, title, message) and
 * answers from queues the test fills beforehand. A dialog nobody scripted is answered like a user who
 * closes it: {@code confirm} is false, {@code choose} and the file choosers are empty. Thread-safe:
 * the app calls it on the FX thread, the test reads it from its own.
 */
public final class ScriptedDialogs implements DialogService {

    /** {@code CONFIRM_IRREVERSIBLE}: {@link #confirmIrreversible}, the question whose safe answer is the default. */
    public enum Kind { ERROR, INFO, CONFIRM, CONFIRM_IRREVERSIBLE, CHOOSE, CHOOSE_ACTION, SAVE_FILE, OPEN_FILE }

    /** One dialog the app opened; {@code answer} is what the test double answered, "" for none. */
    public record Shown(Kind kind, String title, String message, List<String> choices, String answer,
            boolean scripted) {

        @Override
        public String toString() {
            return kind + " \"" + title + "\": " + message + (choices.isEmpty() ? "" : " " + choices)
                    + (scripted ? " -> " + answer : " (not scripted: " + (answer.isEmpty() ? "closed" : answer) + ")");
        }
    }

    private final List<Shown> shown = new CopyOnWriteArrayList<>();
    private final Deque<Boolean> confirms = new ConcurrentLinkedDeque<>();
    private final Deque<Function<List<String>, Optional<Integer>>> choices = new ConcurrentLinkedDeque<>();
    private final Deque<Optional<Path>> filesToOpen = new ConcurrentLinkedDeque<>();
    private final Deque<Optional<Path>> filesToSave = new ConcurrentLinkedDeque<>();

    // --- scripting: each call answers the next dialog of its kind ---

    public ScriptedDialogs answerConfirm(boolean ok) {
        confirms.add(ok);
        return this;
    }

    /** The next {@code choose} picks the choice at {@code index}. */
    public ScriptedDialogs answerChoice(int index) {
        choices.add(list -> Optional.of(index));
        return this;
    }

    /**
     * The next {@code choose} picks the first choice whose text contains {@code text}; if none does,
     * the dialog is closed without a choice (the recorded answer is then empty).
     */
    public ScriptedDialogs answerChoiceContaining(String text) {
        choices.add(list -> {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).contains(text)) {
                    return Optional.of(i);
                }
            }
            return Optional.empty();
        });
        return this;
    }

    /** The next {@code choose} is closed without a choice. */
    public ScriptedDialogs cancelChoice() {
        choices.add(list -> Optional.empty());
        return this;
    }

    /** The next "open file" dialog returns {@code file}. */
    public ScriptedDialogs answerFileToOpen(Path file) {
        filesToOpen.add(Optional.of(file));
        return this;
    }

    /** The next "save file" dialog returns {@code file}. */
    public ScriptedDialogs answerFileToSave(Path file) {
        filesToSave.add(Optional.of(file));
        return this;
    }

    public ScriptedDialogs cancelFileToOpen() {
        filesToOpen.add(Optional.empty());
        return this;
    }

    public ScriptedDialogs cancelFileToSave() {
        filesToSave.add(Optional.empty());
        return this;
    }

    // --- what the app showed ---

    public List<Shown> shown() {
        return List.copyOf(shown);
    }

    public List<Shown> shown(Kind kind) {
        return shown.stream().filter(s -> s.kind() == kind).toList();
    }

    public List<Shown> errors() {
        return shown(Kind.ERROR);
    }

    public Optional<Shown> last(Kind kind) {
        List<Shown> of = shown(kind);
        return of.isEmpty() ? Optional.empty() : Optional.of(of.get(of.size() - 1));
    }

    /** Dialogs the app opened that no answer was queued for. */
    public List<Shown> unscripted() {
        return shown.stream().filter(s -> !s.scripted() && s.kind() != Kind.ERROR && s.kind() != Kind.INFO).toList();
    }

    /** Answers queued but never asked for. */
    public int pendingAnswers() {
        return confirms.size() + choices.size() + filesToOpen.size() + filesToSave.size();
    }

    public void clear() {
        shown.clear();
    }

    // --- DialogService ---

    @Override
    public void showError(String title, String message) {
        shown.add(new Shown(Kind.ERROR, title, message, List.of(), "", true));
    }

    @Override
    public void showInfo(String title, String message) {
        shown.add(new Shown(Kind.INFO, title, message, List.of(), "", true));
    }

    @Override
    public boolean confirm(String title, String message, String yes, String no) {
        return confirm(Kind.CONFIRM, title, message, yes, no);
    }

    @Override
    public boolean confirmIrreversible(String title, String message, String yes, String no) {
        return confirm(Kind.CONFIRM_IRREVERSIBLE, title, message, yes, no);
    }

    /**
     * Both questions take their answers from {@link #answerConfirm}, in the order they are asked; the
     * buttons' texts are recorded as the choices ({@code yes} first), the one pressed as the answer.
     */
    private boolean confirm(Kind kind, String title, String message, String yes, String no) {
        Boolean answer = confirms.poll();
        boolean ok = answer != null && answer;
        shown.add(new Shown(kind, title, message, List.of(yes, no), ok ? yes : no, answer != null));
        return ok;
    }

    @Override
    public <T> Optional<T> choose(String title, String message, List<T> options, T preselected) {
        List<String> texts = new ArrayList<>();
        options.forEach(o -> texts.add(String.valueOf(o)));
        Function<List<String>, Optional<Integer>> answer = choices.poll();
        Optional<T> chosen = answer == null ? Optional.empty() : answer.apply(texts).map(options::get);
        shown.add(new Shown(Kind.CHOOSE, title, message, texts, chosen.map(String::valueOf).orElse(""),
                answer != null));
        return chosen;
    }

    /** Answered from the same answers as {@link #choose}; unanswered (Esc), the safe action. */
    @Override
    public String chooseAction(String title, String message, List<String> actions, String safe) {
        Function<List<String>, Optional<Integer>> answer = choices.poll();
        String chosen = (answer == null ? Optional.<Integer>empty() : answer.apply(actions)).map(actions::get)
                .orElse(safe);
        shown.add(new Shown(Kind.CHOOSE_ACTION, title, message, List.copyOf(actions), chosen, answer != null));
        return chosen;
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, String filterDescription,
            String extension) {
        Optional<Path> answer = filesToSave.poll();
        Optional<Path> file = answer == null ? Optional.empty() : answer;
        shown.add(new Shown(Kind.SAVE_FILE, title, initialName, List.of(extension),
                file.map(Path::toString).orElse(""), answer != null));
        return file;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterDescription, List<String> extensions) {
        Optional<Path> answer = filesToOpen.poll();
        Optional<Path> file = answer == null ? Optional.empty() : answer;
        shown.add(new Shown(Kind.OPEN_FILE, title, filterDescription, List.copyOf(extensions),
                file.map(Path::toString).orElse(""), answer != null));
        return file;
    }
}
