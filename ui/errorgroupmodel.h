#pragma once
// The Errors list: one row per error group (errors sharing a fingerprint) with its message,
// kind, how many errors in how many sessions, its trend, when it was first and last seen and
// the browsers it happened in most.

#include "query/errorgroups.h"

#include <QAbstractTableModel>

namespace rumscope {

class ErrorGroupModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        MessageColumn,
        KindColumn,
        CountColumn,
        SessionsColumn,
        TrendColumn,
        FirstSeenColumn,
        LastSeenColumn,
        BrowsersColumn,
        ColumnCount
    };
    /// The unformatted value, for sorting: the message, the kind, a count, an epoch ms time,
    /// the trend's latest bucket, the top browser.
    static constexpr int RawValueRole = Qt::UserRole + 1;
    static constexpr int FingerprintRole = Qt::UserRole + 2;
    /// The trend column's errors per bucket, a QList<qint64> (empty when not known).
    static constexpr int TrendRole = Qt::UserRole + 3;
    static constexpr int KindRole = Qt::UserRole + 4;
    /// The type ("TypeError") and the message alone, for drawing them apart.
    static constexpr int TypeRole = Qt::UserRole + 5;
    static constexpr int MessageRole = Qt::UserRole + 6;

    explicit ErrorGroupModel(QObject *parent = nullptr);

    void setResult(const ErrorGroupResult &result);
    void clear();

    const ErrorGroupResult &result() const { return m_result; }
    const ErrorGroup &group(int row) const { return m_result.groups.at(row); }
    /// The row of the group with this fingerprint; -1 when it is not listed.
    int rowOf(const QString &fingerprint) const;

    /// "TypeError: x is undefined", "(no message)": how one line names a group.
    static QString title(const ErrorGroup &group);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString browsersText(const ErrorGroup &group) const;
    QString trendToolTip(const ErrorGroup &group) const;

    ErrorGroupResult m_result;
};

} // namespace rumscope
