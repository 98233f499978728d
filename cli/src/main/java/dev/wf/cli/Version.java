package dev.wf.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version, from the properties Maven writes at build time. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/dev/wf/cli/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {"wf " + p.getProperty("version", "unknown") + " (Java "
                + System.getProperty("java.version") + ")"};
    }
}
