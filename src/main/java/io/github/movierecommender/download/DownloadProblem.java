package io.github.movierecommender.download;

import io.github.movierecommender.problem.ProblemKind;

/**
 * What can go wrong while downloading or unpacking a release, and the parts those sentences are
 * made of (a reason, a size, a time); the facts each names are in its pattern.
 */
public enum DownloadProblem implements ProblemKind {
    /** The address, an address that works. */
    NOT_A_WEB_ADDRESS("Cannot download {0}: it is not a web address. Give an address starting with https://, "
            + "such as {1}."),
    /** The zip's address, its MD5, the checksum's address, the MD5 published. */
    CHECKSUM_MISMATCH("The file downloaded from {0} is damaged: its MD5 is {1}, but {2} says {3}. "
            + "Try the download again."),
    /** The checksum's address. */
    NO_CHECKSUM("{0} holds no MD5 checksum (32 hexadecimal digits), so the download cannot be checked. "
            + "Check that the address points to a MovieLens release zip."),
    /** The folder, the reason. */
    CANNOT_CREATE_FOLDER("Cannot create the folder {0} for downloaded releases: {1}. Check that you may write "
            + "there, or choose another data folder."),
    /** The address, its size, the folder, the free bytes. */
    NO_SPACE_FOR_ZIP("Cannot download {0}: it is {1,number,integer} bytes and the disk that holds {2} has only "
            + "{3,number,integer} bytes free. Free some space, or choose another data folder."),
    /** The folder, the reason. */
    CANNOT_SAVE("Cannot save the download in {0}: {1}. Check that the disk has free space and that you may "
            + "write there."),
    /** The address, the answer (an HTTP_ kind). */
    SERVER_ANSWERED("Downloading {0} failed: the server answered {1}. Check the address, or try again later."),
    /** The address, the reason. */
    CANNOT_CONNECT("Cannot download {0}: {1}. Check your internet connection and the address, then try again."),
    /** The address, how long (SECONDS or MILLISECONDS), how much had arrived (BYTES or BYTES_OF). */
    NO_DATA_ARRIVED("Downloading {0} failed: no data arrived for {1} after {2}. Check your internet connection "
            + "and try again."),
    /** The address, the bytes announced. */
    MORE_THAN_ANNOUNCED("Downloading {0} stopped: the server sent more than the {1,number,integer} bytes it "
            + "announced. Try again."),
    /** The address, the bytes announced, the limit, what was asked for (CHECKSUM_FILE or RELEASE_ZIP). */
    ANNOUNCES_TOO_MUCH("Downloading {0} stopped: the server announces {1,number,integer} bytes, more than the "
            + "{2,number,integer} bytes this app accepts for {3}, so nothing was kept. Check that the address points "
            + "to a MovieLens release zip."),
    /** The address, the limit, what was asked for. */
    SENT_TOO_MUCH("Downloading {0} stopped: the server sent more than the {1,number,integer} bytes this app "
            + "accepts for {2}, so nothing was kept. Check that the address points to a MovieLens release zip."),
    /** The address, how much had arrived. */
    CONNECTION_ENDED("Downloading {0} failed: the connection ended after {1}. Try again."),
    /** The address, the folder, the reason. */
    CANNOT_UNPACK("Cannot unpack {0} into {1}: {2}. Check that the disk has free space and that you may write "
            + "there."),
    /** The address, what is wrong with the zip. */
    NOT_A_ZIP("The file downloaded from {0} is not a valid zip: {1}; nothing was unpacked. Check that the "
            + "address points to a MovieLens release zip."),
    /** The address, why it was refused. */
    ZIP_REFUSED("The zip downloaded from {0} was refused: {1}; nothing was unpacked. Check that the address "
            + "points to a MovieLens release zip."),
    /** The address, the entry's name, the data folder. */
    ENTRY_OUTSIDE("The zip downloaded from {0} holds the entry \"{1}\", which would be written outside the data "
            + "folder {2}; nothing was unpacked. Download releases only from a source you trust."),
    /** The address, the name, why it cannot be one, the longest name. */
    ADDRESS_NAMES_BAD_RELEASE("The address {0} names the release \"{1}\", which cannot be a release folder: {2}; "
            + "nothing was unpacked. (A release folder''s name uses only letters, digits, ''.'', ''-'' and ''_'', "
            + "at most {3,number,#} of them, and neither starts nor ends with a dot, like ml-latest-small.)"),
    /** The address, the name, why it cannot be one, the longest name. */
    ZIP_NAMES_BAD_RELEASE("The zip downloaded from {0} holds its release in a folder named \"{1}\", which cannot "
            + "be a release folder: {2}; nothing was unpacked. (A release folder''s name uses only letters, "
            + "digits, ''.'', ''-'' and ''_'', at most {3,number,#} of them, and neither starts nor ends with a dot, "
            + "like ml-latest-small.)"),
    /** The address, the folder in the way, the marker file's name. */
    NOT_INSTALLED_BY_APP("Cannot unpack {0} into {1}: something is already there that this app did not install "
            + "(it has no {2} file), so it was left as it is and nothing was unpacked. Move or rename it, then "
            + "download again."),
    /** The address, the unpacked size, the folder, the free bytes. */
    NO_SPACE_TO_UNPACK("Cannot unpack {0}: it unpacks to {1,number,integer} bytes and the disk that holds {2} has "
            + "only {3,number,integer} bytes free; nothing was unpacked. Free some space, or choose another data "
            + "folder."),
    CANCELLED("The download was cancelled; nothing was kept."),

