#pragma once
// The Live page's list: the newest page views, errors and interactions of the store, newest
// first (RecentEvent rows), as a table.

#include "store/recentevents.h"

#include <QAbstractTableModel>

namespace rumscope {

class LiveEventModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        Event,
        Subject,
        Value,
        Browser,
        Country,
        Sdk,
        Session,
        ColumnCount
    };
    enum Role
    {
        SessionIdRole = Qt::UserRole + 1
    };

    explicit LiveEventModel(QObject *parent = nullptr);

    void setEvents(std::vector<RecentEvent> events);
    const std::vector<RecentEvent> &events() const { return m_events; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<RecentEvent> m_events;
};

} // namespace rumscope
