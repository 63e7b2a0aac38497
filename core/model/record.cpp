#include "record.h"

namespace rumscope {
namespace {
constexpr QLatin1StringView kTypeNames[kRecordTypeCount] = {
    QLatin1StringView("session"),     QLatin1StringView("pageview"), QLatin1StringView("error"),
    QLatin1StringView("interaction"), QLatin1StringView("resource"), QLatin1StringView("longtask"),
    QLatin1StringView("measurement")};
} // namespace

QLatin1StringView recordTypeName(RecordType type)
{
    return kTypeNames[int(type)];
}

std::optional<RecordType> recordTypeFromName(QStringView name)
{
    for (int i = 0; i < kRecordTypeCount; ++i) {
        if (name == kTypeNames[i])
            return RecordType(i);
    }
    return std::nullopt;
}

const EventBase &eventBase(const Record &record)
{
    return std::visit([](const auto &r) -> const EventBase & { return r; }, record);
}

const QStringList &navigationTypes()
{
    static const QStringList types = {
        QStringLiteral("navigate"),  QStringLiteral("reload"),  QStringLiteral("back-forward"),
        QStringLiteral("prerender"), QStringLiteral("restore"), QStringLiteral("route-change"),
    };
    return types;
}

const QStringList &errorKinds()
{
    static const QStringList kinds = {
        QStringLiteral("exception"), QStringLiteral("unhandled-rejection"),
        QStringLiteral("resource"),  QStringLiteral("http"),
        QStringLiteral("console"),
    };
    return kinds;
}

} // namespace rumscope
