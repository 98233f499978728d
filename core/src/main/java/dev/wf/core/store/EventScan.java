package dev.wf.core.store;

/**
 * The hash one log line records, read without a JSON parser: a command that only asks whether workflow.yaml is the
 * file its log last recorded would otherwise spend about 12 ms starting Jackson's parser (its number constants start
 * {@code BigDecimal}). It answers only for a line that is surely an event in JSON's strict grammar (well-formed
 * UTF-8, a {@code "type"} that is a string, a {@code "sha256"} that is a string without escapes or null) and says it
 * cannot tell for anything else, which {@link EventCodec} then decides ({@code EventScanProperties}).
 */
final class EventScan {
    /** A line that is an event, with the hash it records (null: none). */
    record Event(String sha256) {
    }

    private static final int MAX_DEPTH = 32;
    private static final String LONG_MAX = String.valueOf(Long.MAX_VALUE); // 19 digits; the least is one more
    private static final int MAX_NUMBER = 100; // characters, far below the parser's limit
    private static final int MAX_KEY = 1000; // bytes, far below the parser's limit for names

    private final byte[] b;
    private final int end;
    private int at;
    private boolean typed;
    private String sha;

    private EventScan(byte[] bytes, int from, int to) {
        b = bytes;
        at = from;
        end = to;
    }

    /** The event on bytes {@code [from, to)}, or null when this scan cannot be sure of what a parser would say. */
    static Event scan(byte[] bytes, int from, int to) {
        EventScan s = new EventScan(bytes, from, to);
        try {
            s.space();
            s.object(0, true);
            s.space();
            return s.at == s.end && s.typed ? new Event(s.sha) : null;
        } catch (Unsure e) {
            return null;
        }
    }

    /** Thrown to leave the scan: not sure. Carries no stack trace; it is expected, not an error. */
    private static final class Unsure extends RuntimeException {
        private static final Unsure INSTANCE = new Unsure();

        private Unsure() {
            super(null, null, false, false);
        }
    }

    private static Unsure unsure() {
        return Unsure.INSTANCE;
    }

    private void object(int depth, boolean top) {
        sequence('{', '}', () -> member(depth, top));
    }

    private void array(int depth) {
        sequence('[', ']', () -> value(depth));
    }

    /** {@code open}, items separated by commas, {@code close}. */
    private void sequence(char open, char close, Runnable item) {
        expect(open);
        space();
        if (peek() == close) {
            at++;
            return;
        }
        while (true) {
            item.run();
            space();
            int c = next();
            if (c == close) {
                return;
            }
            if (c != ',') {
                throw unsure();
            }
            space();
        }
    }

    /** One key and its value; at the top, {@code type} and {@code sha256} are noted (the last of each counts). */
    private void member(int depth, boolean top) {
        int keyFrom = at + 1;
        string();
        if (at - 1 - keyFrom > MAX_KEY) {
            throw unsure();
        }
        String key = top ? key(keyFrom, at - 1) : null;
        space();
        expect(':');
        space();
        if ("sha256".equals(key)) {
            sha = shaValue();
            return;
        }
        if ("type".equals(key)) {
            typed = peek() == '"';
        }
        value(depth);
    }

