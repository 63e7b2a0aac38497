#include "uapparser.h"

#include <QCoreApplication>
#include <QFile>

#include <re2/filtered_re2.h>
#include <re2/re2.h>
#include <re2/set.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace rumscope {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rumscope::Enrich)
};

constexpr int kMaxGroups = 9; // the specification's $1…$9
// Shorter atoms ("os", "v") would let most regexes through the prefilter for nothing.
constexpr int kMinAtomLength = 3;
constexpr int kFields = 5; // family + four version parts (browser, OS); family, brand, model
// RE2's memory budget per regex, most of it for the DFA states it caches while matching. The
// default (8 MiB) let 18,000 distinct user agents (uap-core's test cases) grow the cache of
// the 1,162 regexes by 140 MB; with 256 KiB they grow it by 30 MB, and match as fast. A regex
// too large to compile in that little (none in uap-core 0.16) gets the default.
constexpr int64_t kRegexMemory = 256 << 10;
constexpr int64_t kLargeRegexMemory = 8 << 20;

/// One entry of a list: its replacement templates, by output field. An absent template means
/// "the capture group the field takes by default".
struct Rule
{
    std::array<std::optional<std::string>, kFields> replacements;
};

/// One list of rules behind a prefilter. FilteredRE2 derives from each regex the literal
/// strings ("atoms") every match must contain; one pass of a literal set over the lower-cased
/// text finds the atoms present, and only the regexes they admit run — instead of hundreds
/// in a row (the Android device rules sit near the end of a 600-entry list).
class RuleList
{
public:
    RuleList(std::array<const char *, kFields> keys, std::array<int, kFields> defaultGroups)
        : m_keys(keys)
        , m_defaultGroups(defaultGroups)
    {}

    /// False when RE2 cannot compile the regex (it lacks look-around and back-references).
    bool add(const YAML::Node &entry)
    {
        const std::string pattern = entry["regex"].as<std::string>();
        re2::RE2::Options options;
        options.set_log_errors(false);
        options.set_max_mem(kRegexMemory);
        if (const YAML::Node flag = entry["regex_flag"]; flag && flag.as<std::string>() == "i")
            options.set_case_sensitive(false);
        int id = -1;
        re2::RE2::ErrorCode error = m_filter.Add(pattern, options, &id);
        if (error == re2::RE2::ErrorPatternTooLarge) {
            options.set_max_mem(kLargeRegexMemory);
            error = m_filter.Add(pattern, options, &id);
        }
        if (error != re2::RE2::NoError)
            return false;
        Rule rule;
        for (int field = 0; field < kFields; ++field) {
            if (m_keys[field] == nullptr)
                continue;
            if (const YAML::Node value = entry[m_keys[field]]; value && !value.IsNull())
                rule.replacements[field] = value.as<std::string>();
        }
        m_rules.push_back(std::move(rule));
        if (std::any_of(pattern.begin(), pattern.end(), [](char c) { return c & 0x80; }))
            m_asciiPatterns = false;
        return true;
    }

    void compile()
    {
        if (m_rules.empty())
            return;
        std::vector<std::string> atoms;
        m_filter.Compile(&atoms);
        re2::RE2::Options options;
        options.set_log_errors(false);
        options.set_literal(true);
        auto set = std::make_unique<re2::RE2::Set>(options, re2::RE2::UNANCHORED);
        for (const std::string &atom : atoms) {
            if (set->Add(atom, nullptr) < 0)
                return; // m_atoms stays null: every match takes the slow path
        }
        if (!atoms.empty() && !set->Compile())
            return;
        m_atomCount = int(atoms.size());
        m_atoms = std::move(set);
    }

    int size() const { return int(m_rules.size()); }

    /// The output fields of the first rule that matches, or nullopt.
    std::optional<std::array<std::string, kFields>>
    match(std::string_view text, std::string_view lowered, bool asciiText) const
    {
        if (m_rules.empty())
            return std::nullopt;
        const int id = firstMatch(text, lowered, asciiText);
        if (id < 0)
            return std::nullopt;
        const re2::RE2 &regex = m_filter.GetRE2(id);
        std::array<re2::StringPiece, 1 + kMaxGroups> groups;
        const int count = std::min(1 + regex.NumberOfCapturingGroups(), 1 + kMaxGroups);
        if (!regex.Match(re2::StringPiece(text.data(), text.size()), 0, text.size(),
                         re2::RE2::UNANCHORED, groups.data(), count))
            return std::nullopt;

        std::array<std::string, kFields> fields;
        const Rule &rule = m_rules[size_t(id)];
        for (int field = 0; field < kFields; ++field) {
            if (rule.replacements[field])
                fields[field] = substitute(*rule.replacements[field], groups.data(), count);
            else if (const int group = m_defaultGroups[field]; group > 0 && group < count)
                fields[field] = std::string(groups[group].data(), groups[group].size());
            fields[field] = trimmed(fields[field]);
        }
        return fields;
    }

private:
    int firstMatch(std::string_view text, std::string_view lowered, bool asciiText) const
    {
        const re2::StringPiece piece(text.data(), text.size());
        // Atoms are lower-cased per Unicode, the text byte-wise: the two agree when the text
        // or every regex is ASCII (the shipped file's regexes all are).
        if (!m_atoms || (!asciiText && !m_asciiPatterns))
            return m_filter.SlowFirstMatch(piece);
        std::vector<int> atoms;
        if (m_atomCount > 0) {
            re2::RE2::Set::ErrorInfo error;
            if (!m_atoms->Match(re2::StringPiece(lowered.data(), lowered.size()), &atoms, &error) &&
                error.kind != re2::RE2::Set::kNoError)
                return m_filter.SlowFirstMatch(piece);
        }
        return m_filter.FirstMatch(piece, atoms);
    }

