#pragma once
// The stores opened last (most recent first), kept in QSettings, and the File ▸ Open Recent
// menu built from them. Stores that no longer exist drop out when the list is read.

#include <QObject>
#include <QStringList>

class QMenu;

namespace rumscope {

class RecentStores : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxEntries = 8;

    explicit RecentStores(QObject *parent = nullptr);

    /// The stores that still exist, most recent first.
    QStringList paths() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

    /// Fills menu with one action per store and a "Clear Menu" action; call on aboutToShow.
    void fillMenu(QMenu *menu);

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    static void write(const QStringList &paths);
};

} // namespace rumscope
