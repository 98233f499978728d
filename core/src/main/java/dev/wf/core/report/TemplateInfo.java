package dev.wf.core.report;

/** A workflow template for {@code wf start --template}: its name, where it comes from, and what it is for. */
public record TemplateInfo(String name, String source, String description) {
}
