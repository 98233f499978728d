package dev.wf.bench;

import dev.wf.core.model.Node;
import dev.wf.core.model.Workflow;
import dev.wf.core.ops.Edit;
import dev.wf.core.ops.Restructure;
import dev.wf.core.ops.Transitions;
import dev.wf.core.rules.Rollup;
import dev.wf.core.store.WorkflowCodec;

/**
 * Two branches' edits of one generated tree, as two people make them between merges: a handful of changes, not one
 * per node, and one field both changed (the title of the first task), which the merge must decide.
 */
final class Edits {
    private static final String OURS_AT = "2026-02-01T10:00:00Z";
    private static final String THEIRS_AT = "2026-02-01T11:00:00Z";

    private Edits() {
    }

    /** Ours: the current leaf done (the pointer moves on) and the first task retitled. */
    static String ours(WorkflowCodec.Parsed base, String current) {
        Workflow w = Transitions.done(base.workflow(), current, OURS_AT).after();
        w = Edit.apply(w, firstTask(w).id(), title("First task, renamed on our side")).after();
        return save(w, base, OURS_AT);
    }

    /** Theirs: a task added to the last phase, notes on the middle phase's first task, the first task retitled. */
    static String theirs(WorkflowCodec.Parsed base) {
        Workflow w = base.workflow();
        Node last = w.phases().get(w.phases().size() - 1);
        w = Restructure.add(w, last.id(), "Added on their side", null, null, THEIRS_AT).after();
        Node middle = w.phases().get(w.phases().size() / 2).tasks().get(0);
        w = Edit.apply(w, middle.id(), new Edit.Request(null, null, null, "Their notes.", null, null, null, null,
                null, null)).after();
        w = Edit.apply(w, firstTask(w).id(), title("First task, renamed on their side")).after();
        return save(w, base, THEIRS_AT);
    }

    private static Node firstTask(Workflow w) {
        return w.phases().get(0).tasks().get(0);
    }

    private static Edit.Request title(String title) {
        return new Edit.Request(title, null, null, null, null, null, null, null, null, null);
    }

    private static String save(Workflow w, WorkflowCodec.Parsed base, String when) {
        return WorkflowCodec.format(Rollup.apply(w).withLastUpdated(when), base.layout());
    }
}
