package io.github.movierecommender.data;

import io.github.movierecommender.problem.ProblemKind;

/** What can be wrong with a release, a file of it or one of its lines; the facts each names are in its pattern. */
public enum DataProblem implements ProblemKind {
    // A line, skipped: the facts are what the line holds.
    BLANK_LINE("blank line"),
    BROKEN_QUOTING("broken quoting"),
    QUOTED_COMMA("a quoted field holds a comma"),
    /** Fields expected, their names, fields found. */
    FIELD_COUNT("expected {0,number,#} fields ({1}) but found {2,number,#}"),
    /** Fields expected, the number of genre flags among them, fields found. */
    ML100K_FIELD_COUNT("expected {0,number,#} fields (id|title|release date|video release date|IMDb URL|"
            + "{1,number,#} genre flags) but found {2,number,#}"),
    USER_ID("user id {0} is not a whole number"),
    MOVIE_ID("movie id {0} is not a whole number"),
    RATING_NOT_A_NUMBER("rating {0} is not a number"),
    RATING_NOT_HALF_STARS("rating {0} is not a multiple of 0.5"),
    RATING_OUT_OF_SCALE("rating {0} is outside the scale 0.5 to 5"),
    TIMESTAMP("timestamp {0} is not a whole number of seconds"),
    MOVIE_AGAIN("movie id {0,number,#} appears again; the first entry is kept"),
    /** The flag found, the genre. */
    GENRE_FLAG("genre flag {0} for {1} is not 0 or 1"),
    LINK_ID("IMDb or TMDB id is not a whole number"),
    EMPTY_TAG("the tag is empty"),
    GENRE_LINE("expected ''genre|index'' but found {0}"),
    GENRE_INDEX_AGAIN("genre index {0,number,#} appears again"),

    // Why a file cannot be read (the cause inside CANNOT_READ and the like).
    PERMISSION_DENIED("permission denied"),
    NO_SUCH_FILE("no such file"),
    /** The operating system's own words. */
    SYSTEM_REASON("{0}"),
    /** Java's words for the broken zip data. */
    BROKEN_ZIP_DATA("broken zip data: {0}"),
    /** Java's words, or the exception's name when it has none. */
    OTHER_READ_PROBLEM("{0}"),

    // The release or one of its files cannot be loaded: the first fact is the file or folder.
    NO_SUCH_FILE_OR_FOLDER("{0}: no such file or folder"),
    /** The source, what it is instead (one of the KIND_ problems). */
    NOT_A_FOLDER_OR_ZIP("{0}: not a folder or a zip file but {1}, so it is not opened"),
    KIND_FOLDER("a folder"),
    KIND_SPECIAL("a named pipe, device or socket"),
    /** Why it cannot be read. */
    KIND_UNREADABLE("a file that cannot be read ({0})"),
    /** The file, why. */
    CANNOT_READ("{0}: cannot be read ({1})"),
    CANNOT_LIST("{0}: cannot list the folder ({1})"),
    /** The zip, Java's words, which the app leaves out. */
    NOT_A_ZIP("{0}: not a readable zip file ({1})"),
    /** The zip, the folder asked for. */
    NO_FOLDER_IN_ZIP("{0}: holds no folder {1}"),
    NOT_A_RELEASE("{0}: not a MovieLens release. Expected one of: ratings.csv with movies.csv (ml-latest-small, "
            + "ml-latest, ml-20m, ml-25m, ml-32m); ratings.dat with movies.dat (ml-1m, ml-10m); u.data with u.item "
            + "(ml-100k)"),
    /** The source, the ratings file it has, the movies file it lacks. */
    NO_MOVIES_FILE("{0}: has {1} but no {2} beside it"),
    /** The source, how many releases, their names, the first release's path. */
    SEVERAL_RELEASES("{0} holds {1,number,#} releases ({2}); open one of them, such as {3}"),
    EMPTY_FILE("{0}: the file is empty"),
    /** The file, the header expected, the first line found (quoted). */
    WRONG_HEADER("{0}, line 1: expected the header ''{1}'' but found {2}"),
    /** The file, the line, the limit in MB. */
    LINE_TOO_LONG("line {1,number,#} of {0} is longer than {2,number,#} MB, which no MovieLens file has; "
            + "it is not read further"),
    NO_MOVIES("{0}: no movies in the file, only its header"),
    /** The file, its first bad line. */
    NO_VALID_MOVIES("{0}: no valid movies; first problem: {1}"),
    NO_VALID_RATINGS("{0}: no valid ratings; first problem: {1}"),
    HEADER_BUT_NO_RATINGS("{0}: the file has a header but no ratings"),
    /** The first bad line of u.genre. */
    GENRES_UNREADABLE("{0}; without every genre the movies cannot be read"),
    /** The file, the highest index expected. */
    GENRE_INDEX_GAP("{0}: the genre indexes are not 0 to {1,number,#} without gaps; without every genre the movies "
            + "cannot be read"),
    /** The release, what went wrong, in Java's words: limits no MovieLens release reaches. */
    BEYOND_LIMITS("{0}: {1}"),

    // Warnings: an optional file (links, tags) that could not be read. The file, why.
    OPTIONAL_LEFT_OUT("{0}: cannot be read ({1}); it is left out"),
    /** The file, why, how many lines were read. */
    OPTIONAL_PARTLY_READ("{0}: cannot be read ({1}); only its first {2,number,#} lines are used"),

    CANCELLED("Loading was cancelled");

    private final String english;

    DataProblem(String english) {
        this.english = english;
    }

    @Override
    public String key() {
        return "data." + name();
    }

    @Override
    public String english() {
        return english;
    }
}
