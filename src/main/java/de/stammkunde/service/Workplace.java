package de.stammkunde.service;

/**
 * Who is working where: written into every ledger row, redemption and purchase ("who and when",
 * "already used … where"). Until staff accounts exist, the user is the computer's login name and
 * the station its host name.
 */
public record Workplace(String user, String station) {

    public static Workplace ofThisComputer() {
        // Not InetAddress.getLocalHost(): it may wait for a name server, and this runs at start-up.
        String station = System.getenv().getOrDefault("COMPUTERNAME", System.getenv().getOrDefault("HOSTNAME", ""));
        if (station.isBlank()) {
            try {
                station = java.nio.file.Files.readString(java.nio.file.Path.of("/etc/hostname")).strip();
            } catch (java.io.IOException | RuntimeException e) {
                station = "";
            }
        }
        return new Workplace(System.getProperty("user.name", ""), station);
    }

    /** As written into the {@code created_by} columns. */
    public String who() {
        return station.isBlank() ? user : user + "@" + station;
    }
}
