package io.github.movierecommender.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The invented words synthetic users tag films with: praise by genre, or a complaint. */
final class DemoTags {

    private static final List<String> PRAISE = List.of("classic", "must see", "rewatchable", "long, but worth it");
    private static final List<String> COMPLAINTS = List.of("overrated", "boring", "fell asleep", "not for me",
            "too long");
    private static final Map<String, List<String>> PRAISE_BY_GENRE = Map.ofEntries(
            Map.entry("Action", List.of("great action")),
            Map.entry("Adventure", List.of("epic", "fun ride")),
            Map.entry("Animation", List.of("beautiful animation")),
            Map.entry("Children", List.of("family night")),
            Map.entry("Comedy", List.of("funny", "hilarious")),
            Map.entry("Crime", List.of("gritty")),
            Map.entry("Documentary", List.of("eye-opening")),
            Map.entry("Drama", List.of("moving", "great acting")),
            Map.entry("Fantasy", List.of("magical")),
            Map.entry("Film-Noir", List.of("moody")),
            Map.entry("Horror", List.of("scary", "creepy")),
            Map.entry("IMAX", List.of("see it big")),
            Map.entry("Musical", List.of("great songs")),
            Map.entry("Mystery", List.of("keeps you guessing")),
            Map.entry("Romance", List.of("romantic")),
            Map.entry("Sci-Fi", List.of("mind-bending")),
            Map.entry("Thriller", List.of("tense")),
            Map.entry("War", List.of("harrowing")),
            Map.entry("Western", List.of("great western")));

    private DemoTags() {
    }

    static String pick(List<String> genres, boolean loved, DemoRandom random) {
        List<String> words = new ArrayList<>(loved ? PRAISE : COMPLAINTS);
        if (loved) {
            genres.forEach(genre -> words.addAll(PRAISE_BY_GENRE.getOrDefault(genre, List.of())));
        }
        return words.get(random.nextInt(words.size()));
    }
}
