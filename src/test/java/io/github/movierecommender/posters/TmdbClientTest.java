package io.github.movierecommender.posters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.movierecommender.download.LocalServer;
import io.github.movierecommender.posters.PosterException.Reason;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The TMDB client against a local server answering like TMDB, and like no honest server would:
 * every failure is a {@link PosterException} with a plain reason, in bounded time, and no message
 * ever holds the API key.
 */
class TmdbClientTest {

    private static final ApiKey KEY = ApiKey.parse(FakeTmdb.KEY).orElseThrow();
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);
    private static final TmdbLimits SHORT = new TmdbLimits(Duration.ofSeconds(2), Duration.ofSeconds(2), 4096, 65_536);

    @AutoClose
    final FakeTmdb tmdb = new FakeTmdb();
    private final CountDownLatch never = new CountDownLatch(1);

    private TmdbClient client(ApiKey key, TmdbLimits limits) {
        return new TmdbClient(TmdbClient.httpClient(limits), tmdb.base(), key, limits);
    }

    private TmdbClient client() {
        return client(KEY, TmdbLimits.DEFAULT);
    }

    @Test
    void readsWhereThePostersAreAndPicksTheSizeToAskFor() throws Exception {
        ImageConfiguration images = client().configuration(() -> false);

        assertThat(images.posterSizes()).containsExactly("w92", "w154", "w185", "w342", "original");
        assertThat(images.sizeFor(185)).isEqualTo("w185");
        assertThat(images.sizeFor(200)).isEqualTo("w342");
        assertThat(images.sizeFor(1000)).isEqualTo("w342");
        assertThat(images.posterUrl("w185", "/a.jpg")).isEqualTo(tmdb.server().uri("/t/p/w185/a.jpg"));
    }

    @Test
    void findsAPosterPathAndThePictureAndNothingForAMovieWithoutOneOrUnknown() throws Exception {
        byte[] picture = FakeTmdb.png(4, 6, Color.RED);
        tmdb.poster(7001, picture).noPoster(7002);
        TmdbClient client = client();

        Optional<String> path = client.posterPath(7001, () -> false);
        assertThat(path).contains("/poster7001.png");
        ImageConfiguration images = client.configuration(() -> false);
        assertThat(client.image(images.posterUrl("w185", path.get()), () -> false)).hasValueSatisfying(
                bytes -> assertThat(bytes).isEqualTo(picture));
        assertThat(client.posterPath(7002, () -> false)).isEmpty();
        assertThat(client.posterPath(9999, () -> false)).as("404").isEmpty();
        assertThat(tmdb.asked()).allSatisfy(address -> assertThat(address).endsWith("?api_key=" + FakeTmdb.KEY));
    }

    @Test
    void aRefusedKeySaysSoWithoutTheKey() {
        ApiKey wrong = ApiKey.parse("ffffeeeeddddccccbbbbaaaa99998888").orElseThrow();
        tmdb.poster(7001, FakeTmdb.png(2, 3, Color.BLUE));

        assertFails(() -> client(wrong, TmdbLimits.DEFAULT).posterPath(7001, () -> false), Reason.KEY_REFUSED,
                wrong);
        assertFails(() -> client(wrong, TmdbLimits.DEFAULT).configuration(() -> false), Reason.KEY_REFUSED, wrong);
        assertThat(new PosterException(Reason.KEY_REFUSED).getMessage()).isEqualTo("TMDB refused the API key");
        assertThat(wrong.toString()).doesNotContain(wrong.reveal());
    }

    @Test
    void anEndlessOrHugeAnswerIsTooLargeNotAHangNorAFullMemory() {
        tmdb.server().serveEndlessly("/3/movie/1");
        tmdb.server().handle("/3/movie/2", exchange -> {
            exchange.getResponseHeaders().add("Content-Length", "999999999999");
            exchange.sendResponseHeaders(200, 0);
            exchange.close();
        });

        assertFails(() -> client(KEY, SHORT).posterPath(1, () -> false), Reason.TOO_LARGE, KEY);
        assertFails(() -> client(KEY, SHORT).posterPath(2, () -> false), Reason.TOO_LARGE, KEY);
    }

    @Test
    void garbageIsABadAnswer() {
        tmdb.server().serve("/3/movie/1", new byte[] {0, (byte) 0xFF, 0x1F, (byte) 0x8B, 7});
        tmdb.server().serve("/3/movie/2", "[1, 2, 3]".getBytes(StandardCharsets.UTF_8));
        tmdb.server().serve("/3/movie/3", "{\"poster_path\":\"/../../etc/passwd\"}".getBytes(StandardCharsets.UTF_8));
        tmdb.server().serve("/3/movie/4", "{\"poster_path\":42}".getBytes(StandardCharsets.UTF_8));
        tmdb.server().serve("/3/movie/5", "{\"poster_path\":".getBytes(StandardCharsets.UTF_8));
        tmdb.server().serve("/3/movie/6", "{".repeat(3000).getBytes(StandardCharsets.UTF_8));

        for (int id = 1; id <= 6; id++) {
            int movie = id;
            assertFails(() -> client().posterPath(movie, () -> false), Reason.BAD_ANSWER, KEY);
        }
    }

    @Test
    void aConfigurationPointingAnywhereButTheWebOrWithoutSizesIsABadAnswer() {
        String[] answers = {"{\"images\":{\"secure_base_url\":\"file:///etc/\",\"poster_sizes\":[\"w185\"]}}",
                "{\"images\":{\"secure_base_url\":\"https://image.tmdb.org/t/p/\",\"poster_sizes\":[]}}",
                "{\"images\":{\"secure_base_url\":\"https://image.tmdb.org/t/p/\",\"poster_sizes\":[\"../x\"]}}",
                "{\"images\":{\"secure_base_url\":\"not a url at all\",\"poster_sizes\":[\"w185\"]}}",
                "{\"images\":\"none\"}"};
        for (String answer : answers) {
            try (LocalServer other = new LocalServer()) {
                other.serve("/3/configuration", answer.getBytes(StandardCharsets.UTF_8));
                assertFails(() -> new TmdbClient(TmdbClient.httpClient(SHORT), other.uri("/"), KEY, SHORT)
                        .configuration(() -> false), Reason.BAD_ANSWER, KEY);
            }
        }
    }

    @Test
    void aServerThatNeverAnswersTimesOut() {
        tmdb.server().handle("/3/movie/1", exchange -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        tmdb.server().handle("/3/movie/2", exchange -> {
            exchange.sendResponseHeaders(200, 1000);
            OutputStream out = exchange.getResponseBody();
            out.write('{');
            out.flush();
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        assertFails(() -> client(KEY, SHORT).posterPath(1, () -> false), Reason.TIMED_OUT, KEY);
        assertFails(() -> client(KEY, SHORT).posterPath(2, () -> false), Reason.TIMED_OUT, KEY);
        never.countDown();
    }

    @Test
    void noServerIsNotReached() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        TmdbClient nobody = new TmdbClient(TmdbClient.httpClient(SHORT), URI.create("http://127.0.0.1:" + port + "/"),
                KEY, SHORT);

        assertFails(() -> nobody.posterPath(1, () -> false), Reason.NOT_REACHED, KEY);
    }

    @Test
    void aPosterThatIsNoPictureOrAServerErrorFails() throws Exception {
        tmdb.server().serve("/t/p/w185/page.jpg", "<html>Not found</html>".getBytes(StandardCharsets.UTF_8));
        tmdb.server().handle("/3/movie/1", exchange -> FakeTmdb.send(exchange, 500, new byte[0]));
        TmdbClient client = client();
        ImageConfiguration images = client.configuration(() -> false);

        assertFails(() -> client.image(images.posterUrl("w185", "/page.jpg"), () -> false), Reason.NOT_AN_IMAGE, KEY);
        assertThat(client.image(images.posterUrl("w185", "/gone.jpg"), () -> false)).as("404").isEmpty();
        assertFails(() -> client.posterPath(1, () -> false), Reason.SERVER_ANSWERED, KEY);
    }

    @Test
    void aKeyIsOnlyLettersAndDigits() {
        assertThat(ApiKey.parse("  " + FakeTmdb.KEY + "\n")).contains(KEY);
        assertThat(ApiKey.parse("")).isEmpty();
        assertThat(ApiKey.parse("abc&api_key=other")).isEmpty();
        assertThat(ApiKey.parse("abc def")).isEmpty();
        assertThat(ApiKey.parse("a".repeat(129))).isEmpty();
    }

    private static void assertFails(Executable call, Reason reason, ApiKey key) {
        assertTimeoutPreemptively(HANG_GUARD, () -> assertThatThrownBy(call::execute)
                .isInstanceOfSatisfying(PosterException.class, failure -> {
                    assertThat(failure.reason()).isEqualTo(reason);
                    assertThat(failure.getMessage()).doesNotContain(key.reveal());
                    assertThat(failure.toString()).doesNotContain(key.reveal());
                    assertThat(failure.getCause()).isNull();
                }));
    }
}
