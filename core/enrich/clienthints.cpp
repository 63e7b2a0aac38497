#include "clienthints.h"

#include "ingest/payload.h"

#include <QList>

#include <algorithm>
#include <utility>

namespace rumscope {
namespace {

// Real hint headers are a few hundred bytes; anything longer is not worth reading.
constexpr qsizetype kMaxHeaderLength = 2048;
constexpr int kMaxBrands = 16;

/// One member of a Structured Field list (RFC 8941): `"Google Chrome";v="124"`.
struct Brand
{
    QString name;
    QString version; ///< the v parameter
};

/// Reads RFC 8941 lists of strings or tokens with parameters. A header that does not parse is
/// ignored whole, as RFC 8941 says: a half-read brand would name no browser.
class SfReader
{
public:
    explicit SfReader(QByteArrayView text)
        : m_text(text.first(std::min(text.size(), kMaxHeaderLength)))
    {}

    QList<Brand> brandList()
    {
        QList<Brand> brands;
        skipSpace();
        while (m_pos < m_text.size()) {
            Brand brand;
            const std::optional<QString> name = bareItem();
            if (!name)
                return {};
            brand.name = *name;
            while (peek() == ';') { // parameters
                ++m_pos;
                skipSpace();
                const QByteArray key = token();
                if (key.isEmpty())
                    return {};
                std::optional<QString> value = QString();
                if (peek() == '=') {
                    ++m_pos;
                    value = bareItem();
                    if (!value)
                        return {};
                }
                if (key == "v")
                    brand.version = *value;
            }
            if (brands.size() < kMaxBrands)
                brands.append(brand);
            skipSpace();
            if (m_pos == m_text.size())
                break;
            if (peek() != ',')
                return {};
            ++m_pos;
            skipSpace();
        }
        return brands;
    }

    /// The whole header as one string or token: `"Windows"` → Windows, `?1` → ?1.
    std::optional<QString> single()
    {
        skipSpace();
        std::optional<QString> item = bareItem();
        skipSpace();
        if (m_pos != m_text.size())
            return std::nullopt;
        return item;
    }

private:
    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }

    void skipSpace()
    {
        while (peek() == ' ' || peek() == '\t')
            ++m_pos;
    }

    QByteArray token()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == ',' || c == ';' || c == '=' || c == ' ' || c == '\t' || c == '"')
                break;
            ++m_pos;
        }
        return m_text.sliced(start, m_pos - start).toByteArray();
    }

    std::optional<QString> bareItem()
    {
        if (peek() != '"') {
            const QByteArray value = token();
            if (value.isEmpty())
                return std::nullopt;
            return QString::fromLatin1(value);
        }
        ++m_pos;
        QByteArray value;
        while (m_pos < m_text.size()) {
            char c = m_text[m_pos++];
            if (c == '"')
                return QString::fromUtf8(value);
            if (c == '\\') {
                if (m_pos >= m_text.size())
                    break;
                c = m_text[m_pos++];
            }
            value.append(c);
        }
        return std::nullopt; // unterminated string
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

QString browserName(const QString &brand)
{
    static constexpr std::pair<const char16_t *, const char16_t *> kNames[] = {
        {u"Google Chrome", u"Chrome"},
        {u"Microsoft Edge", u"Edge"},
        {u"YaBrowser", u"Yandex Browser"},
    };
    for (const auto &[from, to] : kNames) {
        if (brand == QStringView(from))
            return QString::fromUtf16(to);
    }
    return brand;
}

QString platformName(const QString &platform)
{
    if (platform == u"Chrome OS" || platform == u"Chromium OS")
        return QStringLiteral("ChromeOS");
    if (platform.compare(u"Unknown", Qt::CaseInsensitive) == 0)
        return {};
    return platform;
}

/// Windows reports its build family, not "10" or "11": 0.x is 7/8/8.1, 1–10 are Windows 10's
/// releases, 13 and later Windows 11's. Elsewhere trailing ".0" parts are dropped, so Android
/// "14.0.0" reads "14" as its user-agent string would say.
QString platformVersion(const QString &platform, const QString &version)
{
    QStringList parts = version.split(u'.');
    bool numeric = false;
    const int major = parts.value(0).toInt(&numeric);
    if (!numeric)
        return {};
    if (platform == u"Windows") {
        if (major >= 13)
            return QStringLiteral("11");
        if (major >= 1)
            return QStringLiteral("10");
        const int minor = parts.value(1).toInt();
        return minor == 1   ? QStringLiteral("7")
               : minor == 2 ? QStringLiteral("8")
               : minor == 3 ? QStringLiteral("8.1")
                            : QString();
    }
    while (parts.size() > 1 && parts.last() == u"0")
        parts.removeLast();
    return parts.join(u'.');
}

QString majorOf(const QString &version)
{
    return version.section(u'.', 0, 0);
}

} // namespace

