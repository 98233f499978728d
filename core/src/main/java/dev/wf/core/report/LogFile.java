package dev.wf.core.report;

import java.nio.file.Path;

/** A workflow's log.jsonl, with the workflow's fork path (empty for the root). */
public record LogFile(String workflow, Path path) {
}
