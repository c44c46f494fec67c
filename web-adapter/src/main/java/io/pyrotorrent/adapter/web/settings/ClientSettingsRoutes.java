package io.pyrotorrent.adapter.web.settings;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.pyrotorrent.adapter.web.http.CsrfTokens;
import io.pyrotorrent.adapter.web.http.FlashMessage;
import io.pyrotorrent.adapter.web.http.Pages;
import io.pyrotorrent.adapter.web.http.Visitor;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.settings.ClientSettings;
import io.pyrotorrent.domain.model.settings.Setting;
import io.pyrotorrent.domain.model.settings.SettingKind;
import io.pyrotorrent.domain.model.settings.SettingValue;
import io.pyrotorrent.domain.port.in.ManageSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GET and POST target/<t>/settings: the client settings as a form. A submit sends only what
 * differs from what rTorrent holds now; a bad value re-shows the form as typed, with the message
 * naming the setting, and sends nothing.
 */
public final class ClientSettingsRoutes {

    private final ManageSettings settings;
    private final Pages pages;
    private final CsrfTokens csrf;

    public ClientSettingsRoutes(ManageSettings settings, Pages pages, CsrfTokens csrf) {
        this.settings = settings;
        this.pages = pages;
        this.csrf = csrf;
    }

    public void page(Context ctx) {
        var target = TargetName.of(ctx.pathParam("target"));
        ClientSettings now = settings.read(Visitor.of(ctx), target);
        pages.render(ctx, "settings", ClientSettingsPage.of(target.value(), now, Map.of(), ""));
    }

    public void change(Context ctx) {
        csrf.verify(ctx, ctx.formParam(CsrfTokens.FIELD));
        var target = TargetName.of(ctx.pathParam("target"));
        ClientSettings now = settings.read(Visitor.of(ctx), target);
        var typed = new LinkedHashMap<String, String>();
        var values = new ArrayList<SettingValue>();
        var problems = new ArrayList<String>();
        for (Setting setting : Setting.values()) {
            String text = typed(ctx, setting);
            typed.put(setting.key(), text);
            if (text.isEmpty() && setting.field().isEmpty()) {
                continue;
            }
            try {
                SettingValue value = setting.parse(text);
                if (!now.get(setting).map(value.text()::equals).orElse(false)) {
                    values.add(value);
                }
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            pages.render(
                    ctx,
                    HttpStatus.BAD_REQUEST,
                    "settings",
                    ClientSettingsPage.of(
                            target.value(), now, typed, "Nothing changed: " + String.join("; ", problems)));
            return;
        }
        String back = "target/" + target.value() + "/settings";
        if (values.isEmpty()) {
            Pages.redirectBack(
                    ctx, back, List.of(FlashMessage.ok("Settings of " + target.value() + ": nothing to change")));
            return;
        }
        var change = settings.change(Visitor.of(ctx), target, values);
        String done = "Settings of " + target.value() + " changed: "
                + String.join(
                        ", ",
                        values.stream()
                                .map(v -> v.setting().key() + " " + v.text())
                                .toList());
        var messages = new ArrayList<FlashMessage>();
        messages.add(FlashMessage.ok(done));
        change.notTaken().forEach(line -> messages.add(FlashMessage.error("Not taken: " + line)));
        Pages.redirectBack(ctx, back, messages);
    }

    /** A checkbox sends "on" when ticked and nothing when not; the encryption flags are one checkbox each. */
    private static String typed(Context ctx, Setting setting) {
        if (setting.kind() instanceof SettingKind.Flag) {
            return ctx.formParam(setting.key()) != null ? "true" : "false";
        }
        if (setting.kind() instanceof SettingKind.Flags) {
            return String.join(",", ctx.formParams(setting.key()));
        }
        String value = ctx.formParam(setting.key());
        return value == null ? "" : value.strip();
    }
}
