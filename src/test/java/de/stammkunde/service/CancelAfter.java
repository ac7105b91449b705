package de.stammkunde.service;

/** Progress that asks to cancel once the work reported at least the given amount done. */
public final class CancelAfter implements Progress {

    private final long limit;
    private long done;

    public CancelAfter(long limit) {
        this.limit = limit;
    }

    @Override
    public void update(long done, long total) {
        this.done = done;
    }

    @Override
    public boolean isCancelled() {
        return done >= limit;
    }
}
