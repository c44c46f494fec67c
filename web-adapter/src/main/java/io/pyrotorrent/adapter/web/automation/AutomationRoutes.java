package io.pyrotorrent.adapter.web.automation;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.pyrotorrent.adapter.web.http.BidiText;
import io.pyrotorrent.adapter.web.http.CsrfTokens;
import io.pyrotorrent.adapter.web.http.FlashMessage;
import io.pyrotorrent.adapter.web.http.Pages;
import io.pyrotorrent.adapter.web.http.Visitor;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.seeding.SeedingRule;
import io.pyrotorrent.domain.port.in.ManageSchedule;
import io.pyrotorrent.domain.port.in.ManageSeedingRules;
import io.pyrotorrent.domain.port.in.ManageWatchFolders;
import io.pyrotorrent.domain.port.in.ManageWebhooks;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * GET /automation: seeding rules with their last run. POST automation/seeding: a dry run (button
 * "dry_run") or save; POST automation/seeding/{id}/delete; POST automation/seeding/{id}/confirm
 * acts on what a waiting rule holds. POST automation/schedule/{target} saves a bandwidth schedule.
 * The watch folders' and webhooks' sections are filled here and saved by {@link WatchFolderRoutes}
 * and {@link WebhookRoutes}.
 */
public final class AutomationRoutes {

    private static final String PAGE = "automation";

    private final ManageSeedingRules rules;
    private final ManageSchedule schedules;
    private final Optional<ManageWatchFolders> folders;
    private final Optional<ManageWebhooks> webhooks;
    private final Pages pages;
    private final CsrfTokens csrf;

    public AutomationRoutes(
            ManageSeedingRules rules,
            ManageSchedule schedules,
            Optional<ManageWatchFolders> folders,
            Optional<ManageWebhooks> webhooks,
            Pages pages,
            CsrfTokens csrf) {
        this.rules = rules;
        this.folders = folders;
        this.webhooks = webhooks;
        this.schedules = schedules;
        this.pages = pages;
        this.csrf = csrf;
    }

    public void page(Context ctx) {
        render(ctx, HttpStatus.OK, SeedingRuleForm.EMPTY, Optional.empty(), Optional.empty());
    }

    /** POST automation/schedule/{target}: the profiles and the grid, replaced whole. */
    public void schedule(Context ctx) {
        csrf.verify(ctx, ctx.formParam(CsrfTokens.FIELD));
        TargetName target = TargetName.of(ctx.pathParam("target"));
        try {
            schedules.save(Visitor.of(ctx), ScheduleForm.read(ctx, target));
        } catch (IllegalArgumentException e) {
            Pages.redirectBack(
                    ctx,
                    PAGE + "?target=" + target.value() + "#schedule-heading",
                    List.of(FlashMessage.error("Schedule not saved: " + e.getMessage())));
            return;
        }
        Pages.redirectBack(
                ctx,
                PAGE + "?target=" + target.value() + "#schedule-heading",
                List.of(FlashMessage.ok("Saved the bandwidth schedule of " + target.value() + ".")));
    }

    public void seeding(Context ctx) {
        csrf.verify(ctx, ctx.formParam(CsrfTokens.FIELD));
        var form = SeedingRuleForm.of(ctx);
        SeedingRule rule;
        try {
            rule = form.rule();
            if (ctx.formParam("dry_run") != null) {
                var matches = rules.dryRun(Visitor.of(ctx), rule).stream()
                        .map(AutomationPage.Match::of)
                        .toList();
                render(ctx, HttpStatus.OK, form, Optional.empty(), Optional.of(matches));
                return;
            }
            rules.save(Visitor.of(ctx), rule);
        } catch (IllegalArgumentException e) {
            render(ctx, HttpStatus.BAD_REQUEST, form, Optional.of(e.getMessage()), Optional.empty());
            return;
        }
        Pages.redirectBack(
                ctx, PAGE, List.of(FlashMessage.ok("Saved the seeding rule " + BidiText.isolate(rule.name()) + ".")));
    }

    public void delete(Context ctx) {
        csrf.verify(ctx, ctx.formParam(CsrfTokens.FIELD));
        try {
            rules.delete(Visitor.of(ctx), id(ctx));
        } catch (NoSuchElementException e) {
            Pages.redirectBack(ctx, PAGE, List.of(FlashMessage.error(e.getMessage())));
            return;
        }
        Pages.redirectBack(ctx, PAGE, List.of(FlashMessage.ok("Deleted the seeding rule.")));
    }

    public void confirm(Context ctx) {
        csrf.verify(ctx, ctx.formParam(CsrfTokens.FIELD));
        try {
            int count = Integer.parseInt(String.valueOf(ctx.formParam("count")));
            var done = rules.confirm(Visitor.of(ctx), id(ctx), count);
            Pages.redirectBack(ctx, PAGE, List.of(FlashMessage.ok("The rule acted on " + done.size() + " torrents.")));
        } catch (NoSuchElementException | IllegalStateException e) {
            Pages.redirectBack(ctx, PAGE, List.of(FlashMessage.error(e.getMessage())));
        } catch (NumberFormatException e) {
            Pages.redirectBack(ctx, PAGE, List.of(FlashMessage.error("count: expected a whole number")));
        }
    }

    private void render(
            Context ctx,
            HttpStatus status,
            SeedingRuleForm form,
            Optional<String> error,
            Optional<List<AutomationPage.Match>> dryRun) {
        var list = rules.rules(Visitor.of(ctx)).stream()
                .map(AutomationPage.Rule::of)
                .toList();
        var caller = Visitor.of(ctx);
        List<String> targets =
                schedules.targets(caller).stream().map(TargetName::value).toList();
        String chosen = Optional.ofNullable(ctx.queryParam("target"))
                .filter(targets::contains)
                .orElse(targets.isEmpty() ? "" : targets.get(0));
        Optional<SchedulePage> schedule = chosen.isEmpty()
                ? Optional.empty()
                : Optional.of(SchedulePage.of(schedules.schedule(caller, TargetName.of(chosen))));
        Optional<WatchFolderSection> watch = folders.map(f -> WatchFolderSection.of(f.folders(caller)));
        pages.render(
                ctx,
                status,
                PAGE,
                new AutomationPage(
                        list,
                        form,
                        error,
                        dryRun,
                        targets,
                        schedule,
                        Optional.empty(),
                        watch,
                        webhooks.map(h -> WebhookSection.of(h.hooks(caller)))));
    }

    private static long id(Context ctx) {
        String text = ctx.pathParam("id");
        if (!text.matches("[1-9][0-9]{0,17}")) {
            throw new NoSuchElementException("no seeding rule " + (text.length() <= 20 ? text : "with that id"));
        }
        return Long.parseLong(text);
    }
}
