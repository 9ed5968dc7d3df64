package io.github.movierecommender.data;

import io.github.movierecommender.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/** Reads the movie catalogue, links and tags of each release layout. */
final class CatalogReader {

    private static final String NO_GENRES = "(no genres listed)";
    private static final List<String> ML_100K_DEFAULT_GENRES = List.of("unknown", "Action", "Adventure",
            "Animation", "Children's", "Comedy", "Crime", "Documentary", "Drama", "Fantasy", "Film-Noir",
            "Horror", "Musical", "Mystery", "Romance", "Sci-Fi", "Thriller", "War", "Western");

    private final DatasetFiles files;
    private final LineFileReader reader;
    private final CatalogEntries entries = new CatalogEntries();
    private final TextDictionary genreFields = new TextDictionary();
    private final List<Set<String>> genreSets = new ArrayList<>();
    private final TagCollector tags = new TagCollector();
    private final List<Problem> warnings = new ArrayList<>();
    private Movie[] movies;

    CatalogReader(DatasetFiles files, BadLines badLines, LoadMonitor monitor) {
        this.files = files;
        this.reader = new LineFileReader(files, badLines, monitor);
    }

    /** What the load went on without: optional files that could not be read. */
    List<Problem> warnings() {
        return warnings;
    }

    /** Makes the records of the movies read, once the catalogue and its links are read; returns this reader. */
    CatalogReader finished() {
        movies = entries.movies();
        return this;
    }

    /** The movies read, by ascending id, once {@link #finished()}. */
    Movie[] movies() {
        return movies;
    }

    void readMoviesCsv(String name) throws DatasetException {
        reader.read(name, "movieId,title,genres", this::addPlainMovie, (line, number) -> {
            List<String> fields;
            try {
                fields = CsvLine.fields(line);
            } catch (IllegalArgumentException e) {
                return Problem.of(DataProblem.BROKEN_QUOTING);
            }
            return addMovie(fields, 3, "movieId, title, genres");
        });
    }

    void readMoviesDat(String name) throws DatasetException {
        reader.read(name, null, (line, number) ->
                addMovie(Arrays.asList(line.split("::", -1)), 3, "MovieID::Title::Genres"));
    }

    private Problem addMovie(List<String> fields, int expected, String columns) {
        if (fields.size() != expected) {
            return Problem.of(DataProblem.FIELD_COUNT, expected, columns, fields.size());
        }
        int id = LineFileReader.parseId(fields.get(0));
        if (id < 0) {
            return Problem.of(DataProblem.MOVIE_ID, Quote.of(fields.get(0)));
        }
        return add(id, fields.get(1), genreSet(genreFields.numberOf(fields.get(2))));
    }

    /**
     * Adds the movie of a line of three fields straight from its bytes, as {@link #addMovie} would:
     * an id of digits, a title of printable ASCII (quoted or not, "" for a quote inside a quoted
     * one) and genres of printable ASCII without commas or quotes. False for any other line and for
     * a movie read before, which {@link #addMovie} then reads for its message.
     */
    private boolean addPlainMovie(byte[] bytes, int start, int end) {
        int idEnd = idEnd(bytes, start, end);
        int titleEnd = idEnd < 0 ? -1 : plainTitleEnd(bytes, idEnd + 1, end);
        if (titleEnd < 0 || !isPlainField(bytes, titleEnd + 1, end)) {
            return false;
        }
        int id = digitsValue(bytes, start, idEnd);
        return entries.add(id, plainTitle(bytes, idEnd + 1, titleEnd),
                genreSet(genreFields.numberOf(new String(bytes, titleEnd + 1, end - titleEnd - 1,
                        StandardCharsets.ISO_8859_1))));
    }

