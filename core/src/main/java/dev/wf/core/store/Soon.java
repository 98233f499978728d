package dev.wf.core.store;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A value worked out on a thread of its own while the caller goes on. Taking it waits for it, and throws what the work
 * threw. A command has two cores to use and spends most of its time on one.
 */
public final class Soon<T> implements Supplier<T> {
    private final FutureTask<T> task;

    private Soon(String name, Callable<T> work) {
        task = new FutureTask<>(work);
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
    }

    /** Starts {@code work} on a new thread named {@code name}. */
    public static <T> Soon<T> of(String name, Callable<T> work) {
        return new Soon<>(name, work);
    }

    @Override
    public T get() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the work is short: finish waiting, and keep the interrupt for the caller
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException thrown) {
                        throw thrown;
                    }
                    if (e.getCause() instanceof Error thrown) {
                        throw thrown;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
