package io.github.movierecommender.data;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.zip.ZipException;

/** Says in a few words why a file could not be read, whatever the Java exception's message holds. */
final class ReadProblem {

    private ReadProblem() {
    }

    static String of(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        if (e instanceof ZipException) {
            return "broken zip data: " + e.getMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** "FILE: cannot be read (why)". */
    static DatasetException cannotRead(String file, IOException e) {
        return new DatasetException(file + ": cannot be read (" + of(e) + ")", e);
    }
}
