#pragma once
// The value encodings boomerang puts on the wire (../shared/formats.md §2): form pairs as
// encodeURIComponent writes them, base-36 numbers, JSURL (the Compression plugin's notation
// for err, c.lt, …) and the ResourceTiming URL trie. The encoder builds beacons from these.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace rumscope::encoders::boomerangwire {

/// Number.prototype.toString(36) of an integer.
QByteArray base36(qint64 value);

/// A JavaScript number as String(n) writes it: integers without a fraction, others shortest.
QByteArray jsNumber(double value);

/// One beacon's `k=v&k=v` body; names and values percent-encoded like encodeURIComponent.
class FormBody
{
public:
    void add(const char *name, QByteArrayView value);
    void add(const char *name, const QString &value) { add(name, QByteArrayView(value.toUtf8())); }
    void add(const char *name, qint64 value)
    {
        add(name, QByteArrayView(QByteArray::number(value)));
    }
    /// A number; NaN (unset) adds nothing.
    void addNumber(const char *name, double value);
    /// Non-empty text only.
    void addText(const char *name, const QString &value);
    const QByteArray &body() const { return m_body; }

private:
    QByteArray m_body;
};

/// JSURL values, each a complete value text starting with '~'.
namespace jsurl {
QString string(QStringView text);
QString number(double value);
QString array(const QStringList &values);
/// Members as (key, value text); written with their keys sorted, as boomerang does.
QString object(std::vector<std::pair<QString, QString>> members);
} // namespace jsurl

/// The `restiming` JSON: URLs folded into a trie of shared prefixes, each leaf the records of
/// one URL joined by '|'. `entries` pairs a URL with one encoded record.
QByteArray restimingTrie(const std::vector<std::pair<QString, QString>> &entries);

} // namespace rumscope::encoders::boomerangwire
