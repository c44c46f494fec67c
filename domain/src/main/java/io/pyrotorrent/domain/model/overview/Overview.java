package io.pyrotorrent.domain.model.overview;

import io.pyrotorrent.domain.model.listing.Listing;
import java.util.List;

/** Every visible instance's section for one listing, in configuration order. */
public record Overview(Listing listing, List<TargetSection> sections) {
    public Overview {
        sections = List.copyOf(sections);
    }
}
