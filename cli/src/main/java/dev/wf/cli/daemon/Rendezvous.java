package dev.wf.cli.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Where a running daemon listens and the two secrets that prove each side to the other, in a file only its owner can
 * read: {@code PORT SERVER-SECRET CLIENT-SECRET PID}, one line. The launcher reads it with bash alone.
 */
public record Rendezvous(int port, String serverSecret, String clientSecret, long pid) {
    /** The file beside the jar the daemon runs: one daemon per build of wf. */
    public static final String FILE = "wf.daemon";

    /** A new pair of secrets for a daemon listening on {@code port}. */
    static Rendezvous fresh(int port) {
        return new Rendezvous(port, secret(), secret(), ProcessHandle.current().pid());
    }

    private static String secret() {
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** The line a daemon greets each connection with: a server that cannot say it is not this daemon. */
    String greeting() {
        return "wf-daemon 1 " + serverSecret;
    }

    /** Writes the file readable by its owner alone, in one step (a temporary file renamed into place). */
    void write(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + "." + pid + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException | FileAlreadyExistsException e) {
            throw new IOException("cannot make a file only its owner reads at " + tmp, e);
        }
        Files.writeString(tmp, port + " " + serverSecret + " " + clientSecret + " " + pid + "\n",
                StandardCharsets.US_ASCII);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The file's contents, if it holds a well-formed line and only its owner, this user, can read or write it. */
    public static Optional<Rendezvous> read(Path file) {
        try {
            java.nio.file.attribute.PosixFileAttributes a = Files.readAttributes(file,
                    java.nio.file.attribute.PosixFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            if (!PosixFilePermissions.toString(a.permissions()).equals("rw-------")
                    || !a.owner().getName().equals(System.getProperty("user.name"))) {
                return Optional.empty();
            }
            String[] f = Files.readString(file, StandardCharsets.US_ASCII).strip().split(" ");
            return f.length == 4 ? Optional.of(new Rendezvous(Integer.parseInt(f[0]), f[1], f[2], Long.parseLong(f[3])))
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Removes the file if it is still this daemon's (a newer daemon may have replaced it). */
    void removeIfOurs(Path file) {
        if (read(file).filter(this::equals).isPresent()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a stale file is refused by the launcher's handshake anyway
            }
        }
    }
}
