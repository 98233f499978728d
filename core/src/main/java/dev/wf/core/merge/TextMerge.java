package dev.wf.core.merge;

import dev.wf.core.render.ContextBlock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeFormatter;
import org.eclipse.jgit.merge.MergeResult;

/** A line-based three-way merge of a text (JGit's, as git does it), for CONTEXT.md around wf's block. */
public final class TextMerge {
    public static final String CONFLICT = "<<<<<<< ours";

    private TextMerge() {
    }

    /**
     * CONTEXT.md merged: wf's block is taken from ours on every side (wf renders it again on its next write), so
     * only what people wrote around it is merged; lines both sides changed get git's conflict markers.
     */
    public static String context(String base, String ours, String theirs) {
        String block = block(ours);
        return lines(withBlock(base, block), withBlock(ours, block), withBlock(theirs, block));
    }

    public static String lines(String base, String ours, String theirs) {
        RawText b = raw(base);
        RawText o = raw(ours);
        RawText t = raw(theirs);
        MergeResult<RawText> r = new MergeAlgorithm().merge(RawTextComparator.DEFAULT, b, o, t);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new MergeFormatter().formatMerge(out, r, "base", "ours", "theirs", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static RawText raw(String text) {
        return new RawText((text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
    }

    private static String block(String text) {
        if (text == null) {
            return null;
        }
        int b = text.indexOf(ContextBlock.BEGIN);
        int e = text.indexOf(ContextBlock.END);
        return b < 0 || e < b ? null : text.substring(b, e + ContextBlock.END.length());
    }

    private static String withBlock(String text, String block) {
        String own = block(text);
        return own == null || block == null ? text : text.replace(own, block);
    }
}
