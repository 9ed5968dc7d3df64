package io.github.movierecommender.launch;

import java.util.List;
import java.util.Optional;

/** The dataset a command names with {@code --data PATH} or {@code --data=PATH}, as the commands spell it. */
final class DataArgument {

    private static final String OPTION = "--data";

    private DataArgument() {
    }

    static Optional<String> of(List<String> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals(OPTION) && i + 1 < arguments.size()) {
                return Optional.of(arguments.get(i + 1));
            }
            if (argument.startsWith(OPTION + "=")) {
                return Optional.of(argument.substring(OPTION.length() + 1));
            }
        }
        return Optional.empty();
    }
}
