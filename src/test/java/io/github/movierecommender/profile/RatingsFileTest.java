package io.github.movierecommender.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.movierecommender.data.BadLine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class RatingsFileTest {

    @TempDir
    Path folder;

    private Path write(String content) throws Exception {
        return Files.writeString(folder.resolve("ratings.csv"), content);
    }

    @Test
    void readsTheRatingsOfAMovieLensRatingsFile() throws Exception {
        Path file = write("\uFEFFuserId,movieId,rating,timestamp\r\n7,318,4.5,1700000000\r\n7,\"2571\",5,1\r\n\n");

        RatingsFile read = RatingsFile.read(file);

        assertThat(read.ratings()).containsExactly(new ProfileRating(318, 4.5, 1_700_000_000),
                new ProfileRating(2571, 5.0, 1));
        assertEquals(List.of(7), read.userIds());
        assertEquals(7, read.userId());
        assertEquals(0, read.badLineCount());
    }

    @Test
    void reportsEachMalformedLineByNumberAndKeepsTheRest() throws Exception {
        Path file = write("""
                userId,movieId,rating,timestamp
                1,1,4.0,10
                1,2,4.3,10

                1,3,six,10
                1,4,5.5,10
                1,x,4,10
                1,5,4,-1
                1,6,4
                1,7,"4,10
                1,8,0.5,10
                """);

        RatingsFile read = RatingsFile.read(file);

        assertThat(read.ratings()).extracting(ProfileRating::movieId).containsExactly(1, 8);
        String name = file.toString();
        assertThat(read.badLines()).extracting(BadLine::toString).containsExactly(
                name + ", line 3: rating '4.3' is not a multiple of 0.5",
                name + ", line 4: blank line",
                name + ", line 5: rating 'six' is not a number",
                name + ", line 6: rating '5.5' is outside the scale 0.5 to 5",
                name + ", line 7: movie id 'x' is not a whole number",
                name + ", line 8: timestamp '-1' is not a whole number of seconds",
                name + ", line 9: expected 4 fields (userId, movieId, rating, timestamp) but found 3",
                name + ", line 10: broken quoting");
        assertEquals(8, read.badLineCount());
    }

    @Test
    void takesEveryUsersRatingsAsOnePersonsKeepingTheLatestOfAMovie() throws Exception {
        Path file = write("""
                userId,movieId,rating,timestamp
                1,10,2.0,300
                2,10,3.0,200
                2,11,3.0,200
                1,11,1.0,200
                """);

        RatingsFile read = RatingsFile.read(file);

        assertThat(read.ratings()).containsExactly(new ProfileRating(10, 2.0, 300), new ProfileRating(11, 1.0, 200));
        assertEquals(List.of(1, 2), read.userIds());
        assertEquals(RatingsFile.PROFILE_USER_ID, read.userId());
    }

    @Test
    void aFileThatIsEmptyOrHasAnotherHeaderIsNoRatingsFile() throws Exception {
        Path empty = write("");
        assertThatThrownBy(() -> RatingsFile.read(empty)).isInstanceOf(UnreadableFileException.class)
                .hasMessage(empty + ", line 1: the file is empty; expected the header "
                        + "'userId,movieId,rating,timestamp'");

        Path movies = write("movieId,title,genres\n1,Toy Story (1995),Comedy\n");
        assertThatThrownBy(() -> RatingsFile.read(movies)).isInstanceOf(UnreadableFileException.class)
                .hasMessage(movies + ", line 1: expected the header 'userId,movieId,rating,timestamp' but found "
                        + "'movieId,title,genres'");

        Path missing = folder.resolve("missing.csv");
        assertThatThrownBy(() -> RatingsFile.read(missing)).isInstanceOf(ProfileException.class)
                .hasMessage(missing + ": no such file");
    }
    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aNamedPipeADeviceOrAFolderIsNoRatingsFileAndIsNeverOpened() throws Exception {
        Path pipe = folder.resolve("pipe.csv");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assertEquals(0, mkfifo.waitFor());
        Path zeros = Path.of("/dev/zero");

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (Path notAFile : List.of(pipe, zeros)) {
                assertThatThrownBy(() -> RatingsFile.read(notAFile)).isInstanceOf(ProfileException.class)
                        .hasMessage(notAFile + ": not a regular file (it is a device, a named pipe or another "
                                + "special file); give a ratings CSV file");
                assertThatThrownBy(() -> RatingsImport.scan(notAFile)).hasMessageContaining("not a regular file");
            }
            assertThatThrownBy(() -> RatingsFile.read(folder)).isInstanceOf(ProfileException.class)
                    .hasMessage(folder + ": not a regular file (it is a folder); give a ratings CSV file");
        });
    }

    @Test
    void aLineTooLongForARatingIsReportedByItsStartOnly() throws Exception {
        String longLine = "0,1," + "9".repeat(5000) + ",10";
        Path file = write("userId,movieId,rating,timestamp\n" + longLine + "\n0,2,4.0," + "7".repeat(500) + "\n"
                + "0,3,5.0,10\n");

        RatingsFile read = RatingsFile.read(file);

        assertThat(read.ratings()).containsExactly(new ProfileRating(3, 5, 10));
        assertThat(read.badLines()).extracting(BadLine::toString).containsExactly(
                file.toString() + ", line 2: the line is longer than 1024 bytes",
                file.toString() + ", line 3: timestamp '" + "7".repeat(80) + "…' is not a whole number of seconds");
    }

    @Test
    void listsTheFirstHundredBadLinesAndCountsTheRest() throws Exception {
        Path file = write("userId,movieId,rating,timestamp\n" + "\n".repeat(150) + "0,1,x,10\n".repeat(50)
                + "0,2,4.0,10\n");

        RatingsFile read = RatingsFile.read(file);

        assertEquals(200, read.badLineCount());
        assertThat(read.badLines()).hasSize(RatingsCsv.BAD_LINES_LISTED);
        assertEquals(file.toString() + ", line 101: blank line", read.badLines().get(99).toString());
        assertThat(read.ratings()).containsExactly(new ProfileRating(2, 4, 10));
    }
}
