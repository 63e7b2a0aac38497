#pragma once
// ~300 distinct errors a shop's front end throws (TypeErrors in components, failed API
// calls, blocked third-party scripts, unhandled rejections, console errors), with Zipf
// popularity, and their stack traces as V8, Gecko and WebKit print them for each release.

#include "releases.h"
#include "sitemodel.h"
#include "weightedtable.h"

#include "model/errorevent.h"

#include <array>
#include <vector>

namespace rumscope {

class ErrorCatalogue
{
public:
    ErrorCatalogue(const Releases &releases, const SiteModel &site);
    ~ErrorCatalogue();

    enum class Engine
    {
        V8,
        Gecko,
        WebKit
    };

    int size() const;
    /// A popular error is much more frequent than a rare one; on a slow connection network
    /// failures (chunks, images, third-party scripts, timeouts) come up more.
    int pick(Random &random, bool slowNetwork) const;
    /// The bug release 4.2.0 shipped and 4.2.1 fixed (on product pages).
    int regression() const { return m_regression; }

    /// Fills everything but the EventBase fields: kind, type, message, stack, frames,
    /// resource URL, HTTP status and the fingerprint.
    void fill(ErrorEvent &error, int entry, int release, Engine engine, Random &random) const;

    struct Entry;

private:
    void addEntries();
    void buildStacks();

    const Releases &m_releases;
    const SiteModel &m_site;
    std::vector<Entry> m_entries;
    /// [entry][release][engine]: stack text and parsed frames
    std::vector<std::vector<std::array<std::pair<QString, QList<StackFrame>>, 3>>> m_stacks;
    WeightedTable m_popularity;
    WeightedTable m_networkPopularity;
    std::vector<int> m_networkEntries;
    int m_regression = 0;
};

} // namespace rumscope
