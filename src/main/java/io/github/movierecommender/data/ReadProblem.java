package io.github.movierecommender.data;

import io.github.movierecommender.problem.Problem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.zip.ZipException;

/** Says in a few words why a file could not be read, whatever the Java exception's message holds. */
final class ReadProblem {

    private ReadProblem() {
    }

    static Problem of(IOException e) {
        if (e instanceof AccessDeniedException) {
            return Problem.of(DataProblem.PERMISSION_DENIED);
        }
        if (e instanceof NoSuchFileException) {
            return Problem.of(DataProblem.NO_SUCH_FILE);
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return Problem.of(DataProblem.SYSTEM_REASON, fileSystem.getReason());
        }
        if (e instanceof ZipException) {
            return Problem.of(DataProblem.BROKEN_ZIP_DATA, String.valueOf(e.getMessage()));
        }
        return Problem.of(DataProblem.OTHER_READ_PROBLEM,
                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /** "FILE: cannot be read (why)". */
    static DatasetException cannotRead(String file, IOException e) {
        return new DatasetException(Problem.of(DataProblem.CANNOT_READ, file, of(e)), e);
    }
}
