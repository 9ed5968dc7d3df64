package io.github.movierecommender.profile;

import io.github.movierecommender.problem.ProblemKind;

/** What can be wrong with a ratings file to import or a profile; the facts each names are in its pattern. */
public enum ProfileProblem implements ProblemKind {
    /** The limit in bytes. */
    LINE_TOO_LONG("the line is longer than {0,number,#} bytes"),
    /** The header expected. */
    EMPTY_FILE("the file is empty; expected the header ''{0}''"),
    /** The header expected, the line found (quoted). */
    WRONG_HEADER("expected the header ''{0}'' but found {1}"),
    NO_NAME("a profile needs a name"),
    CONTROL_CHARACTERS("a profile name cannot hold control characters such as tabs or line breaks"),
    /** The name, the most characters a name may have. */
    NAME_TOO_LONG("the profile name ''{0}'' is too long: at most {1,number,#} characters, fewer for letters "
            + "outside English"),
    /** The name, the profiles folder. */
    NO_SUCH_PROFILE("there is no profile named ''{0}'' in {1}"),
    NAME_TAKEN("a profile named ''{0}'' already exists"),
    /** The file. */
    NO_SUCH_FILE("{0}: no such file"),
    A_FOLDER("{0}: not a regular file (it is a folder); give a ratings CSV file"),
    A_SPECIAL_FILE("{0}: not a regular file (it is a device, a named pipe or another special file); give a ratings "
            + "CSV file"),
    /** The file, the system's words. */
    CANNOT_READ("{0}: cannot be read ({1})"),
    /** The file, where it is kept, its first bad line, how many more bad lines, how many ratings were kept. */
    RECOVERED("{0} could not be read in full: {2}{3,choice,0#|1# (and 1 more line)|1< (and {3,number,integer} more lines)}. "
            + "It is kept as it was in {1}; the profile keeps the {4,number,#} {4,choice,0#ratings|1#rating|1<ratings} "
            + "that could be read."),
    /** The file's first line, which makes it no ratings file. */
    UNREADABLE("{0}"),
    /** The folder, the reason (a lock problem or the system's words). */
    FOLDER_UNUSABLE("the profiles folder {0} cannot be used ({1})"),
    /** The name, the folder, the reason. */
    NOT_CREATED("the profile ''{0}'' could not be created in {1} ({2})"),
    /** The name, the file, the reason. */
    NOT_OPENED("the profile ''{0}'' could not be opened from {1} ({2})"),
    /** The name, the new name, the reason. */
    NOT_RENAMED("the profile ''{0}'' could not be renamed to ''{1}'' ({2})"),
    /** The name, the reason. */
    NOT_DELETED("the profile ''{0}'' could not be deleted ({1})"),
    /** The change (a CHANGE_ kind), the file, the reason. */
    NOT_SAVED("{0} could not be saved to {1} ({2}); the profile is as it was"),
    /** The name, the change. */
    DELETED_NOT_SAVED("the profile ''{0}'' was deleted; {1} was not saved"),
    /** The name, the file, the reason. */
    NOT_READ_AGAIN("the profile ''{0}'' could not be read again from {1} ({2})"),
    /** The file, the reason. */
    UNREADABLE_NOT_KEPT("{0} could not be read in full, and a copy of it could not be kept ({1}); the file is left "
            + "as it is"),
    /** The file, the reason, where it is kept. */
    UNREADABLE_NOT_REWRITTEN("{0} could not be read in full and could not be rewritten ({1}); it is kept as it was "
            + "in {2}"),
    /** The folder, the reason. */
    FOLDER_UNREADABLE("the profiles folder {0} cannot be read ({1})"),
    /** The name, the file written to, the reason. */
    NOT_EXPORTED("the profile ''{0}'' could not be exported to {1} ({2})"),
    /** The file, its first bad line. */
    NO_VALID_RATINGS("{0}: no valid ratings; first problem: {1}"),
    /** The lock file, how many seconds it was waited for. */
    LOCK_BUSY("another program, most likely another Movie Recommender window, kept {0} locked for "
            + "{1,number,#} seconds"),
    /** The lock file. */
    LOCK_INTERRUPTED("waiting for {0} was interrupted"),
    /** The movie's id. */
    CHANGE_RATING("the rating of movie {0,number,#}"),
    /** The movie's id. */
    CHANGE_REMOVAL("the removal of the rating of movie {0,number,#}"),
    CHANGE_IMPORT("the imported ratings"),
    /** The file, where it is kept, its first bad line, how many more bad lines, how many movies were kept. */
    LIST_RECOVERED("{0} could not be read in full: {2}{3,choice,0#|1# (and 1 more line)|1< (and {3,number,integer} more lines)}. "
            + "It is kept as it was in {1}; the list keeps the {4,number,#} {4,choice,0#movies|1#movie|1<movies} "
            + "that could be read."),
    /** The movie's id. */
    CHANGE_HIDE("hiding movie {0,number,#}"),
    /** The movie's id. */
    CHANGE_UNHIDE("showing movie {0,number,#} again"),
    /** The movie's id. */
    CHANGE_WATCHLIST_ADD("adding movie {0,number,#} to the watchlist"),
    /** The movie's id. */
    CHANGE_WATCHLIST_REMOVE("removing movie {0,number,#} from the watchlist"),
    CHANGE_IMPORT_LISTS("the imported hidden movies and watchlist"),
    /** The file written to, the reason. */
    WATCHLIST_NOT_EXPORTED("the watchlist could not be exported to {0} ({1})");

    private final String english;

    ProfileProblem(String english) {
        this.english = english;
    }

    @Override
    public String key() {
        return "profile." + name();
    }

    @Override
    public String english() {
        return english;
    }
}
