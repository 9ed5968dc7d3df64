package io.github.movierecommender.launch;

import java.util.List;
import java.util.Optional;

/** The child JVM to start, and the archive it writes as it exits, if it makes one. */
record Restart(List<String> command, Optional<ArchiveDump> dump) {

    Restart {
        command = List.copyOf(command);
    }
}
