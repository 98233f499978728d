package dev.wf.core.model;

/**
 * Where a repository stood when an event happened: the HEAD commit, the branch (null when detached), and whether
 * tracked files had uncommitted changes (null when that could not be told).
 */
public record GitRef(String head, String branch, Boolean dirty) {
    public GitRef withDirty(Boolean d) {
        return new GitRef(head, branch, d);
    }
}
