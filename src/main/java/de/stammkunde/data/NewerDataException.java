package de.stammkunde.data;

/** The data folder was last used by a newer Stammkunde, whose schema this version does not know. */
public class NewerDataException extends RuntimeException {

    private final int found;
    private final int known;

    public NewerDataException(int found, int known) {
        super("The database has schema version " + found + "; this Stammkunde knows up to " + known);
        this.found = found;
        this.known = known;
    }

    public int found() {
        return found;
    }

    public int known() {
        return known;
    }
}
