#include "releases.h"

#include <algorithm>

namespace rumscope {
namespace {

struct ReleaseInfo
{
    const char *version;
    double deployedAt; ///< fraction of the generated period
};
constexpr ReleaseInfo kReleases[] = {{"4.1.0", 0.0}, {"4.2.0", 0.40}, {"4.2.1", 0.72}};

/// A content hash as a bundler writes it: six hex digits, stable for a release and a file,
/// independent of the generator's seed (a site's bundle names do not depend on its visitors).
QString contentHash(int release, const QString &name)
{
    quint64 h = 1469598103934665603ULL; // FNV-1a over the name
    for (QChar c : name)
        h = (h ^ c.unicode()) * 1099511628211ULL;
    h ^= quint64(release + 1) * 0x9e3779b97f4a7c15ULL;
    return QString::number(Random::mix(h) & 0xffffff, 16).rightJustified(6, u'0');
}

} // namespace

Releases::Releases(qint64 start, qint64 end, const QString &origin, const QStringList &chunkNames)
{
    const qint64 span = std::max<qint64>(end - start, 1);
    // A deploy reaches everybody within six hours, or a fiftieth of a short period.
    m_rollout = std::clamp<qint64>(span / 50, 1, 6 * 3600 * 1000);
    QStringList names = {QStringLiteral("vendor"), QStringLiteral("app"), QStringLiteral("app")};
    names += chunkNames;
    for (int r = 0; r < int(std::size(kReleases)); ++r) {
        m_versions.push_back(QString::fromLatin1(kReleases[r].version));
        m_deployed.push_back(start + qint64(kReleases[r].deployedAt * double(span)));
        std::vector<QString> assets;
        for (int a = 0; a < names.size(); ++a) {
            const QString extension =
                a == AppStyles ? QStringLiteral(".css") : QStringLiteral(".js");
            assets.push_back(origin + u"/assets/" + names[a] + u'.' +
                             contentHash(r, names[a] + extension) + extension);
        }
        m_assets.push_back(std::move(assets));
    }
}

int Releases::releaseAt(Random &random, qint64 time) const
{
    int release = 0;
    while (release + 1 < count() && m_deployed[release + 1] <= time)
        ++release;
    if (release > 0) {
        const double fresh = double(time - m_deployed[release]) / double(m_rollout);
        if (fresh < 1 && random.uniform() >= fresh)
            return release - 1;
    }
    return release;
}

} // namespace rumscope
