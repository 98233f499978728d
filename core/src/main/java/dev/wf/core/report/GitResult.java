package dev.wf.core.report;

import java.util.List;

/** What a git feature did: the commit it made (null if none), and one line per thing it did. */
public record GitResult(String commit, List<String> done) {
    public GitResult {
        done = List.copyOf(done);
    }
}
