package dev.wf.core;

import dev.wf.core.model.Event;
import dev.wf.core.report.LogEntry;
import dev.wf.core.report.LogFile;
import dev.wf.core.report.LogQuery;
import dev.wf.core.store.EventCodec;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.io.input.Tailer;
import org.apache.commons.io.input.TailerListenerAdapter;

/** Tails the logs of a project (Commons IO's Tailer) and hands each new matching event to a listener. */
final class Follower implements AutoCloseable {
    private final List<Tailer> tailers = new ArrayList<>();

    Follower(List<LogFile> logs, LogQuery query, Consumer<LogEntry> listener) {
        for (LogFile log : logs) {
            tailers.add(Tailer.builder().setFile(log.path().toFile()).setTailFromEnd(true).setStartThread(true)
                    .setDelayDuration(Duration.ofMillis(200)).setTailerListener(new TailerListenerAdapter() {
                        @Override
                        public void handle(String line) {
                            try {
                                Event e = EventCodec.fromLine(line);
                                if (query.matches(log.workflow(), e)) {
                                    synchronized (listener) {
                                        listener.accept(new LogEntry(log.workflow(), e));
                                    }
                                }
                            } catch (IOException notAnEvent) {
                                // a line still being written, or torn: the full read reports it
                            }
                        }
                    }).get());
        }
    }

    @Override
    public void close() {
        tailers.forEach(Tailer::close);
    }
}
