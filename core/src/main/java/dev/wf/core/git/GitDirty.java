package dev.wf.core.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Whether tracked files other than wf's own have uncommitted changes, for the provenance of events. It asks the
 * {@code git} command ({@code git status --porcelain --untracked-files=no}), started when a write begins so that it
 * runs alongside it: one process of a few milliseconds, where loading JGit would cost half a second. Unknown (null)
 * when there is no repository, no git command, or no answer within two seconds.
 */
public final class GitDirty {
    private static final long TIMEOUT_MS = 2000;

    private GitDirty() {
    }

    /** Starts the check for the repository holding {@code project}; the supplier waits for the answer. */
    public static Supplier<Boolean> start(Path project) {
        try {
            if (GitHead.gitDir(project).isEmpty()) {
                return () -> null;
            }
        } catch (IOException e) {
            return () -> null;
        }
        CompletableFuture<Boolean> answer = CompletableFuture.supplyAsync(() -> ask(project));
        return () -> {
            try {
                return answer.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                return null;
            }
        };
    }

    private static Boolean ask(Path project) {
        try {
            Process p = new ProcessBuilder("git", "--no-optional-locks", "status", "--porcelain", "-z", "--untracked-files=no",
                    "--ignore-submodules=all").directory(project.toFile()).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            String out = read(p.getInputStream());
            if (!p.waitFor(TIMEOUT_MS, TimeUnit.MILLISECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return null;
            }
            for (String entry : out.split("\0")) {
                if (entry.length() > 3 && !wfFile(entry.substring(3))) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return null; // no git command
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** wf's own files, by their path in the repository: state folders, PROGRESS.md and CONTEXT.md. */
    public static boolean wfFile(String path) {
        String p = "/" + path;
        return p.contains("/workflow-state/") || p.endsWith("/PROGRESS.md") || p.endsWith("/CONTEXT.md");
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        in.transferTo(buf);
        return buf.toString(StandardCharsets.UTF_8);
    }
}
