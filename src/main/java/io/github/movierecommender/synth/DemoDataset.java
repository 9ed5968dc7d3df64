package io.github.movierecommender.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The demo dataset: the real titles, years and genres of a few hundred well-known films (the
 * bundled {@value DemoFilm#RESOURCE}) rated by synthetic users with coherent tastes, written in
 * the ml-latest layout with a README that says what is real and what is not. Each user likes a
 * few genres and dislikes a few; a film's popularity and the user's taste decide which films they
 * rate, and the film's quality, the user's taste and bias, and some noise decide how. The same
 * seed gives the same bytes on every JDK.
 */
public final class DemoDataset {

    public static final long DEFAULT_SEED = 1995;
    public static final int USERS = 250;
    /** The files written, in the ml-latest layout. */
    public static final List<String> FILES = List.of("movies.csv", "ratings.csv", "tags.csv", "README.txt");
    /** The first line of the demo's README.txt. */
    public static final String README_TITLE = "Movie Recommender demo dataset: real films, synthetic ratings";

    private static final int MIN_RATINGS = 15;
    private static final int MAX_RATINGS = 150;
    /** 2015-01-01 and 2020-01-01, UTC. */
    private static final long FIRST_TIME = 1_420_070_400L;
    private static final long END_TIME = 1_577_836_800L;
    private static final int MAX_ACTIVE_DAYS = 900;
    /**
     * Tastes come in kinds, so that users who like the same things exist and can find each other:
     * each user likes a few genres of one kind and dislikes a few genres outside it. The first
     * number is how common the kind is. IMAX is a format, not a taste, so no kind holds it.
     */
    private static final List<TasteKind> TASTE_KINDS = List.of(
            new TasteKind(5, List.of("Action", "Adventure", "Sci-Fi", "Fantasy", "Thriller")),
            new TasteKind(4, List.of("Crime", "Thriller", "Mystery", "Film-Noir", "Drama")),
            new TasteKind(3, List.of("Romance", "Comedy", "Drama", "Musical")),
            new TasteKind(3, List.of("Animation", "Children", "Fantasy", "Comedy", "Musical")),
            new TasteKind(2, List.of("Horror", "Thriller", "Sci-Fi", "Mystery")),
            new TasteKind(3, List.of("Drama", "War", "Western", "Film-Noir", "Documentary")),
            new TasteKind(3, List.of("Comedy", "Action", "Adventure", "Crime")));
    /** Genres outside the user's likes and dislikes get a taste within ± this. */
    private static final double NEUTRAL_TASTE = 0.2;
    private static final double USER_BIAS = 0.35;
    private static final double HALF_STAR_USERS = 0.6;
    /** Rating counts go as u^this for uniform u: most users rate few films, a few rate many. */
    private static final double ACTIVITY_SKEW = 3.5;
    /** How likely a film is to be rated, by its popularity 1 to 5, before the user's taste. */
    private static final double[] POPULARITY_WEIGHT = {0, 2, 3, 5, 8, 16};
    /** A film's chance of being rated is multiplied by e^(this × the user's affinity for it). */
    private static final double WATCH_TASTE = 1.6;
    /** Stars added per unit of the user's affinity for the film. */
    private static final double RATE_TASTE = 1.6;
    private static final double RATING_NOISE = 0.5;
    private static final double TAGGER_SHARE = 0.12;

    private record TasteKind(int weight, List<String> genres) {
    }

    /** A rating in half stars (1 to 10). */
    record DemoRating(int userId, int movieId, int halfStars, long time) {
    }

    record DemoTag(int userId, int movieId, String tag, long time) {
    }

    /** What was written. */
    public record Summary(int movies, int users, int ratings, int tags) {
    }

    private final long seed;
    private final List<DemoFilm> films;

    public DemoDataset(long seed) {
        this.seed = seed;
        this.films = DemoFilm.catalogue();
    }

    /** Writes {@link #FILES} into {@code folder}, creating it when needed. */
    public Summary writeTo(Path folder) throws IOException {
        List<DemoUser> users = users();
        List<DemoRating> ratings = new ArrayList<>();
        List<DemoTag> tags = new ArrayList<>();
        for (DemoUser user : users) {
            DemoRandom random = new DemoRandom(user.seed());
            List<DemoRating> own = ratingsOf(user, random);
            ratings.addAll(own);
            tags.addAll(tagsOf(user, own, random));
        }
        tags.sort(Comparator.comparingInt(DemoTag::userId).thenComparingInt(DemoTag::movieId)
                .thenComparing(DemoTag::tag));
        Summary summary = new Summary(films.size(), users.size(), ratings.size(), tags.size());
        Files.createDirectories(folder);
        write(folder.resolve("movies.csv"), moviesCsv());
        write(folder.resolve("ratings.csv"), ratingsCsv(ratings));
        write(folder.resolve("tags.csv"), tagsCsv(tags));
        write(folder.resolve("README.txt"), readme(summary));
        return summary;
    }

    List<DemoFilm> films() {
        return films;
    }

    List<DemoUser> users() {
        DemoRandom random = new DemoRandom(seed);
        List<DemoUser> users = new ArrayList<>();
        for (int userId = 1; userId <= USERS; userId++) {
            users.add(user(userId, random));
        }
        return users;
    }

    private static DemoUser user(int userId, DemoRandom random) {
        Map<String, Double> taste = new HashMap<>();
        for (String genre : DemoFilm.GENRES) {
            taste.put(genre, NEUTRAL_TASTE * (2 * random.nextDouble() - 1));
        }
        TasteKind kind = drawKind(random);
        List<String> kindGenres = new ArrayList<>(kind.genres());
        for (int liked = 2 + random.nextInt(2); liked > 0; liked--) {
            String genre = kindGenres.remove(random.nextInt(kindGenres.size()));
            taste.put(genre, DemoUser.CLEAR_TASTE + 0.1 + 0.5 * random.nextDouble());
        }
        List<String> otherGenres = new ArrayList<>(DemoFilm.GENRES.stream()
                .filter(genre -> !kind.genres().contains(genre) && !genre.equals("IMAX")).toList());
        for (int disliked = 1 + random.nextInt(3); disliked > 0; disliked--) {
            String genre = otherGenres.remove(random.nextInt(otherGenres.size()));
            taste.put(genre, -(DemoUser.CLEAR_TASTE + 0.1 + 0.6 * random.nextDouble()));
        }
        double bias = USER_BIAS * random.nextGaussian();
        boolean halfStars = random.chance(HALF_STAR_USERS);
        int ratingCount = MIN_RATINGS
                + (int) ((MAX_RATINGS - MIN_RATINGS + 1) * StrictMath.pow(random.nextDouble(), ACTIVITY_SKEW));
        int activeSeconds = 86_400 * (1 + (int) (MAX_ACTIVE_DAYS * StrictMath.pow(random.nextDouble(), 2)));
        long firstTime = FIRST_TIME + (long) ((END_TIME - FIRST_TIME - activeSeconds) * random.nextDouble());
        return new DemoUser(userId, taste, bias, halfStars, ratingCount, firstTime, activeSeconds, random.nextLong());
    }

    private static TasteKind drawKind(DemoRandom random) {
        int pick = random.nextInt(TASTE_KINDS.stream().mapToInt(TasteKind::weight).sum());
        for (TasteKind kind : TASTE_KINDS) {
            pick -= kind.weight();
            if (pick < 0) {
                return kind;
            }
        }
        throw new IllegalStateException("the taste kinds' weights do not add up");
    }

    /**
     * Weighted sampling without replacement (Efraimidis–Spirakis): the films with the largest
     * log(u) / weight, where popular films and films in liked genres weigh more.
     */
    private List<DemoRating> ratingsOf(DemoUser user, DemoRandom random) {
        double[] key = new double[films.size()];
        for (int f = 0; f < films.size(); f++) {
            DemoFilm film = films.get(f);
            double weight = POPULARITY_WEIGHT[film.popularity()] * StrictMath.exp(WATCH_TASTE * user.affinity(film));
            key[f] = StrictMath.log(1 - random.nextDouble()) / weight;
        }
        int[] chosen = IntStream.range(0, films.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer f) -> -key[f]).thenComparingInt(f -> f))
                .limit(user.ratingCount()).mapToInt(Integer::intValue).sorted().toArray();
        List<DemoRating> ratings = new ArrayList<>();
        for (int f : chosen) {
            DemoFilm film = films.get(f);
            double stars = meanStars(film) + user.bias() + RATE_TASTE * user.affinity(film)
                    + RATING_NOISE * random.nextGaussian();
            long time = user.firstTime() + random.nextInt(user.activeSeconds());
            ratings.add(new DemoRating(user.userId(), film.movieId(), halfStars(stars, user.halfStars()), time));
        }
        return ratings;
    }

    /** What a user without taste or bias would rate the film, on average: widely seen films are a bit more liked. */
    private static double meanStars(DemoFilm film) {
        return 0.75 + 0.5 * film.quality() + 0.12 * film.popularity();
    }

    private static int halfStars(double stars, boolean useHalves) {
        int half = useHalves ? (int) StrictMath.round(2 * stars) : 2 * (int) StrictMath.round(stars);
        return Math.max(useHalves ? 1 : 2, Math.min(10, half));
    }

    /** A few users tag some of the films they loved or hated. */
    private List<DemoTag> tagsOf(DemoUser user, List<DemoRating> ratings, DemoRandom random) {
        if (!random.chance(TAGGER_SHARE)) {
            return List.of();
        }
        List<DemoRating> strong = new ArrayList<>(ratings.stream()
                .filter(rating -> rating.halfStars() >= 9 || rating.halfStars() <= 3).toList());
        int wanted = Math.min(strong.size(), 1 + random.nextInt(4));
        List<DemoTag> tags = new ArrayList<>();
        for (int i = 0; i < wanted; i++) {
            DemoRating rating = strong.remove(random.nextInt(strong.size()));
            DemoFilm film = films.get(rating.movieId() - 1);
            String tag = DemoTags.pick(film.genres(), rating.halfStars() >= 9, random);
            tags.add(new DemoTag(user.userId(), film.movieId(), tag, rating.time() + random.nextInt(3600)));
        }
        return tags;
    }

    private String moviesCsv() {
        StringBuilder csv = new StringBuilder("movieId,title,genres\n");
        for (DemoFilm film : films) {
            csv.append(film.movieId()).append(',').append(csvQuote(film.title())).append(',')
                    .append(String.join("|", film.genres())).append('\n');
        }
        return csv.toString();
    }

    private static String ratingsCsv(List<DemoRating> ratings) {
        StringBuilder csv = new StringBuilder("userId,movieId,rating,timestamp\n");
        for (DemoRating rating : ratings) {
            csv.append(rating.userId()).append(',').append(rating.movieId()).append(',')
                    .append(rating.halfStars() / 2).append(rating.halfStars() % 2 == 0 ? ".0" : ".5").append(',')
                    .append(rating.time()).append('\n');
        }
        return csv.toString();
    }

    private static String tagsCsv(List<DemoTag> tags) {
        StringBuilder csv = new StringBuilder("userId,movieId,tag,timestamp\n");
        for (DemoTag tag : tags) {
            csv.append(tag.userId()).append(',').append(tag.movieId()).append(',').append(csvQuote(tag.tag()))
                    .append(',').append(tag.time()).append('\n');
        }
        return csv.toString();
    }

    /** RFC 4180: a field with a comma or a quote goes in quotes, its quotes doubled. */
    private static String csvQuote(String field) {
        return field.contains(",") || field.contains("\"") ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }

    private String readme(Summary summary) {
        String seedOption = seed == DEFAULT_SEED ? "" : " --seed " + seed;
        return README_TITLE + "\n"
                + "=".repeat(README_TITLE.length()) + "\n"
                + "\n"
                + "A small dataset in the MovieLens ml-latest file layout, made by the Movie Recommender\n"
                + "project itself so that the app can be tried without downloading anything. It is not\n"
                + "MovieLens data and holds nothing from any MovieLens release.\n"
                + "\n"
                + "  movies.csv   " + summary.movies() + " well-known films\n"
                + "  ratings.csv  " + summary.ratings() + " ratings by " + summary.users() + " users\n"
                + "  tags.csv     " + summary.tags() + " tags\n"
                + "\n"
                + "The films' titles, years and genres are public facts, written down from general\n"
                + "knowledge. The movie ids number the films in the order of the list; they are this\n"
                + "dataset's own, not MovieLens ids, so there is no links.csv.\n"
                + "\n"
                + "Every user, rating and tag is synthetic, generated by DemoDataset\n"
                + "(io.github.movierecommender.synth.DemoDataset) with seed " + seed + ". Each synthetic\n"
                + "user likes a few genres of one kind (say crime, mystery and film noir) and dislikes a\n"
                + "few others. The user's taste and a rough guess of each film's quality and popularity,\n"
                + "kept with the film list in the project (demo-films.csv), decide which films the user\n"
                + "rates and how. No real person's ratings are in here.\n"
                + "\n"
                + "To regenerate these files exactly, from the project folder:\n"
                + "\n"
                + "    ./mvnw -DskipTests package\n"
                + "    java -jar target/movie-recommender.jar demo --out data/demo" + seedOption + "\n";
    }

    private static void write(Path file, String text) throws IOException {
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
