package dev.wf.cli;

final class GitCommand extends CommandGroup {
    @Override
    Args declare() {
        return Args.command(this, "wf and git.")
                .subcommand("setup", new Setup());
    }

    static final class Setup extends Verb {
        String driver;

        @Override
        Args declare() {
            return Args.command(this, "Make command-line git merge wf's files with wf (git merge, rebase, pull): the"
                    + " .gitattributes entries, the merge driver in .git/config, and .wf-merge ignored. Changes only"
                    + " what is missing and says what it changed.")
                    .option("--driver", "COMMAND", "The shell command that runs wf in the driver (default: this wf's"
                            + " launcher, else 'wf' on the PATH).", v -> driver = v);
        }

        @Override
        public Integer call() {
            String launcher = driver != null ? driver : root().env().var("WF_LAUNCHER") != null
                    ? shell(root().env().var("WF_LAUNCHER")) : "wf";
            if (driver == null && root().env().var("WF_LAUNCHER") == null) {
                printer().notice("not run by the ./wf launcher: the driver runs 'wf', which must be on git's PATH"
                        + " (or pass --driver COMMAND)");
            }
            return CommitCommand.print(printer(), workspace().gitSetup(launcher, driver != null));
        }

        /** A path as one shell word. */
        private static String shell(String path) {
            return path.matches("[A-Za-z0-9_./-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
        }
    }
}
