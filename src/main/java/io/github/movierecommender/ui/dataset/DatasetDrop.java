package io.github.movierecommender.ui.dataset;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Lets the user drop a dataset on a node: exactly one folder or one .zip file is opened, anything
 * else is refused. While something is dragged over the node it carries {@link #ACCEPT_CLASS} or
 * {@link #REFUSE_CLASS}, which DatasetDrop.css styles.
 */
public final class DatasetDrop {

    public static final String ACCEPT_CLASS = "dataset-drop-accept";
    public static final String REFUSE_CLASS = "dataset-drop-refuse";

    private DatasetDrop() {
    }

    /** Calls {@code open} with the folder or zip dropped on {@code target}. */
    public static void install(Node target, Consumer<Path> open) {
        if (target instanceof Parent parent) {
            parent.getStylesheets().add(DatasetDrop.class.getResource("DatasetDrop.css").toExternalForm());
        }
        target.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (dataset(event.getDragboard()).isPresent()) {
                event.acceptTransferModes(TransferMode.COPY);
                hint(target, ACCEPT_CLASS);
            } else {
                hint(target, REFUSE_CLASS);
            }
            event.consume();
        });
        target.addEventHandler(DragEvent.DRAG_EXITED, event -> hint(target, null));
        target.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            Optional<Path> dropped = dataset(event.getDragboard());
            hint(target, null);
            event.setDropCompleted(dropped.isPresent());
            event.consume();
            dropped.ifPresent(open);
        });
    }

    private static Optional<Path> dataset(Dragboard board) {
        return board.hasFiles() ? dataset(board.getFiles()) : Optional.empty();
    }

    /** The dataset among dropped {@code files}: present only for one folder or one .zip file. */
    public static Optional<Path> dataset(List<File> files) {
        if (files.size() != 1) {
            return Optional.empty();
        }
        Path path = files.get(0).toPath();
        boolean zip = Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
        return Files.isDirectory(path) || zip ? Optional.of(path) : Optional.empty();
    }

    private static void hint(Node target, String styleClass) {
        target.getStyleClass().removeAll(ACCEPT_CLASS, REFUSE_CLASS);
        if (styleClass != null) {
            target.getStyleClass().add(styleClass);
        }
    }
}
