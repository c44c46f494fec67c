package io.pyrotorrent.domain.model.overview;

import io.pyrotorrent.domain.model.ViewName;
import java.util.List;

/** Every visible instance's section for one view, in configuration order. */
public record Overview(ViewName view, List<TargetSection> sections) {
    public Overview {
        sections = List.copyOf(sections);
    }
}
