package io.github.movierecommender.data;

/**
 * A loaded MovieLens release: its catalogue, ratings and tags, with what the load reported.
 * {@code format} names the file layout ({@code ml-latest}, {@code ml-1m}, {@code ml-10m},
 * {@code ml-100k}); {@code source} is the folder or zip it came from.
 */
public record Dataset(String format, String source, MovieCatalog movies, Ratings ratings, MovieTags tags,
                      LoadReport report) {

    public DatasetSummary summary() {
        return DatasetSummary.of(this);
    }

    /** The same release with other ratings over the same users and movies, such as a training part. */
    public Dataset withRatings(Ratings other) {
        return new Dataset(format, source, movies, other, tags, report);
    }
}
