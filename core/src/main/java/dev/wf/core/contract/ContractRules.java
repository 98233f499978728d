package dev.wf.core.contract;

import dev.wf.core.model.Input;
import dev.wf.core.model.Node;
import dev.wf.core.model.NodeStatus;
import dev.wf.core.model.Nodes;
import dev.wf.core.model.Output;
import dev.wf.core.model.SourceKind;
import dev.wf.core.model.Workflow;
import dev.wf.core.rules.Paths;
import dev.wf.core.rules.Violation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The stage-contract rules that {@code wf check} reports: inputs that exist (with their sections), handoffs that come
 * from an earlier node's outputs and are declared only by the consumer, uploads present once work starts, outputs
 * present once a node is done, and scripts whose Reads:/Writes: agree with the contract.
 */
public final class ContractRules {
    /** Keys on an output that would name its consumers: the reference must be declared by the consumer alone. */
    static final Set<String> CONSUMER_KEYS = Set.of("consumers", "consumed_by", "used_by", "read_by", "feeds");

    private ContractRules() {
    }

    public static List<Violation> check(Workflow w, Artifacts files) {
        List<Violation> out = new ArrayList<>();
        Handoffs handoffs = new Handoffs(w);
        for (Node n : handoffs.order()) {
            node(w, n, handoffs, files, out);
        }
        return out;
    }

    /** The contract rules of one node. */
    public static List<Violation> check(Workflow w, String id, Artifacts files) {
        List<Violation> out = new ArrayList<>();
        w.node(id).filter(n -> !n.inputs().isEmpty() || !n.outputs().isEmpty() || n.script() != null)
                .ifPresent(n -> node(w, n, new Handoffs(w), files, out));
        return out;
    }

    private static void node(Workflow w, Node n, Handoffs handoffs, Artifacts files, List<Violation> out) {
        String at = Nodes.location(w.phases(), n.id()).orElse(n.id());
        boolean started = n.status() == NodeStatus.IN_PROGRESS || n.status() == NodeStatus.DONE;
        for (int i = 0; i < n.inputs().size(); i++) {
            input(n, n.inputs().get(i), at + ".inputs[" + i + "]", "@" + n.id() + "/inputs[#" + i + "]", started,
                    handoffs, files, out);
        }
        for (int i = 0; i < n.outputs().size(); i++) {
            output(n, n.outputs().get(i), at + ".outputs[" + i + "]", "@" + n.id() + "/outputs[#" + i + "]", files,
                    out);
        }
        if (n.script() != null) {
            script(n, at + ".script", files, out);
        }
    }

    /**
     * The outputs that are missing for each node a change makes done (a leaf, and any parent it completes), as
     * {@code id: artifact (location)}.
     */
    public static List<String> missingOutputs(Workflow before, Workflow after, Artifacts files) {
        List<String> out = new ArrayList<>();
        java.util.Map<String, NodeStatus> was = Baselines.statuses(before);
        for (Node n : Nodes.all(after.phases())) {
            if (n.status() != NodeStatus.DONE || was.get(n.id()) == NodeStatus.DONE || n.outputs().isEmpty()) {
                continue;
            }
            for (Output o : n.outputs()) {
                if (o.location() != null && !files.exists(o.location())) {
                    out.add(n.id() + ": " + o.artifact() + " (" + o.location() + ")");
                }
            }
        }
        return out;
    }

    private static void input(Node n, Input in, String at, String line, boolean started, Handoffs handoffs,
            Artifacts files, List<Violation> out) {
        if (!Paths.insideProject(in.file())) {
            out.add(new Violation("contract", "input path '" + in.file() + "' leaves the project", at, line, false));
            return;
        }
        if (in.source() == SourceKind.L4_PREV_PHASE) {
            Optional<Node> producer = handoffs.producer(n, in.file());
            if (producer.isEmpty()) {
                String later = handoffs.laterProducer(n, in.file()).map(p -> p == n ? "; it is the node's own"
                        + " output" : "; it is an output of '" + p.id() + "', which comes after it: phase N's outputs"
                        + " feed the phases after N").orElse(
                                "; declare it as an earlier phase's output, or make it L3:reference or L4:user-upload");
                out.add(new Violation("contract", "'" + n.id() + "' reads " + in.file()
                        + " as L4:prev-phase, but no earlier node declares it as an output" + later, at, line, false));
                return;
            }
        }
        boolean mustExist = in.source() == SourceKind.L3_REFERENCE || started;
        if (!mustExist) {
            return;
        }
        Artifacts.Piece p = files.read(in);
        String when = in.source() == SourceKind.L3_REFERENCE ? "" : " ('" + n.id() + "' is " + n.status().yaml() + ")";
        if (p.state() == Artifacts.State.NO_FILE) {
            out.add(new Violation("contract", "'" + n.id() + "' reads " + in.file() + ", which does not exist" + when,
                    at, line, false));
        } else if (p.state() == Artifacts.State.NO_SECTION) {
            out.add(new Violation("contract", "'" + n.id() + "' reads section '" + in.section() + "' of " + in.file()
                    + ", which has no such heading" + headings(p), at, line, false));
        }
    }