    static std::string substitute(const std::string &pattern, const re2::StringPiece *groups,
                                  int count)
    {
        std::string out;
        out.reserve(pattern.size() + 16);
        for (size_t i = 0; i < pattern.size(); ++i) {
            const char c = pattern[i];
            if (c == '$' && i + 1 < pattern.size() && pattern[i + 1] >= '1' &&
                pattern[i + 1] <= '9') {
                // A group that did not take part, or does not exist, inserts nothing.
                if (const int group = pattern[i + 1] - '0'; group < count)
                    out.append(groups[group].data(), groups[group].size());
                ++i;
            } else {
                out.push_back(c);
            }
        }
        return out;
    }

    static std::string trimmed(const std::string &text)
    {
        const auto space = [](char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
        };
        size_t begin = 0;
        size_t end = text.size();
        while (begin < end && space(text[begin]))
            ++begin;
        while (end > begin && space(text[end - 1]))
            --end;
        return text.substr(begin, end - begin);
    }

    std::array<const char *, kFields> m_keys;
    std::array<int, kFields> m_defaultGroups;
    re2::FilteredRE2 m_filter{kMinAtomLength};
    std::unique_ptr<re2::RE2::Set> m_atoms;
    int m_atomCount = 0;
    std::vector<Rule> m_rules;
    bool m_asciiPatterns = true;
};

bool isAscii(std::string_view text)
{
    return std::none_of(text.begin(), text.end(), [](char c) { return c & 0x80; });
}

} // namespace

struct UapRules::Lists
{
    // The specification's tables: which *_replacement overrides which field, and which
    // capture group a field takes without one (0: none — a device has no default brand).
    RuleList userAgent{{"family_replacement", "v1_replacement", "v2_replacement", "v3_replacement",
                        "v4_replacement"},
                       {1, 2, 3, 4, 5}};
    RuleList os{{"os_replacement", "os_v1_replacement", "os_v2_replacement", "os_v3_replacement",
                 "os_v4_replacement"},
                {1, 2, 3, 4, 5}};
    RuleList device{
        {"device_replacement", "brand_replacement", "model_replacement", nullptr, nullptr},
        {1, 0, 1, 0, 0}};
    int skipped = 0;
};

UapRules::UapRules()
    : d(std::make_unique<Lists>())
{}

UapRules::~UapRules() = default;

Result<std::shared_ptr<const UapRules>> UapRules::fromYaml(const QByteArray &yaml)
{
    std::shared_ptr<UapRules> rules(new UapRules);
    try {
        const YAML::Node root = YAML::Load(std::string(yaml.constData(), size_t(yaml.size())));
        const std::pair<const char *, RuleList *> sections[] = {
            {"user_agent_parsers", &rules->d->userAgent},
            {"os_parsers", &rules->d->os},
            {"device_parsers", &rules->d->device}};
        for (const auto &[name, list] : sections) {
            const YAML::Node entries = root.IsMap() ? root[name] : YAML::Node();
            if (!entries.IsSequence())
                return Error{Tr::tr("The user-agent rules have no “%1” list: they are not "
                                    "uap-core's regexes.yaml.")
                                 .arg(QLatin1StringView(name))};
            for (const YAML::Node &entry : entries) {
                if (!list->add(entry))
                    ++rules->d->skipped;
            }
            list->compile();
        }
    } catch (const YAML::Exception &e) {
        return Error{Tr::tr("The user-agent rules cannot be read: %1.")
                         .arg(QString::fromStdString(e.what()))};
    }
    return std::shared_ptr<const UapRules>(std::move(rules));
}

Result<std::shared_ptr<const UapRules>> UapRules::builtIn()
{
    QFile file(QStringLiteral(":/rumscope/enrich/uap-regexes.yaml"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("The built-in user-agent rules are missing: this build of rumscope "
                            "lacks uap-core's regexes.yaml.")};
    return fromYaml(file.readAll());
}

UapResult UapRules::parse(std::string_view userAgent) const
{
    UapResult result;
    if (userAgent.empty())
        return result;
    std::string lowered(userAgent);
    for (char &c : lowered) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    const bool ascii = isAscii(userAgent);
    if (auto fields = d->userAgent.match(userAgent, lowered, ascii)) {
        result.family = std::move((*fields)[0]);
        result.major = std::move((*fields)[1]);
        result.minor = std::move((*fields)[2]);
        result.patch = std::move((*fields)[3]);
        result.patchMinor = std::move((*fields)[4]);
    }
    if (auto fields = d->os.match(userAgent, lowered, ascii)) {
        result.osFamily = std::move((*fields)[0]);
        result.osMajor = std::move((*fields)[1]);
        result.osMinor = std::move((*fields)[2]);
        result.osPatch = std::move((*fields)[3]);
        result.osPatchMinor = std::move((*fields)[4]);
    }
    if (auto fields = d->device.match(userAgent, lowered, ascii)) {
        result.deviceFamily = std::move((*fields)[0]);
        result.deviceBrand = std::move((*fields)[1]);
        result.deviceModel = std::move((*fields)[2]);
    }
    return result;
}

int UapRules::ruleCount() const
{
    return d->userAgent.size() + d->os.size() + d->device.size();
}

int UapRules::skippedCount() const
{
    return d->skipped;
}

} // namespace rumscope
