package io.github.movierecommender.recommend;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.DatasetException;
import io.github.movierecommender.data.DatasetLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Ten movies and six users whose distances to user 1 are easy to work out by hand:
 * over movies 1–5, user 2 agrees exactly, users 3 and 4 differ by one star once, user 5 shares
 * only four movies, and user 6 rates them in reverse.
 */
public final class SmallWorld {

    static final String MOVIES = """
            movieId,title,genres
            1,Comedy One (2001),Comedy
            2,Comedy Two (2002),Comedy
            3,Drama Three (2003),Drama
            4,Drama Four (2004),Drama
            5,Horror Five (2005),Horror
            6,Comedy Six (2006),Comedy
            7,Horror Seven (2007),Horror
            8,Drama Eight (2008),Drama
            9,Comedy Drama Nine (2009),Comedy|Drama
            10,Horror Comedy Ten (2010),Horror|Comedy
            """;

    static final String RATINGS = """
            userId,movieId,rating,timestamp
            1,1,5,100
            1,2,4,100
            1,3,3,100
            1,4,2,100
            1,5,1,100
            2,1,5,100
            2,2,4,100
            2,3,3,100
            2,4,2,100
            2,5,1,100
            2,6,5,100
            2,7,4,100
            2,9,4,100
            2,10,4,100
            3,1,4,100
            3,2,4,100
            3,3,3,100
            3,4,2,100
            3,5,1,100
            3,6,3,100
            3,9,4,100
            4,1,5,100
            4,2,4,100
            4,3,3,100
            4,4,2,100
            4,5,2,100
            4,6,4,100
            4,8,2,100
            4,10,4,100
            5,1,1,100
            5,2,1,100
            5,3,1,100
            5,4,1,100
            5,6,5,100
            5,7,5,100
            6,1,1,100
            6,2,2,100
            6,3,3,100
            6,4,4,100
            6,5,5,100
            6,7,1,100
            """;

    private SmallWorld() {
    }

    public static Dataset load(Path folder) throws IOException, DatasetException {
        Files.writeString(folder.resolve("movies.csv"), MOVIES);
        Files.writeString(folder.resolve("ratings.csv"), RATINGS);
        return DatasetLoader.load(folder);
    }

    static Profile user(Dataset dataset, int id) {
        return Profile.ofUser(dataset, id).orElseThrow();
    }
}