    /** A top-level key without escapes, as text; one with escapes could spell anything, so the scan gives up. */
    private String key(int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '\\' || b[i] < 0) {
                throw unsure();
            }
        }
        return new String(b, from, to - from, java.nio.charset.StandardCharsets.US_ASCII);
    }

    private String shaValue() {
        if (literal("null")) {
            return null;
        }
        if (peek() != '"') {
            throw unsure(); // a number or a map would be turned into text by the parser's reader
        }
        int from = at + 1;
        string();
        return key(from, at - 1);
    }

    private void value(int depth) {
        if (depth >= MAX_DEPTH) {
            throw unsure();
        }
        int c = peek();
        if (c == '{') {
            object(depth + 1, false);
        } else if (c == '[') {
            array(depth + 1);
        } else if (c == '"') {
            string();
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            number();
        } else if (!literal("true") && !literal("false") && !literal("null")) {
            throw unsure();
        }
    }

    private void string() {
        expect('"');
        while (true) {
            int c = next();
            if (c == '"') {
                return;
            }
            if (c == '\\') {
                escape();
            } else if (c < 0x20) {
                throw unsure();
            } else if (c >= 0x80) {
                utf8(c);
            }
        }
    }

    private void escape() {
        int c = next();
        if ("\"\\/bfnrt".indexOf(c) >= 0) {
            return;
        }
        if (c != 'u') {
            throw unsure();
        }
        int unit = 0;
        for (int i = 0; i < 4; i++) {
            int d = Character.digit(next(), 16);
            if (d < 0) {
                throw unsure();
            }
            unit = unit * 16 + d;
        }
        if (unit >= 0xD800 && unit <= 0xDFFF) {
            throw unsure(); // half of a pair: leave it to the parser
        }
    }

    /** One character's UTF-8 sequence after its first byte, exactly as strict decoding accepts it. */
    private void utf8(int first) {
        int more;
        int low = 0x80;
        int high = 0xBF;
        if (first >= 0xC2 && first <= 0xDF) {
            more = 1;
        } else if (first >= 0xE0 && first <= 0xEF) {
            more = 2;
            low = first == 0xE0 ? 0xA0 : 0x80; // no overlong forms
            high = first == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (first >= 0xF0 && first <= 0xF4) {
            more = 3;
            low = first == 0xF0 ? 0x90 : 0x80;
            high = first == 0xF4 ? 0x8F : 0xBF; // nothing past U+10FFFF
        } else {
            throw unsure();
        }
        int c = next();
        if (c < low || c > high) {
            throw unsure();
        }
        for (int i = 1; i < more; i++) {
            c = next();
            if (c < 0x80 || c > 0xBF) {
                throw unsure();
            }
        }
    }

    /** JSON's number grammar; a whole number too large for a long is left to the parser, which refuses it. */
    private void number() {
        int from = at;
        boolean negative = peek() == '-';
        if (negative) {
            at++;
        }
        int digits = digits();
        if (digits == 0 || (digits > 1 && b[at - digits] == '0')) {
            throw unsure();
        }
        boolean whole = true;
        if (peek() == '.') {
            at++;
            whole = false;
            if (digits() == 0) {
                throw unsure();
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            at++;
            whole = false;
            if (peek() == '+' || peek() == '-') {
                at++;
            }
            if (digits() == 0) {
                throw unsure();
            }
        }
        if (at - from > MAX_NUMBER || whole && !fitsLong(at - digits, digits, negative)) {
            throw unsure();
        }
    }

    private boolean fitsLong(int from, int digits, boolean negative) {
        if (digits != LONG_MAX.length()) {
            return digits < LONG_MAX.length();
        }
        String number = new String(b, from, digits, java.nio.charset.StandardCharsets.US_ASCII);
        return number.compareTo(negative ? "9223372036854775808" : LONG_MAX) <= 0;
    }

    private int digits() {
        int from = at;
        while (at < end && b[at] >= '0' && b[at] <= '9') {
            at++;
        }
        return at - from;
    }

    private boolean literal(String word) {
        if (end - at < word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (b[at + i] != word.charAt(i)) {
                return false;
            }
        }
        at += word.length();
        return true;
    }

    private void space() {
        while (at < end && (b[at] == ' ' || b[at] == '\t' || b[at] == '\r' || b[at] == '\n')) {
            at++;
        }
    }

    private void expect(int c) {
        if (next() != c) {
            throw unsure();
        }
    }

    private int peek() {
        return at < end ? b[at] & 0xff : -1;
    }

    private int next() {
        if (at >= end) {
            throw unsure();
        }
        return b[at++] & 0xff;
    }
}
