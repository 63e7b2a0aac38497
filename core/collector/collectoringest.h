#pragma once
// Parses journaled payloads in journal order on a thread of its own and hands their records
// (or their quarantine entries) to the store writer, each batch with the journal mark of the
// last payload it completes.

#include "store/rawjournal.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace rumscope {

class Enricher;
class StoreWriter;

class CollectorIngest
{
public:
    /// enricher may be null (records stay as parsed); neither is owned. With `feed`, each
    /// batch's records also go to the store's feed as canonical NDJSON (GET /api/v1/feed).
    CollectorIngest(StoreWriter &writer, Enricher *enricher, bool feed);
    ~CollectorIngest(); ///< hands over what is queued, then stops
    CollectorIngest(const CollectorIngest &) = delete;
    CollectorIngest &operator=(const CollectorIngest &) = delete;

    /// Queues journaled payloads, in journal order.
    void push(std::vector<JournalEntry> entries);
    qint64 depth() const;
    qint64 records() const;
    qint64 quarantined() const;
    /// Returns once every payload pushed so far is committed to the store.
    void drain();

private:
    void run();

    StoreWriter &m_writer;
    Enricher *m_enricher;
    bool m_feed;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<JournalEntry> m_queue;
    bool m_busy = false;
    bool m_stopping = false;
    qint64 m_records = 0;
    qint64 m_quarantined = 0;
    std::thread m_thread;
};

} // namespace rumscope
