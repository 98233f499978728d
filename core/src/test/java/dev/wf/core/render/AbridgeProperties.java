package dev.wf.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.wf.core.testing.Pictures;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Whatever the tree and the budget, the abridged picture keeps its bound, its count and its edges. */
class AbridgeProperties {
    private static final Pattern EDGE = Pattern.compile("^  ([nf]_\\w+) (?:-->|-\\. \\w+ \\.->|-\\.->) ([nf]_\\w+)$",
            Pattern.MULTILINE);
    private static final Pattern BOX = Pattern.compile("^  ([nf]_\\w+)\\(?\\[\"", Pattern.MULTILINE);

    @Test
    void theAbridgedGraphKeepsItsBudgetAndCountsEveryNodeItLeftOut() {
        qt().withExamples(400).forAll(longs().all(), integers().between(1, 30)).checkAssert((seed, budget) -> {
            Export.Graph g = Pictures.randomProject(seed);

            Abridge.Fit fit = Abridge.fit(g, budget);

            int hidden = fit.graph().hidden().values().stream().mapToInt(Integer::intValue).sum();
            assertThat(fit.drawn()).isLessThanOrEqualTo(Math.max(budget, fit.abridged() ? 0 : fit.total()));
            assertThat(fit.drawn() + hidden).isEqualTo(fit.total());
            assertThat(fit.abridged()).isEqualTo(fit.total() > budget);
        });
    }

    @Test
    void everyEdgeOfTheAbridgedMermaidJoinsTwoDrawnNodes() {
        qt().withExamples(400).forAll(longs().all(), integers().between(1, 30)).checkAssert((seed, budget) -> {
            String mermaid = Export.render(Export.Format.MERMAID, Abridge.fit(Pictures.randomProject(seed), budget).graph());

            Set<String> boxes = new HashSet<>();
            Matcher b = BOX.matcher(mermaid);
            while (b.find()) {
                boxes.add(b.group(1));
            }
            Matcher e = EDGE.matcher(mermaid);
            while (e.find()) {
                assertThat(boxes).as(mermaid).contains(e.group(1), e.group(2));
            }
        });
    }
}
