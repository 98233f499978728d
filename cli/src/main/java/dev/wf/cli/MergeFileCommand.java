package dev.wf.cli;

import dev.wf.core.merge.FileMerge;
import dev.wf.core.render.Safe;
import java.nio.file.Path;

final class MergeFileCommand extends Verb {
    Path base;
    Path ours;
    Path theirs;
    Path path;

    @Override
    Args declare() {
        return Args.command(this, "Merge one of wf's files three ways, as git's merge driver (wf git setup configures"
                + " it): workflow.yaml node by node, log.jsonl by union, current-pointer.md by keeping ours. The"
                + " result replaces OURS; what had to be decided goes to stderr.")
                .param("BASE", Path.class, "The common ancestor (git's %%O).", v -> base = v)
                .param("OURS", Path.class, "Our version, replaced by the result (%%A).", v -> ours = v)
                .param("THEIRS", Path.class, "Their version (%%B).", v -> theirs = v)
                .param("PATH", Path.class, "The file's path in the work tree (%%P): what kind of file it is, and where"
                        + " its log is.", v -> path = v, Args.optional());
    }

    @Override
    public Integer call() throws Exception {
        Path cwd = root().env().cwd();
        for (Path must : new Path[] {ours, theirs}) {
            if (!java.nio.file.Files.isRegularFile(cwd.resolve(must))) {
                throw dev.wf.core.error.WfException.invalid(must + " is not a file", "git passes %O %A %B %P");
            }
        }
        FileMerge.Report r = FileMerge.merge(cwd.resolve(base), cwd.resolve(ours), cwd.resolve(theirs),
                path == null ? null : cwd.resolve(path));
        Printer p = printer();
        if (p.json) {
            p.out.println(JsonViews.write(JsonViews.mergeFile(r)));
        }
        r.conflicts().forEach(c -> p.notice("merge " + (path == null ? r.file() : path) + ": " + Safe.line(c)));
        return ExitCodes.OK;
    }
}
