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
            + "that could be read.");

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
