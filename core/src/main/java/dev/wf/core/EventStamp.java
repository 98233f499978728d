package dev.wf.core;

import dev.wf.core.model.Event;
import dev.wf.core.model.GitRef;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/** Gives events their id (time-ordered, unique), timestamp, actor, session, git position and hash. */
final class EventStamp {
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Instant now;
    private final String actor;
    private final String session;
    private final GitRef git;
    private int seq;

    EventStamp(Instant now, String actor, String session, GitRef git) {
        this.now = now;
        this.actor = actor;
        this.session = session;
        this.git = git;
    }

    Event stamp(Event e, String sha) {
        String id = String.format("%011x%04x%08x", now.toEpochMilli(), seq++ & 0xffff,
                ThreadLocalRandom.current().nextInt());
        return e.stamped(id, TS.format(now), actor, session, git, sha);
    }
}
