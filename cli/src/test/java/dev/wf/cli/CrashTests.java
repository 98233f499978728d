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
    /** Writer processes at once; bench/torture.sh runs several. */
    private static final int WRITERS = Integer.getInteger("wf.crash.writers", 1);

    @TempDir
    Path dir;

    @Test
    void killingWritersAtRandomLosesNoAcknowledgedTransition() throws Exception {
        Random r = new Random(Long.getLong("wf.crash.seed", 20261122L));
        assertThat(Processes.run(dir, "start", "--goal", "Crash", "--phase", "a", "--phase", "b", "--phase", "c",
                "--id", "crash")[0]).isEqualTo("0");
        List<String> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
        long typical = calibrate(acknowledged);
        java.util.concurrent.atomic.AtomicInteger kills = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger steps = new java.util.concurrent.atomic.AtomicInteger();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            Random mine = new Random(r.nextLong());
            Thread t = new Thread(() -> {
                try {
                    while (kills.get() < KILLS && failures.isEmpty()) {
                        Process p = Processes.start(dir, command(mine, steps.getAndIncrement()));
                        // A third run to the end (acknowledged changes to look for later); a third are killed a few
                        // ms after a commit begins (staged files appear); a third at any moment of the run.
                        double dice = mine.nextDouble();
                        boolean finished = dice < 0.34 ? p.waitFor(60, TimeUnit.SECONDS)
                                : dice < 0.67 ? killDuringCommit(p, mine)
                                : p.waitFor((long) (typical * 1.2 * mine.nextDouble()), TimeUnit.MILLISECONDS);
                        if (finished) {
                            collect(p, acknowledged);
                            continue;
                        }
                        p.destroyForcibly().waitFor();
                        int k = kills.incrementAndGet();
                        if (WRITERS == 1 && k % 20 == 0) {
                            String[] check = Processes.run(dir, "check");
                            assertThat(check[0]).as("check after %d kills: %s%s", k, check[1], check[2])
                                    .isEqualTo("0");
                        }
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            writers.add(t);
            t.start();
        }
        for (Thread t : writers) {
            t.join();
        }
        assertThat(failures).isEmpty();
        int step = steps.get();

        String[] check = Processes.run(dir, "check");
        assertThat(check[0]).as(check[1] + check[2]).isEqualTo("0");
        Map<String, Integer> logged = loggedIds();
        for (String id : acknowledged) {
            assertThat(logged.getOrDefault(id, 0)).as("acknowledged event %s", id).isEqualTo(1);
        }
        long recovered = events().stream().filter(e -> e.type().equals("recovered")).count();
        System.out.printf("crash test: %d writer(s), %d commands, %d killed, %d events acknowledged, %d recoveries%n",
                WRITERS, step, kills.get(), acknowledged.size(), recovered);
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

    /** A mostly valid mutating command: every verb that changes a workflow, adds and dones most often. */
    private static String[] command(Random r, int step) {
        String some = "s" + r.nextInt(Math.max(1, step));
        String[] verb = switch (r.nextInt(16)) {
            case 0, 1, 2 -> new String[] {"add", "crash", "step " + step, "--id", "s" + step};
            case 3, 4, 5 -> new String[] {"done"};
            case 6 -> new String[] {"edit", some, "--notes", "note " + step};
            case 7 -> new String[] {"block", some, "--why", "waiting " + step};
            case 8 -> new String[] {"unblock", some};
            case 9 -> new String[] {"skip", some, "--why", "not needed " + step};
            case 10 -> new String[] {"goto", some, "--why", "deferring " + step};
            case 11 -> new String[] {"move", some, "--to", r.nextBoolean() ? "crash" : "s" + r.nextInt(Math.max(1, step))};
            case 12 -> new String[] {"rename", some, "r" + step};
            case 13 -> new String[] {"remove", some, "--why", "cut " + step};
            case 14 -> new String[] {"abandon", "f" + r.nextInt(Math.max(1, step)), "--why", "dropped " + step};
            default -> r.nextBoolean() ? new String[] {"fork", "need thing " + step, "--id", "f" + step}
                    : new String[] {"resume"};
        };
        String[] out = java.util.Arrays.copyOf(verb, verb.length + 3);
        out[verb.length] = "--json";
        out[verb.length + 1] = "--wait";
        out[verb.length + 2] = "30";
        return out;
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
