package io.pyrotorrent.adapter.api.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pyrotorrent.adapter.api.http.Json;
import io.pyrotorrent.domain.model.removal.DataFile;
import io.pyrotorrent.domain.model.removal.KeptFile;
import io.pyrotorrent.domain.model.removal.RemovalPreview;
import io.pyrotorrent.domain.model.removal.RemovalResult;
import java.util.List;

/** Previews and results of removing with data, as the OpenAPI schemas RemovalPreview and RemovalResult say. */
final class RemovalJson {

    private RemovalJson() {}

    static ObjectNode preview(RemovalPreview preview) {
        ObjectNode body = Json.object().put("hash", preview.hash().hex()).put("name", preview.name());
        if (preview instanceof RemovalPreview.Visible visible) {
            body.put("visible", true).put("bytes", visible.bytes());
            files(body.putArray("deleted"), visible.deleted());
            kept(body.putArray("kept"), visible.kept());
        } else if (preview instanceof RemovalPreview.NotVisible notVisible) {
            body.put("visible", false).put("reason", notVisible.reason());
        }
        return body;
    }

    static ObjectNode result(RemovalResult result) {
        ObjectNode body = Json.object().put("hash", result.hash().hex()).put("name", result.name());
        body.put("removed", result.refused().isEmpty());
        result.refused().ifPresent(reason -> body.put("reason", reason));
        body.put("bytesDeleted", result.bytesDeleted());
        files(body.putArray("deleted"), result.deleted());
        kept(body.putArray("kept"), result.kept());
        return body;
    }

    private static void files(ArrayNode array, List<DataFile> files) {
        files.forEach(file -> array.addObject().put("path", file.path()).put("bytes", file.bytes()));
    }

    private static void kept(ArrayNode array, List<KeptFile> files) {
        files.forEach(file -> array.addObject().put("path", file.path()).put("reason", file.reason()));
    }
}
