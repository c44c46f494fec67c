package io.pyrotorrent.adapter.api.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.pyrotorrent.adapter.api.auth.VisibleTargets;
import io.pyrotorrent.adapter.api.http.ApiError;
import io.pyrotorrent.adapter.api.http.Json;
import io.pyrotorrent.adapter.api.http.Replies;
import io.pyrotorrent.adapter.api.http.RequestBody;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.settings.ClientSettings;
import io.pyrotorrent.domain.model.settings.Setting;
import io.pyrotorrent.domain.model.settings.SettingKind;
import io.pyrotorrent.domain.model.settings.SettingValue;
import io.pyrotorrent.domain.model.settings.SettingsChange;
import io.pyrotorrent.domain.port.in.ManageSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * GET and PUT /api/v1/targets/{target}/settings. Values travel typed (numbers, booleans, strings,
 * the encryption flags as an array); a PUT names only what it changes, every value is checked
 * before anything is sent, and the answer is the settings as rTorrent reads them afterwards.
 */
public final class ClientSettingsRoutes {

    private final VisibleTargets targets;
    private final ManageSettings settings;

    public ClientSettingsRoutes(VisibleTargets targets, ManageSettings settings) {
        this.targets = targets;
        this.settings = settings;
    }

    public void read(Context ctx, Principal caller) {
        TargetName target = targets.require(caller, ctx.pathParam("target"));
        Replies.json(ctx, body(target, settings.read(caller, target)));
    }

    public void change(Context ctx, Principal caller) {
        TargetName target = targets.require(caller, ctx.pathParam("target"));
        List<SettingValue> values = values(RequestBody.json(ctx));
        SettingsChange change = settings.change(caller, target, values);
        ObjectNode answer = body(target, change.now());
        ArrayNode notTaken = answer.putArray("notTaken");
        change.notTaken().forEach(notTaken::add);
        Replies.json(ctx, answer);
    }

    /** Every value parsed first: one bad value, and nothing is sent; the message names each bad one. */
    private static List<SettingValue> values(JsonNode body) {
        if (body == null || !body.isObject() || body.isEmpty()) {
            throw ApiError.badRequest(
                    "give a JSON object of settings to change, e.g. {\"max_peers\": 150}; the settings are "
                            + String.join(
                                    ", ",
                                    List.of(Setting.values()).stream()
                                            .map(Setting::key)
                                            .toList()));
        }
        var values = new ArrayList<SettingValue>();
        var problems = new ArrayList<String>();
        body.fields().forEachRemaining(entry -> {
            try {
                Setting setting = Setting.byKey(entry.getKey());
                values.add(setting.parse(text(setting, entry.getValue())));
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        });
        if (!problems.isEmpty()) {
            throw ApiError.badRequest(String.join("; ", problems));
        }
        return values;
    }

    private static String text(Setting setting, JsonNode value) {
        if (value.isArray() && setting.kind() instanceof SettingKind.Flags) {
            var parts = new ArrayList<String>();
            value.forEach(part -> {
                if (!part.isTextual()) {
                    throw new IllegalArgumentException(
                            setting.key() + " takes an array of strings, not " + Json.typeOf(part) + " items");
                }
                parts.add(part.asText());
            });
            return String.join(",", parts);
        }
        if (setting.kind() instanceof SettingKind.Flag && value.isBoolean()) {
            return Boolean.toString(value.booleanValue());
        }
        if (setting.kind() instanceof SettingKind.Count && value.isIntegralNumber()) {
            return value.asText();
        }
        if (value.isTextual()) {
            return value.asText();
        }
        throw new IllegalArgumentException(
                setting.key() + " takes " + setting.kind().takes() + ", not " + Json.typeOf(value));
    }

    static ObjectNode body(TargetName target, ClientSettings now) {
        ObjectNode answer = Json.object().put("target", target.value());
        ObjectNode values = answer.putObject("settings");
        for (Setting setting : Setting.values()) {
            var value = now.get(setting);
            if (value.isEmpty()) {
                values.putNull(setting.key());
                continue;
            }
            String text = value.get();
            SettingKind kind = setting.kind();
            if (kind instanceof SettingKind.Count) {
                values.put(setting.key(), Long.parseLong(text));
            } else if (kind instanceof SettingKind.Flag) {
                values.put(setting.key(), Boolean.parseBoolean(text));
            } else if (kind instanceof SettingKind.Flags) {
                ArrayNode flags = values.putArray(setting.key());
                List.of(text.split(",")).forEach(flags::add);
            } else {
                values.put(setting.key(), text);
            }
        }
        ArrayNode writeOnly = answer.putArray("writeOnly");
        for (Setting setting : Setting.values()) {
            if (setting.field().isEmpty()) {
                writeOnly.add(setting.key());
            }
        }
        return answer;
    }
}
