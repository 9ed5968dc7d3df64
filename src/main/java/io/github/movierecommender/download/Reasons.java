package io.github.movierecommender.download;

import java.net.ConnectException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** Short, readable causes for messages, from exceptions whose own messages may be missing or terse. */
final class Reasons {

    private Reasons() {
    }

    static String of(Throwable failure) {
        return of(failure, null);
    }

    /** The cause; a file problem names its file unless it is {@code alreadyNamed}. */
    static String of(Throwable failure, Path alreadyNamed) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException) {
                return "the server's name cannot be found";
            }
            if (t instanceof FileSystemException e) {
                String problem = fileProblem(e);
                return alreadyNamed != null && alreadyNamed.toString().equals(e.getFile())
                        ? problem : e.getFile() + ": " + problem;
            }
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return failure instanceof ConnectException
                ? "the server cannot be reached" : failure.getClass().getSimpleName();
    }

    private static String fileProblem(FileSystemException e) {
        if (e.getReason() != null) {
            return e.getReason();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        return e.getClass().getSimpleName();
    }

    static String httpStatus(int status) {
        String meaning = switch (status) {
            case 401, 403 -> " (access denied)";
            case 404, 410 -> " (not found)";
            default -> status >= 500 ? " (a problem on the server)" : "";
        };
        return "HTTP " + status + meaning;
    }

    /** "1,234,567 bytes". */
    static String bytes(long count) {
        return String.format(Locale.ROOT, "%,d bytes", count);
    }

    static String duration(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
