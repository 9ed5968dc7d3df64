package io.github.movierecommender.data;

import io.github.movierecommender.problem.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
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
    private final TreeMap<Integer, Movie> movies = new TreeMap<>();
    private final TagCollector tags = new TagCollector();
    private final List<Problem> warnings = new ArrayList<>();

    CatalogReader(DatasetFiles files, BadLines badLines, LoadMonitor monitor) {
        this.files = files;
        this.reader = new LineFileReader(files, badLines, monitor);
    }

    /** What the load went on without: optional files that could not be read. */
    List<Problem> warnings() {
        return warnings;
    }

    /** The movies read so far, by ascending id. */
    TreeMap<Integer, Movie> movies() {
        return movies;
    }

    void readMoviesCsv(String name) throws DatasetException {
        reader.read(name, "movieId,title,genres", (line, number) -> {
            List<String> fields;
            try {
                fields = CsvLine.fields(line);
            } catch (IllegalArgumentException e) {
                return Problem.of(DataProblem.BROKEN_QUOTING);
            }
            return addMovie(fields, 3, "movieId, title, genres", number);
        });
    }

    void readMoviesDat(String name) throws DatasetException {
        reader.read(name, null, (line, number) ->
                addMovie(Arrays.asList(line.split("::", -1)), 3, "MovieID::Title::Genres", number));
    }

    private Problem addMovie(List<String> fields, int expected, String columns, long number) {
        if (fields.size() != expected) {
            return Problem.of(DataProblem.FIELD_COUNT, expected, columns, fields.size());
        }
        int id = LineFileReader.parseId(fields.get(0));
        if (id < 0) {
            return Problem.of(DataProblem.MOVIE_ID, Quote.of(fields.get(0)));
        }
        return put(Movie.of(id, fields.get(1), genres(fields.get(2).split("\\|"))), number);
    }

    private Problem put(Movie movie, long number) {
        if (movies.containsKey(movie.id())) {
            return Problem.of(DataProblem.MOVIE_AGAIN, movie.id());
        }
        movies.put(movie.id(), movie);
        return null;
    }

    private static Set<String> genres(String[] names) {
        Set<String> genres = new LinkedHashSet<>();
        for (String name : names) {
            String genre = name.strip();
            if (!genre.isEmpty() && !genre.equals(NO_GENRES) && !genre.equalsIgnoreCase("unknown")) {
                genres.add(genre);
            }
        }
        return genres;
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
            return put(Movie.of(id, fields[1], genres(flagged.toArray(String[]::new))), number);
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
        reader.readOptional(name, "movieId,imdbId,tmdbId", (line, number) -> {
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
            Movie movie = movies.get(id);
            if (movie == null) {
                return id < 0 ? Problem.of(DataProblem.MOVIE_ID, Quote.of(fields.get(0))) : null;
            }
            int imdb = fields.get(1).isBlank() ? Movie.NO_LINK : LineFileReader.parseId(fields.get(1));
            int tmdb = fields.get(2).isBlank() ? Movie.NO_LINK : LineFileReader.parseId(fields.get(2));
            if (imdb < 0 || tmdb < 0) {
                return Problem.of(DataProblem.LINK_ID);
            }
            movies.put(id, movie.withLinks(imdb, tmdb));
            return null;
        }, warnings);
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
        int movieId = 0;
        for (int i = userEnd + 1; i < movieEnd; i++) {
            movieId = movieId * 10 + bytes[i] - '0';
        }
        tags.addAscii(movieId, bytes, tagStart, tagEnd);
        return true;
    }

    /** Where the comma after an id of 1 to 10 digits (at most {@link Integer#MAX_VALUE}) at {@code start} is, or -1. */
    private static int idEnd(byte[] bytes, int start, int end) {
        long id = 0;
        int at = start;
        while (at < end && at - start <= 10 && bytes[at] >= '0' && bytes[at] <= '9') {
            id = id * 10 + bytes[at] - '0';
            at++;
        }
        return at == start || at - start > 10 || id > Integer.MAX_VALUE || at == end || bytes[at] != ',' ? -1 : at;
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
