#include "liveeventmodel.h"

#include "errorkindbadge.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace rumscope {
namespace {

QString eventName(RecentEvent::Kind kind)
{
    switch (kind) {
    case RecentEvent::Kind::PageView:
        return LiveEventModel::tr("Page view");
    case RecentEvent::Kind::Error:
        return LiveEventModel::tr("Error");
    case RecentEvent::Kind::Interaction:
        return LiveEventModel::tr("Interaction");
    }
    return {};
}

QString milliseconds(double value)
{
    if (std::isnan(value))
        return {};
    if (value >= 1000)
        return LiveEventModel::tr("%1 s").arg(QLocale().toString(value / 1000, 'f', 2));
    return LiveEventModel::tr("%1 ms").arg(QLocale().toString(value, 'f', 0));
}

} // namespace

LiveEventModel::LiveEventModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void LiveEventModel::setEvents(std::vector<RecentEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

int LiveEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int LiveEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LiveEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RecentEvent &event = m_events[size_t(index.row())];
    if (role == SessionIdRole)
        return event.sessionId;
    if (role == Qt::TextAlignmentRole && index.column() == Value)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Subject)
        return event.subject;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Time: {
        // Beacons of earlier days (a replay, a late batch) carry their date.
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(event.time).toLocalTime();
        return QLocale().toString(time, time.date() == QDate::currentDate()
                                            ? QStringLiteral("HH:mm:ss")
                                            : QStringLiteral("d MMM HH:mm:ss"));
    }
    case Event:
        if (event.kind == RecentEvent::Kind::Error && !event.detail.isEmpty())
            return tr("%1: %2").arg(eventName(event.kind), errorKindName(event.detail));
        if (event.kind == RecentEvent::Kind::Interaction && !event.detail.isEmpty())
            return tr("%1: %2").arg(eventName(event.kind), event.detail);
        return eventName(event.kind);
    case Subject:
        return event.subject;
    case Value:
        if (event.kind == RecentEvent::Kind::PageView && !std::isnan(event.value))
            return tr("LCP %1").arg(milliseconds(event.value));
        return milliseconds(event.value);
    case Browser:
        return event.browser;
    case Country:
        return event.country;
    case Sdk:
        return event.source;
    case Session:
        return event.sessionId;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LiveEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Event:
        return tr("Event");
    case Subject:
        return tr("Page, message or target");
    case Value:
        return tr("Value");
    case Browser:
        return tr("Browser");
    case Country:
        return tr("Country");
    case Sdk:
        return tr("SDK");
    case Session:
        return tr("Session");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace rumscope
