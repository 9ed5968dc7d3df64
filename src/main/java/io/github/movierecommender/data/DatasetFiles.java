package io.github.movierecommender.data;

import io.github.movierecommender.problem.Problem;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The files of one release, in a folder or inside a zip, found by their bare names. Only regular
 * files are opened: a named pipe, a device or a socket would block or never end.
 */
abstract class DatasetFiles implements Closeable {

    /**
     * Opens a folder or a zip; {@code some.zip/folder} opens the release in that folder of the
     * zip. A folder or zip may also hold the release one level down, but not two releases side
     * by side: that is a {@link SeveralReleasesException}.
     */
    static DatasetFiles open(Path source, List<String> keyFiles) throws DatasetException {
        if (Files.isDirectory(source)) {
            return FolderFiles.find(source, keyFiles);
        }
        if (Files.isRegularFile(source)) {
            return ZippedFiles.open(source, source, keyFiles, null);
        }
        if (Files.exists(source)) {
            throw new DatasetException(Problem.of(DataProblem.NOT_A_FOLDER_OR_ZIP, source, kindOf(source)));
        }
        for (Path zip = source.getParent(); zip != null; zip = zip.getParent()) {
            if (Files.isRegularFile(zip)) {
                String inside = zip.relativize(source).toString().replace(source.getFileSystem().getSeparator(), "/");
                return ZippedFiles.open(source, zip, keyFiles, inside + "/");
            }
            if (Files.exists(zip)) {
                break;
            }
        }
        throw new DatasetException(Problem.of(DataProblem.NO_SUCH_FILE_OR_FOLDER, source));
    }

    abstract boolean has(String name);

    abstract InputStream open(String name) throws IOException;

    /** The file opened for reads at any position, or null when it can only be read from its start (inside a zip). */
    FileChannel openAtAnyPosition(String name) throws IOException {
        return null;
    }

    /** Size in bytes, or -1 when unknown. */
    abstract long size(String name);

    /** How to name the file in a message: its path, or zip!/entry. */
    abstract String describe(String name);

    /** The release folder's name, such as "ml-latest-small". */
    abstract String releaseName();

    abstract String source();

    /** Where the release is and how its files stand now (sizes and times), to tell whether a snapshot still fits. */
    abstract DatasetSnapshot.Origin origin();

    /** One line per file, its name, size and modification time; "absent" for a file that is not there. */
    static String fingerprint(Path folder, List<String> names) {
        StringBuilder fingerprint = new StringBuilder();
        for (String name : names) {
            fingerprint.append(name).append(' ');
            try {
                BasicFileAttributes attributes = Files.readAttributes(folder.resolve(name), BasicFileAttributes.class);
                fingerprint.append(attributes.size()).append(' ').append(attributes.lastModifiedTime());
            } catch (IOException e) {
                fingerprint.append("absent");
            }
            fingerprint.append('\n');
        }
        return fingerprint.toString();
    }

    @Override
    public void close() throws IOException {
    }

