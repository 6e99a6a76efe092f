// Internal to the bank loader: reads yaml-cpp nodes into plain values and reports every problem with
// its file, line and column. Nothing here throws for bad input; the loader still wraps all yaml-cpp calls.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "core/bank/problem.hpp"
#include "core/bank/text_position.hpp"
#include "core/text/trim.hpp"

namespace retain {

// Collects located problems for one file.
class ProblemSink {
public:
    ProblemSink(std::string file, const LineIndex& lines, ProblemList& problems);

    // Returns where node stands in the file ({0, 0} when yaml-cpp has no mark for it).
    TextPosition at(const YAML::Node& node) const;
    // Converts a yaml-cpp mark (0-based, byte column) into a file position.
    TextPosition at(const YAML::Mark& mark) const;

    // Reports a problem at a position (or at a node's position).
    void error(TextPosition at, std::string message);
    void warning(TextPosition at, std::string message);
    void error(const YAML::Node& node, std::string message) { error(at(node), std::move(message)); }
    void warning(const YAML::Node& node, std::string message) { warning(at(node), std::move(message)); }

    // Returns how many errors (not warnings) this sink has reported so far.
    int errorCount() const { return m_errors; }
    // Returns the file name problems are reported under.
    const std::string& file() const { return m_file; }

private:
    std::string m_file;
    const LineIndex& m_lines;
    ProblemList& m_problems;
    int m_errors = 0;  // errors reported through this sink
};

struct MapEntry {
    std::string key;
    YAML::Node keyNode;
    YAML::Node value;
};

// The entries of one YAML map, in file order; a key written twice is reported and only its first
// value is used.
class MapFields {
public:
    MapFields(const YAML::Node& map, ProblemSink& sink);

    // Returns the entry for key, or nullptr when the map does not have it.
    const MapEntry* find(std::string_view key) const;
    // Returns every entry (keys given twice only once), in file order.
    const std::vector<MapEntry>& entries() const { return m_entries; }

    // Reports each key that is not in allowed, with "did you mean" when one is close. A key listed in
    // elsewhere (valid in another context, e.g. another question type) is explained with elsewhereNote.
    void reportUnknownKeys(const std::vector<std::string_view>& allowed, std::string_view owner,
                           const std::vector<std::string_view>& elsewhere = {}, std::string_view elsewhereNote = {}) const;

private:
    std::vector<MapEntry> m_entries;
    ProblemSink& m_sink;
};

// Returns "a list" / "a map" / "text" / "nothing": how a node's kind reads in a message.
std::string describeNodeKind(const YAML::Node& node);

// The value readers return nullopt after reporting a problem; key names the field in the message.
// Text: a scalar, or an empty value (read as ""). Leading and trailing blanks are trimmed.
std::optional<std::string> readText(const YAML::Node& value, std::string_view key, ProblemSink& sink);
// true/false (also yes/no, on/off; any case).
std::optional<bool> readBool(const YAML::Node& value, std::string_view key, ProblemSink& sink);
// A finite decimal number such as 18000000000, 18e9, -0.5 or 18_000_000_000.
std::optional<double> readNumber(const YAML::Node& value, std::string_view key, ProblemSink& sink);
// A whole number >= minimum.
std::optional<int> readInteger(const YAML::Node& value, std::string_view key, int minimum, ProblemSink& sink);
// A list of non-empty texts; when allowSingle, one text alone counts as a list of one.
std::optional<std::vector<std::string>> readTextList(const YAML::Node& value, std::string_view key, bool allowSingle,
                                                     ProblemSink& sink);

// Parses a number the way readNumber does, without reporting; false when text is not one.
bool parseNumber(std::string_view text, double& out);

}  // namespace retain
