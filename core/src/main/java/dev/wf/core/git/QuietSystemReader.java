package dev.wf.core.git;

import java.io.IOException;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * JGit's system reader without the system-wide git config: finding that file makes JGit start {@code git} processes
 * ({@code git --version}, {@code git config --system}) on every repository it opens. The user's and the repository's
 * config are read as usual.
 */
final class QuietSystemReader extends SystemReader.Delegate {
    private StoredConfig system;
    private StoredConfig user;

    private QuietSystemReader(SystemReader delegate) {
        super(delegate);
    }

    static synchronized void install() {
        if (!(SystemReader.getInstance() instanceof QuietSystemReader)) {
            SystemReader.setInstance(new QuietSystemReader(SystemReader.getInstance()));
        }
    }

    @Override
    public FileBasedConfig openSystemConfig(Config parent, FS fs) {
        return empty(parent, fs);
    }

    @Override
    public synchronized StoredConfig getSystemConfig() {
        if (system == null) {
            system = empty(null, FS.DETECTED);
        }
        return system;
    }

    @Override
    public synchronized StoredConfig getUserConfig() throws IOException, ConfigInvalidException {
        if (user == null) {
            FileBasedConfig c = openUserConfig(getSystemConfig(), FS.DETECTED);
            c.load();
            user = c;
        }
        return user;
    }

    private static FileBasedConfig empty(Config parent, FS fs) {
        return new FileBasedConfig(parent, null, fs) {
            @Override
            public void load() {
                // nothing: no system config
            }

            @Override
            public boolean isOutdated() {
                return false;
            }
        };
    }
}
