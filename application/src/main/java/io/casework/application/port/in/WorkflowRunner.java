package io.casework.application.port.in;

/** Takes queued workflow runs to their end; the server's run workers call it in a loop. */
public interface WorkflowRunner {
    /**
     * Runs one batch ({@link #runBatch}).
     *
     * @return false when no run was waiting
     */
    boolean runNext(String worker);

    /**
     * Claims up to {@link #batchSize} queued runs (or runs whose worker died) for {@code worker} and runs them to
     * their end, together.
     *
     * @return how many runs were claimed: fewer than {@link #batchSize} when no more were waiting
     */
    int runBatch(String worker);

    /** The most runs {@link #runBatch} claims at once. */
    int batchSize();
}
