#include "storestatuswidget.h"

#include "displayformat.h"

#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

namespace rumscope {
namespace {
QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}
} // namespace

StoreStatusWidget::StoreStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_store(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_span(new QLabel(this))
    , m_activity(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("storeStatus"));
    m_store->setObjectName(QStringLiteral("statusStore"));
    m_counts->setObjectName(QStringLiteral("statusCounts"));
    m_span->setObjectName(QStringLiteral("statusSpan"));
    m_activity->setObjectName(QStringLiteral("statusActivity"));
    m_progress->setObjectName(QStringLiteral("statusProgress"));
    m_cancel->setObjectName(QStringLiteral("statusCancel"));

    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(false);
    m_cancel->setAutoRaise(true);
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_cancel->setToolTip(tr("Stop loading"));
    m_cancel->setAccessibleName(tr("Stop loading"));
    connect(m_cancel, &QToolButton::clicked, this, &StoreStatusWidget::cancelRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(8);
    layout->addWidget(m_activity);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addStretch(1);
    m_separators = {separator(this), separator(this)};
    layout->addWidget(m_store);
    layout->addWidget(m_separators.at(0));
    layout->addWidget(m_counts);
    layout->addWidget(m_separators.at(1));
    layout->addWidget(m_span);
    hideActivity();
    clearStore();
}

void StoreStatusWidget::setStore(const QString &path, const StoreStats &stats)
{
    m_store->setText(QFileInfo(path).fileName());
    m_store->setToolTip(
        tr("Store: %1 (%2)").arg(QDir::toNativeSeparators(path), formatBytes(stats.fileBytes)));
    m_counts->setText(tr("%1 page views · %2 sessions")
                          .arg(formatCount(stats.pageViews), formatCount(stats.sessions)));
    m_counts->setToolTip(tr("%1 errors, %2 interactions, %3 resources; %4 lines quarantined")
                             .arg(formatCount(stats.errors), formatCount(stats.interactions),
                                  formatCount(stats.resources), formatCount(stats.quarantined)));
    for (QFrame *line : std::as_const(m_separators))
        line->show();
    m_span->setText(stats.pageViews > 0 ? formatTimeSpan(stats.firstPageView, stats.lastPageView)
                                        : tr("no page views yet"));
}

void StoreStatusWidget::clearStore()
{
    m_store->setText(tr("No store open"));
    m_store->setToolTip({});
    m_counts->clear();
    m_counts->setToolTip({});
    m_span->clear();
    for (QFrame *line : std::as_const(m_separators))
        line->hide();
}

void StoreStatusWidget::showActivity(const QString &text)
{
    m_activity->setText(text);
    m_progress->setValue(0);
    m_activity->show();
    m_progress->show();
    m_cancel->show();
}

void StoreStatusWidget::setActivityProgress(qint64 done, qint64 total)
{
    if (total <= 0) {
        m_progress->setRange(0, 0); // unknown end: a busy indicator
        return;
    }
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
}

void StoreStatusWidget::hideActivity()
{
    m_activity->hide();
    m_progress->hide();
    m_cancel->hide();
}

QString StoreStatusWidget::storeText() const
{
    return m_store->text();
}
QString StoreStatusWidget::countsText() const
{
    return m_counts->text();
}
QString StoreStatusWidget::spanText() const
{
    return m_span->text();
}

} // namespace rumscope