bool isGreaseBrand(QStringView brand)
{
    // Chromium builds GREASE brands as "Not" + punctuation + "A" + punctuation + "Brand".
    QString letters;
    for (const QChar c : brand) {
        if (c.isLetter())
            letters += c.toLower();
    }
    return letters == u"notabrand";
}

ClientHints clientHintsFrom(const Payload &payload)
{
    ClientHints hints;
    const QByteArray brandsHeader = payload.header("sec-ch-ua");
    if (!brandsHeader.isEmpty()) {
        const QList<Brand> brands = SfReader(brandsHeader).brandList();
        QString chosen;
        for (const Brand &brand : brands) {
            if (isGreaseBrand(brand.name) || brand.name.isEmpty())
                continue;
            if (brand.name == u"Chromium") {
                if (chosen.isEmpty()) {
                    hints.browser = brand.name;
                    hints.browserMajor = brand.version;
                    hints.genericBrand = true;
                }
                continue;
            }
            chosen = brand.name;
            hints.browser = browserName(brand.name);
            hints.browserMajor = brand.version;
            hints.genericBrand = false;
            break;
        }
        if (!hints.browser.isEmpty()) {
            const QString wanted = chosen.isEmpty() ? QStringLiteral("Chromium") : chosen;
            const QList<Brand> full =
                SfReader(payload.header("sec-ch-ua-full-version-list")).brandList();
            for (const Brand &brand : full) {
                if (brand.name == wanted && majorOf(brand.version) == hints.browserMajor)
                    hints.browserFullVersion = brand.version;
            }
        }
    }

    if (const auto mobile = SfReader(payload.header("sec-ch-ua-mobile")).single()) {
        if (*mobile == u"?1")
            hints.mobile = true;
        else if (*mobile == u"?0")
            hints.mobile = false;
    }
    if (const auto platform = SfReader(payload.header("sec-ch-ua-platform")).single())
        hints.platform = platformName(*platform);
    if (!hints.platform.isEmpty()) {
        if (const auto version = SfReader(payload.header("sec-ch-ua-platform-version")).single())
            hints.platformVersion = platformVersion(hints.platform, *version);
    }
    if (const auto model = SfReader(payload.header("sec-ch-ua-model")).single())
        hints.model = model->trimmed();
    return hints;
}

void applyClientHints(DeviceInfo &info, const ClientHints &hints)
{
    if (!hints.browser.isEmpty()) {
        // A browser that names only "Chromium" is some Chromium fork; its user-agent string
        // may say which (Samsung Internet did before it sent its own brand) — unless it
        // claims to be Chrome, which real Chrome would have said in the hints.
        const bool keepUaName =
            hints.genericBrand && !info.browser.isEmpty() && info.browser != u"Chrome";
        if (!keepUaName) {
            QString version;
            if (!hints.browserFullVersion.isEmpty())
                version = hints.browserFullVersion;
            else if (info.browser == hints.browser && !hints.browserMajor.isEmpty() &&
                     majorOf(info.browserVersion) == hints.browserMajor)
                version = info.browserVersion; // the string's version has more parts
            else
                version = hints.browserMajor;
            info.browser = hints.browser;
            info.browserVersion = version;
        }
    }
    if (!hints.platform.isEmpty()) {
        if (info.os != hints.platform)
            info.osVersion.clear(); // it was another system's version
        info.os = hints.platform;
        if (!hints.platformVersion.isEmpty())
            info.osVersion = hints.platformVersion;
    }
    if (hints.mobile) {
        if (*hints.mobile)
            info.deviceType = QStringLiteral("mobile");
        else if (info.os == u"Android")
            info.deviceType = QStringLiteral("tablet");
        else if (!info.os.isEmpty())
            info.deviceType = QStringLiteral("desktop");
    }
    if (!hints.model.isEmpty())
        info.deviceModel = hints.model;
}

} // namespace rumscope
