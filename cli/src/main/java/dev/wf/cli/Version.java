package dev.wf.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version, from the properties Maven writes at build time. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"wf " + number() + " (Java " + System.getProperty("java.version") + ")"};
    }

    /** wf's version number, "unknown" in a build that did not write it. */
    static String number() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/dev/wf/cli/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }
}