    private static Problem kindOf(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return Problem.of(attributes.isDirectory() ? DataProblem.KIND_FOLDER : DataProblem.KIND_SPECIAL);
        } catch (IOException e) {
            return Problem.of(DataProblem.KIND_UNREADABLE, ReadProblem.of(e));
        }
    }

    private static final class FolderFiles extends DatasetFiles {
        private final Path folder;

        private FolderFiles(Path folder) {
            this.folder = folder;
        }

        static DatasetFiles find(Path folder, List<String> keyFiles) throws DatasetException {
            if (containsAny(folder, keyFiles)) {
                return new FolderFiles(folder);
            }
            List<Path> releases;
            try (var children = Files.list(folder)) {
                releases = children.filter(Files::isDirectory).filter(child -> containsAny(child, keyFiles))
                        .sorted().toList();
            } catch (IOException e) {
                throw new DatasetException(Problem.of(DataProblem.CANNOT_LIST, folder, ReadProblem.of(e)), e);
            }
            if (releases.size() > 1) {
                throw new SeveralReleasesException(folder, releases);
            }
            return new FolderFiles(releases.isEmpty() ? folder : releases.get(0));
        }

        private static boolean containsAny(Path folder, List<String> names) {
            return names.stream().anyMatch(name -> Files.exists(folder.resolve(name)));
        }

        @Override
        boolean has(String name) {
            return Files.exists(folder.resolve(name));
        }

        @Override
        InputStream open(String name) throws IOException {
            return Files.newInputStream(regularFile(name));
        }

        @Override
        FileChannel openAtAnyPosition(String name) throws IOException {
            return FileChannel.open(regularFile(name));
        }

        private Path regularFile(String name) throws IOException {
            Path file = folder.resolve(name);
            if (!Files.readAttributes(file, BasicFileAttributes.class).isRegularFile()) {
                throw new FileSystemException(file.toString(), null, "not a regular file but " + kindOf(file));
            }
            return file;
        }

        @Override
        long size(String name) {
            try {
                return Files.size(folder.resolve(name));
            } catch (IOException e) {
                return -1;
            }
        }

        @Override
        String describe(String name) {
            return folder.resolve(name).toString();
        }

        @Override
        String releaseName() {
            return String.valueOf(folder.toAbsolutePath().normalize().getFileName());
        }

        @Override
        String source() {
            return folder.toString();
        }

        @Override
        DatasetSnapshot.Origin origin() {
            return new DatasetSnapshot.Origin(folder.toAbsolutePath().normalize().toString(),
                    fingerprint(folder, Layout.FILES_READ));
        }
    }

    private static final class ZippedFiles extends DatasetFiles {
        private final Path source;
        private final Path zipPath;
        private final ZipFile zip;
        private final Map<String, ZipEntry> entries;
        private final String releaseFolder;

        private ZippedFiles(Path source, Path zipPath, ZipFile zip, Map<String, ZipEntry> entries,
                            String releaseFolder) {
            this.source = source;
            this.zipPath = zipPath;
            this.zip = zip;
            this.entries = entries;
            this.releaseFolder = releaseFolder;
        }

        /** {@code folder} is the release's folder inside the zip ending in "/", or null to look for it. */
        static DatasetFiles open(Path source, Path zipPath, List<String> keyFiles, String folder)
                throws DatasetException {
            ZipFile zip = openZip(zipPath);
            try {
                Map<String, Map<String, ZipEntry>> byFolder = entriesByFolder(zip);
                String release = folder == null ? findRelease(zipPath, byFolder, keyFiles) : folder;
                if (folder != null && !byFolder.containsKey(folder)) {
                    throw new DatasetException(Problem.of(DataProblem.NO_FOLDER_IN_ZIP, zipPath, Quote.of(folder)));
                }
                return new ZippedFiles(source, zipPath, zip, byFolder.getOrDefault(release, Map.of()), release);
            } catch (DatasetException | RuntimeException e) {
                closeQuietly(zip);
                throw e;
            }
        }

        private static ZipFile openZip(Path zipPath) throws DatasetException {
            try {
                return new ZipFile(zipPath.toFile());
            } catch (ZipException e) {
                throw new DatasetException(Problem.of(DataProblem.NOT_A_ZIP, zipPath, String.valueOf(e.getMessage())), e);
            } catch (IOException e) {
                throw ReadProblem.cannotRead(zipPath.toString(), e);
            }
        }

        private static Map<String, Map<String, ZipEntry>> entriesByFolder(ZipFile zip) {
            Map<String, Map<String, ZipEntry>> byFolder = new HashMap<>();
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (entry.isDirectory() || entry.getName().contains("__MACOSX")) {
                    continue;
                }
                String name = entry.getName();
                int slash = name.lastIndexOf('/');
                byFolder.computeIfAbsent(name.substring(0, slash + 1), f -> new HashMap<>())
                        .put(name.substring(slash + 1), entry);
            }
            return byFolder;
        }

        /** The one folder holding a key file ("" for the zip's root), or "" when none does. */
        private static String findRelease(Path zipPath, Map<String, Map<String, ZipEntry>> byFolder,
                                          List<String> keyFiles) throws DatasetException {
            List<String> releases = byFolder.keySet().stream()
                    .filter(f -> keyFiles.stream().anyMatch(byFolder.get(f)::containsKey))
                    .sorted().collect(Collectors.toList());
            if (releases.size() > 1 && !releases.contains("")) {
                throw new SeveralReleasesException(zipPath, releases.stream()
                        .map(release -> zipPath.resolve(release.substring(0, release.length() - 1))).toList());
            }
            return releases.isEmpty() ? "" : releases.get(0);
        }

        private static void closeQuietly(ZipFile zip) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // the open failed already; that is what the user hears about
            }
        }

        @Override
        boolean has(String name) {
            return entries.containsKey(name);
        }

        @Override
        InputStream open(String name) throws IOException {
            return zip.getInputStream(entries.get(name));
        }

        @Override
        long size(String name) {
            return entries.get(name).getSize();
        }

        @Override
        String describe(String name) {
            return zipPath + "!/" + releaseFolder + name;
        }

        @Override
        String releaseName() {
            String folder = releaseFolder.isEmpty() ? zipPath.getFileName().toString() : releaseFolder;
            folder = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
            folder = folder.substring(folder.lastIndexOf('/') + 1);
            return folder.endsWith(".zip") ? folder.substring(0, folder.length() - 4) : folder;
        }

        @Override
        String source() {
            return source.toString();
        }

        @Override
        DatasetSnapshot.Origin origin() {
            Path absolute = zipPath.toAbsolutePath().normalize();
            return new DatasetSnapshot.Origin(absolute + "!/" + releaseFolder,
                    fingerprint(absolute.getParent(), List.of(absolute.getFileName().toString())));
        }
    }
}
