package io.github.movierecommender.data;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cancel works in every stage of a load: each file here never ends, so the load can only stop
 * because it asked the monitor and heard "cancelled".
 */
class LoadCancellationTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            movies.csv  | movieId,title,genres           | 1,Toy Story (1995),Comedy
            links.csv   | movieId,imdbId,tmdbId          | 1,0100001,9001
            tags.csv    | userId,movieId,tag,timestamp   | x,1,funny,1100000400
            ratings.csv | userId,movieId,rating,timestamp | 1,1,oops,1100000000
            """)
    void cancelIsHonouredWhileAFileIsRead(String file, String header, String line) {
        LoadMonitor cancelSoon = new CancelAfter(Duration.ofMillis(300));

        assertTimeoutPreemptively(HANG_GUARD, () -> assertThrows(LoadCancelledException.class,
                () -> MisbehavingFiles.load(Fixtures.folder("ml-latest-small"),
                        Map.of(file, () -> MisbehavingFiles.endless(header + "\n", line + "\n")), cancelSoon)));
    }

    @ParameterizedTest(name = "a blank {0} line after line")
    @CsvSource(delimiter = '|', textBlock = """
            movies.csv | movieId,title,genres
            tags.csv   | userId,movieId,tag,timestamp
            """)
    void cancelIsHonouredInAnEndlessRunOfBlankLines(String file, String header) {
        LoadMonitor cancelSoon = new CancelAfter(Duration.ofMillis(300));

        assertTimeoutPreemptively(HANG_GUARD, () -> assertThrows(LoadCancelledException.class,
                () -> MisbehavingFiles.load(Fixtures.folder("ml-latest-small"),
                        Map.of(file, () -> MisbehavingFiles.endless(header + "\n", "\n")), cancelSoon)));
    }

    /** Cancelled once {@code delay} has passed since it was made. */
    private static final class CancelAfter implements LoadMonitor {
        private final long deadline;

        CancelAfter(Duration delay) {
            deadline = System.nanoTime() + delay.toNanos();
        }

        @Override
        public void progress(long rowsRead, double fractionOfBytes) {
        }

        @Override
        public boolean isCancelled() {
            return System.nanoTime() > deadline;
        }
    }
}
