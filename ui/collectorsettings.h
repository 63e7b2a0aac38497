#pragma once
// The embedded collector's settings (rumscope.conf, [collector]) and the enrichment settings
// ([enrich]) that imports, the collector and a followed feed share.

#include "collector/collectorconfig.h"
#include "enrich/enricher.h"

namespace rumscope {

struct CollectorSettings
{
    bool enabled = true;
    quint16 port = 8787;
    QStringList allowedOrigins; ///< empty: any origin
    QString appKey;             ///< empty: none asked for

    static CollectorSettings load();
    void save() const;
    /// What the collector listens on and accepts: always 127.0.0.1 — the window's collector
    /// is for this machine; `rumscope-cli serve` is the one for a team.
    CollectorConfig config() const;
};

EnrichOptions enrichOptionsFromSettings();

} // namespace rumscope
