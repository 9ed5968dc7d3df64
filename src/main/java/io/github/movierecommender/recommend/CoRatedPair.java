package io.github.movierecommender.recommend;

/** A movie both the profile and another user rated, with both ratings in stars. */
public record CoRatedPair(int movieIndex, String title, double yours, double theirs) {

    /** Your rating minus theirs. */
    public double difference() {
        return yours - theirs;
    }
}
