package dev.wf.core.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** File operations that reach the disk before they return: written and forced, renamed and the folder forced. */
public final class Durable {
    private Durable() {
    }

    static void write(Path file, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            while (b.hasRemaining()) {
                ch.write(b);
            }
            ch.force(true);
        }
    }

    /** Replaces a file's content in one step: a forced temporary file renamed over it, the folders made first. */
    public static void replace(Path file, byte[] bytes) throws IOException {
        folders(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling("." + file.getFileName() + ".wf-tmp");
        write(tmp, bytes);
        rename(tmp, file);
    }

    static void rename(Path from, Path to) throws IOException {
        move(from, to);
        syncFolder(to.toAbsolutePath().getParent());
    }

    /** Renames in one step, leaving the folder to be forced by the caller (once for several renames into it). */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Creates missing folders, forcing each new one's entry in its parent to disk. */
    static void folders(Path dir) throws IOException {
        if (dir == null || Files.isDirectory(dir)) {
            return;
        }
        folders(dir.getParent());
        Files.createDirectory(dir);
        syncFolder(dir.getParent());
    }

    static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException ignored) {
            // Some systems cannot open a folder for syncing; the rename itself is still atomic there.
        }
    }
}
