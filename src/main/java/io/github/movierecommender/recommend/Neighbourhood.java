package io.github.movierecommender.recommend;

import java.util.Arrays;
import java.util.List;

/**
 * A profile's candidate neighbours (users with at least the minimum co-rated movies), nearest
 * first; ties go to the smaller user id. Keeps the nearest {@link #kept()} so that a change of k,
 * n or the minimum support re-aggregates without scanning again.
 */
public final class Neighbourhood {

    private final Profile profile;
    private final NeighbourParams scan;
    private final Neighbour[] nearest;
    private final int candidates;

    Neighbourhood(Profile profile, NeighbourParams scan, Neighbour[] nearest, int candidates) {
        this.profile = profile;
        this.scan = scan;
        this.nearest = nearest;
        this.candidates = candidates;
    }

    public Profile profile() {
        return profile;
    }

    /** Number of users with at least the minimum co-rated movies. */
    public int candidates() {
        return candidates;
    }

    /** How many of the nearest candidates are held. */
    public int kept() {
        return nearest.length;
    }

    public List<Neighbour> nearest(int k) {
        return List.of(Arrays.copyOf(nearest, Math.min(k, nearest.length)));
    }

    Neighbour at(int i) {
        return nearest[i];
    }

    /** Whether this scan can answer {@code params} for the same profile without scanning again. */
    public boolean serves(Profile other, NeighbourParams params) {
        return other == profile && scan.sameScan(params) && (nearest.length == candidates || params.k() <= kept());
    }
}
