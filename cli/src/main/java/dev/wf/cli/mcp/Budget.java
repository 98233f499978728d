package dev.wf.cli.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Fits a JSON answer into a token budget (about four characters a token, as {@code wf context} counts): of the
 * biggest list and the longest text, whichever is bigger is halved, until it fits. What was left out is named
 * under {@code "omitted"}, so that an answer is never silently short. What cannot be cut (ids, one-item lists,
 * short texts) stays, so a tiny budget can be exceeded.
 */
final class Budget {
    static final int CHARS_PER_TOKEN = 4;
    private static final int MIN_TEXT = 120;

    private Budget() {
    }

    /**
     * The JSON, fitted to {@code maxTokens}. Lists keep their head, or their tail when {@code newestLast} (a log
     * keeps its newest events).
     */
    static String fit(ObjectMapper json, JsonNode answer, int maxTokens, boolean newestLast) {
        ObjectNode root = answer.isObject() ? (ObjectNode) answer : json.createObjectNode().set("items", answer);
        String text = root.toString();
        ObjectNode omitted = json.createObjectNode();
        long limit = (long) maxTokens * CHARS_PER_TOKEN;
        while (text.length() > limit) {
            Largest list = new Largest();
            Largest words = new Largest();
            find(root, "", list, words);
            if (list.node != null && (words.node == null || list.size >= words.size)) {
                ArrayNode a = (ArrayNode) list.node;
                int keep = a.size() / 2;
                int cut = a.size() - keep;
                for (int i = 0; i < cut; i++) {
                    a.remove(newestLast ? 0 : a.size() - 1);
                }
                omitted.put(list.path, omitted.path(list.path).asInt() + cut);
            } else if (words.node != null) {
                String t = words.node.asText();
                int cut = t.length() / 2;
                cut -= Character.isHighSurrogate(t.charAt(cut - 1)) ? 1 : 0; // never half a character
                words.parent.set(words.key, TextNode.valueOf(t.substring(0, cut) + " […]"));
                omitted.put(words.path, "text cut");
            } else {
                break;
            }
            root.set("omitted", omitted);
            text = root.toString();
        }
        return answer.isObject() || !omitted.isEmpty() ? text : answer.toString();
    }

    /** The biggest list with more than one item, and the longest text worth cutting, by serialized size. */
    private static void find(JsonNode node, String path, Largest list, Largest words) {
        if (node.isArray()) {
            int size = node.toString().length();
            if (node.size() > 1 && size > list.size) {
                list.set(node, path, size, null, null);
            }
            for (int i = 0; i < node.size(); i++) {
                find(node.get(i), path + "[" + i + "]", list, words);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (f.getKey().equals("omitted")) {
                    continue;
                }
                String p = path.isEmpty() ? f.getKey() : path + "." + f.getKey();
                JsonNode v = f.getValue();
                if (v.isTextual() && v.asText().length() > MIN_TEXT && v.asText().length() > words.size) {
                    words.set(v, p, v.asText().length(), (ObjectNode) node, f.getKey());
                }
                find(v, p, list, words);
            }
        }
    }

    private static final class Largest {
        JsonNode node;
        String path;
        int size;
        ObjectNode parent;
        String key;

        void set(JsonNode n, String p, int s, ObjectNode parentNode, String k) {
            node = n;
            path = p;
            size = s;
            parent = parentNode;
            key = k;
        }
    }
}
