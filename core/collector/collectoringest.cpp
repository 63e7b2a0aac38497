#include "collectoringest.h"

#include "enrich/enricher.h"
#include "ingest/beaconparser.h"
#include "ingest/canonicalcodec.h"
#include "store/storewriter.h"

#include <QString>

namespace rumscope {

CollectorIngest::CollectorIngest(StoreWriter &writer, Enricher *enricher, bool feed)
    : m_writer(writer)
    , m_enricher(enricher)
    , m_feed(feed)
{
    m_thread = std::thread([this] { run(); });
}

CollectorIngest::~CollectorIngest()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void CollectorIngest::push(std::vector<JournalEntry> entries)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.insert(m_queue.end(), std::make_move_iterator(entries.begin()),
                       std::make_move_iterator(entries.end()));
    }
    m_changed.notify_all();
}

qint64 CollectorIngest::depth() const
{
    std::lock_guard lock(m_mutex);
    return qint64(m_queue.size()) + (m_busy ? 1 : 0);
}

qint64 CollectorIngest::records() const
{
    std::lock_guard lock(m_mutex);
    return m_records;
}

qint64 CollectorIngest::quarantined() const
{
    std::lock_guard lock(m_mutex);
    return m_quarantined;
}

void CollectorIngest::drain()
{
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_queue.empty() && !m_busy; });
    }
    m_writer.flush();
}

void CollectorIngest::run()
{
    BeaconParser parser;
    constexpr size_t kBatchPayloads = 256;
    for (;;) {
        std::deque<JournalEntry> taken;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return; // stopping, and everything was handed over
            const size_t count = std::min(m_queue.size(), kBatchPayloads);
            taken.insert(taken.end(), std::make_move_iterator(m_queue.begin()),
                         std::make_move_iterator(m_queue.begin() + qsizetype(count)));
            m_queue.erase(m_queue.begin(), m_queue.begin() + qsizetype(count));
            m_busy = true;
        }
        WriteBatch batch = m_writer.takeEmptyBatch();
        qint64 records = 0;
        qint64 quarantined = 0;
        for (const JournalEntry &entry : taken) {
            const std::optional<WireFormat> format =
                formatFromId(QString::fromLatin1(entry.format));
            Result<ParsedBeacon> parsed =
                format ? parser.parse(*format, entry.payload)
                       : Result<ParsedBeacon>(Error{QStringLiteral("unknown format %1")
                                                        .arg(QString::fromLatin1(entry.format))});
            if (parsed) {
                if (m_enricher)
                    m_enricher->enrich(parsed->records, entry.payload);
                records += qint64(parsed->records.size());
                batch.records.insert(batch.records.end(),
                                     std::make_move_iterator(parsed->records.begin()),
                                     std::make_move_iterator(parsed->records.end()));
            } else {
                ++quarantined;
                batch.quarantined.push_back(
                    {QStringLiteral("http:") + QString::fromLatin1(entry.payload.path), 0,
                     entry.payload.receivedAt, parsed.error().message, entry.payload.body});
            }
            batch.journaledThrough = entry.id;
        }
        if (m_feed && !batch.records.empty()) {
            QByteArray lines;
            for (const Record &record : batch.records)
                appendCanonicalLine(record, lines);
            batch.feedLines = qCompress(lines, 1);
            batch.feedRecords = qint64(batch.records.size());
            batch.feedReceived = taken.back().payload.receivedAt;
        }
        m_writer.submit(std::move(batch));
        {
            std::lock_guard lock(m_mutex);
            m_records += records;
            m_quarantined += quarantined;
            m_busy = false;
        }
        m_changed.notify_all();
    }
}

} // namespace rumscope
