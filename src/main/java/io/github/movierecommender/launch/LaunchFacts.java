package io.github.movierecommender.launch;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What decides whether this JVM starts a second one, as read from it and the machine.
 *
 * @param osName the {@code os.name} property
 * @param classPath the {@code java.class.path} property
 * @param javaCommand the {@code sun.java.command} property: the jar or main class and the arguments
 * @param arguments the arguments {@code main} was given
 * @param relaunched whether this JVM is the child of a restart already
 * @param turnedOff whether the user turned restarts off ({@code -Dmovierecommender.relaunch=false})
 * @param jar the class path's jar as an absolute path
 * @param javaExecutable the {@code java} this JVM runs, if the system tells
 * @param processArguments this process's arguments after the executable, if the system tells
 * @param environmentOptions the JVM options from {@code JDK_JAVA_OPTIONS}, {@code JAVA_TOOL_OPTIONS}
 *        and {@code _JAVA_OPTIONS}, which a child gets through the environment it inherits
 * @param hugePages the kernel's transparent huge page mode
 * @param dataSize the size of the ratings file or zip that {@code --data} names, if any
 * @param classDataSharing whether this JVM maps the JDK's own class data archive ({@code java.vm.info}
 *        says "sharing"), without which Java refuses to start writing an archive of the app
 * @param archive where the class data archive for this jar and Java is or goes, if the cache folder can hold it
 * @param startedAt when this process started, in milliseconds since the epoch, if the system tells
 * @param javaFeature this Java's feature release (17, 21, 25, …), which the child runs too
 */
record LaunchFacts(String osName, String classPath, String javaCommand, List<String> arguments,
                          boolean relaunched, boolean turnedOff, Path jar, Optional<String> javaExecutable,
                          Optional<List<String>> processArguments, List<String> environmentOptions,
                          HugePageMode hugePages, OptionalLong dataSize, boolean classDataSharing,
                          Optional<ClassArchive> archive, OptionalLong startedAt, int javaFeature) {

    LaunchFacts {
        arguments = List.copyOf(arguments);
        environmentOptions = List.copyOf(environmentOptions);
    }

    /** The same facts with no archive, as when the cache folder cannot hold one. */
    LaunchFacts withoutArchive() {
        return new LaunchFacts(osName, classPath, javaCommand, arguments, relaunched, turnedOff, jar, javaExecutable,
                processArguments, environmentOptions, hugePages, dataSize, classDataSharing, Optional.empty(),
                startedAt, javaFeature);
    }
}
