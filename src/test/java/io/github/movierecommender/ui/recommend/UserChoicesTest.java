package io.github.movierecommender.ui.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.data.DatasetLoader;
import io.github.movierecommender.ui.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user picker's entries: each user's own id and rating count, as the language writes them. */
class UserChoicesTest {

    @TempDir
    Path release;

    @Test
    void usersWithTheSameCountEachShowTheirOwnIdAndOneRatingIsSingular() throws Exception {
        writeRelease();

        List<UserChoice> english = UserChoices.of(DatasetLoader.load(release), Messages.forLocale(Locale.ENGLISH));
        List<UserChoice> portuguese = UserChoices.of(DatasetLoader.load(release),
                Messages.forLocale(Locale.forLanguageTag("pt-BR")));

        assertThat(english).extracting(UserChoice::label).containsExactly("User 1 · 1 rating", "User 20 · 2 ratings",
                "User 300 · 2 ratings", "User 4000 · 1,200 ratings");
        assertThat(english).extracting(UserChoice::userId).containsExactly(1, 20, 300, 4000);
        assertThat(english).extracting(UserChoice::ratings).containsExactly(1, 2, 2, 1200);
        assertThat(portuguese).extracting(UserChoice::label).containsExactly("Usuário 1 · 1 nota",
                "Usuário 20 · 2 notas", "Usuário 300 · 2 notas", "Usuário 4000 · 1.200 notas");
    }

    /** Users 1 (1 rating), 20 and 300 (2 each) and 4000 (1,200), over 1,200 movies. */
    private void writeRelease() throws Exception {
        StringBuilder movies = new StringBuilder("movieId,title,genres\n");
        for (int movie = 1; movie <= 1200; movie++) {
            movies.append(movie).append(",Movie ").append(movie).append(" (2000),Drama\n");
        }
        StringBuilder ratings = new StringBuilder("userId,movieId,rating,timestamp\n");
        ratings.append("1,1,4.0,1000000000\n");
        for (int user : new int[] {20, 300}) {
            ratings.append(user).append(",1,3.0,1000000000\n").append(user).append(",2,5.0,1000000000\n");
        }
        for (int movie = 1; movie <= 1200; movie++) {
            ratings.append("4000,").append(movie).append(",2.5,1000000000\n");
        }
        Files.writeString(release.resolve("movies.csv"), movies);
        Files.writeString(release.resolve("ratings.csv"), ratings);
    }
}