    private static void output(Node n, Output o, String at, String line, Artifacts files, List<Violation> out) {
        for (String key : o.extras().values().keySet()) {
            if (CONSUMER_KEYS.contains(key)) {
                out.add(new Violation("contract", "output '" + o.artifact() + "' of '" + n.id() + "' lists its consumers"
                        + " under '" + key + "'; references are one-way: only the consuming node declares them",
                        at + "." + key, line, false));
            }
        }
        if (o.location() != null && !Paths.insideProject(o.location())) {
            out.add(new Violation("contract", "output path '" + o.location() + "' leaves the project", at, line, false));
        } else if (n.status() == NodeStatus.DONE && o.location() != null && !files.exists(o.location())) {
            out.add(new Violation("contract", "'" + n.id() + "' is done but its output '" + o.artifact() + "' ("
                    + o.location() + ") does not exist", at, line, false));
        }
    }

    private static void script(Node n, String at, Artifacts files, List<Violation> out) {
        String line = "@" + n.id() + "/script";
        Optional<byte[]> raw = files.bytes(n.script());
        if (raw.isEmpty()) {
            out.add(new Violation("contract", "script " + n.script() + " of '" + n.id() + "' does not exist", at, line,
                    false));
            return;
        }
        Optional<ScriptHeader.Declared> d = ScriptHeader.parse(new String(raw.get(), StandardCharsets.UTF_8));
        if (d.isEmpty()) {
            out.add(new Violation("contract", "script " + n.script() + " has no Reads:/Writes: lists in its leading"
                    + " docstring or comment; restate '" + n.id() + "''s contract there", at, line, false));
            return;
        }
        Set<String> inputs = normal(n.inputs().stream().map(Input::file).toList());
        Set<String> outputs = normal(n.outputs().stream().map(Output::location).filter(l -> l != null).toList());
        Set<String> reads = normal(d.get().reads());
        Set<String> writes = normal(d.get().writes());
        drift(reads, inputs, n.script() + " says it reads %s, which '" + n.id() + "' does not list as an input", at,
                line, out);
        drift(inputs, reads, "'" + n.id() + "' lists input %s, which " + n.script() + " does not name under Reads:", at,
                line, out);
        drift(writes, outputs, n.script() + " says it writes %s, which '" + n.id() + "' does not list as an output",
                at, line, out);
        drift(outputs, writes, "'" + n.id() + "' lists output %s, which " + n.script()
                + " does not name under Writes:", at, line, out);
    }

    private static void drift(Set<String> said, Set<String> declared, String message, String at, String line,
            List<Violation> out) {
        for (String s : said) {
            if (!declared.contains(s)) {
                out.add(new Violation("drift", String.format(message, s), at, line, false));
            }
        }
    }

    private static Set<String> normal(List<String> paths) {
        Set<String> out = new LinkedHashSet<>();
        for (String p : paths) {
            try {
                out.add(Path.of(p).normalize().toString());
            } catch (java.nio.file.InvalidPathException e) {
                out.add(p);
            }
        }
        return out;
    }

    static String headings(Artifacts.Piece p) {
        if (p.headings().isEmpty()) {
            return p.bytes() > 0 ? " (the file is not text)" : " (the file has no headings)";
        }
        List<String> shown = p.headings().size() > 30 ? p.headings().subList(0, 30) : p.headings();
        return "; its headings: " + String.join(", ", shown) + (shown.size() < p.headings().size() ? ", ..." : "");
    }
}
