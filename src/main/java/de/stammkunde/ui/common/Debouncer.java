package de.stammkunde.ui.common;

/** Runs an action once the user paused typing; each call restarts the wait. */
@FunctionalInterface
public interface Debouncer {

    void call(Runnable action);

    /** For tests: no waiting. */
    Debouncer IMMEDIATE = Runnable::run;

    /** On the FX thread: waits {@code millis} after the last call. */
    static Debouncer fx(long millis) {
        javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(javafx.util.Duration.millis(millis));
        return action -> {
            pause.setOnFinished(e -> action.run());
            pause.playFromStart();
        };
    }
}
