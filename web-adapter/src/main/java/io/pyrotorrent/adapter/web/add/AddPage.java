package io.pyrotorrent.adapter.web.add;

import java.util.List;

/**
 * The add form of one instance. {@code labels} are those already in use there (suggestions for the
 * label field); {@code warning} is the instance's error when it could not be asked, else "".
 */
record AddPage(String target, List<String> labels, String warning, int maxFiles, String maxFileSize) {}
