#include "errorspage.h"

#include "displayformat.h"
#include "errordetailpane.h"
#include "errorexampleloader.h"
#include "errorgroupmodel.h"
#include "errorkindbadge.h"
#include "sparklinedelegate.h"
#include "tablefilteractions.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace rumscope {
namespace {

QColor textColour(const QStyleOptionViewItem &option)
{
    return option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                      : QPalette::Text);
}

/// The error column as error trackers show it: the type in bold, then the message, cut short
/// at the cell's end (the tooltip has it whole).
class TitleDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget)
                         .adjusted(2, 0, -2, 0);
        const QString type = index.data(ErrorGroupModel::TypeRole).toString();
        const QString message = index.data(ErrorGroupModel::MessageRole).toString();
        painter->save();
        painter->setPen(textColour(opt));
        if (!type.isEmpty()) {
            QFont bold = opt.font;
            bold.setBold(true);
            painter->setFont(bold);
            const QFontMetrics metrics(bold);
            const QString head = metrics.elidedText(type, Qt::ElideRight, area.width());
            painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter, head);
            area.setLeft(area.left() + metrics.horizontalAdvance(head) +
                         opt.fontMetrics.horizontalAdvance(u' ') * 2);
            painter->setFont(opt.font);
        }
        if (area.width() > 0)
            painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter,
                              opt.fontMetrics.elidedText(message, Qt::ElideRight, area.width()));
        painter->restore();
    }
};

/// The kind column: a coloured badge.
class KindDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        painter->save();
        painter->setFont(opt.font);
        const bool selected = opt.state & QStyle::State_Selected;
        paintErrorKindBadge(painter, opt.rect.adjusted(6, 3, -6, -3),
                            index.data(ErrorGroupModel::KindRole).toString(), opt.palette,
                            selected ? textColour(opt) : QColor());
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const QSize badge = errorKindBadgeSize(option.fontMetrics,
                                               index.data(ErrorGroupModel::KindRole).toString());
        return {std::max(size.width(), badge.width() + 12),
                std::max(size.height(), badge.height() + 6)};
    }
};

} // namespace

ErrorsPage::ErrorsPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new ErrorGroupModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_pane(new ErrorDetailPane(this))
    , m_loader(new ErrorExampleLoader(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("errorsPage"));
    m_model->setObjectName(QStringLiteral("errorGroupModel"));
    m_table->setObjectName(QStringLiteral("errorGroupsTable"));
    m_splitter->setObjectName(QStringLiteral("errorsSplitter"));
    m_summary->setObjectName(QStringLiteral("errorsSummary"));

    TableFilterActions::setUpSortedTable(m_table, m_sorted, m_model, ErrorGroupModel::RawValueRole,
                                         ErrorGroupModel::CountColumn,
                                         ErrorGroupModel::MessageColumn);
    m_table->setItemDelegateForColumn(ErrorGroupModel::MessageColumn, new TitleDelegate(m_table));
    m_table->setItemDelegateForColumn(ErrorGroupModel::KindColumn, new KindDelegate(m_table));
    m_table->setItemDelegateForColumn(ErrorGroupModel::TrendColumn,
                                      new SparklineDelegate(ErrorGroupModel::TrendRole, m_table));
    m_table->setAccessibleName(tr("Error groups"));
    // Three browsers with their shares are long; the message needs the width more (the
    // tooltip lists them with their counts).
    m_table->horizontalHeader()->setSectionResizeMode(ErrorGroupModel::BrowsersColumn,
                                                      QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(
        ErrorGroupModel::BrowsersColumn,
        fontMetrics().horizontalAdvance(QStringLiteral("Chrome 62%, Safari 21%, Firefox 9%")) + 16);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &ErrorsPage::showMenu);
    // A click or Enter filters every view to the group's page views, as on every other page.
    const auto filterTo = [this](const QModelIndex &index) {
        if (index.isValid())
            requestFilter(fingerprintAt(index), false);
    };
    connect(m_table, &QAbstractItemView::clicked, this, filterTo);
    connect(m_table, &QAbstractItemView::activated, this, filterTo);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showSelected(current); });

    connect(m_pane, &ErrorDetailPane::filterRequested, this, &ErrorsPage::requestFilter);
    connect(m_pane, &ErrorDetailPane::sessionsRequested, this, &ErrorsPage::requestSessions);
    connect(m_loader, &ErrorExampleLoader::loaded, this,
            [this](const QString &fingerprint, const ErrorExample &example) {
                if (fingerprint == m_pane->fingerprint())
                    m_pane->showExample(example);
            });
    connect(m_loader, &ErrorExampleLoader::failed, this,
            [this](const QString &fingerprint, const QString &message) {
                if (fingerprint == m_pane->fingerprint())
                    m_pane->showExampleFailed(message);
            });

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_pane);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(10);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);
    clear();
}

