package io.casework.application.port.in;

/** Takes queued workflow runs to their end; the server's run workers call it in a loop. */
public interface WorkflowRunner {
    /**
     * Claims one queued run (or one whose worker died) for {@code worker} and runs it to its end.
     *
     * @return false when no run was waiting
     */
    boolean runNext(String worker);
}
