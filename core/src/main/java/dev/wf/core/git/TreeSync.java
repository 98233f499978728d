package dev.wf.core.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheCheckout;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.merge.ResolveMerger;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The git plumbing of {@code wf sync}'s merge. JGit has no custom merge drivers, so wf's files are merged by wf and
 * written into both sides' trees before JGit merges the rest in memory. Nothing in the work tree or the index changes
 * until the whole merge is known to succeed; a conflict outside wf's files stops it with the repository untouched.
 */
public final class TreeSync {
    private TreeSync() {
    }

    /** One of wf's files on the three sides: null where a side lacks it. */
    public record Versions(String base, String ours, String theirs) {
    }

    /** How wf merges its files: all that differ, path to versions, into path to merged content (null: delete). */
    public interface FileMerger {
        Map<String, String> merge(Map<String, Versions> files) throws IOException;
    }

    /** What became of the merge. */
    public record Outcome(Kind kind, ObjectId commit, String detail) {
    }

    public enum Kind { UP_TO_DATE, FAST_FORWARD, MERGED, CONFLICT }

    /**
     * Merges {@code theirs} into HEAD. The paths {@code ours} selects are wf's: they are merged by {@code merger};
     * the others by JGit. On success HEAD, the index and the work tree move to the result.
     */
    public static Outcome merge(Repository repo, ObjectId theirsId, Predicate<String> wfPath, FileMerger merger,
            PersonIdent who, String message) throws IOException {
        try (RevWalk walk = new RevWalk(repo); ObjectInserter ins = repo.newObjectInserter();
                ObjectReader reader = repo.newObjectReader()) {
            RevCommit head = walk.parseCommit(repo.resolve(Constants.HEAD));
            RevCommit theirs = walk.parseCommit(theirsId);
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(head);
            walk.markStart(theirs);
            RevCommit base = walk.next();
            walk.reset();
            if (base == null) {
                return new Outcome(Kind.CONFLICT, null, "the two histories share no commit");
            }
            walk.setRevFilter(RevFilter.ALL);
            if (base != null && base.equals(theirs)) {
                return new Outcome(Kind.UP_TO_DATE, head, "already up to date");
            }
            if (base != null && base.equals(head)) {
                checkout(repo, head.getTree(), theirs.getTree());
                move(repo, head, theirs, "wf sync: fast-forward");
                return new Outcome(Kind.FAST_FORWARD, theirs, "fast-forwarded");
            }
            Map<String, Versions> files = wfFiles(repo, reader, base, head, theirs, wfPath);
            Map<String, byte[]> merged = new TreeMap<>();
            merger.merge(files).forEach((path, text) -> merged.put(path, text == null ? null
                    : text.getBytes(StandardCharsets.UTF_8)));
            ObjectId ours = replace(repo, ins, head.getTree(), merged);
            ObjectId their = replace(repo, ins, theirs.getTree(), merged);
            ResolveMerger m = (ResolveMerger) MergeStrategy.RECURSIVE.newMerger(repo, true);
            m.setBase(base == null ? null : base.getTree());
            if (!m.merge(ours, their)) {
                return new Outcome(Kind.CONFLICT, null, "both sides changed " + String.join(", ",
                        m.getUnmergedPaths()) + " (not wf's files)");
            }
            ObjectId tree = m.getResultTreeId();
            CommitBuilder c = new CommitBuilder();
            c.setTreeId(tree);
            c.setParentIds(head, theirs);
            c.setAuthor(who);
            c.setCommitter(who);
            c.setMessage(message);
            ObjectId commit = ins.insert(c);
            ins.flush();
            checkout(repo, head.getTree(), walk.parseTree(tree));
            move(repo, head, commit, "wf sync: merge");
            return new Outcome(Kind.MERGED, commit, "merged");
        }
    }

