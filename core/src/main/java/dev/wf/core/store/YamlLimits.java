package dev.wf.core.store;

/** The bounds within which wf reads YAML; past them a file is refused with a clear message. */
record YamlLimits(int maxBytes, int maxDepth, int maxAliases, int maxNodes) {
    static final YamlLimits DEFAULT = new YamlLimits(64 * 1024 * 1024, 100, 50, 2_000_000);
}
