package dev.wf.core.store;

import java.io.IOException;
import java.io.Reader;

/**
 * Never ends a read between the two halves of a surrogate pair. SnakeYAML Engine 3.0.1's StreamReader reads past
 * its buffer when a read ends on a high surrogate (an emoji straddling the 1,024-char boundary), and throws
 * IndexOutOfBoundsException; holding that half back until the next read avoids it.
 */
final class SurrogateSafeReader extends Reader {
    private final Reader in;
    private int pending = -1;

    SurrogateSafeReader(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        if (pending >= 0) {
            buf[off] = (char) pending;
            pending = -1;
            n = 1;
        }
        int r = in.read(buf, off + n, len - n);
        n += Math.max(r, 0);
        if (n == 0) {
            return -1;
        }
        if (n > 1 && Character.isHighSurrogate(buf[off + n - 1])) {
            pending = buf[off + n - 1];
            n--;
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
