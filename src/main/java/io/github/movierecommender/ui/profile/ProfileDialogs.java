package io.github.movierecommender.ui.profile;

import io.github.movierecommender.profile.RatingsImport;
import java.nio.file.Path;
import java.util.Optional;

/** What the Profiles menu asks the user; tests answer instead of dialogs. */
public interface ProfileDialogs {

    /** A name typed for a new or renamed profile; empty when cancelled. */
    Optional<String> askName(String title, String initial);

    /** Whether the user confirms deleting the profile for good. */
    boolean confirmDelete(String name);

    /** A MovieLens ratings CSV to import from. */
    Optional<Path> chooseRatingsFile();

    /** Where to export the profile, starting with {@code fileName}. */
    Optional<Path> chooseExportFile(String fileName);

    /** Which of the file's users to import; empty when cancelled. */
    Optional<Integer> chooseUser(RatingsImport scan);

    void tell(ProfileNotice notice);
}
