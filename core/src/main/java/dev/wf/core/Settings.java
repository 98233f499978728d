package dev.wf.core;

import dev.wf.core.model.Event;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How a {@link Workspace} behaves: its clock, who acts, how long to wait for the lock, when work counts as stuck,
 * and who hears of each event. Build with {@link #builder()}; every setting has a safe default.
 */
public record Settings(Clock clock, String actor, String session, Duration lockWait, int stuckDays,
        Consumer<Event> listener, Map<String, String> env, String command) {

    public Settings {
        env = Map.copyOf(env);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The same settings naming another command in the lock file. */
    public Settings forCommand(String name) {
        return new Settings(clock, actor, session, lockWait, stuckDays, listener, env, name);
    }

    /** Builds {@link Settings}; defaults: system UTC clock, actor from git, 10 s lock wait, 14 days to stuck. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private String actor;
        private String session;
        private Duration lockWait = Duration.ofSeconds(10);
        private int stuckDays = 14;
        private Consumer<Event> listener = e -> { };
        private Map<String, String> env = Map.of();
        private String command = "wf";

        public Builder clock(Clock c) {
            this.clock = c;
            return this;
        }

        /** Who acts; when null, the git user.name of the project, then the system user. */
        public Builder actor(String a) {
            this.actor = a;
            return this;
        }

        public Builder session(String s) {
            this.session = s;
            return this;
        }

        public Builder lockWait(Duration d) {
            this.lockWait = d;
            return this;
        }

        public Builder stuckDays(int days) {
            this.stuckDays = days;
            return this;
        }

        public Builder listener(Consumer<Event> l) {
            this.listener = l;
            return this;
        }

        /** Environment variables wf may consult (HOME for git's config); none by default. */
        public Builder env(Map<String, String> e) {
            this.env = e;
            return this;
        }

        public Builder command(String c) {
            this.command = c;
            return this;
        }

        public Settings build() {
            return new Settings(clock, actor, session, lockWait, stuckDays, listener, env, command);
        }
    }
}
