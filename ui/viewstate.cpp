#include "viewstate.h"

#include "filterstate.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QMetaEnum>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>

namespace rumscope {
namespace {
const QString kSplitterGroup = QStringLiteral("splitters/");
const QString kHeaderGroup = QStringLiteral("tableHeaders/");
const QString kTimeRangeKey = QStringLiteral("filter/timeRange");
const QString kMetricKey = QStringLiteral("filter/metric");
const QString kPercentileKey = QStringLiteral("filter/percentile");

/// A view's key: its object name and its parents', so two pages' "table"s differ.
QString pathOf(const QObject *object)
{
    QStringList names;
    for (; object; object = object->parent()) {
        if (!object->objectName().isEmpty())
            names.prepend(object->objectName());
    }
    return names.join(u'.');
}

QHeaderView *headerOf(QAbstractItemView *view)
{
    if (auto *table = qobject_cast<QTableView *>(view))
        return table->horizontalHeader();
    if (auto *tree = qobject_cast<QTreeView *>(view))
        return tree->header();
    return nullptr;
}
} // namespace

void saveWidgetStates(const QWidget *root, QSettings &settings)
{
    for (const QSplitter *splitter : root->findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            settings.setValue(kSplitterGroup + pathOf(splitter), splitter->saveState());
    }
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        QHeaderView *header = headerOf(view);
        if (header && !view->objectName().isEmpty())
            settings.setValue(kHeaderGroup + pathOf(view), header->saveState());
    }
}

void restoreWidgetStates(QWidget *root, const QSettings &settings)
{
    // Qt checks the saved bytes itself and leaves the widget as it was when they are not a
    // state it wrote.
    for (QSplitter *splitter : root->findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            splitter->restoreState(settings.value(kSplitterGroup + pathOf(splitter)).toByteArray());
    }
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        QHeaderView *header = headerOf(view);
        if (header && !view->objectName().isEmpty())
            header->restoreState(settings.value(kHeaderGroup + pathOf(view)).toByteArray());
    }
}

void saveFilterChoices(const FilterState &state, QSettings &settings)
{
    const QMetaEnum ranges = QMetaEnum::fromType<FilterState::TimeRange>();
    settings.setValue(kTimeRangeKey,
                      QString::fromLatin1(ranges.valueToKey(int(state.timeRange()))));
    settings.setValue(kMetricKey, QString::fromLatin1(metricInfo(state.metric()).id));
    settings.setValue(kPercentileKey, state.percentile());
}

void restoreFilterChoices(FilterState &state, const QSettings &settings)
{
    FilterState::Values values = state.values();
    const QMetaEnum ranges = QMetaEnum::fromType<FilterState::TimeRange>();
    bool known = false;
    const int range =
        ranges.keyToValue(settings.value(kTimeRangeKey).toString().toLatin1().constData(), &known);
    if (known)
        values.timeRange = FilterState::TimeRange(range);
    if (const auto metric = metricFromId(settings.value(kMetricKey).toString()))
        values.metric = *metric;
    const double percentile = settings.value(kPercentileKey).toDouble(&known);
    if (known && FilterState::percentiles().contains(percentile))
        values.percentile = percentile;
    state.reset(values);
}

} // namespace rumscope
