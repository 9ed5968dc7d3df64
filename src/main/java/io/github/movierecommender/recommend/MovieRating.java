package io.github.movierecommender.recommend;

/** One rating in an ad-hoc profile: a MovieLens movie id and stars from 0.5 to 5 in halves. */
public record MovieRating(int movieId, double rating) {

    public MovieRating {
        double halfStars = rating * 2;
        if (halfStars < 1 || halfStars > 10 || halfStars != Math.rint(halfStars)) {
            throw new IllegalArgumentException("rating " + rating + " of movie " + movieId
                    + " is not between 0.5 and 5 in half stars");
        }
    }
}
