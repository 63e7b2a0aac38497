#pragma once
// One canonical record of any type, as parsers produce it and the store writes it.

#include "errorevent.h"
#include "interaction.h"
#include "longtask.h"
#include "measurement.h"
#include "pageview.h"
#include "resource.h"
#include "session.h"

#include <variant>

namespace rumscope {

using Record =
    std::variant<Session, PageView, ErrorEvent, Interaction, Resource, LongTask, Measurement>;

enum class RecordType
{
    Session,
    PageView,
    Error,
    Interaction,
    Resource,
    LongTask,
    Measurement
};
inline constexpr int kRecordTypeCount = 7;

namespace detail {
template<class T, class V> struct RecordIndex;
template<class T, class... Ts> struct RecordIndex<T, std::variant<Ts...>>
{
    static constexpr size_t value = [] {
        size_t index = 0;
        (void)((std::is_same_v<T, Ts> ? false : (++index, true)) && ...);
        return index;
    }();
};
} // namespace detail

/// The RecordType of a record struct, at compile time: recordTypeOf<PageView>.
template<class R>
inline constexpr RecordType recordTypeOf = RecordType(detail::RecordIndex<R, Record>::value);

/// The `type` value of a record type in canonical NDJSON ("session", "pageview", …).
QLatin1StringView recordTypeName(RecordType type);
std::optional<RecordType> recordTypeFromName(QStringView name);
inline RecordType recordType(const Record &record)
{
    return RecordType(record.index());
}
const EventBase &eventBase(const Record &record);

} // namespace rumscope
