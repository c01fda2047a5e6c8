package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Renders {@code AppResponseFields}: every required field with a neutral default, overlaid by stored settings. */
final class AppJson {

    private static final String[] FALSE_FLAGS = {
        "allow_multi_user_devices",
        "async_url_enrich_enabled",
        "auto_translation_enabled",
        "campaign_enabled",
        "disable_auth_checks",
        "disable_permissions_checks",
        "guest_user_creation_disabled",
        "image_moderation_enabled",
        "moderation_bulk_submit_action_enabled",
        "moderation_enabled",
        "moderation_llm_configurability_enabled",
        "moderation_multitenant_blocklist_enabled",
        "multi_tenant_enabled",
        "suspended",
        "use_hook_v2",
        "user_response_time_enabled"
    };
    private static final String[] EMPTY_STRINGS = {
        "custom_action_handler_url", "moderation_webhook_url", "organization", "placement", "sns_key", "sns_secret",
        "sns_topic_arn", "sqs_key", "sqs_secret", "sqs_url", "suspended_explanation", "webhook_url"
    };
    private static final String[] EMPTY_LISTS = {"event_hooks", "user_search_disallowed_roles", "webhook_events"};
    private static final String[] EMPTY_OBJECTS = {
        "call_types",
        "channel_configs",
        "file_upload_config",
        "grants",
        "image_upload_config",
        "policies",
        "push_notifications"
    };

    private AppJson() {}

    static ObjectNode app(String apiKey, JsonNode settings) {
        ObjectNode app = Json.object();
        for (String flag : FALSE_FLAGS) {
            app.put(flag, false);
        }
        for (String field : EMPTY_STRINGS) {
            app.put(field, "");
        }
        for (String field : EMPTY_LISTS) {
            app.putArray(field);
        }
        for (String field : EMPTY_OBJECTS) {
            app.putObject(field);
        }
        app.put("id", 1);
        app.put("name", apiKey);
        app.put("cdn_expiration_seconds", 86400);
        app.put("enforce_unique_usernames", "no");
        app.put("max_aggregated_activities_length", 100);
        app.put("permission_version", "v2");
        app.put("reminders_interval", 3600);
        app.setAll((ObjectNode) settings);
        return app;
    }
}
