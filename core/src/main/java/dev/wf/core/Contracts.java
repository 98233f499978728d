package dev.wf.core;

import dev.wf.core.contract.Artifacts;
import dev.wf.core.contract.Baselines;
import dev.wf.core.contract.Staleness;
import dev.wf.core.model.Nodes;
import dev.wf.core.model.Workflow;
import dev.wf.core.store.EventLog;
import dev.wf.core.store.StateFolder.Loaded;
import java.io.IOException;
import java.util.List;

/** Staleness of one workflow: its contracts, the hashes its log recorded, and the project's files as they are now. */
final class Contracts {
    private Contracts() {
    }

    static List<Staleness.Stale> stale(Loaded l, Artifacts files) {
        Workflow w = l.workflow();
        if (Nodes.all(w.phases()).stream().allMatch(n -> n.inputs().isEmpty())) {
            return List.of(); // nothing to compare: the log is not read
        }
        Baselines records;
        try {
            records = Baselines.from(EventLog.read(l.folder().log()).events());
        } catch (IOException e) {
            records = Baselines.NONE;
        }
        return Staleness.find(w, records, files::hash);
    }

    /** The stale messages of each workflow, prefixed with its handle when it is not the root. */
    static List<String> messages(List<Loaded> workflows, Artifacts files) {
        return workflows.stream().flatMap(l -> stale(l, files).stream().map(s -> (l.folder().handle().isEmpty() ? ""
                : l.folder().handle() + ": ") + s.message())).toList();
    }
}
