// The synthetic traffic generator: deterministic, ordered, inside its window, and shaped like
// real RUM data (page views per visit, countries, vitals that depend on device and network,
// consistent INP/LCP parts, errors), with every value a plausible canonical value.

#include "generate/trafficgenerator.h"
#include "ingest/canonicalcodec.h"
#include "model/fields.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace rumscope;

namespace {

constexpr qint64 kEnd = 1735689600000; // 2025-01-01T00:00:00Z
constexpr qint64 kDay = 86400000;

GeneratorOptions options(qint64 sessions, quint64 seed = 1, int days = 30)
{
    GeneratorOptions o;
    o.sessions = sessions;
    o.seed = seed;
    o.days = days;
    o.endTime = kEnd;
    return o;
}

std::vector<Record> generateAll(const GeneratorOptions &o)
{
    TrafficGenerator generator(o);
    std::vector<Record> records;
    while (generator.nextSession(records)) {
    }
    return records;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    return values[(values.size() - 1) / 2];
}

double percentile75(std::vector<double> values)
{
    if (values.empty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    return values[std::size_t(double(values.size() - 1) * 0.75)];
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-6;
}

/// A timing reported to 0.1 ms.
bool tenthsOfMs(double value)
{
    return !isSet(value) || near(std::round(value * 10), value * 10);
}

/// Every field of a record: numbers within their plausible range, required fields present.
template<class R> QString checkFields(const R &record)
{
    for (const Field<R> &field : fieldsOf<R>()) {
        const QString problem = std::visit(
            [&](auto member) -> QString {
                using T = std::remove_cvref_t<decltype(record.*member)>;
                const T &value = record.*member;
                const bool required = field.requirement == FieldRequirement::Required;
                if constexpr (std::is_same_v<T, double>) {
                    if (!isSet(value))
                        return required ? QStringLiteral("missing") : QString();
                    if (value < field.minimum || value > field.maximum)
                        return QStringLiteral("out of range: %1").arg(value);
                } else if constexpr (std::is_same_v<T, qint64>) {
                    if (double(value) < field.minimum || double(value) > field.maximum)
                        return QStringLiteral("out of range: %1").arg(value);
                } else if constexpr (std::is_same_v<T, QString>) {
                    if (required && value.isEmpty())
                        return QStringLiteral("missing");
                }
                return {};
            },
            field.member);
        if (!problem.isEmpty())
            return QLatin1StringView(field.key) + u": " + problem;
    }
    return {};
}

} // namespace

class TestGenerator : public QObject
{
    Q_OBJECT

private slots:
    void determinism();
    void orderAndWindow();
    void shape();
    void plausibleValues();
    void canonicalRoundTrip();
};

void TestGenerator::determinism()
{
    const std::vector<Record> first = generateAll(options(300, 7, 10));
    const std::vector<Record> second = generateAll(options(300, 7, 10));
    QVERIFY(first.size() > 300 * 3);
    QCOMPARE(first.size(), second.size());
    for (std::size_t i = 0; i < first.size(); ++i) {
        if (!(first[i] == second[i]))
            QFAIL(qPrintable(QStringLiteral("record %1 differs").arg(i)));
    }

    const std::vector<Record> other = generateAll(options(300, 8, 10));
    QVERIFY(other.size() != first.size() || !std::equal(first.begin(), first.end(), other.begin()));
    QVERIFY(!(std::get<Session>(other.front()) == std::get<Session>(first.front())));
}

void TestGenerator::orderAndWindow()
{
    const GeneratorOptions o = options(5000, 3, 7);
    const qint64 windowStart = kEnd - 7 * kDay;
    TrafficGenerator generator(o);
    std::vector<Record> out;
    qint64 previousStart = windowStart;
    qint64 sessions = 0;
    while (generator.nextSession(out)) {
        ++sessions;
        QVERIFY(!out.empty());
        const auto *session = std::get_if<Session>(&out.front());
        QVERIFY(session);
        QVERIFY(session->time >= previousStart);
        previousStart = session->time;

        QSet<QString> views;
        qint64 pageViews = 0;
        qint64 errors = 0;
        qint64 latest = 0;
        qint64 previousTime = session->time;
        QString firstUrl;
        QString lastUrl;
        for (std::size_t i = 1; i < out.size(); ++i) {
            const EventBase &base = eventBase(out[i]);
            QVERIFY(base.time >= windowStart && base.time < kEnd);
            QVERIFY(base.time >= previousTime); // page views and their events in time order
            previousTime = base.time;
            latest = std::max(latest, base.time);
            QCOMPARE(base.sessionId, session->sessionId);
            QCOMPARE(base.app, QStringLiteral("shop-web"));
            QCOMPARE(base.env, QStringLiteral("production"));
            QCOMPARE(base.source, QStringLiteral("canonical"));
            QCOMPARE(base.release, session->release);
            QVERIFY(recordType(out[i]) != RecordType::Session);
            if (const auto *view = std::get_if<PageView>(&out[i])) {
                ++pageViews;
                views.insert(view->viewId);
                if (firstUrl.isEmpty())
                    firstUrl = view->url;
                lastUrl = view->url;
            } else {
                QVERIFY2(views.contains(base.viewId), "an event before or without its view");
                if (recordType(out[i]) == RecordType::Error)
                    ++errors;
            }
        }
        QCOMPARE(qint64(session->pageViews), pageViews);
        QCOMPARE(qint64(session->errorCount), errors);
        QCOMPARE(session->lastSeen, latest);
        QCOMPARE(session->entryUrl, firstUrl);
        QCOMPARE(session->exitUrl, lastUrl);
        QCOMPARE(session->time, eventBase(out[1]).time);
        out.clear();
    }
    QCOMPARE(sessions, o.sessions);
    QCOMPARE(generator.sessionsDone(), o.sessions);
    QVERIFY(!generator.nextSession(out));
}

void TestGenerator::shape()
{
    TrafficGenerator generator(options(20000, 11));
    std::vector<Record> out;
    qint64 sessions = 0;
    qint64 pageViews = 0;
    qint64 viewsWithErrors = 0;
    QSet<QString> countries;
    QSet<QString> fingerprints;
    QSet<QString> navigations;
    std::vector<double> slowLcp;
    std::vector<double> fastLcp;
    QHash<QString, std::vector<double>> mobileLcpByRelease;
    while (generator.nextSession(out)) {
        ++sessions;
        QHash<QString, double> worstInteraction;
        QSet<QString> erroneous;
        for (const Record &record : out) {
            if (const auto *i = std::get_if<Interaction>(&record)) {
                QVERIFY(near(i->inputDelay + i->processingDuration + i->presentationDelay,
                             i->duration));
                double &worst = worstInteraction[i->viewId];
                worst = std::max(worst, i->duration);
            } else if (const auto *e = std::get_if<ErrorEvent>(&record)) {
                erroneous.insert(e->viewId);
                fingerprints.insert(e->fingerprint);
                QCOMPARE(e->fingerprint, errorFingerprint(*e));
                QVERIFY(errorKinds().contains(e->kind));
                QVERIFY(!e->message.isEmpty());
                if (e->kind == u"http")
                    QVERIFY(isSet(e->httpStatus) && !e->resourceUrl.isEmpty());
                if (!e->stack.isEmpty())
                    QVERIFY(!e->frames.isEmpty() && e->stack.contains(e->frames.first().file));
            }
        }
        for (const Record &record : out) {
            const auto *v = std::get_if<PageView>(&record);
            if (!v)
                continue;
            ++pageViews;
            countries.insert(v->country);
            navigations.insert(v->navigationType);
            QVERIFY(navigationTypes().contains(v->navigationType));
            if (erroneous.contains(v->viewId))
                ++viewsWithErrors;

            // INP only where an interaction happened, and then the slowest one, in parts.
            const auto worst = worstInteraction.constFind(v->viewId);
            QCOMPARE(isSet(v->inp), worst != worstInteraction.constEnd());
            if (isSet(v->inp)) {
                QCOMPARE(v->inp, *worst);
                QVERIFY(near(v->inpInputDelay + v->inpProcessingDuration + v->inpPresentationDelay,
                             v->inp));
                QVERIFY(!v->inpEventType.isEmpty() && !v->inpTarget.isEmpty());
            }

            // LCP ≥ FCP ≥ TTFB, and LCP is the sum of its parts.
            QVERIFY(isSet(v->fcp) && isSet(v->lcp));
            QVERIFY(v->lcp >= v->fcp);
            if (isSet(v->ttfb))
                QVERIFY(v->fcp >= v->ttfb);
            QVERIFY(near(v->lcpTtfb + v->lcpResourceLoadDelay + v->lcpResourceLoadDuration +
                             v->lcpElementRenderDelay,
                         v->lcp));
            if (v->navigationType == u"route-change") {
                QVERIFY(!isSet(v->ttfb) && !isSet(v->dns) && !isSet(v->load));
            } else if (v->navigationType == u"navigate") {
                QVERIFY(isSet(v->ttfb) && isSet(v->dns) && isSet(v->connect));
                QVERIFY(v->connect >= v->tls);
                QVERIFY(v->domContentLoaded >= v->domInteractive && v->load >= v->domContentLoaded);
            }
            QVERIFY(tenthsOfMs(v->lcp) && tenthsOfMs(v->fcp) && tenthsOfMs(v->ttfb) &&
                    tenthsOfMs(v->inp));
            QVERIFY(near(std::round(v->cls * 10000), v->cls * 10000));

            if (v->navigationType == u"navigate") {
                if (v->deviceType == u"mobile" && v->effectiveType == u"3g" && v->country == u"IN")
                    slowLcp.push_back(v->lcp);
                if (v->deviceType == u"desktop" && v->effectiveType == u"4g" && v->country == u"DE")
                    fastLcp.push_back(v->lcp);
                if (v->deviceType == u"mobile")
                    mobileLcpByRelease[v->release].push_back(v->lcp);
            }
        }
        out.clear();
    }

    const double perSession = double(pageViews) / double(sessions);
    QVERIFY2(perSession > 3.2 && perSession < 3.8, qPrintable(QString::number(perSession)));
    QVERIFY2(countries.size() >= 55, qPrintable(QString::number(countries.size())));
    QVERIFY(navigations.contains(QStringLiteral("route-change")));
    QVERIFY(navigations.contains(QStringLiteral("reload")));
    QVERIFY(navigations.contains(QStringLiteral("back-forward")));
    const double errorShare = double(viewsWithErrors) / double(pageViews);
    QVERIFY2(errorShare > 0.02 && errorShare < 0.045, qPrintable(QString::number(errorShare)));
    QVERIFY2(fingerprints.size() >= 250, qPrintable(QString::number(fingerprints.size())));

    QVERIFY(slowLcp.size() >= 50 && fastLcp.size() >= 50);
    QVERIFY2(median(slowLcp) > 1.5 * median(fastLcp),
             qPrintable(QStringLiteral("%1 vs %2").arg(median(slowLcp)).arg(median(fastLcp))));

    // 4.2.0 made LCP worse on phones; 4.2.1 fixed it.
    const double before = percentile75(mobileLcpByRelease.value(QStringLiteral("4.1.0")));
    const double regressed = percentile75(mobileLcpByRelease.value(QStringLiteral("4.2.0")));
    const double fixed = percentile75(mobileLcpByRelease.value(QStringLiteral("4.2.1")));
    QVERIFY2(regressed > 1.08 * before && regressed > 1.08 * fixed,
             qPrintable(QStringLiteral("%1 %2 %3").arg(before).arg(regressed).arg(fixed)));
}

void TestGenerator::plausibleValues()
{
    TrafficGenerator generator(options(4000, 5, 3));
    std::vector<Record> out;
    int counts[kRecordTypeCount] = {};
    while (generator.nextSession(out)) {
        for (const Record &record : out) {
            ++counts[record.index()];
            const QString problem =
                std::visit([](const auto &r) { return checkFields(r); }, record);
            if (!problem.isEmpty()) {
                QFAIL(qPrintable(QLatin1StringView(recordTypeName(recordType(record))) + u' ' +
                                 problem));
            }
        }
        out.clear();
    }
    for (int type = 0; type < kRecordTypeCount; ++type)
        QVERIFY2(counts[type] > 0, recordTypeName(RecordType(type)).data());
}

void TestGenerator::canonicalRoundTrip()
{
    // The same options give byte-identical NDJSON, and every record reads back unchanged.
    const std::vector<Record> records = generateAll(options(300, 21, 5));
    QByteArray first;
    for (const Record &record : records)
        appendCanonicalLine(record, first);
    QByteArray second;
    for (const Record &record : generateAll(options(300, 21, 5)))
        appendCanonicalLine(record, second);
    QCOMPARE(first, second);

    CanonicalParser parser;
    for (const Record &record : records) {
        const QByteArray line = toCanonicalLine(record);
        Result<Record> parsed = parser.parseLine(QByteArrayView(line).chopped(1));
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QVERIFY2(parsed.value() == record, line.constData());
    }
}

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
