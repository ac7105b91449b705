package de.stammkunde.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the user's data lives: never in the install folder, so that uninstalling or upgrading keeps
 * it. Order: {@code --data-dir}, then {@value #ENV}, then the operating system's per-user data folder.
 */
public final class DataDirectory {

    public static final String ENV = "STAMMKUNDE_DATA_DIR";
    private static final String NAME = "stammkunde";

    private DataDirectory() {
    }

    public static Path resolve(Path option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path resolve(Path option, Map<String, String> env, String osName, String home) {
        if (option != null) {
            return option.toAbsolutePath();
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve("Stammkunde");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Stammkunde");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve(NAME);
    }
}
