#include "fields.h"

namespace rumscope {
namespace {

constexpr double kMaxDurationMs = 10 * 60 * 1000.0; // a page timing beyond ten minutes is junk
constexpr double kEarliestTime = 946684800000.0;    // 2000-01-01
constexpr double kLatestTime = 4102444800000.0;     // 2100-01-01
constexpr auto kRequired = FieldRequirement::Required;
constexpr auto kOptional = FieldRequirement::Optional;

template<class R> constexpr Field<R> timing(const char *key, const char *column, double R::*member)
{
    return {key, column, member, kOptional, 0.0, kMaxDurationMs};
}

template<class R>
constexpr Field<R> text(const char *key, const char *column, QString R::*member,
                        FieldRequirement requirement = kOptional)
{
    return {key, column, member, requirement};
}

template<class R>
constexpr Field<R> label(const char *key, const char *column, QString R::*member,
                         FieldRequirement requirement = kOptional)
{
    Field<R> field{key, column, member, requirement};
    field.label = true;
    return field;
}

template<class R>
constexpr Field<R> number(const char *key, const char *column, double R::*member, double min,
                          double max)
{
    return {key, column, member, kOptional, min, max};
}

// The leading fields shared by every record type; `viewRequirement` differs per type.
#define RUMSCOPE_COMMON_FIELDS(R, sessionRequirement, viewRequirement)                             \
    Field<R>{"time", "ts", &R::time, kRequired, kEarliestTime, kLatestTime},                       \
        text<R>("sessionId", "session_id", &R::sessionId, sessionRequirement),                     \
        text<R>("viewId", "view_id", &R::viewId, viewRequirement),                                 \
        label<R>("app", "app", &R::app), label<R>("env", "env", &R::env),                          \
        label<R>("release", "release", &R::release), label<R>("source", "source", &R::source)

const Field<Session> kSessionFields[] = {
    Field<Session>{"time", "ts", &Session::time, kRequired, kEarliestTime, kLatestTime},
    text<Session>("sessionId", "session_id", &Session::sessionId, kRequired),
    label<Session>("app", "app", &Session::app),
    label<Session>("env", "env", &Session::env),
    label<Session>("release", "release", &Session::release),
    label<Session>("source", "source", &Session::source),
    Field<Session>{"lastSeen", "last_seen", &Session::lastSeen, kOptional, kEarliestTime,
                   kLatestTime},
    text<Session>("userId", "user_id", &Session::userId),
    text<Session>("entryUrl", "entry_url", &Session::entryUrl),
    text<Session>("exitUrl", "exit_url", &Session::exitUrl),
    number<Session>("pageViews", "page_views", &Session::pageViews, 0, 1e7),
    number<Session>("errorCount", "error_count", &Session::errorCount, 0, 1e7),
};

const Field<PageView> kPageViewFields[] = {
    RUMSCOPE_COMMON_FIELDS(PageView, kRequired, kRequired),
    text<PageView>("url", "url", &PageView::url),
    label<PageView>("route", "route", &PageView::route),
    text<PageView>("referrer", "referrer", &PageView::referrer),
    label<PageView>("navigationType", "navigation_type", &PageView::navigationType),
    timing<PageView>("ttfb", "ttfb", &PageView::ttfb),
    timing<PageView>("fcp", "fcp", &PageView::fcp),
    timing<PageView>("lcp", "lcp", &PageView::lcp),
    number<PageView>("cls", "cls", &PageView::cls, 0, 100),
    timing<PageView>("inp", "inp", &PageView::inp),
    timing<PageView>("fid", "fid", &PageView::fid),
    timing<PageView>("tbt", "tbt", &PageView::tbt),
    timing<PageView>("dns", "dns", &PageView::dns),
    timing<PageView>("connect", "connect", &PageView::connect),
    timing<PageView>("tls", "tls", &PageView::tls),
    timing<PageView>("domInteractive", "dom_interactive", &PageView::domInteractive),
    timing<PageView>("domContentLoaded", "dom_content_loaded", &PageView::domContentLoaded),
    timing<PageView>("load", "load", &PageView::load),
    number<PageView>("visibleTime", "visible_time", &PageView::visibleTime, 0, 7 * 86400e3),
    timing<PageView>("lcpTtfb", "lcp_ttfb", &PageView::lcpTtfb),
    timing<PageView>("lcpResourceLoadDelay", "lcp_resource_load_delay",
                     &PageView::lcpResourceLoadDelay),
    timing<PageView>("lcpResourceLoadDuration", "lcp_resource_load_duration",
                     &PageView::lcpResourceLoadDuration),
    timing<PageView>("lcpElementRenderDelay", "lcp_element_render_delay",
                     &PageView::lcpElementRenderDelay),
    label<PageView>("lcpElement", "lcp_element", &PageView::lcpElement),
    text<PageView>("lcpResourceUrl", "lcp_resource_url", &PageView::lcpResourceUrl),
    timing<PageView>("inpInputDelay", "inp_input_delay", &PageView::inpInputDelay),
    timing<PageView>("inpProcessingDuration", "inp_processing_duration",
                     &PageView::inpProcessingDuration),
    timing<PageView>("inpPresentationDelay", "inp_presentation_delay",
                     &PageView::inpPresentationDelay),
    label<PageView>("inpEventType", "inp_event_type", &PageView::inpEventType),
    label<PageView>("inpTarget", "inp_target", &PageView::inpTarget),
    label<PageView>("clsTarget", "cls_target", &PageView::clsTarget),
    label<PageView>("effectiveType", "effective_type", &PageView::effectiveType),
    number<PageView>("rtt", "rtt", &PageView::rtt, 0, 600e3),
    number<PageView>("downlink", "downlink", &PageView::downlink, 0, 1e5),
    Field<PageView>{"saveData", "save_data", &PageView::saveData},
    label<PageView>("userAgent", "user_agent", &PageView::userAgent),
    label<PageView>("browser", "browser", &PageView::browser),
    label<PageView>("browserVersion", "browser_version", &PageView::browserVersion),
    label<PageView>("os", "os", &PageView::os),
    label<PageView>("osVersion", "os_version", &PageView::osVersion),
    label<PageView>("deviceType", "device_type", &PageView::deviceType),
    label<PageView>("deviceModel", "device_model", &PageView::deviceModel),
    number<PageView>("screenWidth", "screen_width", &PageView::screenWidth, 0, 1e5),
    number<PageView>("screenHeight", "screen_height", &PageView::screenHeight, 0, 1e5),
    number<PageView>("devicePixelRatio", "device_pixel_ratio", &PageView::devicePixelRatio, 0, 20),
    number<PageView>("deviceMemory", "device_memory", &PageView::deviceMemory, 0, 1e4),
    number<PageView>("hardwareConcurrency", "hardware_concurrency", &PageView::hardwareConcurrency,
                     0, 1e4),
    label<PageView>("country", "country", &PageView::country),
    label<PageView>("region", "region", &PageView::region),
    label<PageView>("city", "city", &PageView::city),
    number<PageView>("latitude", "latitude", &PageView::latitude, -90, 90),
    number<PageView>("longitude", "longitude", &PageView::longitude, -180, 180),
};

const Field<ErrorEvent> kErrorFields[] = {
    RUMSCOPE_COMMON_FIELDS(ErrorEvent, kOptional, kOptional),
    label<ErrorEvent>("kind", "kind", &ErrorEvent::kind),
    label<ErrorEvent>("errorType", "error_type", &ErrorEvent::type),
    text<ErrorEvent>("message", "message", &ErrorEvent::message),
    text<ErrorEvent>("stack", "stack", &ErrorEvent::stack),
    Field<ErrorEvent>{"frames", "frames", &ErrorEvent::frames},
    text<ErrorEvent>("fingerprint", "fingerprint", &ErrorEvent::fingerprint),
    text<ErrorEvent>("resourceUrl", "resource_url", &ErrorEvent::resourceUrl),
    number<ErrorEvent>("httpStatus", "http_status", &ErrorEvent::httpStatus, 0, 999),
};

const Field<Interaction> kInteractionFields[] = {
    RUMSCOPE_COMMON_FIELDS(Interaction, kOptional, kOptional),
    label<Interaction>("interactionType", "interaction_type", &Interaction::type),
    label<Interaction>("target", "target", &Interaction::target),
    timing<Interaction>("duration", "duration", &Interaction::duration),
    timing<Interaction>("inputDelay", "input_delay", &Interaction::inputDelay),
    timing<Interaction>("processingDuration", "processing_duration",
                        &Interaction::processingDuration),
    timing<Interaction>("presentationDelay", "presentation_delay", &Interaction::presentationDelay),
};

const Field<Resource> kResourceFields[] = {
    RUMSCOPE_COMMON_FIELDS(Resource, kOptional, kOptional),
    text<Resource>("url", "url", &Resource::url, kRequired),
    label<Resource>("initiatorType", "initiator_type", &Resource::initiatorType),
    timing<Resource>("startTime", "start_time", &Resource::startTime),
    timing<Resource>("duration", "duration", &Resource::duration),
    number<Resource>("transferSize", "transfer_size", &Resource::transferSize, 0, 1e12),
    number<Resource>("encodedSize", "encoded_size", &Resource::encodedSize, 0, 1e12),
    number<Resource>("httpStatus", "http_status", &Resource::httpStatus, 0, 999),
    label<Resource>("protocol", "protocol", &Resource::protocol),
    Field<Resource>{"renderBlocking", "render_blocking", &Resource::renderBlocking},
};

const Field<LongTask> kLongTaskFields[] = {
    RUMSCOPE_COMMON_FIELDS(LongTask, kOptional, kOptional),
    label<LongTask>("name", "name", &LongTask::name),
    timing<LongTask>("duration", "duration", &LongTask::duration),
};

const Field<Measurement> kMeasurementFields[] = {
    RUMSCOPE_COMMON_FIELDS(Measurement, kOptional, kOptional),
    label<Measurement>("name", "name", &Measurement::name, kRequired),
    number<Measurement>("value", "value", &Measurement::value, -1e15, 1e15),
    text<Measurement>("attributes", "attributes", &Measurement::attributes),
};

#undef RUMSCOPE_COMMON_FIELDS

} // namespace

template<> std::span<const Field<Session>> fieldsOf<Session>()
{
    return kSessionFields;
}
template<> std::span<const Field<PageView>> fieldsOf<PageView>()
{
    return kPageViewFields;
}
template<> std::span<const Field<ErrorEvent>> fieldsOf<ErrorEvent>()
{
    return kErrorFields;
}
template<> std::span<const Field<Interaction>> fieldsOf<Interaction>()
{
    return kInteractionFields;
}
template<> std::span<const Field<Resource>> fieldsOf<Resource>()
{
    return kResourceFields;
}
template<> std::span<const Field<LongTask>> fieldsOf<LongTask>()
{
    return kLongTaskFields;
}
template<> std::span<const Field<Measurement>> fieldsOf<Measurement>()
{
    return kMeasurementFields;
}

bool Session::operator==(const Session &o) const
{
    return sameFields(*this, o);
}
bool PageView::operator==(const PageView &o) const
{
    return sameFields(*this, o);
}
bool ErrorEvent::operator==(const ErrorEvent &o) const
{
    return sameFields(*this, o);
}
bool Interaction::operator==(const Interaction &o) const
{
    return sameFields(*this, o);
}
bool Resource::operator==(const Resource &o) const
{
    return sameFields(*this, o);
}
bool LongTask::operator==(const LongTask &o) const
{
    return sameFields(*this, o);
}
bool Measurement::operator==(const Measurement &o) const
{
    return sameFields(*this, o);
}

} // namespace rumscope
