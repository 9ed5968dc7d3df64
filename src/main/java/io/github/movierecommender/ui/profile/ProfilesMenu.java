package io.github.movierecommender.ui.profile;

import io.github.movierecommender.ui.i18n.Messages;
import java.util.List;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/**
 * The Profiles menu: new, rename and delete; the profiles to switch to, the one in use checked;
 * import and export of ratings. Choosing a profile also picks it in the user picker.
 */
public final class ProfilesMenu {

    private final ProfileModel profiles;
    private final ProfileDialogs dialogs;
    private final Messages messages;
    private final Runnable pickOwnProfile;
    private final Supplier<List<MenuItem>> moreItems;

    /** {@code pickOwnProfile} picks the profile in use in the user picker. */
    public ProfilesMenu(ProfileModel profiles, ProfileDialogs dialogs, Messages messages, Runnable pickOwnProfile) {
        this(profiles, dialogs, messages, pickOwnProfile, List::of);
    }

    /** As above, with {@code moreItems} (made anew each time the menu is filled) at its end. */
    public ProfilesMenu(ProfileModel profiles, ProfileDialogs dialogs, Messages messages, Runnable pickOwnProfile,
                        Supplier<List<MenuItem>> moreItems) {
        this.profiles = profiles;
        this.dialogs = dialogs;
        this.messages = messages;
        this.pickOwnProfile = pickOwnProfile;
        this.moreItems = moreItems;
    }

    /** Fills {@code menu}, and keeps its list of profiles up to date; notices show as they come. */
    public void install(Menu menu) {
        profiles.names().addListener((ListChangeListener<String>) change -> fill(menu));
        profiles.currentNameProperty().addListener((property, before, now) -> fill(menu));
        profiles.noticeProperty().addListener((property, before, notice) -> {
            if (notice != null) {
                dialogs.tell(notice);
            }
        });
        fill(menu);
    }

    private void fill(Menu menu) {
        MenuItem create = item("profile.new", "newProfileItem", this::create);
        create.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+N"));
        menu.getItems().setAll(create, item("profile.rename", "renameProfileItem", this::rename),
                item("profile.delete", "deleteProfileItem", this::delete), new SeparatorMenuItem());
        ToggleGroup group = new ToggleGroup();
        for (String name : profiles.names()) {
            RadioMenuItem choice = new RadioMenuItem(name);
            choice.setMnemonicParsing(false);
            choice.setToggleGroup(group);
            choice.setSelected(name.equals(profiles.currentNameProperty().get()));
            choice.setOnAction(event -> {
                profiles.switchTo(name);
                pickOwnProfile.run();
            });
            menu.getItems().add(choice);
        }
        menu.getItems().addAll(new SeparatorMenuItem(),
                item("profile.import", "importRatingsItem", this::importRatings),
                item("profile.export", "exportRatingsItem", this::exportRatings));
        List<MenuItem> more = moreItems.get();
        if (!more.isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
            menu.getItems().addAll(more);
        }
    }

    private MenuItem item(String key, String id, Runnable action) {
        MenuItem item = new MenuItem(messages.text(key));
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }

    private void create() {
        dialogs.askName(messages.text("profile.newTitle"), "").ifPresent(name -> {
            profiles.create(name);
            pickOwnProfile.run();
        });
    }

    private void rename() {
        String name = profiles.currentNameProperty().get();
        if (name != null) {
            dialogs.askName(messages.format("profile.renameTitle", name), name).ifPresent(profiles::rename);
        }
    }

    private void delete() {
        String name = profiles.currentNameProperty().get();
        if (name != null && dialogs.confirmDelete(name)) {
            profiles.delete();
        }
    }

    private void importRatings() {
        dialogs.chooseRatingsFile().ifPresent(file -> profiles.importFrom(file, dialogs::chooseUser));
    }

    private void exportRatings() {
        String name = profiles.currentNameProperty().get();
        if (name != null) {
            dialogs.chooseExportFile(name + ".csv").ifPresent(profiles::exportTo);
        }
    }
}
