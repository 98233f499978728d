package dev.wf.core.report;

import dev.wf.core.model.Event;

/** An event and the workflow whose log holds it (its fork path; empty for the root). */
public record LogEntry(String workflow, Event event) {
}
