package io.pyrotorrent.domain.model.request;

/**
 * One thing a {@link Request} asks of rTorrent: a {@link Query} to read or a {@link Command} to
 * run. {@code R} is what its {@link Outcome} holds on success.
 */
public sealed interface Step<R>
        permits Query, Command, ThrottleQuery, ViewSizesQuery, FilteredQuery, LoadedAfterQuery, ChangeCountQuery {}
