#include "collectorstats.h"

namespace rumscope {

QByteArray CollectorStats::prometheusText() const
{
    QByteArray text;
    const auto metric = [&text](const char *name, const char *type, const char *help,
                                const QByteArray &samples) {
        text += "# HELP ";
        text += name;
        text += ' ';
        text += help;
        text += "\n# TYPE ";
        text += name;
        text += ' ';
        text += type;
        text += '\n';
        text += samples;
    };
    const auto sample = [](const char *name, double value) {
        QByteArray line(name);
        line.append(' ').append(QByteArray::number(value, 'g', 12)).append('\n');
        return line;
    };
    metric("rumscope_collector_received_total", "counter", "Requests to a beacon endpoint.",
           sample("rumscope_collector_received_total", double(received)));
    metric("rumscope_collector_accepted_total", "counter",
           "Payloads journaled and answered with 2xx.",
           sample("rumscope_collector_accepted_total", double(accepted)));
    metric("rumscope_collector_quarantined_total", "counter",
           "Accepted payloads that could not be parsed, kept in quarantine.",
           sample("rumscope_collector_quarantined_total", double(quarantined)));
    metric("rumscope_collector_records_total", "counter", "Records handed to the store writer.",
           sample("rumscope_collector_records_total", double(records)));
    QByteArray byReason;
    for (auto it = rejected.cbegin(); it != rejected.cend(); ++it) {
        byReason.append("rumscope_collector_rejected_total{reason=\"")
            .append(it.key())
            .append("\"} ")
            .append(QByteArray::number(it.value()))
            .append('\n');
    }
    metric("rumscope_collector_rejected_total", "counter", "Requests refused, by reason.",
           byReason);
    metric("rumscope_collector_queue_depth", "gauge", "Journaled payloads waiting to be parsed.",
           sample("rumscope_collector_queue_depth", double(queueDepth)));
    metric("rumscope_collector_journal_seconds", "summary",
           "Time from a payload's arrival to its journal commit.",
           sample("rumscope_collector_journal_seconds_sum", journalSecondsSum) +
               sample("rumscope_collector_journal_seconds_count", double(accepted)));
    metric("rumscope_collector_journal_seconds_max", "gauge", "The longest journal commit.",
           sample("rumscope_collector_journal_seconds_max", journalSecondsMax));
    metric("rumscope_collector_store_write_seconds", "summary",
           "Time the store writer spent writing and committing records, per commit.",
           sample("rumscope_collector_store_write_seconds_sum", storeWriteSecondsSum) +
               sample("rumscope_collector_store_write_seconds_count", double(storeCommits)));
    metric("rumscope_collector_store_write_seconds_max", "gauge", "The longest store commit.",
           sample("rumscope_collector_store_write_seconds_max", storeWriteSecondsMax));
    metric("rumscope_collector_feed_requests_total", "counter", "Feed pages answered.",
           sample("rumscope_collector_feed_requests_total", double(feedRequests)));
    metric("rumscope_collector_feed_records_total", "counter", "Records sent to feed readers.",
           sample("rumscope_collector_feed_records_total", double(feedRecords)));
    return text;
}

} // namespace rumscope
