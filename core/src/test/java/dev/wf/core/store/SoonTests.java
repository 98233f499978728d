package dev.wf.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wf.core.error.ErrorKind;
import dev.wf.core.error.WfException;
import org.junit.jupiter.api.Test;

class SoonTests {
    @Test
    void givesTheValueWorkedOutOnAnotherThread() {
        Thread caller = Thread.currentThread();

        Soon<Thread> soon = Soon.of("wf-test", Thread::currentThread);

        assertThat(soon.get()).isNotSameAs(caller);
        assertThat(soon.get().getName()).isEqualTo("wf-test");
    }

    @Test
    void throwsWhatTheWorkThrewAsItself() {
        WfException thrown = new WfException(ErrorKind.INTERNAL, "does not read back", null, "report it");

        Soon<Void> soon = Soon.of("wf-test", () -> {
            throw thrown;
        });

        assertThatThrownBy(soon::get).isSameAs(thrown);
    }

    @Test
    void waitsOutAnInterruptAndKeepsItForTheCaller() throws InterruptedException {
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        Soon<String> soon = Soon.of("wf-test", () -> {
            started.countDown();
            Thread.sleep(200);
            return "done";
        });
        started.await();
        Thread.currentThread().interrupt();

        assertThat(soon.get()).isEqualTo("done");
        assertThat(Thread.interrupted()).isTrue(); // and clears it, for the next test
    }
}
