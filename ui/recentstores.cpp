#include "recentstores.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace rumscope {
namespace {
const QString kKey = QStringLiteral("recentStores");

QStringList readAll()
{
    return QSettings().value(kKey).toStringList();
}
} // namespace

RecentStores::RecentStores(QObject *parent)
    : QObject(parent)
{}

QStringList RecentStores::paths() const
{
    const QStringList all = readAll();
    QStringList existing;
    for (const QString &path : all) {
        if (QFileInfo::exists(path))
            existing.append(path);
    }
    if (existing.size() != all.size())
        write(existing);
    return existing;
}

void RecentStores::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = readAll();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    write(paths.mid(0, kMaxEntries));
}

void RecentStores::remove(const QString &path)
{
    QStringList paths = readAll();
    if (paths.removeAll(QFileInfo(path).absoluteFilePath()) > 0)
        write(paths);
}

void RecentStores::clear()
{
    write({});
}

void RecentStores::write(const QStringList &paths)
{
    QSettings().setValue(kKey, paths);
}

void RecentStores::fillMenu(QMenu *menu)
{
    menu->clear();
    menu->setToolTipsVisible(true);
    const QStringList stores = paths();
    for (int i = 0; i < stores.size(); ++i) {
        const QFileInfo info(stores.at(i));
        // The folder as well: two "demo.rumscope" in different places must be told apart.
        QString folder = info.absolutePath();
        if (folder.startsWith(QDir::homePath()))
            folder = QStringLiteral("~") + folder.mid(QDir::homePath().size());
        folder = QDir::toNativeSeparators(folder);
        QAction *action =
            menu->addAction(tr("&%1 %2 — %3").arg(QString::number(i + 1), info.fileName(), folder));
        action->setToolTip(QDir::toNativeSeparators(info.absoluteFilePath()));
        const QString path = stores.at(i);
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    if (stores.isEmpty())
        menu->addAction(tr("No recent stores"))->setEnabled(false);
    menu->addSeparator();
    QAction *clearAction = menu->addAction(tr("&Clear Menu"));
    clearAction->setEnabled(!stores.isEmpty());
    connect(clearAction, &QAction::triggered, this, &RecentStores::clear);
}

} // namespace rumscope
