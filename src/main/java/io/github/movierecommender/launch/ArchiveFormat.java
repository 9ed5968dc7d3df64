package io.github.movierecommender.launch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How a Java keeps the app's classes from one start for the next, and the options that make and use it. */
enum ArchiveFormat {

    /**
     * Java 17 to 24: a dynamic class data archive, the classes parsed and verified, which the child JVM
     * writes as it exits.
     */
    DYNAMIC_ARCHIVE(".jsa", 64L << 20, "-XX:SharedArchiveFile=", List.of(), "-XX:ArchiveClassesAtExit=",
            List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off")) {
        @Override
        Optional<CacheAssembly> assembly(List<String> java, Path temporary, Path jar) {
            return Optional.empty();
        }
    },

    /**
     * Java 25 on: an ahead-of-time cache (JEPs 483, 514 and 515), the classes also linked and the methods'
     * profiles kept. The child JVM records what it loaded as it exits; another JVM then makes the cache of
     * that record ({@link #assembly}).
     */
    AHEAD_OF_TIME_CACHE(".aot", 192L << 20, "-XX:AOTCache=", List.of("-XX:AOTMode=record"), "-XX:AOTConfiguration=",
            List.of("-Xlog:aot=off", "-Xlog:cds=off")) {
        @Override
        Optional<CacheAssembly> assembly(List<String> java, Path temporary, Path jar) {
            Path output = ClassArchives.assembledFrom(temporary);
            List<String> command = new ArrayList<>(java);
            command.addAll(List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + temporary, "-XX:AOTCache=" + output));
            command.addAll(quiet());
            command.addAll(List.of("-cp", jar.toString()));
            return Optional.of(new CacheAssembly(command, output));
        }
    };

    /** The first Java whose {@code -XX:AOTCache} keeps the profiles too. */
    static final int FIRST_AHEAD_OF_TIME_JAVA = 25;

    private final String suffix;
    private final long room;
    private final String use;
    private final List<String> recordMode;
    private final String recordTo;
    private final List<String> quiet;

    /**
     * @param use the option naming the archive to start with
     * @param recordMode the options of a JVM that writes what makes an archive as it exits
     * @param recordTo the option naming the file it writes that to
     * @param quiet the options that keep Java from saying anything about the archive
     */
    ArchiveFormat(String suffix, long room, String use, List<String> recordMode, String recordTo,
                  List<String> quiet) {
        this.suffix = suffix;
        this.room = room;
        this.use = use;
        this.recordMode = recordMode;
        this.recordTo = recordTo;
        this.quiet = quiet;
    }

    /** The format of the Java whose feature release is {@code feature} (17, 21, 25, …). */
    static ArchiveFormat ofJava(int feature) {
        return feature >= FIRST_AHEAD_OF_TIME_JAVA ? AHEAD_OF_TIME_CACHE : DYNAMIC_ARCHIVE;
    }

    /** The end of an archive's file name. */
    String suffix() {
        return suffix;
    }

    /** The free space a new archive needs while it is made: the app's takes about 30 MB, a cache and its record 95 MB. */
    long room() {
        return room;
    }

    /** The options of a JVM that starts with the archive. */
    List<String> using(Path archive) {
        List<String> options = new ArrayList<>(List.of(use + archive));
        options.addAll(quiet);
        return options;
    }

    /** The options of a JVM that writes what a new archive needs to {@code temporary} as it exits. */
    List<String> recording(Path temporary) {
        List<String> options = new ArrayList<>(recordMode);
        options.add(recordTo + temporary);
        options.addAll(quiet);
        return options;
    }

    /** The options that keep Java from saying anything about the archive. */
    List<String> quiet() {
        return quiet;
    }

    /**
     * The JVM that makes the archive of the record {@code temporary}, started with {@code java} (the
     * executable and the user's options of the JVM that recorded it: those that must match, such as the
     * collector, are among them) and its jar; nothing for a format the recording JVM writes whole.
     */
    abstract Optional<CacheAssembly> assembly(List<String> java, Path temporary, Path jar);
}
