#pragma once
// The status bar's content: which store is open and what it holds (page views, sessions, time
// span), and, while a store loads, a progress bar with a cancel button.

#include "store/store.h"

#include <QList>
#include <QWidget>

class QFrame;
class QLabel;
class QProgressBar;
class QToolButton;

namespace rumscope {

class StoreStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit StoreStatusWidget(QWidget *parent = nullptr);

    void setStore(const QString &path, const StoreStats &stats);
    void clearStore();

    /// Shows activity with a progress bar (total 0: busy without a known end) and cancel button.
    void showActivity(const QString &text);
    void setActivityProgress(qint64 done, qint64 total);
    void hideActivity();

    QString storeText() const;
    QString countsText() const;
    QString spanText() const;

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_store;
    QLabel *m_counts;
    QLabel *m_span;
    QList<QFrame *> m_separators;
    QLabel *m_activity;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};

} // namespace rumscope
