#pragma once
// One description of every field of every record type: its NDJSON key, its store column,
// the member it lives in and the range a plausible value falls in. The canonical codec, the
// store writer and reader and the documentation all work from these tables, so a field is
// added in exactly one place.

#include "record.h"

#include <span>

namespace rumscope {

template<class R>
using FieldMember = std::variant<QString R::*, double R::*, qint64 R::*, std::optional<bool> R::*,
                                 QList<StackFrame> R::*>;

enum class FieldRequirement
{
    Optional,
    Required
};

template<class R> struct Field
{
    const char *key;    ///< NDJSON key
    const char *column; ///< store column
    FieldMember<R> member;
    FieldRequirement requirement = FieldRequirement::Optional;
    double minimum = -std::numeric_limits<double>::infinity(); ///< plausible range, numbers only
    double maximum = std::numeric_limits<double>::infinity();
    /// Text from a small, repeating set (browser, country, route…): the store keeps it once, in
    /// its labels table, and rows hold the label's id.
    bool label = false;
};

template<class R> std::span<const Field<R>> fieldsOf();

template<> std::span<const Field<Session>> fieldsOf<Session>();
template<> std::span<const Field<PageView>> fieldsOf<PageView>();
template<> std::span<const Field<ErrorEvent>> fieldsOf<ErrorEvent>();
template<> std::span<const Field<Interaction>> fieldsOf<Interaction>();
template<> std::span<const Field<Resource>> fieldsOf<Resource>();
template<> std::span<const Field<LongTask>> fieldsOf<LongTask>();
template<> std::span<const Field<Measurement>> fieldsOf<Measurement>();

/// Field-by-field equality where two absent numbers (NaN) are equal.
template<class R> bool sameFields(const R &a, const R &b)
{
    for (const Field<R> &field : fieldsOf<R>()) {
        const bool same = std::visit(
            [&](auto member) {
                using T = std::remove_cvref_t<decltype(a.*member)>;
                if constexpr (std::is_same_v<T, double>)
                    return (a.*member == b.*member) || (!isSet(a.*member) && !isSet(b.*member));
                else
                    return a.*member == b.*member;
            },
            field.member);
        if (!same)
            return false;
    }
    return true;
}

} // namespace rumscope
