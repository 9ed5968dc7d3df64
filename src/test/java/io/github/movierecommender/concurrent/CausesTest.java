package io.github.movierecommender.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class CausesTest {

    /** A worker's unchecked failure reaches the waiting thread as itself, so its message and type are kept. */
    @Test
    void anUncheckedCauseIsGivenBackAsItIs() {
        IllegalArgumentException cause = new IllegalArgumentException("rating 7 is out of range");

        assertThat(Causes.unchecked(cause)).isSameAs(cause);
    }

    /** An out-of-memory error in a worker stays an error, which the app tells as "out of memory". */
    @Test
    void anErrorIsThrownAsItIs() {
        OutOfMemoryError cause = new OutOfMemoryError("Java heap space");

        assertThatThrownBy(() -> Causes.unchecked(cause)).isSameAs(cause);
    }

    @Test
    void aCheckedCauseIsWrappedWithItsMessageKept() {
        IOException cause = new IOException("ratings.csv: disk full");

        assertThat(Causes.unchecked(cause)).isInstanceOf(IllegalStateException.class).hasCause(cause)
                .hasMessageContaining("disk full");
    }
}
