package io.github.movierecommender.ui.profile;

import io.github.movierecommender.profile.RatingsImport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers the Profiles menu's questions as a test sets them, and keeps what was asked and told. */
final class AnsweringDialogs implements ProfileDialogs {

    final List<String> namesAskedFor = new ArrayList<>();
    final List<String> deletesAsked = new ArrayList<>();
    final List<ProfileNotice> told = new ArrayList<>();
    String name;
    boolean deleteConfirmed;
    Path exportFile;

    @Override
    public Optional<String> askName(String title, String initial) {
        namesAskedFor.add(title + " [" + initial + "]");
        return Optional.ofNullable(name);
    }

    @Override
    public boolean confirmDelete(String profileName) {
        deletesAsked.add(profileName);
        return deleteConfirmed;
    }

    @Override
    public Optional<Path> chooseRatingsFile() {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseExportFile(String fileName) {
        return Optional.ofNullable(exportFile);
    }

    @Override
    public Optional<Integer> chooseUser(RatingsImport scan) {
        return Optional.empty();
    }

    @Override
    public void tell(ProfileNotice notice) {
        told.add(notice);
    }
}
