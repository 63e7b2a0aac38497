#pragma once
// The Sessions page's list: one row per session the filter and search select, most recently
// active first, with its user, start, duration, place, device, browser, page views, errors and
// worst Core Web Vital (in its rating's colour).

#include "query/sessionlist.h"

#include <QAbstractTableModel>

namespace rumscope {

class SessionListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SessionColumn,
        UserColumn,
        StartColumn,
        DurationColumn,
        CountryColumn,
        DeviceColumn,
        BrowserColumn,
        PageViewsColumn,
        ErrorsColumn,
        WorstVitalColumn,
        ColumnCount
    };
    /// The unformatted value to sort by: text, epoch ms, ms, a count, the worst rating.
    static constexpr int RawValueRole = Qt::UserRole + 1;
    static constexpr int RatingRole = Qt::UserRole + 2;
    static constexpr int SessionIdRole = Qt::UserRole + 3;

    explicit SessionListModel(QObject *parent = nullptr);

    void setResult(const SessionListResult &result);
    void clear();

    const SessionRow &row(int index) const { return m_rows.at(index); }
    /// Sessions matching, before the list's limit.
    qint64 matching() const { return m_matching; }
    /// The row of the session with this id, or -1.
    int rowOf(const QString &sessionId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<SessionRow> m_rows;
    qint64 m_matching = 0;
};

} // namespace rumscope
