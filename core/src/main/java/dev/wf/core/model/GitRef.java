package dev.wf.core.model;

/** Where a repository stood when an event happened: the HEAD commit and the branch (null when detached). */
public record GitRef(String head, String branch) {
}
