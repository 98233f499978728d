package dev.wf.cli.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BudgetTests {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode fit(Object value, int tokens, boolean newestLast) throws Exception {
        return JSON.readTree(Budget.fit(JSON, JSON.valueToTree(value), tokens, newestLast));
    }

    @Test
    void anAnswerWithinBudgetIsUnchanged() throws Exception {
        Map<String, Object> small = Map.of("goal", "g", "items", List.of(1, 2, 3));
        assertThat(fit(small, 100, false)).isEqualTo(JSON.valueToTree(small));
        assertThat(fit(List.of(1, 2), 100, true)).isEqualTo(JSON.valueToTree(List.of(1, 2)));
    }

    @Test
    void theLongestListIsCutToFitAndTheCutIsCounted() throws Exception {
        List<String> rows = IntStream.range(0, 1000).mapToObj(i -> "row number " + i).toList();
        JsonNode out = fit(Map.of("id", "x", "tree", rows, "forks", List.of("f1", "f2")), 200, false);
        assertThat(out.toString().length()).isLessThanOrEqualTo(200 * Budget.CHARS_PER_TOKEN);
        assertThat(out.get("tree").get(0).asText()).isEqualTo("row number 0");
        assertThat(out.get("tree").size() + out.at("/omitted/tree").asInt()).isEqualTo(1000);
        assertThat(out.get("forks")).hasSize(2);
        assertThat(out.get("id").asText()).isEqualTo("x");
    }

    @Test
    void aLogKeepsItsNewestEvents() throws Exception {
        List<Integer> events = IntStream.range(0, 500).boxed().toList();
        JsonNode out = fit(events, 100, true);
        JsonNode items = out.get("items");
        assertThat(items.get(items.size() - 1).asInt()).isEqualTo(499);
        assertThat(items.size() + out.at("/omitted/items").asInt()).isEqualTo(500);
    }

    @Test
    void aLongTextIsCutAndMarkedWhenNoListIsLeftToCut() throws Exception {
        JsonNode out = fit(Map.of("text", "word ".repeat(2000)), 150, false);
        assertThat(out.toString().length()).isLessThanOrEqualTo(150 * Budget.CHARS_PER_TOKEN);
        assertThat(out.get("text").asText()).endsWith("[…]");
        assertThat(out.at("/omitted/text").asText()).isEqualTo("text cut");
    }
}
