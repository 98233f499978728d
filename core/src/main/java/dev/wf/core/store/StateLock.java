package dev.wf.core.store;

import dev.wf.core.error.ErrorKind;
import dev.wf.core.error.WfException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;

/**
 * The exclusive lock on a project's state. It is an operating-system file lock, so it dies with its process: a lock
 * file left by a killed process never wedges the project. The file records the holder for the waiting message.
 */
public final class StateLock implements AutoCloseable {
    public static final String FILE = ".wf.lock";
    private static final long POLL_MS = 25;

    private final FileChannel channel;
    private final FileLock lock;

    private StateLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of {@code stateDir}, waiting up to {@code wait}; CONFLICT names the holder if it cannot. */
    public static StateLock acquire(Path stateDir, String command, Duration wait, Instant now) {
        Path file = stateDir.resolve(FILE);
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            while (true) {
                FileLock l = tryLock(ch);
                if (l != null) {
                    String holder = "pid " + ProcessHandle.current().pid() + " (" + command + ") since " + now + "\n";
                    // Written over the last holder, then cut to length: a file cut to nothing and written again
                    // is flushed to disk when it is closed on ext4 (auto_da_alloc), which no lock file needs.
                    byte[] bytes = holder.getBytes(StandardCharsets.UTF_8);
                    ch.write(ByteBuffer.wrap(bytes), 0);
                    ch.truncate(bytes.length);
                    return new StateLock(ch, l);
                }
                if (System.nanoTime() > deadline) {
                    ch.close();
                    throw new WfException(ErrorKind.CONFLICT, "the workflow is locked by " + holder(file)
                            + "; waited " + String.format("%.1f", wait.toMillis() / 1000.0) + " s", stateDir.toString(),
                            "wait for that command to finish, or pass --wait SECONDS");
                }
                Thread.sleep(POLL_MS);
            }
        } catch (IOException e) {
            throw WfException.storage("cannot lock " + file + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WfException(ErrorKind.CONFLICT, "interrupted while waiting for the lock", file.toString(),
                    null);
        }
    }

    private static FileLock tryLock(FileChannel ch) throws IOException {
        try {
            return ch.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            return null;
        }
    }

    private static String holder(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "another process" : text;
        } catch (IOException e) {
            return "another process";
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // closing the channel releases the lock in any case
        }
    }
}
