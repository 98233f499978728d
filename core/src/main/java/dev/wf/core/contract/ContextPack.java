package dev.wf.core.contract;

import dev.wf.core.error.WfException;
import dev.wf.core.model.Input;
import dev.wf.core.model.Node;
import dev.wf.core.model.Nodes;
import dev.wf.core.model.SourceKind;
import dev.wf.core.model.Workflow;
import dev.wf.core.report.ContextReport;
import dev.wf.core.report.WhereReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds {@code wf context}: a node's chain and contract, and the content of its inputs, L3 before L4. */
public final class ContextPack {
    private ContextPack() {
    }

    /** The context of node {@code id}; {@code maxTokens} (null for no limit) cuts the inputs' text to fit. */
    public static ContextReport build(String handle, Workflow w, String id, Artifacts files, Long maxTokens) {
        if (maxTokens != null && maxTokens < 0) {
            throw WfException.invalid("--max-tokens must be 0 or more, not " + maxTokens, null);
        }
        Node n = w.node(id).orElseThrow(() -> WfException.invalid("'" + id + "' is not a node of " + w.goal().id(),
                "wf context takes a phase or task id; see them with wf where"));
        List<WhereReport.Step> chain = new ArrayList<>();
        chain.add(new WhereReport.Step(w.goal().id(), w.goal().title()));
        List<Node> ancestry = Nodes.ancestry(w.phases(), id);
        ancestry.forEach(a -> chain.add(new WhereReport.Step(a.id(), a.title())));
        // A task works inside its phase's contract: the inputs of its parents come too, outermost first, once each.
        Map<String, Map.Entry<Input, String>> declared = new LinkedHashMap<>();
        for (Node a : ancestry) {
            a.inputs().forEach(in -> declared.putIfAbsent(Artifacts.key(in), Map.entry(in, a.id())));
        }
        List<Map.Entry<Input, String>> ordered = declared.values().stream()
                .sorted(Comparator.comparingInt(e -> e.getKey().source() == SourceKind.L3_REFERENCE ? 0 : 1)).toList();
        List<ContextReport.Part> parts = new ArrayList<>();
        long bytes = 0;
        long tokens = 0;
        long left = maxTokens == null ? Long.MAX_VALUE : maxTokens;
        for (Map.Entry<Input, String> entry : ordered) {
            Input in = entry.getKey();
            Node owner = w.node(entry.getValue()).orElse(n);
            Artifacts.Piece p = files.read(in);
            if (!p.found()) {
                throw missing(w, owner, in, p);
            }
            long partTokens = p.text() == null ? 0 : tokens(p.text());
            String shown = p.text();
            boolean cut = false;
            if (shown != null && partTokens > left) {
                shown = left == 0 ? null : cutAt(shown, left);
                cut = true;
            }
            long shownTokens = shown == null ? 0 : Math.min(partTokens, tokens(shown));
            left -= shownTokens;
            bytes += p.bytes();
            tokens += partTokens;
            parts.add(new ContextReport.Part(in.source().yaml(), in.file(),
                    Artifacts.isFullFile(in) ? Input.FULL_FILE : in.section(), in.why(), owner.id(), shown, p.bytes(),
                    partTokens, shownTokens, p.state() == Artifacts.State.BINARY, cut));
        }
        long shownTotal = parts.stream().mapToLong(ContextReport.Part::shownTokens).sum();
        return new ContextReport(handle, chain, w.goal().why(), n.id(), n.title(), n.status().yaml(), n.process(),
                n.script(), n.inputs(), n.outputs(), n.notes(), parts, bytes, tokens, shownTotal, maxTokens);
    }

    /** About one token per four characters: the usual rule of thumb for English text and code. */
    public static long tokens(String text) {
        return (text.length() + 3) / 4;
    }

    /** The text cut to about {@code tokens} tokens, at a line end when there is one in the last quarter. */
    private static String cutAt(String text, long tokens) {
        int chars = (int) Math.min(text.length(), tokens * 4);
        int nl = text.lastIndexOf('\n', chars - 1);
        int end = nl >= chars * 3 / 4 ? nl + 1 : chars;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static WfException missing(Workflow w, Node n, Input in, Artifacts.Piece p) {
        if (p.state() == Artifacts.State.NO_FILE) {
            String hint = in.source() == SourceKind.L3_REFERENCE ? "restore it, or fix the input with wf edit "
                    + n.id() + " --remove-input " + in.file()
                    : in.source() == SourceKind.L4_PREV_PHASE ? "the phase that produces it writes it; finish that one"
                            + " first" : "upload it to that path";
            return WfException.rule("'" + n.id() + "' reads " + in.file() + ", which does not exist", hint);
        }
        return WfException.rule("'" + n.id() + "' reads section '" + in.section() + "' of " + in.file()
                + ", which has no such heading" + ContractRules.headings(p),
                "fix the heading, or the input with wf edit " + n.id() + " --remove-input '" + Artifacts.key(in) + "'");
    }
}