    /** wf's files that differ between the sides, with their three versions. */
    private static Map<String, Versions> wfFiles(Repository repo, ObjectReader reader, RevCommit base,
            RevCommit ours, RevCommit theirs, Predicate<String> wfPath) throws IOException {
        Map<String, Versions> out = new TreeMap<>();
        try (TreeWalk tw = new TreeWalk(repo)) {
            tw.setRecursive(true);
            tw.addTree(base == null ? new org.eclipse.jgit.treewalk.EmptyTreeIterator() : treeOf(repo, base));
            tw.addTree(ours.getTree());
            tw.addTree(theirs.getTree());
            while (tw.next()) {
                String path = tw.getPathString();
                if (!wfPath.test(path) || (tw.getObjectId(1).equals(tw.getObjectId(2)))) {
                    continue;
                }
                out.put(path, new Versions(blob(reader, tw, 0), blob(reader, tw, 1), blob(reader, tw, 2)));
            }
        }
        return out;
    }

    private static org.eclipse.jgit.treewalk.AbstractTreeIterator treeOf(Repository repo, RevCommit c)
            throws IOException {
        org.eclipse.jgit.treewalk.CanonicalTreeParser p = new org.eclipse.jgit.treewalk.CanonicalTreeParser();
        try (ObjectReader r = repo.newObjectReader()) {
            p.reset(r, c.getTree());
        }
        return p;
    }

    private static String blob(ObjectReader reader, TreeWalk tw, int i) throws IOException {
        if (tw.getFileMode(i) == FileMode.MISSING) {
            return null;
        }
        return new String(reader.open(tw.getObjectId(i)).getBytes(), StandardCharsets.UTF_8);
    }

    /** The tree with these paths replaced (null: removed). */
    private static ObjectId replace(Repository repo, ObjectInserter ins, ObjectId tree, Map<String, byte[]> changes)
            throws IOException {
        DirCache dc = DirCache.newInCore();
        DirCacheBuilder b = dc.builder();
        try (TreeWalk tw = new TreeWalk(repo)) {
            tw.addTree(tree);
            tw.setRecursive(true);
            while (tw.next()) {
                if (changes.containsKey(tw.getPathString())) {
                    continue;
                }
                DirCacheEntry e = new DirCacheEntry(tw.getPathString());
                e.setFileMode(tw.getFileMode(0));
                e.setObjectId(tw.getObjectId(0));
                b.add(e);
            }
        }
        for (Map.Entry<String, byte[]> c : changes.entrySet()) {
            if (c.getValue() != null) {
                DirCacheEntry e = new DirCacheEntry(c.getKey());
                e.setFileMode(FileMode.REGULAR_FILE);
                e.setObjectId(ins.insert(Constants.OBJ_BLOB, c.getValue()));
                b.add(e);
            }
        }
        b.finish();
        return dc.writeTree(ins);
    }

    /** Moves the index and work tree from one tree to another; refuses (touching nothing) over local changes. */
    private static void checkout(Repository repo, ObjectId from, ObjectId to) throws IOException {
        DirCache dc = repo.lockDirCache();
        try {
            DirCacheCheckout co = new DirCacheCheckout(repo, from, dc, to);
            co.setFailOnConflict(true);
            co.checkout();
        } finally {
            dc.unlock();
        }
    }

    private static void move(Repository repo, ObjectId from, ObjectId to, String why) throws IOException {
        RefUpdate ru = repo.updateRef(Constants.HEAD);
        ru.setExpectedOldObjectId(from);
        ru.setNewObjectId(to);
        ru.setRefLogMessage(why, false);
        RefUpdate.Result r = ru.update();
        if (r != RefUpdate.Result.FAST_FORWARD && r != RefUpdate.Result.NEW && r != RefUpdate.Result.FORCED) {
            throw new IOException("could not move HEAD: " + r);
        }
    }

    /** The id of a ref, if the repository has it. */
    public static Optional<ObjectId> resolve(Repository repo, String ref) throws IOException {
        return Optional.ofNullable(repo.resolve(ref));
    }
}
