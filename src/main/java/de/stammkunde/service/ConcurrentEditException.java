package de.stammkunde.service;

/** Someone else saved the same record since it was opened; nothing was written. */
public class ConcurrentEditException extends RuntimeException implements Refusal {

    public ConcurrentEditException(String what) {
        super(what + " was changed by someone else in the meantime");
    }
}