    /** Where the comma after a plain title field at {@code start} is, or -1. */
    private static int plainTitleEnd(byte[] bytes, int start, int end) {
        if (start < end && bytes[start] == '"') {
            for (int i = start + 1; i < end; i++) {
                if (bytes[i] == '"') {
                    if (i + 1 < end && bytes[i + 1] == '"') {
                        i++;
                    } else {
                        return i + 1 < end && bytes[i + 1] == ',' ? i + 1 : -1;
                    }
                } else if (bytes[i] < ' ' || bytes[i] > '~') {
                    return -1;
                }
            }
            return -1;
        }
        for (int i = start; i < end; i++) {
            if (bytes[i] == ',') {
                return i;
            }
            if (bytes[i] < ' ' || bytes[i] > '~' || bytes[i] == '"') {
                return -1;
            }
        }
        return -1;
    }

    /** The text of a plain title field from {@code start} to its comma at {@code end}. */
    private static String plainTitle(byte[] bytes, int start, int end) {
        if (start == end || bytes[start] != '"') {
            return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
        }
        byte[] text = new byte[end - start - 2];
        int length = 0;
        for (int i = start + 1; i < end - 1; i++) {
            text[length++] = bytes[i];
            if (bytes[i] == '"') {
                i++;
            }
        }
        return new String(text, 0, length, StandardCharsets.ISO_8859_1);
    }

    /** Whether {@code start} to {@code end} is printable ASCII without commas or quotes. */
    private static boolean isPlainField(byte[] bytes, int start, int end) {
        for (int i = start; i < end; i++) {
            if (bytes[i] < ' ' || bytes[i] > '~' || bytes[i] == ',' || bytes[i] == '"') {
                return false;
            }
        }
        return true;
    }

    /** The genres of the genres field numbered {@code field} by {@link #genreFields}, worked out once per field. */
    private Set<String> genreSet(int field) {
        if (field == genreSets.size()) {
            genreSets.add(genres(genreFields.text(field).split("\\|")));
        }
        return genreSets.get(field);
    }

    private Problem add(int id, String title, Set<String> genres) {
        return entries.add(id, title, genres) ? null : Problem.of(DataProblem.MOVIE_AGAIN, id);
    }

    /** The genres named, without "(no genres listed)" and "unknown", each once. */
    private static Set<String> genres(String[] names) {
        List<String> genres = new ArrayList<>(names.length);
        for (String name : names) {
            String genre = name.strip();
            if (!genre.isEmpty() && !genre.equals(NO_GENRES) && !genre.equalsIgnoreCase("unknown")
                    && !genres.contains(genre)) {
                genres.add(genre);
            }
        }
        return Set.of(genres.toArray(String[]::new));
    }

    /** ml-100k: {@code u.item} with one flag per genre, the genres named in {@code u.genre}. */
    void readMl100kItems(String itemFile, String genreFile) throws DatasetException {
        List<String> genreNames = files.has(genreFile) ? readGenreNames(genreFile) : ML_100K_DEFAULT_GENRES;
        int fixedFields = 5;
        reader.read(itemFile, null, (line, number) -> {
            String[] fields = line.split("\\|", -1);
            if (fields.length != fixedFields + genreNames.size()) {
                return Problem.of(DataProblem.ML100K_FIELD_COUNT, fixedFields + genreNames.size(), genreNames.size(),
                        fields.length);
            }
            int id = LineFileReader.parseId(fields[0]);
            if (id < 0) {
                return Problem.of(DataProblem.MOVIE_ID, Quote.of(fields[0]));
            }
            List<String> flagged = new ArrayList<>();
            for (int g = 0; g < genreNames.size(); g++) {
                String flag = fields[fixedFields + g].strip();
                if (!flag.equals("0") && !flag.equals("1")) {
                    return Problem.of(DataProblem.GENRE_FLAG, Quote.of(flag), genreNames.get(g));
                }
                if (flag.equals("1")) {
                    flagged.add(genreNames.get(g));
                }
            }
            return add(id, fields[1], genres(flagged.toArray(String[]::new)));
        });
    }

