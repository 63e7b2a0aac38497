#pragma once
// The shop's releases over the generated period (4.1.0 → 4.2.0 → 4.2.1) and the hashed
// bundle URLs each one serves, as a bundler names them (app.3f9c2a.js).

#include "random.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace rumscope {

class Releases
{
public:
    /// chunkNames: the code-split bundles besides the always-loaded ones.
    Releases(qint64 start, qint64 end, const QString &origin, const QStringList &chunkNames);

    enum Asset
    {
        VendorScript,
        AppScript,
        AppStyles,
        FirstChunk
    };
    static constexpr int kLcpRegression = 1; ///< 4.2.0 ships phone-sized images at full size

    int count() const { return int(m_versions.size()); }
    const QString &version(int release) const { return m_versions[release]; }
    /// The release a visitor arriving at time runs; for a few hours after a deploy some
    /// still run the previous one (a cached bundle, a tab left open).
    int releaseAt(Random &random, qint64 time) const;
    /// URL of an asset of a release: Asset values, or FirstChunk + a chunk index.
    const QString &assetUrl(int release, int asset) const { return m_assets[release][asset]; }
    const QString &chunkUrl(int release, int chunk) const
    {
        return m_assets[release][FirstChunk + chunk];
    }

private:
    std::vector<QString> m_versions;
    std::vector<qint64> m_deployed;
    qint64 m_rollout = 0;
    std::vector<std::vector<QString>> m_assets;
};

} // namespace rumscope
