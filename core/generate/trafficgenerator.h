#pragma once
// Synthetic but realistic RUM traffic: sessions of page views and SPA route changes from ~60
// countries on real browser, OS, device and connection mixes, with metrics that depend on
// them, interactions, resources, long tasks and errors. The same options give the same records.

#include "model/record.h"

#include <QDateTime>

#include <memory>
#include <vector>

namespace rumscope {

struct GeneratorOptions
{
    qint64 sessions = 1000;
    quint64 seed = 1;
    int days = 30;
    qint64 endTime = 0; ///< epoch ms the traffic ends at (exclusive)
};

class TrafficGenerator
{
public:
    explicit TrafficGenerator(const GeneratorOptions &options);
    ~TrafficGenerator();

    /// Appends the next session's records (its session record first, then its page views and
    /// their events in time order). Returns false when all sessions were produced.
    bool nextSession(std::vector<Record> &out);
    qint64 sessionsDone() const;
    const GeneratorOptions &options() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace rumscope
