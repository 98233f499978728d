package dev.wf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wf.core.model.Event;
import dev.wf.core.store.EventLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Separate processes writing one workflow at once: every change lands, none is lost. */
class ConcurrencyTests {
    @TempDir
    Path dir;

    @Test
    void aLockLeftByAKilledProcessStopsNobody() throws Exception {
        assertThat(Processes.run(dir, "start", "--goal", "Race", "--phase", "a", "--phase", "b", "--phase", "c",
                "--id", "race")[0]).isEqualTo("0");
        Process holder = Processes.start(dir, "add", "race", "held", "--id", "held");
        holder.destroyForcibly().waitFor(); // killed at once: its lock file may stay, its OS lock cannot
        Files.writeString(dir.resolve("workflow-state/.wf.lock"), "pid 999999 wf add since 2026-11-01T09:00:00Z\n");

        long t0 = System.nanoTime();
        String[] r = Processes.run(dir, "add", "race", "after the kill", "--id", "after", "--wait", "0");

        assertThat(r[0]).as(r[1] + r[2]).isEqualTo("0");
        assertThat((System.nanoTime() - t0) / 1_000_000).as("no waiting on a dead holder").isLessThan(20_000);
        assertThat(Processes.run(dir, "check")[0]).isEqualTo("0");
    }

    @Test
    void parallelWritersAllLandInSomeOrder() throws Exception {
        assertThat(Processes.run(dir, "start", "--goal", "Race", "--phase", "a", "--phase", "b", "--phase", "c",
                "--id", "race")[0]).isEqualTo("0");
        int writers = Integer.getInteger("wf.race.writers", 4); // bench/torture.sh: 8 x 100
        int each = Integer.getInteger("wf.race.each", 5);
        List<Thread> threads = new ArrayList<>();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int w = 0; w < writers; w++) {
            int writer = w;
            Thread t = new Thread(() -> {
                for (int i = 0; i < each; i++) {
                    try {
                        String[] r = Processes.run(dir, "add", "race", "step " + writer + "-" + i, "--id",
                                "w" + writer + "-" + i, "--wait", "60");
                        if (!r[0].equals("0")) {
                            failures.add(String.join(" | ", r));
                        }
                    } catch (Exception e) {
                        failures.add(e.toString());
                    }
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }

        assertThat(failures).isEmpty();
        String yaml = Files.readString(dir.resolve("workflow-state/workflow.yaml"), StandardCharsets.UTF_8);
        List<Event> log = EventLog.read(dir.resolve("workflow-state/log.jsonl")).events();
        for (int w = 0; w < writers; w++) {
            for (int i = 0; i < each; i++) {
                assertThat(yaml).contains("- id: w" + w + "-" + i + "\n");
            }
        }
        assertThat(log).filteredOn(e -> e.type().equals("node.added")).hasSize(writers * each);
        System.out.printf("race: %d writers x %d adds, all %d landed%n", writers, each, writers * each);
        assertThat(Processes.run(dir, "check")[0]).isEqualTo("0");
    }
}
