package io.github.movierecommender.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClassArchivesTest {

    private static final Path JAR = Path.of("/home/ana/app/movie-recommender.jar");
    private static final String HOME = "/usr/lib/jvm/java-17";
    private static final String VM = "17.0.15+6-Debian-1deb12u1";

    @Test
    void theNameIsTheSameForTheSameJarAndJava() {
        String name = ClassArchives.name(JAR, 1000, 5000, HOME, VM);

        assertThat(name).matches("movie-recommender-[0-9a-f]{16}\\.jsa");
        assertThat(ClassArchives.name(JAR, 1000, 5000, HOME, VM)).isEqualTo(name);
    }

    @Test
    void anotherJarBuildPlaceOrJavaGetsAnotherName() {
        List<String> names = List.of(ClassArchives.name(JAR, 1000, 5000, HOME, VM),
                ClassArchives.name(Path.of("/home/ana/other/movie-recommender.jar"), 1000, 5000, HOME, VM),
                ClassArchives.name(JAR, 1001, 5000, HOME, VM),
                ClassArchives.name(JAR, 1000, 5001, HOME, VM),
                ClassArchives.name(JAR, 1000, 5000, "/opt/jdk-17", VM),
                ClassArchives.name(JAR, 1000, 5000, HOME, "17.0.16+8"));

        assertThat(new HashSet<>(names)).hasSize(names.size());
    }

    @Test
    void temporaryNamesAreBesideTheArchiveAndNeverTheSame() {
        Path archive = Path.of("/cache/movie-recommender-0123456789abcdef.jsa");
        Set<Path> names = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            Path temporary = ClassArchives.temporaryFor(archive, 4242);
            assertThat(temporary.getParent()).isEqualTo(archive.getParent());
            assertThat(temporary.getFileName().toString()).startsWith(".movie-recommender-0123456789abcdef.jsa.4242-")
                    .endsWith(".tmp");
            names.add(temporary);
        }
        assertThat(names).hasSize(100);
    }
}