void ErrorsPage::showResult(const ErrorsResult &result)
{
    m_model->setResult(result.groups);
    const ErrorGroupResult &groups = result.groups;
    QString text = groups.groupCount == 0
                       ? tr("No errors")
                       : tr("%1 errors in %2 groups")
                             .arg(formatCount(groups.errors), formatCount(groups.groupCount));
    if (groups.groups.size() < groups.groupCount)
        text =
            tr("%1 (the %2 with most errors listed)").arg(text, formatCount(groups.groups.size()));
    if (result.filter.hasTimeRange())
        text = tr("%1 · %2").arg(text, formatTimeSpan(result.filter.from, result.filter.to - 1));
    m_summary->setText(text);

    // The pane stays on the group selected while it is listed; new figures, same occurrence.
    const int row = m_selected.isEmpty() ? -1 : m_model->rowOf(m_selected);
    if (row < 0) {
        m_selected.clear();
        m_loader->cancel();
        m_pane->clear();
        return;
    }
    const QModelIndex index = m_sorted->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void ErrorsPage::clear()
{
    m_model->clear();
    m_selected.clear();
    m_loader->cancel();
    m_pane->clear();
    m_summary->setText(tr("No store open."));
}

void ErrorsPage::setStorePath(const QString &path)
{
    const bool changed = path != m_loader->storePath();
    m_loader->setStorePath(path);
    // Reopened after an import, or another store: the latest occurrence may be another one.
    if (!m_pane->fingerprint().isEmpty() && (changed || m_pane->example()))
        m_loader->load(m_pane->fingerprint());
}

QString ErrorsPage::fingerprintAt(const QModelIndex &index) const
{
    return index.data(ErrorGroupModel::FingerprintRole).toString();
}

void ErrorsPage::showSelected(const QModelIndex &current)
{
    if (!current.isValid())
        return;
    const ErrorGroup &group = m_model->group(m_sorted->mapToSource(current).row());
    const bool other = group.fingerprint != m_pane->fingerprint();
    m_selected = group.fingerprint;
    m_pane->showGroup(group);
    if (other)
        m_loader->load(group.fingerprint);
}

void ErrorsPage::labelGroup(const QString &fingerprint)
{
    const int row = m_model->rowOf(fingerprint);
    if (row >= 0)
        Q_EMIT valueLabelled(Dimension::ErrorGroup, fingerprint,
                             ErrorGroupModel::title(m_model->group(row)));
}

void ErrorsPage::requestFilter(const QString &fingerprint, bool exclude)
{
    if (fingerprint.isEmpty())
        return;
    labelGroup(fingerprint);
    Q_EMIT filterRequested(Dimension::ErrorGroup, fingerprint, exclude);
}

void ErrorsPage::requestSessions(const QString &fingerprint)
{
    if (fingerprint.isEmpty())
        return;
    labelGroup(fingerprint);
    Q_EMIT sessionsRequested(fingerprint);
}

QMenu *ErrorsPage::createContextMenu(const QModelIndex &index, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    if (!index.isValid())
        return menu;
    const QString fingerprint = fingerprintAt(index);
    const ErrorGroup group = m_model->group(m_sorted->mapToSource(index).row());
    const auto add = [&](const QString &text, const char *name, auto slot) {
        QAction *action = menu->addAction(text, this, slot);
        action->setObjectName(QLatin1StringView(name));
        return action;
    };
    add(tr("&Filter to This Error"), "filterToErrorAction",
        [this, fingerprint] { requestFilter(fingerprint, false); });
    add(tr("&Exclude This Error"), "excludeErrorAction",
        [this, fingerprint] { requestFilter(fingerprint, true); });
    add(tr("Show &Sessions with This Error"), "showErrorSessionsAction",
        [this, fingerprint] { requestSessions(fingerprint); });
    menu->addSeparator();
    add(tr("Copy &Message"), "copyErrorMessageAction",
        [message = ErrorGroupModel::title(group)] { QApplication::clipboard()->setText(message); });
    add(tr("Copy F&ingerprint"), "copyErrorFingerprintAction",
        [fingerprint] { QApplication::clipboard()->setText(fingerprint); });
    // The row as shown now: the menu stays open while a new answer may replace the rows.
    QStringList cells;
    for (int column = 0; column < index.model()->columnCount(); ++column) {
        if (column != ErrorGroupModel::TrendColumn) // a drawing, no text
            cells.append(index.siblingAtColumn(column).data().toString());
    }
    cells.append(fingerprint);
    add(tr("Copy &Row"), "copyErrorRowAction",
        [row = cells.join(u'\t')] { QApplication::clipboard()->setText(row); });
    return menu;
}

void ErrorsPage::showMenu(const QPoint &position)
{
    // From the keyboard (the menu key) the position may be off any row: use the current one.
    QModelIndex index = m_table->indexAt(position);
    QPoint at = position;
    if (!index.isValid()) {
        index = m_table->currentIndex();
        at = m_table->visualRect(index).center();
    }
    if (!index.isValid())
        return;
    QMenu *menu = createContextMenu(index, m_table);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_table->viewport()->mapToGlobal(at));
}

} // namespace rumscope