    /**
     * {@code u.genre}: "name|index" lines with the indexes 0, 1, 2… in any order. It decides how
     * every line of {@code u.item} is read, so a line that is not of that form stops the load.
     */
    private List<String> readGenreNames(String genreFile) throws DatasetException {
        TreeMap<Integer, String> byIndex = new TreeMap<>();
        String described = files.describe(genreFile);
        List<BadLine> problems = new ArrayList<>();
        reader.read(genreFile, null, (line, number) -> {
            String[] fields = line.split("\\|", -1);
            int index = fields.length == 2 ? LineFileReader.parseId(fields[1]) : -1;
            Problem problem = null;
            if (index < 0 || fields[0].isBlank()) {
                problem = Problem.of(DataProblem.GENRE_LINE, Quote.of(line));
            } else if (byIndex.putIfAbsent(index, fields[0]) != null) {
                problem = Problem.of(DataProblem.GENRE_INDEX_AGAIN, index);
            }
            if (problem != null) {
                problems.add(new BadLine(described, number, problem));
            }
            return problem;
        });
        if (!problems.isEmpty()) {
            throw new DatasetException(Problem.of(DataProblem.GENRES_UNREADABLE, problems.get(0)));
        }
        if (byIndex.isEmpty() || byIndex.lastKey() != byIndex.size() - 1) {
            throw new DatasetException(Problem.of(DataProblem.GENRE_INDEX_GAP, described, byIndex.size() - 1));
        }
        return List.copyOf(byIndex.values());
    }

    /** {@code links.csv}: IMDb and TMDB ids for the catalogue's movies. */
    void readLinks(String name) throws DatasetException {
        reader.readOptional(name, "movieId,imdbId,tmdbId", this::addPlainLinks, (line, number) -> {
            List<String> fields;
            try {
                fields = CsvLine.fields(line);
            } catch (IllegalArgumentException e) {
                return Problem.of(DataProblem.BROKEN_QUOTING);
            }
            if (fields.size() != 3) {
                return Problem.of(DataProblem.FIELD_COUNT, 3, "movieId, imdbId, tmdbId", fields.size());
            }
            int id = LineFileReader.parseId(fields.get(0));
            if (id < 0 || !entries.has(id)) {
                return id < 0 ? Problem.of(DataProblem.MOVIE_ID, Quote.of(fields.get(0))) : null;
            }
            int imdb = fields.get(1).isBlank() ? Movie.NO_LINK : LineFileReader.parseId(fields.get(1));
            int tmdb = fields.get(2).isBlank() ? Movie.NO_LINK : LineFileReader.parseId(fields.get(2));
            if (imdb < 0 || tmdb < 0) {
                return Problem.of(DataProblem.LINK_ID);
            }
            entries.setLinks(id, imdb, tmdb);
            return null;
        }, warnings);
    }

    /**
     * Takes the links of a line of three unquoted fields, an id of digits and two of digits or
     * empty, straight from its bytes, as the text reading would; false for any other line.
     */
    private boolean addPlainLinks(byte[] bytes, int start, int end) {
        int idEnd = idEnd(bytes, start, end);
        int imdbEnd = idEnd < 0 ? -1 : linkEnd(bytes, idEnd + 1, end);
        if (imdbEnd < 0 || imdbEnd == end || linkEnd(bytes, imdbEnd + 1, end) != end) {
            return false;
        }
        entries.setLinks(digitsValue(bytes, start, idEnd), digitsValue(bytes, idEnd + 1, imdbEnd),
                digitsValue(bytes, imdbEnd + 1, end));
        return true;
    }

    /**
     * Where a link id at {@code start}, empty or of 1 to 10 digits (at most {@link Integer#MAX_VALUE}),
     * ends at a comma or at {@code end}; -1 for anything else.
     */
    private static int linkEnd(byte[] bytes, int start, int end) {
        int at = digitsEnd(bytes, start, end);
        return (at == end || bytes[at] == ',') && fitsInt(bytes, start, at) ? at : -1;
    }

    /** The value of the digits from {@code start} to {@code end}, 0 when none; negative when beyond an int. */
    private static int digitsValue(byte[] bytes, int start, int end) {
        long value = 0;
        for (int i = start; i < end; i++) {
            value = value * 10 + bytes[i] - '0';
        }
        return value > Integer.MAX_VALUE ? -1 : (int) value;
    }

