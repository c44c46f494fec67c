package io.pyrotorrent.domain.model.listing;

public enum SortOrder {
    ASCENDING,
    DESCENDING
}
