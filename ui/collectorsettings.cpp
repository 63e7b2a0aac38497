#include "collectorsettings.h"

#include <QSettings>
#include <QStandardPaths>

namespace rumscope {
namespace {

const QString kEnabledKey = QStringLiteral("collector/enabled");
const QString kPortKey = QStringLiteral("collector/port");
const QString kOriginsKey = QStringLiteral("collector/allowedOrigins");
const QString kAppKeyKey = QStringLiteral("collector/appKey");

} // namespace

CollectorSettings CollectorSettings::load()
{
    const QSettings settings;
    CollectorSettings loaded;
    loaded.enabled = settings.value(kEnabledKey, true).toBool();
    // Test runs start many windows at once, in parallel processes: each takes a free port.
    const int defaultPort = QStandardPaths::isTestModeEnabled() ? 0 : 8787;
    bool ok = false;
    const int port = settings.value(kPortKey, defaultPort).toInt(&ok);
    loaded.port = ok && port >= 0 && port <= 65535 ? quint16(port) : quint16(defaultPort);
    loaded.allowedOrigins = settings.value(kOriginsKey).toStringList();
    loaded.appKey = settings.value(kAppKeyKey).toString().trimmed();
    return loaded;
}

void CollectorSettings::save() const
{
    QSettings settings;
    settings.setValue(kEnabledKey, enabled);
    settings.setValue(kPortKey, port);
    settings.setValue(kOriginsKey, allowedOrigins);
    settings.setValue(kAppKeyKey, appKey);
}

CollectorConfig CollectorSettings::config() const
{
    CollectorConfig config;
    config.address = QHostAddress::LocalHost;
    config.port = port;
    config.allowedOrigins = allowedOrigins;
    if (!appKey.isEmpty())
        config.appKeys = {appKey};
    return config;
}

EnrichOptions enrichOptionsFromSettings()
{
    // A MaxMind database for geography, and whether a CDN's country header is trusted.
    const QSettings settings;
    EnrichOptions enrich;
    enrich.geoipDatabase = settings.value(QStringLiteral("enrich/geoipDatabase")).toString();
    enrich.trustCdnCountryHeaders =
        settings.value(QStringLiteral("enrich/trustCdnCountryHeaders"), false).toBool();
    return enrich;
}

} // namespace rumscope
