package health.clinicapi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import health.clinicapi.content.Block;

/** The demo articles show front-end developers every kind of block. */
class DemoArticlesTest {

    @Test
    void together_the_demo_articles_use_every_block_type_and_a_nested_list_and_every_mark() {
        List<Block> blocks = new ArrayList<>(DemoArticles.beyondWrinkles().body());
        blocks.addAll(DemoArticles.cosmeticVsOffLabel().body());
        Set<Class<?>> types = new HashSet<>();
        blocks.forEach(block -> types.add(block.getClass()));

        assertThat(types).containsAll(List.of(Block.class.getPermittedSubclasses()));
        assertThat(blocks).filteredOn(Block.BulletList.class::isInstance).map(Block.BulletList.class::cast)
                .anyMatch(list -> list.items().stream().anyMatch(item -> item.children() != null));
        List<Block.Span> spans = blocks.stream().filter(Block.Paragraph.class::isInstance)
                .flatMap(p -> ((Block.Paragraph) p).content().stream()).toList();
        assertThat(spans).anyMatch(s -> s.marks() != null && s.marks().contains(Block.Mark.BOLD));
        assertThat(spans).anyMatch(s -> s.marks() != null && s.marks().contains(Block.Mark.ITALIC));
        assertThat(spans).anyMatch(s -> s.link() != null);
    }
}
