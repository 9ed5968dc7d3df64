package io.github.movierecommender.ui.settings;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** The app's looks: AtlantaFX's Primer stylesheets. */
public enum Theme {
    LIGHT,
    DARK;

    /** The stylesheet to give {@code Application.setUserAgentStylesheet}. */
    public String userAgentStylesheet() {
        return switch (this) {
            case LIGHT -> new PrimerLight().getUserAgentStylesheet();
            case DARK -> new PrimerDark().getUserAgentStylesheet();
        };
    }
}