    void readTagsCsv(String name) throws DatasetException {
        reader.readOptional(name, "userId,movieId,tag,timestamp", this::addPlainTag, (line, number) -> {
            try {
                return addTag(CsvLine.fields(line));
            } catch (IllegalArgumentException e) {
                return Problem.of(DataProblem.BROKEN_QUOTING);
            }
        }, warnings);
    }

    /**
     * Adds the tag of a line of four fields, ids of digits and a tag of printable ASCII with no
     * space at either end, quoted or not (without quotes inside), straight from its bytes, as
     * {@link #addTag} would; false for any other line, which {@link #addTag} then reads for its
     * message.
     */
    private boolean addPlainTag(byte[] bytes, int start, int end) {
        int userEnd = idEnd(bytes, start, end);
        int movieEnd = userEnd < 0 ? -1 : idEnd(bytes, userEnd + 1, end);
        if (movieEnd < 0) {
            return false;
        }
        boolean quoted = movieEnd + 1 < end && bytes[movieEnd + 1] == '"';
        int tagStart = quoted ? movieEnd + 2 : movieEnd + 1;
        int tagEnd = tagStart;
        while (tagEnd < end && bytes[tagEnd] != (quoted ? '"' : ',')) {
            if (bytes[tagEnd] < ' ' || bytes[tagEnd] > '~' || bytes[tagEnd] == '"') {
                return false;
            }
            tagEnd++;
        }
        int fieldEnd = quoted ? tagEnd + 1 : tagEnd;
        if (fieldEnd >= end || bytes[fieldEnd] != ',' || tagEnd == tagStart
                || bytes[tagStart] == ' ' || bytes[tagEnd - 1] == ' ') {
            return false;
        }
        for (int i = fieldEnd + 1; i < end; i++) {
            if (bytes[i] == ',' || bytes[i] == '"') {
                return false;
            }
        }
        tags.addAscii(digitsValue(bytes, userEnd + 1, movieEnd), bytes, tagStart, tagEnd);
        return true;
    }

    /** Where the comma after an id of 1 to 10 digits (at most {@link Integer#MAX_VALUE}) at {@code start} is, or -1. */
    private static int idEnd(byte[] bytes, int start, int end) {
        int at = digitsEnd(bytes, start, end);
        return at > start && at < end && bytes[at] == ',' && fitsInt(bytes, start, at) ? at : -1;
    }

    /** Where the digits at {@code start} end, looking at 11 at most. */
    private static int digitsEnd(byte[] bytes, int start, int end) {
        int limit = Math.min(end, start + 11);
        int at = start;
        while (at < limit && bytes[at] >= '0' && bytes[at] <= '9') {
            at++;
        }
        return at;
    }

    /** Whether the digits from {@code start} to {@code end} are a number an int holds. */
    private static boolean fitsInt(byte[] bytes, int start, int end) {
        return end - start < 10 || end - start == 10 && digitsValue(bytes, start, end) >= 0;
    }

    void readTagsDat(String name) throws DatasetException {
        reader.readOptional(name, null, (line, number) -> addTag(Arrays.asList(line.split("::", -1))), warnings);
    }

    private Problem addTag(List<String> fields) {
        if (fields.size() != 4) {
            return Problem.of(DataProblem.FIELD_COUNT, 4, "userId, movieId, tag, timestamp", fields.size());
        }
        if (LineFileReader.parseId(fields.get(0)) < 0) {
            return Problem.of(DataProblem.USER_ID, Quote.of(fields.get(0)));
        }
        int movieId = LineFileReader.parseId(fields.get(1));
        if (movieId < 0) {
            return Problem.of(DataProblem.MOVIE_ID, Quote.of(fields.get(1)));
        }
        String tag = fields.get(2).strip();
        if (tag.isEmpty()) {
            return Problem.of(DataProblem.EMPTY_TAG);
        }
        tags.add(movieId, tag);
        return null;
    }

    /** The tags, keyed by the final catalogue's movie indexes; asked once, as it spends the tags read. */
    MovieTags tags(MovieCatalog catalog) {
        return tags.build(catalog);
    }
}
