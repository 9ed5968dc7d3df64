package io.github.movierecommender.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StarRatingTest {

    @Test
    void aClickRatesTheHalfStarUnderThePointer() {
        assertThat(StarRating.halfStars(3.2)).isEqualTo(3.5);
        assertThat(StarRating.halfStars(3.7)).isEqualTo(4.0);
        assertThat(StarRating.halfStars(4.0)).isEqualTo(4.0);
        assertThat(StarRating.halfStars(0.05)).isEqualTo(0.5);
        assertThat(StarRating.halfStars(0)).isZero();
    }
}
