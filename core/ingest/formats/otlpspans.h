#pragma once
// OTLP JSON trace spans (../shared/formats.md §5) → canonical records: what the OpenTelemetry
// browser instrumentations (document-load, fetch, XHR, user-interaction, long-task) put in an
// ExportTraceServiceRequest. OTLP/HTTP JSON bodies use it, and so can a format that embeds such
// an export (Faro's `traces`).
//
// Mapping, per span:
// - documentLoad → PageView (time = its start, the document's fetchStart; DOM and paint timings
//   from its events, ttfb/dns/connect/tls from the network events of its documentFetch child;
//   no navigationType, which the span does not record).
// - documentFetch, resourceFetch → Resource (documentFetch as initiator "navigation").
// - fetch / XHR client spans → Resource; status ≥ 400 or span status ERROR → also an http error.
// - user-interaction spans (click, submit…) → Interaction; one renamed "Navigation: <url>" is
//   also an SPA route change → PageView with navigationType route-change.
// - longtask → LongTask; span events named "exception" → ErrorEvent.
// - anything else is skipped.
//
// Ids. OTel has no session or view id of its own. The session is the `session.id` span or
// resource attribute that sites and distros stamp; without one it is derived from the app, the
// user agent and the UTC day, which merges the visitors who share those: a known limitation. A
// documentLoad's view is its trace (formats.md §7), and its children share it; a route change's
// is its Navigation span. Clicks, fetches and long tasks are traces of their own, often in a
// later export: each joins the latest view of its session that began before it on its page URL
// (`page.url`, else the URL an interaction names), which OtlpViews remembers across payloads.
// When none is remembered they share a view by session and URL.

#include "formatparsers.h"

#include <QString>

namespace rumscope::formats {
class OtlpViews;
}

namespace rumscope::formats::otlp {

/// What the carrier of the spans knows; the spans' and resources' own attributes win over it.
struct SpanDefaults
{
    QString sessionId; ///< when no span or resource names session.id; empty: derive one
    /// When set, every record belongs to this view and "Navigation:" spans make no route
    /// change: the carrier tracks views itself (Faro).
    QString viewId;
    QString app;
    QString env;
    QString release;
    QString userAgent;     ///< e.g. the HTTP User-Agent header, for records and derived ids
    qint64 receivedAt = 0; ///< epoch ms; the day of a derived session id, else the span's
};

/// The records of an ExportTraceServiceRequest's `resourceSpans` array. An error when it holds
/// more spans than one payload may turn into; malformed spans and values are skipped, and only
/// the first 1024 attributes and events of a span are read (the SDKs keep 128).
/// `views` is what the caller remembers of earlier exports, and learns this one's views.
Output readResourceSpans(json::array resourceSpans, const SpanDefaults &defaults, OtlpViews &views);

} // namespace rumscope::formats::otlp
