package health.clinicapi.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.panache.common.Parameters;

/** The equality lists of the delivery queries: single parameters, few distinct query strings, every value bound. */
class DeliveryAnyOfTest {

    @Test
    void binds_each_value_and_pads_to_a_power_of_two_with_the_last() {
        Parameters params = new Parameters();

        String list = ArticleEntity.anyOf("a.id", "id", List.of("a", "b", "c"), params);

        assertThat(list).isEqualTo("(a.id = :id0 or a.id = :id1 or a.id = :id2 or a.id = :id3)");
        assertThat(params.map()).containsEntry("id0", "a").containsEntry("id1", "b").containsEntry("id2", "c")
                .containsEntry("id3", "c").hasSize(4);
    }

    @Test
    void keeps_a_power_of_two_as_it_is() {
        Parameters params = new Parameters();

        assertThat(ArticleEntity.anyOf("a.status", "s", List.of("x"), params)).isEqualTo("(a.status = :s0)");
        assertThat(ArticleEntity.anyOf("x", "t", List.of(1, 2, 3, 4), params))
                .isEqualTo("(x = :t0 or x = :t1 or x = :t2 or x = :t3)");
        assertThat(params.map()).hasSize(5);
    }

    @Test
    void refuses_an_empty_list() {
        assertThatThrownBy(() -> ArticleEntity.anyOf("a.id", "id", List.of(), new Parameters()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
