#pragma once
// Simulates one page view or SPA route change: its timings from the network, device, page
// and release (log-normal, with LCP and INP parts that add up), and the interactions,
// resources, long tasks, errors and measurements that happen during it.

#include "geography.h"
#include "releases.h"
#include "sessionstate.h"

#include "model/record.h"

#include <array>

namespace rumscope {

class ViewSimulator
{
public:
    ViewSimulator(const SiteModel &site, const Geography &geography, const Releases &releases,
                  const ErrorCatalogue &errors);

    /// Fills view's timings (its EventBase, URL and device fields are the caller's) and
    /// appends the view's events (in no particular order). Returns how long the view lasted (ms),
    /// at most plan.maxDwell.
    qint64 simulate(Random &random, SessionState &session, const ViewPlan &plan, PageView &view,
                    std::vector<Record> &events) const;

    const QString &navigationName(Navigation navigation) const
    {
        return m_navigationNames[int(navigation)];
    }

private:
    struct Timings;
    void pageLoad(Random &random, SessionState &session, const ViewPlan &plan, Timings &t) const;
    void softLoad(Random &random, SessionState &session, const ViewPlan &plan, Timings &t) const;
    void addInteractions(Random &random, const ViewPlan &plan, Timings &t, PageView &view,
                         std::vector<Record> &events) const;
    void addResources(Random &random, const SessionState &session, const ViewPlan &plan,
                      const Timings &t, std::vector<Record> &events) const;
    void addLongTasks(Random &random, const ViewPlan &plan, const Timings &t,
                      std::vector<Record> &events) const;
    void addErrors(Random &random, SessionState &session, const ViewPlan &plan, const Timings &t,
                   std::vector<Record> &events) const;
    void addMeasurements(Random &random, const SessionState &session, const ViewPlan &plan,
                         const Timings &t, std::vector<Record> &events) const;

    const SiteModel &m_site;
    const Geography &m_geography;
    const Releases &m_releases;
    const ErrorCatalogue &m_errors;
    std::array<QString, 6> m_navigationNames;
    std::array<QString, 4> m_effectiveTypes;
    std::array<QString, 4> m_longTaskNames;
    std::vector<QString> m_clsTargets;
    QString m_click, m_keydown, m_pointerdown;
    QString m_link, m_script, m_img, m_fetch, m_xhr, m_css, m_beacon;
    QString m_h3;
    QString m_fontUrl, m_tagManagerUrl, m_analyticsUrl;
};

} // namespace rumscope
