#include "breakdownview.h"

#include "breakdownmodel.h"
#include "displayformat.h"
#include "tablefilteractions.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace rumscope {
namespace {

/// The value column: a bar as long as the value is against the largest, in its rating's
/// colour, with the value written at its end.
class BarDelegate : public QStyledItemDelegate
{
public:
    BarDelegate(BreakdownModel *model, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_model(model)
    {}

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        const QVariant raw = index.data(BreakdownModel::RawValueRole);
        const QVariant rating = index.data(BreakdownModel::RatingRole);
        const QRect area = opt.rect.adjusted(4, 4, -4, -4);
        const int textWidth = opt.fontMetrics.horizontalAdvance(text) + 8;
        if (raw.isValid() && rating.isValid() && m_model->largestValue() > 0) {
            const double share = std::clamp(raw.toDouble() / m_model->largestValue(), 0.0, 1.0);
            const int barWidth = int(std::max(2.0, (area.width() - textWidth) * share));
            QColor colour = ratingColor(Rating(rating.toInt()));
            colour.setAlpha(opt.state & QStyle::State_Selected ? 255 : 200);
            painter->fillRect(QRect(area.left(), area.top(), barWidth, area.height()), colour);
        }
        painter->setPen(opt.palette.color(
            opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter, text);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setWidth(std::max(size.width() + 120, 200));
        return size;
    }

private:
    BreakdownModel *m_model;
};

} // namespace

BreakdownView::BreakdownView(BreakdownModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_sorted(new QSortFilterProxyModel(this))
    , m_title(new QLabel(this))
    , m_table(new QTableView(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    TableFilterActions::setUpSortedTable(m_table, m_sorted, m_model, BreakdownModel::RawValueRole,
                                         BreakdownModel::PageViewsColumn,
                                         BreakdownModel::ValueColumn);
    m_table->setItemDelegateForColumn(BreakdownModel::ValueColumn,
                                      new BarDelegate(m_model, m_table));
    m_table->setToolTip(tr("Click a row to show only its page views; right-click for more"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);

    auto *actions = new TableFilterActions(
        m_table, [this] { return m_model->dimension(); },
        [this](const QModelIndex &index) { return valueAt(index); });
    connect(actions, &TableFilterActions::filterRequested, this, &BreakdownView::filterRequested);
}

void BreakdownView::setTitle(const QString &title)
{
    m_title->setText(title);
    m_table->setAccessibleName(title);
}

QString BreakdownView::valueAt(const QModelIndex &proxyIndex) const
{
    return m_model->value(m_sorted->mapToSource(proxyIndex).row());
}

} // namespace rumscope
