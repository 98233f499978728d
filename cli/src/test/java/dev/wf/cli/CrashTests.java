package dev.wf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.wf.core.model.Event;
import dev.wf.core.store.EventLog;
import dev.wf.core.store.JsonData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts mutating commands and kills them with SIGKILL at random moments, then checks that every file parses,
 * every rule holds, recovery ran, and every change a command acknowledged (exit 0) is in the log exactly once.
 */
class CrashTests {
    private static final int KILLS = Integer.getInteger("wf.crash.kills", 220);

    @TempDir
    Path dir;

    @Test
    void killingWritersAtRandomLosesNoAcknowledgedTransition() throws Exception {
        Random r = new Random(Long.getLong("wf.crash.seed", 20261122L));
        assertThat(Processes.run(dir, "start", "--goal", "Crash", "--phase", "a", "--phase", "b", "--phase", "c",
                "--id", "crash")[0]).isEqualTo("0");
        List<String> acknowledged = new ArrayList<>();
        long typical = calibrate(acknowledged);
        int kills = 0;
        int step = 0;
        while (kills < KILLS) {
            Process p = Processes.start(dir, command(r, step++));
            // A third run to the end (acknowledged changes to look for later); a third are killed a few ms after
            // their commit begins (staged files appear); a third at any moment of the run.
            double dice = r.nextDouble();
            boolean finished = dice < 0.34 ? p.waitFor(60, TimeUnit.SECONDS)
                    : dice < 0.67 ? killDuringCommit(p, r)
                    : p.waitFor((long) (typical * 1.2 * r.nextDouble()), TimeUnit.MILLISECONDS);
            if (finished) {
                collect(p, acknowledged);
            } else {
                p.destroyForcibly().waitFor();
                kills++;
                if (kills % 20 == 0) {
                    String[] check = Processes.run(dir, "check");
                    assertThat(check[0]).as("check after %d kills: %s%s", kills, check[1], check[2]).isEqualTo("0");
                }
            }
        }

        String[] check = Processes.run(dir, "check");
        assertThat(check[0]).as(check[1] + check[2]).isEqualTo("0");
        Map<String, Integer> logged = loggedIds();
        for (String id : acknowledged) {
            assertThat(logged.getOrDefault(id, 0)).as("acknowledged event %s", id).isEqualTo(1);
        }
        long recovered = events().stream().filter(e -> e.type().equals("recovered")).count();
        System.out.printf("crash test: %d commands, %d killed, %d events acknowledged, %d recoveries%n",
                step, kills, acknowledged.size(), recovered);
        assertThat(recovered).as("some kills must land inside a commit").isPositive();
        assertThat(Processes.run(dir, "where")[0]).isEqualTo("0");
    }

    /** Runs a few commands to the end; their median time is what the random kills spread over. */
    private long calibrate(List<String> acknowledged) throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            Process p = Processes.start(dir, "add", "crash", "warm-up " + i, "--id", "warm-" + i, "--json");
            p.waitFor();
            times.add((System.nanoTime() - t0) / 1_000_000);
            collect(p, acknowledged);
        }
        times.sort(null);
        return times.get(2);
    }

    /** Waits until the process stages its change, then kills it a few milliseconds later; true if it ended first. */
    private boolean killDuringCommit(Process p, Random r) throws Exception {
        Path staging = dir.resolve("workflow-state/.wf-staging");
        while (p.isAlive()) {
            if (Files.isDirectory(staging)) {
                try (Stream<Path> files = Files.list(staging)) {
                    if (files.findAny().isPresent()) {
                        Thread.sleep(r.nextInt(4));
                        return !p.isAlive();
                    }
                } catch (IOException gone) {
                    // the folder changed under us; look again
                }
            }
            Thread.onSpinWait();
        }
        return true;
    }

    /** A mostly valid mutating command: adds, dones, edits, blocks, forks and their closing. */
    private static String[] command(Random r, int step) {
        String some = "s" + r.nextInt(Math.max(1, step));
        return switch (r.nextInt(10)) {
            case 0, 1, 2 -> new String[] {"add", "crash", "step " + step, "--id", "s" + step, "--json", "--wait", "30"};
            case 3, 4, 5 -> new String[] {"done", "--json", "--wait", "30"};
            case 6 -> new String[] {"edit", some, "--notes", "note " + step, "--json", "--wait", "30"};
            case 7 -> new String[] {"block", some, "--why", "waiting " + step, "--json", "--wait", "30"};
            case 8 -> new String[] {"unblock", some, "--json", "--wait", "30"};
            default -> r.nextBoolean()
                    ? new String[] {"fork", "need thing " + step, "--id", "f" + step, "--json", "--wait", "30"}
                    : new String[] {"resume", "--json", "--wait", "30"};
        };
    }

    @SuppressWarnings("unchecked")
    private static void collect(Process p, List<String> acknowledged) throws IOException {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.exitValue() != 0 || out.isEmpty()) {
            return;
        }
        try (JsonParser json = new JsonFactory().createParser(out)) {
            json.nextToken();
            Map<String, Object> m = (Map<String, Object>) JsonData.read(json);
            for (Object e : (List<Object>) m.get("events")) {
                acknowledged.add((String) ((Map<String, Object>) e).get("id"));
            }
        }
    }

    private Map<String, Integer> loggedIds() throws IOException {
        Map<String, Integer> ids = new HashMap<>();
        events().forEach(e -> ids.merge(e.id(), 1, Integer::sum));
        return ids;
    }

    private List<Event> events() throws IOException {
        List<Event> all = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path log : s.filter(f -> f.getFileName().toString().equals("log.jsonl")).toList()) {
                all.addAll(EventLog.read(log).events());
            }
        }
        return all;
    }
}