    CHECKSUM_FILE("a checksum file"),
    RELEASE_ZIP("a release zip"),
    /** The status. */
    HTTP_ACCESS_DENIED("HTTP {0,number,#} (access denied)"),
    HTTP_NOT_FOUND("HTTP {0,number,#} (not found)"),
    HTTP_SERVER_PROBLEM("HTTP {0,number,#} (a problem on the server)"),
    HTTP_STATUS("HTTP {0,number,#}"),
    SECONDS("{0,number,#} s"),
    MILLISECONDS("{0,number,#} ms"),
    /** Bytes received. */
    BYTES("{0,number,integer} bytes"),
    /** Bytes received, bytes announced. */
    BYTES_OF("{0,number,integer} of {1,number,integer} bytes"),
    SERVER_NAME_UNKNOWN("the server''s name cannot be found"),
    SERVER_UNREACHABLE("the server cannot be reached"),
    PERMISSION_DENIED("permission denied"),
    NO_SUCH_FILE_OR_FOLDER("no such file or folder"),
    /** The file, the reason (a kind above or the system's words). */
    FILE_REASON("{0}: {1}"),
    /** The system's words, as it gave them. */
    SYSTEM_REASON("{0}"),
    NO_TABLE_OF_CONTENTS("it has no table of contents (central directory) at its end"),
    /** The reason. */
    CANNOT_OPEN("it cannot be opened ({0})"),
    NO_FILES("it holds no files"),
    /** The entry's name, the reason. */
    ENTRY_UNREADABLE("its entry {0} cannot be read ({1})"),
    NO_DECLARED_SIZE("it does not declare its size"),
    /** The size declared. */
    MORE_THAN_DECLARED("it holds more than the {0,number,integer} bytes it declares"),
    /** The size held, the size declared. */
    OTHER_SIZE_THAN_DECLARED("it holds {0,number,integer} bytes but declares {1,number,integer} bytes"),
    ENTRY_CHECKSUM_MISMATCH("its checksum does not match"),
    INVALID_FILE_NAME("its name is not a valid file name here"),
    NAME_LEADS_OUTSIDE("its name leads outside the release folder"),
    /** The table's size, the limit. */
    TABLE_OF_CONTENTS_TOO_LARGE("its table of contents (central directory) is {0,number,integer} bytes, more than "
            + "the {1,number,integer} bytes this app accepts"),
    /** The limit. */
    TOO_MANY_ENTRIES("it holds more than {0,number,#} entries"),
    /** The limit. */
    UNPACKS_TOO_LARGE("it would unpack to more than {0,number,integer} bytes, the most this app accepts for a "
            + "release"),
    NAME_EMPTY("it is empty"),
    /** The longest name. */
    NAME_TOO_LONG("it is longer than {0,number,#} characters"),
    NAME_CHARACTERS("it holds characters other than letters, digits, ''.'', ''-'' and ''_''"),
    NAME_DOT("it starts or ends with a dot"),
    NAME_DEVICE("Windows keeps that name for a device");

    private final String english;

    DownloadProblem(String english) {
        this.english = english;
    }

    @Override
    public String key() {
        return "download." + name();
    }

    @Override
    public String english() {
        return english;
    }
}
