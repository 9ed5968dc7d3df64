package io.github.movierecommender.data;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/** The files of one release, in a folder or inside a zip, found by their bare names. */
abstract class DatasetFiles implements Closeable {

    /** Opens a folder or a zip. A folder may also hold the release one level down. */
    static DatasetFiles open(Path source, List<String> keyFiles) throws DatasetException {
        if (!Files.exists(source)) {
            throw new DatasetException(source + ": no such file or folder");
        }
        if (Files.isDirectory(source)) {
            return FolderFiles.find(source, keyFiles);
        }
        return ZippedFiles.open(source, keyFiles);
    }

    abstract boolean has(String name);

    abstract InputStream open(String name) throws IOException;

    /** Size in bytes, or -1 when unknown. */
    abstract long size(String name);

    /** How to name the file in a message: its path, or zip!/entry. */
    abstract String describe(String name);

    /** The release folder's name, such as "ml-latest-small". */
    abstract String releaseName();

    abstract String source();

    @Override
    public void close() throws IOException {
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
            try (var children = Files.list(folder)) {
                Optional<Path> release = children.filter(Files::isDirectory)
                        .filter(child -> containsAny(child, keyFiles)).sorted().findFirst();
                return new FolderFiles(release.orElse(folder));
            } catch (IOException e) {
                throw new DatasetException(folder + ": cannot list the folder (" + e.getMessage() + ")", e);
            }
        }

        private static boolean containsAny(Path folder, List<String> names) {
            return names.stream().anyMatch(name -> Files.isRegularFile(folder.resolve(name)));
        }

        @Override
        boolean has(String name) {
            return Files.isRegularFile(folder.resolve(name));
        }

        @Override
        InputStream open(String name) throws IOException {
            return Files.newInputStream(folder.resolve(name));
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
    }

    private static final class ZippedFiles extends DatasetFiles {
        private final Path zipPath;
        private final ZipFile zip;
        private final Map<String, ZipEntry> entries;
        private final String releaseFolder;

        private ZippedFiles(Path zipPath, ZipFile zip, Map<String, ZipEntry> entries, String releaseFolder) {
            this.zipPath = zipPath;
            this.zip = zip;
            this.entries = entries;
            this.releaseFolder = releaseFolder;
        }

        static DatasetFiles open(Path zipPath, List<String> keyFiles) throws DatasetException {
            ZipFile zip;
            try {
                zip = new ZipFile(zipPath.toFile());
            } catch (ZipException e) {
                throw new DatasetException(zipPath + ": not a readable zip file (" + e.getMessage() + ")", e);
            } catch (IOException e) {
                throw new DatasetException(zipPath + ": cannot be read (" + e.getMessage() + ")", e);
            }
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
            String folder = byFolder.keySet().stream()
                    .filter(f -> keyFiles.stream().anyMatch(byFolder.get(f)::containsKey))
                    .sorted().findFirst().orElse("");
            return new ZippedFiles(zipPath, zip, byFolder.getOrDefault(folder, Map.of()), folder);
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
            return zipPath.toString();
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }
}
