package dev.wf.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version, from the properties Maven writes at build time. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"wf " + number() + " (Java " + System.getProperty("java.version") + ")"};
    }

    /** wf's version, e.g. 0.1.0-SNAPSHOT. */
    static String number() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/dev/wf/cli/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }
}
