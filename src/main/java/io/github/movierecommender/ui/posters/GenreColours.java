package io.github.movierecommender.ui.posters;

import java.util.Map;
import java.util.Set;
import javafx.scene.paint.Color;

/**
 * A colour per MovieLens genre for the placeholders, dark enough for white text; a movie takes the
 * colour of the first of its genres in alphabetical order, so it always looks the same.
 */
final class GenreColours {

    private static final Color NONE = Color.web("#4a5560");
    private static final Color[] OTHERS = {Color.web("#5b4a8a"), Color.web("#2f6f6a"), Color.web("#8a4a5b"),
        Color.web("#6a5a2f")};
    private static final Map<String, Color> BY_GENRE = Map.ofEntries(
            Map.entry("Action", Color.web("#b23a2e")),
            Map.entry("Adventure", Color.web("#c0622a")),
            Map.entry("Animation", Color.web("#2e8a9e")),
            Map.entry("Children", Color.web("#3c8f4a")),
            Map.entry("Comedy", Color.web("#a8741a")),
            Map.entry("Crime", Color.web("#3b3f55")),
            Map.entry("Documentary", Color.web("#52677a")),
            Map.entry("Drama", Color.web("#6b3a7a")),
            Map.entry("Fantasy", Color.web("#5a3fa0")),
            Map.entry("Film-Noir", Color.web("#2b2b2b")),
            Map.entry("Horror", Color.web("#6e1a1a")),
            Map.entry("IMAX", Color.web("#1f5f8b")),
            Map.entry("Musical", Color.web("#a03a78")),
            Map.entry("Mystery", Color.web("#34496b")),
            Map.entry("Romance", Color.web("#b0415e")),
            Map.entry("Sci-Fi", Color.web("#1d6f8f")),
            Map.entry("Thriller", Color.web("#4b2f4f")),
            Map.entry("War", Color.web("#5a5a3a")),
            Map.entry("Western", Color.web("#8a5a2e")));

    private GenreColours() {
    }

    static Color of(Set<String> genres) {
        return genres.stream().sorted().findFirst().map(GenreColours::ofGenre).orElse(NONE);
    }

    private static Color ofGenre(String genre) {
        Color known = BY_GENRE.get(genre);
        return known != null ? known : OTHERS[Math.floorMod(genre.hashCode(), OTHERS.length)];
    }
}
