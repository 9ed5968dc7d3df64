package io.github.movierecommender.data;

import io.github.movierecommender.problem.Problem;
import java.util.List;

/** The file layouts of the MovieLens releases, told apart by the files present. */
enum Layout {
    ML_LATEST("ml-latest", "ratings.csv", "movies.csv", ",", "userId,movieId,rating,timestamp"),
    ML_1M("ml-1m", "ratings.dat", "movies.dat", "::", null),
    ML_10M("ml-10m", "ratings.dat", "movies.dat", "::", null),
    ML_100K("ml-100k", "u.data", "u.item", "\t", null);

    static final List<String> KEY_FILES = RatingsFiles.NAMES;

    /** Every file a load may read or look for in a release's folder. */
    static final List<String> FILES_READ = List.of("ratings.csv", "ratings.dat", "u.data", "movies.csv", "movies.dat",
            "u.item", "u.genre", "links.csv", "tags.csv", "tags.dat", "users.dat");

    final String format;
    final String ratingsFile;
    final String moviesFile;
    final String separator;
    final String ratingsHeader;

    Layout(String format, String ratingsFile, String moviesFile, String separator, String ratingsHeader) {
        this.format = format;
        this.ratingsFile = ratingsFile;
        this.moviesFile = moviesFile;
        this.separator = separator;
        this.ratingsHeader = ratingsHeader;
    }

    static Layout detect(DatasetFiles files) throws DatasetException {
        Layout layout;
        if (files.has("ratings.csv")) {
            layout = ML_LATEST;
        } else if (files.has("ratings.dat")) {
            layout = files.has("users.dat") ? ML_1M : ML_10M;
        } else if (files.has("u.data")) {
            layout = ML_100K;
        } else {
            throw new DatasetException(Problem.of(DataProblem.NOT_A_RELEASE, files.source()));
        }
        if (!files.has(layout.moviesFile)) {
            throw new DatasetException(Problem.of(DataProblem.NO_MOVIES_FILE, files.source(), layout.ratingsFile,
                    layout.moviesFile));
        }
        return layout;
    }
}
